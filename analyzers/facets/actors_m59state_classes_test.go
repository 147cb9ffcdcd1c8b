package facets

import "testing"

// Pool SK-middleEast-1055: an Israeli officer admits the T4 strike; its
// last sentence tells February's round, in which "أسقطت إحدى المقاتلات
// الإسرائيلية بدفاعات سورية". The gold codes syrian-government (the Syrian
// air defence that downed the Israeli jet); main gave none.
const m59stateT4Title = "اعتراف إسرائيلي بقتل 7 من الحرس الثوري الإيراني"
const m59stateT4Text = "اعترف ضابط كبير في الجيش الإسرائيلي، أن السلاح الحربي لبلاده قصف القاعدة العسكرية الـ\"تيفور\" بسورية، حيث استهدف القصف عناصر من الحرس الثوري الإيراني.\n ويعتبر هذه التصريح أول اعتراف رسمي لإسرائيل بالمسؤولية عن قصف القاعدة العسكرية التي نسبتها إليها روسيا.\n وتسبب قصف المطار بمقتل سبعة من عناصر الحرس الثوري الإيراني بينهم ضابط برتية عقيد.\nهذا الاعتراف للمؤسسة العسكرية الإسرائيلية، عبر عنه ضابط كبير في الجيش خلال مقابلة مع الصحافي توماس فريدمان من صحيفة \"نيويورك تايمز\"، حيث اعترف الضابط الذي رفض الكشف عن هويته، بأن إسرائيل كانت مسؤولة عن قصف قاعدة الـ\"تيفور\" في حمص.\nوبعد الهجوم على مطار الـ\"تيفور\"، اعترفت إيران بشكل استثنائي بمقتل عسكرييها في الهجوم، على عكس ما كان يحدث في هجمات سابقة وكانت تنسب لإسرائيل أيضا.\nوتوعدت إيران، بالرد على هجوم التيفور ومقتل العسكريين الإيرانيين في \"الزمان والمكان المناسبين\".\nوتعد هذه المرة الثانية التي تتعرض فيها قاعدة التيفور التي تضم أيضا قوات روسية للهجوم خلال شهرين ، وجاءت المرة الأولى في شهر فبراير، بعد أن اطلقت منها طائرة بدون طيار إيرانية دخلت إلى إسرائيل قبل أن يتم اسقاطها من قبل طائرات تابعة لسلاح الجو الإسرائيلي، كما أسقطت إحدى المقاتلات الإسرائيلية بدفاعات سورية في ذات الهجوم."

// TestActorM59stateWarCraft pins round 59's m59state class (warCraftNouns,
// actors.go): a state's fighter jet or air defences named one by one by
// its adjective name its forces where the sentence is about fighting
// (entry.office, militaryWords). Over the pool and blind gold articles the
// construction is coded for its state in 26 and not in 3. The want rows
// fail on main: SK-middleEast-1055 and blind BB-middleEast-786's fighter. Guards: the same T4 sentence with its
// fighting words gone ("بعد أن اطلقت منها طائرة" and "طائرات" cut); a
// football match's "اخترق ماندزوكيتش الدفاعات الروسية" (BB-sport-268); the
// Russian jet Turkey downed in 2015, told as a crisis's cause
// (AL-internationalNews-775, FR-internationalNews-2222).
func TestActorM59stateWarCraft(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-1055", title: m59stateT4Title, text: m59stateT4Text, want: []string{"syrian-government", "israel", "iran"}},
		{id: "BB-middleEast-786", title: "بعد إسقاط إسرائيل مقاتلة سورية.. تحذير أممي بشأن \"مواجهات خطيرة\"",
			text: "أما رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، فقال إن قوات بلاده تصرفت تصرفا صحيحا عندما أسقطت مقاتلة سورية فوق هضبة الجولان، مضيفا أن الطائرة دخلت المجال الجوي الإسرائيلي، وخرقت وقف إطلاق النار الموقع في عام 1974.",
			want: []string{"syrian-government"}},
		{id: "SK-middleEast-1055 no fight", title: "اعتراف إسرائيلي",
			text: "وجاءت المرة الأولى في شهر فبراير، حين أسقطت إحدى المقاتلات الإسرائيلية بدفاعات سورية في ذات اليوم.",
			not:  []string{"syrian-government"}},
		{id: "BB-sport-268", title: "كأس العالم 2018: كرواتيا تترشح إلى الدور قبل النهائي بعد فوز صعب بالضربات الترجيحية على روسيا",
			text: "وأدرك المنتخب الكرواتي التعادل بعد 8 دقائق فقط عندما اخترق ماندزوكيتش الدفاعات الروسية من الناحية اليسرى ومرر الكرة العرضية لكراماريتش الذي أودعها رأسية في شباك المنتخب الروسي.",
			not:  []string{"russia"}},
		{id: "AL-internationalNews-775", title: "بوتين: إمداد تركيا بصواريخ إس 400 أولوية",
			text: "وتأخر المشروع مراراً وخصوصا جراء الأزمة الدبلوماسية التي اندلعت بين البلدين إثر إسقاط الطيران التركي مقاتلة روسية فوق الحدود السورية في تشرين الثاني/نوفمبر 2015.",
			not:  []string{"russia"}},
		{id: "FR-internationalNews-2222", title: "تركيا: أبرز التحديات التي تواجه أردوغان خلال ولايته الرئاسية الجديدة",
			text: "وتخطيا أزمة دبلوماسية خطيرة في أعقاب إسقاط أنقرة مقاتلة روسية فوق الحدود السورية في 2015.",
			not:  []string{"russia"}},
	})
}
