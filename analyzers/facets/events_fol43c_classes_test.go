package facets

import "testing"

// TestEventTypesClosedInProtest pins round 43's ruling 7: a place its
// people shut in protest is a peaceful protest ("أغلقت بعض المخابز ...
// أبوابها احتجاجا على"، "كنيسة القيامة ... مغلقة لليوم الثاني على التوالي،
// احتجاجا على"). The adverb احتجاجا types a protest only after a closing
// word within eight words (closedInProtest, events_closedprotest.go). The
// true rows fail on main (corpus FR-internationalNews-2191, SK-middleEast-73).
// Guards: the adverb after any other act (a gathering told a year ago, a
// party's protest handed to an envoy), and a closure threatened.
func TestEventTypesClosedInProtest(t *testing.T) {
	checkTypes(t, []typeCase{
		{"bakeries shut their doors in protest", "FR-internationalNews-2191-20180705", "إغلاق أبواب عدد من المخابز في العاصمة الليبية احتجاجا على ارتفاع الأسعار",
			`أغلقت بعض المخابز في العاصمة الليبية طرابلس أبوابها احتجاجا على ارتفاع المواد الأولية المستخدمة في تحضير الخبز وعلى رأسها الدقيق والزيت.`,
			"2018-07-05 12:00", "peaceful-protest", true},
		{"the church shut for a second day in protest", "SK-middleEast-73-20180226", "كنيسة القيامة مغلقة لليوم الثاني على التوالي",
			`ظلت أبواب كنيسة القيامة في القدس المحتلة، الاثنين، مغلقة لليوم الثاني على التوالي، احتجاجا على فرض السلطات الإسرائيلية ضرائب جديدة على كنائس المدينة.`,
			"2018-02-26 12:00", "peaceful-protest", true},
		{"guard: a party's protest told to an envoy", "CN-middleEast-980-20180520", "الخارجية السودانية تستدعي سفير مصر بالخرطوم بعد مسلسل \"ابوعمر المصري\"",
			`أعلنت وزارة الخارجية السودانية، مساء السبت، إنها استدعت سفير مصر بالخرطوم، في الـ16 من الشهر الجاري، وأبلغته احتجاجاها على ما جاء في مسلسل يحمل اسم "أبو عمر المصري."`,
			"2018-05-20 12:00", "peaceful-protest", false},
		{"guard: the adverb after a statement, no place shut", "", "الخارجية تستدعي السفير",
			`أصدرت الوزارة بيانا احتجاجا على تصريحات الوزير الإسرائيلي بشأن القدس.`,
			"2018-05-20 12:00", "peaceful-protest", false},
		{"guard: a closure threatened", "", "نقابة عمال الميناء تهدد",
			`هددت نقابة عمال الميناء بإغلاق الميناء احتجاجا على قرار الحكومة خصخصته.`,
			"2018-05-20 12:00", "peaceful-protest", false},
	})
}
