package facets

import "testing"

// The Philippine priest shot at his altar (SK-internationalNews-2089-20180611),
// whole: its one fire on a person is two men's, told with the dual's verb.
const m59etPriestBody = `قالت الشرطة الفلبينية إن مسلحين قتلا قسا رومانيا كاثوليكيا بينما كان يستعد لبدء قداس عند مذبح كنيسة في بلدة شمال البلاد.
وقال مسؤولون بالشرطة إن رجلين أطلقا النار على القس ريتشموند نيلو مساء الأحد في كنيسة بلدة زاراغوزا في إقليم نويفا ايسيجا.
وفر المسلحان، اللذان أطلقا النار من نافذة الكنيسة، بواسطة دراجة نارية.
وذكر مؤتمر الأساقفة الكاثوليك في الفلبين أن نيلو يعد "ثالث قس كاثوليكي" يقتل في البلاد خلال الأشهر الماضية، وأدان هذا "العمل الشرير".
وأنشأت الشرطة قوة خاصة للتحقيق في حادث الاغتيال، والتي تحاول تحديد الدافع وراءه.`

// TestEventTypesM59etCivilianRoles pins the round-59 reader m59et's rule:
// fire opened on one person named by a civilian's calling or place at a
// gathering (civilianRoles, events_civrole.go: the priest, the journalist,
// the wedding's guests) is an attack on civilians, as firedOnPeople reads the
// fire on passers-by; the dual's fire verbs (أطلقا، فتحا) open fire too, and
// the verb may stand up to fireReach words before النار when no punctuation
// breaks the subject between. The pool and blind gold articles with the
// construction code it (4 of 4). The true rows fail on main. Guards: two
// gunmen firing on a policeman (2015-08-06-1495), the same fire on a
// journalist dated to a past month, and one only threatened.
func TestEventTypesM59etCivilianRoles(t *testing.T) {
	const civ = "attack-on-civilians"
	checkTypes(t, []typeCase{
		{"two men fire on the priest", "SK-internationalNews-2089-20180611", `"عمل شرير" في كنيسة فلبينية.. والشرطة تحقق`,
			m59etPriestBody, "2018-06-11 12:00", civ, true},
		{"gunmen open fire on the wedding's guests", "2015-07-27-1022", "مقتل 21 في تبادل اطلاق نار في حفل زفاف في أفغانستان",
			` قال قائد الشرطة في إقليم بغلان بشمال أفغانستان اليوم الاثنين إن مسلحين تبادلوا اطلاق نار في حفل زفاف مما أسفر عن مقتل 21 من الضيوف وإصابة ثمانية. وسجلت أعمال العنف ارتفاعا كبيرا هذا العام في معظم أنحاء أفغانستان بعد إنهاء القوات الأمريكية رسميا مهمتها العسكرية في نهاية عام 2014 وبقاء 12 الف جندي تابعين لحلف شمال الأطلسي لتدريب الجنود الأفغان.
ولم يتضح على الفور سبب الهجوم في إقليم بغلان لكن نشاطات المقاتلين المتشددين ازدادت هناك في العام الماضي كما ظهرت ميليشيات خاصة.
وقال الجنرال عبد الجبار بورديلي المفتش العام للشرطة في بغلان “كان هناك حفل زفاف انقلب إلى مأساة بعد أن دخله عدد من المسلحين وفتحوا النار على الضيوف الذكور.”
وأضاف “التحقيق جار والشرطة ستعتقل جميع المنفذين” مشيرا إلى وجود نحو 2500 عضو في جماعات مسلحة غير شرعية في الإقليم.`,
			"2015-07-27 12:00", civ, true},
		{"the subject runs five words between verb and fire", "BB-internationalNews-455-20180503", "اليوم العالمي لحرية الصحافة: هل تزايدت خطورة مهنة الصحافة؟",
			`أما الهجوم المنفصل الثاني فوقع في منطقة خوست، وراح ضحيته مراسل هيئة الإذاعة البريطانية (بي بي سي) أحمد شاه، في وقت لاحق من نفس اليوم، عندما أطلق مسلحان مجهولان على دراجة نارية النار على الصحفي، 29 عاما، بينما كان عائدا بدراجة هوائية إلى منزله.`,
			"2018-05-03 12:00", civ, true},
		{"guard: two gunmen fire on a policeman", "2015-08-06-1495", "مصر: مقتل 12 متشدداً و5 مدنيين في شمال سيناء",
			`وفي محافظة الشرقية التي تقع شمال شرقي القاهرة قالت مصادر أمنية إن مسلحين يستقلان دراجة نارية أطلقا النار على أمين شرطة فقتلاه، وقال مصدر إنه يرجح أن يكون المسلحان عضوين في خلايا صغيرة شنت هجمات مماثلة في الشهور الماضية.`,
			"2015-08-06 12:00", civ, false},
		{"guard: the fire on a journalist dated to a past month (adapted)", "", "ذكرى صحفي",
			`وفي أغسطس الماضي، أطلق مسلحان النار على الصحفي في الجادة الرئيسية في واغادوغو.`,
			"2018-03-02 12:00", civ, false},
		{"guard: a fire only threatened", "", "تهديدات لصحفيين",
			`وقال المراسلون إن المسلحين قد يطلقون النار على الصحفيين إذا اقتربوا من المنطقة.`,
			"2018-03-02 12:00", civ, false},
	})
}
