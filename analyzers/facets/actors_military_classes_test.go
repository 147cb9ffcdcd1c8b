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
