package facets

import (
	"testing"
	"time"
)

// bb1157Title is the title of BB-internationalNews-1157-20181006, read by
// two rows: a cyber title.
const bb1157Title = "الهجمات الإلكترونية الروسية: هولندا تدافع عن قرارها بعدم اعتقال المشتبه بهم"

// TestActorM57cyberIntelligence pins round 57's m57cyber class: under a
// title that tells a hack or a cyber war (cyberTitle), a state's
// intelligence service or agents named by a strong entry ("المخابرات
// العسكرية الروسية"، "عملاء روس") give no state where their sentence tells
// the hack or no fighting (cyberStoryState, now asked of them as of weak
// mentions; actors_cyberintel.go). Ruling rul45a-2 codes no russia for
// Russian cyber or hacking operations, "even by a named GRU unit". Every not
// row fails on main. Guards: the GRU officers charged with the Salisbury
// poisoning under a title that is no cyber one (rul45a-2(b) codes russia),
// agents whose own sentence tells fighting under the same cyber title, and
// Russia's army in Syria under a cyber-war title (a force, not a spy).
func TestActorM57cyberIntelligence(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-internationalNews-1157-20181006 agents", title: bb1157Title,
			text: "وقال رئيس الوزراء الهولندي، مارك روته، إن من يشتبه بأنهم عملاء روس أعيدوا إلى بلادهم لأنهم لم يخضعوا إلى أي تحقيق جنائي.",
			not:  []string{"russia"}},
		{id: "BB-internationalNews-1157-20181006 unit", title: bb1157Title,
			text: "وقال مسؤولون إنهم من وحدة الاستخبارات العسكرية الروسية 26165 ،التي تعرف أيضا باسم أي بي تي 82.",
			not:  []string{"russia"}},
		{id: "SK-internationalNews-3272-20181004", title: "بريطانيا تتهم روسيا بشن هجمات إلكترونية عالمية",
			text: "ووفقًا لوزارة الخارجية البريطانية، استطاع المركز الوطني البريطاني للأمن السيبراني أن يُحدّد أنّ أجهزة الاستخبارات العسكرية الروسية تقف وراء العديد من الهجمات التي ارتُكبت في كل أنحاء العالم من جانب مهاجمين إلكترونيين معروفين.",
			not:  []string{"russia"}},
		{id: "SK-internationalNews-3357-20181008", title: "على خلفية \"القرصنة\".. تصاعد الأزمة \"الروسية- الهولندية\"",
			text: "وقال مسؤولون هولنديون إن هولندا تعرفت على هويات العملاء الروس، مشيرة إلى أن العملية نفذتها وكالة الاستخبارات العسكرية الروسية.",
			not:  []string{"russia"}},
		// Guards.
		{id: "BB-internationalNews-1051-20180905", title: "بريطانيا تتهم \"ضابطين روسيين\" بمحاولة اغتيال الجاسوس السابق سكريبال",
			text: "وقالت رئيسة الوزراء، تيريزا ماي، في خطاب أمام مجلس العموم، إن الرجلين الذين يستخدمان اسمي الكسندر بيتروف، وروسلان بوشيروف، يرجح أنهما ضابطان في جهاز الاستخبارات العسكرية الروسي (جي آر يو).",
			want: []string{"russia"}},
		{id: "m57cyber-fighting-agents", title: bb1157Title,
			text: "وقال المسؤول إن عملاء روس شاركوا في القتال إلى جانب الانفصاليين في شرق أوكرانيا عام 2014.",
			want: []string{"russia"}},
		{id: "SK-middleEast-994-20180413", title: "روسيا تستعد لأميركا في سوريا بـ\"حرب إلكترونية\"",
			text: "ونشرت موسكو عشرات الطائرات في قاعدة حميميم الجوية في سوريا بينها مقاتلات وقاذفات، فضلا عما يتراوح بين 10 و15 سفينة حربية وسفينة دعم في البحر المتوسط.",
			want: []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
