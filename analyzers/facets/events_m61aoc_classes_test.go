package facets

import "testing"

// TestEventTypesM61aocKilledByRole pins the round-61 reader m61aoc's rule:
// a title's killing word with a civilian's calling right after it, or one
// word on (civiliansKilledByRole, events_civkilled.go: the journalist, the
// activist), is an attack on civilians, as a named civilian figure killed
// is (rul46a-2). The pool and blind gold titles with the construction code
// it 5 of 6; the sixth, a killing told staged, is the first guard. The
// true rows fail on main. Guards: the staged killing
// (FR-internationalNews-1534), a life sentence for a journalist's killer
// (SK-internationalNews-1162), a rape and killing under investigation
// (CN-internationalNews-659), a shell that killed a journalist
// (SK-middleEast-1006), a plot to kill (CN-internationalNews-418) and a
// death word (مصرع) of an accident.
func TestEventTypesM61aocKilledByRole(t *testing.T) {
	const civ = "attack-on-civilians"
	checkTypes(t, []typeCase{
		{"the journalist killed, by his calling after مقتل", "FR-internationalNews-1521-20180530", "مقتل الصحافي المعارض لبوتين أركادي بابتشينكو في أوكرانيا",
			`قتل الثلاثاء الصحافي الروسي البارز أركادي بابتشينكو المعروف بمعارضته للرئيس الروسي فلاديمير بوتين وفق ما أعلنت السلطات الأوكرانية. وقالت زوجة بابتشينكو التي عثرت عليه مقتولا في منزلهما إنها تشتبه في أن مقتله متعلق بعمله.`,
			"2018-05-30 09:29", civ, true},
		{"a count between the killing and the calling", "FR-internationalNews-2563-20180801", "الغموض يلف مقتل ثلاثة صحافيين روس في جمهورية أفريقيا الوسطى",
			`قالت وزارة الخارجية الروسية إن ثلاثة مواطنين روس يحملون بطاقات صحفية اغتالهم ليل الاثنين الثلاثاء قرب سيبوت وسط أفريقيا الوسطى، مسلحون مجهولون يرجح أنهم كانوا يقيمون حاجزا على إحدى الطرق.`,
			"2018-08-01 14:26", civ, true},
		{"the calling in the accusative after a killing verb", "SK-internationalNews-1088-20180422", "بالفيديو.. رصاصة تقتل صحفيا على الهواء مباشرة",
			`ذكرت وسائل إعلام محلية، السبت، أن صحفيا قتل بالرصاص أثناء بث مباشر على الهواء من منطقة في نيكاراغوا خرجت فيها احتجاجات عنيفة مناهضة للحكومة في الأيام القليلة الماضية.`,
			"2018-04-22 12:00", civ, true},
		{"guard: a killing told staged", "FR-internationalNews-1534-20180530", "كييف تقول إنها اختلقت عملية قتل الصحافي الروسي المعارض  بابتشنكو لحمايته",
			`بعد أن أعلنت السلطات الأوكرانية الثلاثاء مقتل الصحافي الروسي البارز أركادي بابتشينكو المناهض للكرملين، ظهر هذا الأخير في مؤتمر صحفي. وقالت كييف إنها اختلقت عملية القتل لإفشال مخطط قتله الفعلي.`,
			"2018-05-30 15:27", civ, false},
		{"guard: a sentence for a journalist's killer", "SK-internationalNews-1162-20180425", `السجن مدى الحياة لـ"مخترع دنماركي" قتل صحفية`,
			`قضت محكمة دنماركية الأربعاء، بسجن المخترع بيتر مادسن، مدى الحياة لقتله صحفية سويدية، وتمثيله بجثتها على متن غواصة من صنعه في ميناء كوبنهاغن.`,
			"2018-04-25 18:24", civ, false},
		{"guard: a rape and killing investigated", "CN-internationalNews-659-20181008", "تحقيق في جريمة اغتصاب وقتل الصحفية البلغارية فيكتوريا",
			`ذكرت السلطات البلغارية إن الصحافية الاستقصائية فيكتوريا مارينوفا قد تعرضت للاغتصاب والقتل في مدينة روس في بلغاريا.`,
			"2018-10-08 17:47", civ, false},
		{"guard: a shell kills a journalist", "SK-middleEast-1006-20180413", "قذيفة حوثية تقتل صحفيا في البيضاء",
			`توفي صحفي يمني متأثرا بجراحه، بعد إصابته جراء سقوط قذيفة أطلقتها ميليشيات الحوثي الإيرانية في منطقة قانيسة التابعة لمحافظة البيضاء.`,
			"2018-04-13 15:32", civ, false},
		{"guard: a plot to kill", "CN-internationalNews-418-20180530", "أوكرانيا: إحباط مخطط روسيا لقتل الصحفي المعارض أركادي بابتشينكو",
			`أعلنت السلطات الأوكرانية أنها أحبطت مخططا روسيا لقتل الصحفي المعارض أركادي بابتشينكو.`,
			"2018-05-30 12:00", civ, false},
		{"guard: a death word of an accident (adapted)", "", "مصرع صحفي في حادث سير",
			`لقي صحفي مصرعه الثلاثاء في حادث سير على الطريق الدولي.`,
			"2018-05-30 12:00", civ, false},
	})
}
