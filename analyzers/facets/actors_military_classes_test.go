package facets

import (
	"testing"
	"time"
)

// TestActorStateAsPlace pins a foreign state named right after "في": the
// place where something happens, which a military word within six words
// does not make a party (fresh-2, fresh-6 and holdout-16 each counted one).
// The guards are states near a military word as its agent, or named after
// "في" where another reading counts them.
func TestActorStateAsPlace(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-21-824", title: "أونصة الذهب تخسر 45 دولارا من قيمتها في جلسة واحدة",
			text: "يأتي هذا في ظل تنامي التوقعات برفع أسعار الفائدة في الولايات المتحدة، وهو ما شكل ضربة جديدة لوضع الذهب كملاذ آمن للاستثمار.",
			not:  []string{"usa"}},
		{id: "BB-economy-77-20180322", title: "ترامب سيعلن عقوبات على الصين لاتهامها بانتهاك حقوق الملكية",
			text: "كما وجدت الولايات المتحدة أدلة على أن الصين توجه الاستثمارات في الولايات المتحدة إلى الصناعات الاستراتيجية وتؤيد بل وتشن هجمات إلكترونية.",
			not:  []string{"usa"}},
		{id: "CN-middleEast-912-20180514", title: "", // the title names Russia in its own right; two paragraphs keep the sentence out of the lead
			text: "هذا المقال بقلم کاملیا انتخابی فرد، والآراء الواردة أدناه تعبر عن رأي الكاتبة، ولا تعكس بالضرورة وجهة نظر شبكة CNN.\nفي وقت من الأوقات، وقبل الثورة الإسلامية في إيران، كانت إيران وإسرائيل حليفتين مقربتين وكانتا تتمتعان بأفضل العلاقات الثنائية في المنطقة.\nففي نفس الليلة التي أمضاها نتنياهو في موسكو، قامت القوات الإسرائيلية بمهاجمة قواعد إيرانية في سوريا.",
			not:  []string{"russia"}},
		// Guards: the state is the agent beside the military word.
		{id: "FR-internationalNews-314-20180308", title: "الصليب الأحمر: إرجاء توزيع المساعدات المقررة الخميس",
			text: "في وقت تسببت فيه غارات شنتها دمشق مع حليفتها موسكو بمقتل أكثر من 62 مدنياً في هذه المنطقة وفق المرصد السوري لحقوق الإنسان.",
			want: []string{"russia"}},
		{id: "BB-middleEast-362-20180417", title: "مفتشو الأسلحة الكيمياوية سيدخلون دوما الأربعاء",
			text: "وردا على الهجوم شنت الولايات المتحدة، وبريطانيا، وفرنسا غارات عسكرية على منشآت قيل إنها لأسلحة كيمياوية سورية.",
			want: []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorHomeForce pins a state's police or security force named only by
// the place it acts in ("قوات حرس الحدود في إيران"، clashes "في طهران بين
// قوات الأمن"): the state after "في" is the force's own, as round 18c's
// corpus read found in five of its seven wrong removals. The guard is a
// force whose adjective names another nation.
func TestActorHomeForce(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-middleEast-545-20180528", title: "",
			text: "لا تتورع قوات حرس الحدود في إيران عن قتل الخيول التي يستخدمها المهربون في عمليات تهريب البضائع على الحدود العراقية-الإيرانية.",
			want: []string{"iran"}},
		{id: "SK-internationalNews-459-20180320", title: "",
			text: "قضت محكمة إيرانية بإعدام رجل بتهمة قتله ثلاثة رجال شرطة في فبراير الماضي خلال مواجهات في طهران بين قوات الأمن وأتباع إحدى الطرق الصوفية، وفق ما ذكرت وسائل إعلام الاثنين.",
			want: []string{"iran"}},
		{id: "SK-economy-1074-20180730", title: "",
			text: "وقالت منظمة مجاهدي خلق المعارضة إن \"حشدا غفيرا من الناس تجمع الأحد في ساحة \"سبزه ميدان\" في طهران، غير أنهم واجهوا هجومًا شنه الأمن\".",
			want: []string{"iran"}},
		// Guard: the police's adjective names Turkey, not the place.
		{id: "SK-internationalNews-1501-20180510", title: "",
			text: "اعتقلت الشرطة التركية 65 شخصا، معظمهم من أفراد القوات الجوية السابقين، للاشتباه في صلتهم بشبكة يقودها رجل الدين فتح الله غولن المقيم في الولايات المتحدة، وتتهمه تركيا بتدبير محاولة انقلاب في يوليو 2016.",
			not:  []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
