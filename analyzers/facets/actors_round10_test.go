package facets

import (
	"testing"
	"time"
)

// The round-10 party rules of actors_match.go, each written for a class of
// errors seen in fresh-10 (testdata/fresh10-gold.jsonl) and in another
// sample. Each row a real title and sentence of the corpora (article id
// given; the untouched gold part is never quoted), with the actors that
// must and must not be read. Every "want" row fails on main before round 10.
func TestActorRound10Rules(t *testing.T) {
	for _, c := range []struct {
		class, id, title, text string
		want, not              []string
	}{
		// A state that bears the responsibility for an attack, as the
		// subject of a bear verb or the object right before "مسؤولية",
		// is its author (fresh-10; the Skripal class of tune and fresh-3) ...
		{class: "responsibility", id: "BB-middleEast-315-20180409", title: "وكالة الأنباء السورية: هجوم صاروخي على مطار التيفور العسكري قرب حمص",
			text: "كما أشارت الخارجية الأمريكية إلى مسؤولية روسيا، وقالت في بيانها: \"روسيا تتحمل في نهاية المطاف مسؤولية الاستهداف الوحشي لعدد لا يحصى من السوريين بأسلحة كيميائية\".",
			want: []string{"russia"}},
		{class: "responsibility", id: "AL-internationalNews-798-20180405", title: "دبلوماسيو أميركا المطرودون من روسيا يغادرون موسكو",
			text: "وكانت بريطانيا، التي تحمّل روسيا مسؤولية تسميم العميل الروسي السابق سيرغي سكريبال وابنته يوليا على أراضيها، أعلنت في 14 مارس/آذار قرارها طرد 23 دبلوماسياً روسياً.",
			want: []string{"russia"}},
		// ... not the states that blame, nor one that denies any, nor one
		// that denies another's.
		{class: "responsibility", id: "AL-internationalNews-598-20180324", title: "هل طلب الجاسوس المسمم سكريبال العفو من بوتين؟",
			text: "وحملت لندن والولايات المتحدة والاتحاد الأوروبي الدولة الروسية مسؤولية الهجوم رغم أن موسكو نفت باستمرار أي ضلوع لها في هذه القضية.",
			not:  []string{"usa"}},
		{class: "responsibility", id: "AL-internationalNews-466-20180314", title: "اجتماع طارئ بمجلس الأمن حول تسميم الجاسوس الروسي",
			text: "ورفضت روسيا أي مسؤولية في هذا التسميم رغم اتهامات لندن وشبهات دول أخرى.",
			not:  []string{"russia"}},
		{class: "responsibility", id: "SK-middleEast-870-20180409", title: "موسكو \"لا تتراجع\" بشأن دوما.. ولجنة تحقيق تبدأ عملها",
			text: "والاثنين كررت موسكو نفيها مسؤولية دمشق عن الهجوم، وقال وزير الخارجية الروسي سيرغي لافروف إن المزاعم بأن الحكومة السورية نفذت هجوما بالغاز في مدينة دوما عارية عن الصحة، وتمثل استفزازا.",
			not:  []string{"russia"}},

		// Arms a hedge set off by a comma ascribes to a country name its
		// force, as "غارات يعتقد أنها روسية" does (fresh-10; tune) ...
		{class: "set-off hedge", id: "BB-middleEast-315-20180409", title: "وكالة الأنباء السورية: هجوم صاروخي على مطار التيفور العسكري قرب حمص",
			text: "قالت وكالة الأنباء السورية إن صواريخ، يرجح أنها أمريكية، تستهدف مطار التيفور العسكري قرب حمص، وإن الدفاعات الجوية السورية تتصدى لها.",
			want: []string{"usa"}},
		// ... not where the hedge names a kind of arms.
		{class: "set-off hedge", id: "2015-07-31-355", title: "",
			text: "مع دخول عدد من الشاحنات محملة بالصواريخ، يعتقد أنها صواريخ للكاتيوشا وقذائف هاون",
			not:  []string{"usa", "russia", "iran"}},

		// The factions allied with Turkey, named last before them, are
		// the SNA (fresh-10; fresh-1 codes "فصائل سورية موالية لها" so) ...
		{class: "allied factions", id: "SK-middleEast-419-20180320", title: "رسائل تركية \"متناقضة\" في عفرين",
			text: "وإلى أن يتم تحديد اصحاب الحق، فالأرجح أن توكل أنقرة أمر المدينة للفصائل المتحالفة معها، وهو ما يخشى أن يؤدي إلى عملية تهجير للخصوم واستقدام للحلفاء.",
			want: []string{"sna"}},
		{class: "allied factions", id: "SK-middleEast-260-20180313", title: "أنقرة: طوقنا عفرين وهذه خطتنا لأكراد منبج",
			text: "قال الجيش التركي الثلاثاء إنه والفصائل المتحالفة معه من قوات المعارضة السورية طوقوا مدينة عفرين في شمال سوريا فيما يمثل تقدما كبيرا للعملية التركية على المقاتلين الأكراد عبر حدود تركيا الجنوبية.",
			want: []string{"sna"}},
		// ... not the regime's allies.
		{class: "allied factions", id: "SK-middleEast-1334-20180429", title: "قوات مدعومة أميركيا تطرد النظام السوري من قرى في دير الزور",
			text: "وكانت مواجهات قد اندلعت في وقت سابق، تمكنت خلالها قوات النظام السوري والميليشيات المتحالفة معها من السيطرة على قرى شقرا والحصان والجيعة والجنينة، الواقعة شرقي نهر الفرات قرب الحدود مع العراق.",
			not:  []string{"sna"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.class+": "+c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.class+": "+c.id+" actors", f.Actors, c.not...)
	}
}
