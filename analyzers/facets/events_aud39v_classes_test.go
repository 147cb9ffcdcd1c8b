package facets

import "testing"

// TestEventTypesForceKillArmed pins the lead's own killing (forceKillArmed,
// events.go): a state's force named right before a killing of fighters in
// the lead ("قوات الأمن قتلت 3 متطرفين"، "إن الجيش قتل 11 مسلحا كرديا")
// is the armed clash killedFighters types, though another sentence of the
// lead names a weapon of another event (a bomb that killed soldiers, the
// attackers' car bomb). The true rows fail on main: a weapon anywhere in
// the title or lead dropped every killing, and "متطرفين" was no fighters'
// word. Guards: a weapon in the killing's own sentence, or a title's
// killing the lead tells by air strikes, is how they died.
func TestEventTypesForceKillArmed(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the army kills Kurdish gunmen; a bomb in the next clause killed two soldiers", "SK-middleEast-594-20180327", "مقتل جنديين تركيين في عفرين السورية",
			`قال مكتب حاكم إقليم هاتاي التركي، الثلاثاء، إن الجيش قتل 11 مسلحا كرديا الليلة الماضية في الإقليم الذي يقع جنوب البلاد على الحدود مع سوريا، فيما قال الجيش إن اثنين من جنوده قتلا في انفجار بمنطقة عفرين السورية.
وجاء في بيان صادر عن مكتب حاكم الإقليم أن قوات الأمن التركية فتحت النار فقتلت المسلحين بعدما رصدت وجودهم في منطقة أرسوز في هاتاي قرب البحر المتوسط.`,
			"2018-03-27 08:47", "armed-clash", true},
		{"security forces kill three extremists; the lead's next sentence tells the suicide car bomb", "SK-middleEast-2869-20180714", "قتلى بإحباط هجوم على قصر الرئاسة بمقديشو",
			`قال ضابط بالشرطة الصومالية، السبت، إن قوات الأمن قتلت 3 متطرفين وأحبطت محاولة لشن هجوم على القصر الرئاسي في العاصمة مقديشو.
وذكر أحد عناصر الشرطة، محمد حسين، أن 6 أشخاص قُتلوا بينهم الانتحاري قائد السيارة الملغومة، وقال إن الوضع تحت السيطرة.`,
			"2018-07-14 10:51", "armed-clash", true},
		{"the army announces militants killed; booby-trapped houses destroyed in the next sentence", "SK-middleEast-1573-20180510", "حصيلة عملية \"سيناء 2018\" بالفيديو.. إنجازات للجيش المصري",
			`أعلن الجيش المصري، الخميس، مقتل 21 مسلحا واعتقال 238 آخرين بالإضافة إلى تدمير عشرات الأوكار وضبط آليات للإرهابيين، وذلك في إطار العملية العسكرية "سيناء 2018"، التي أطلقها الجيش مطلع فبراير الماضي، لتطهير المنطقة من الجماعات الإرهابية.
وقال الجيش في أحدث بيان بشأن العملية إنه دمر 391 ملجأ ووكرا ومخزنا جبليا تستخدمه العناصر الإرهابية في الاختباء، من بينها ثلاثة منازل مفخخة.`,
			"2018-05-10 12:00", "armed-clash", true},
		{"French soldiers kill extremists in Mali", "AL-internationalNews-164-20180223", "الجيش الفرنسي يعلن مقتل 10 متطرفين في مالي",
			`قال المتحدث باسم القوات المسلحة الفرنسية، إن جنودا فرنسيين قتلوا نحو 10 متطرفين الأسبوع الماضي في #مالي خلال عملية بالقرب من حدود النيجر.`,
			"2018-02-23 12:00", "armed-clash", true},
		{"guard: the lead's killing names its air strikes", "SK-internationalNews-2215-20180619", "الجيش التركي يعلن عن مقتل مسلحين أكراد",
			`أعلن الجيش التركي، الثلاثاء، عن مقتل 26 مسلحا بضربات جوية جنوب شرقي تركيا وشمالي العراق هذا الأسبوع، دمرت كذلك مواقع إطلاق أسلحتهم ومستودعات ذخيرتهم ومخابئهم.
وقال الجيش في بيان على حسابه على تويتر، إن الضربات الجوية نفذت يومي الأحد والاثنين في إقليمي ديار بكر وشرناق التركيين، وفي منطقة أفاسين باسيان شمالي العراق، حيث يتخذ حزب العمال الكردستاني قواعد له.`,
			"2018-06-19 09:41", "armed-clash", false},
		{"guard: a commander killed in the strike the same sentence tells", "SK-middleEast-627-20180328", "الجيش الأميركي يكشف هوية الإرهابي القتيل بغارة جنوب ليبيا",
			`أعلن الجيش الأميركي، الأربعاء، مقتل القيادي في القاعدة موسى أبو داود، في الغارة الجوية التي شنتها طائرة أميركية على موقع للمتشددين جنوب ليبيا، السبت الماضي.
وقال الجيش إن موسى أبو داود كان مسؤولا كبيرا في تنظيم القاعدة ببلاد المغرب، والغارة التي قتلته كانت في إطار جهود تهدف لحرمان المتشددين من ملاذ آمن في صحراء ليبيا الشاسعة.`,
			"2018-03-28 16:10", "armed-clash", false},
	})
}
