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

// TestEventTypesCriminalArrestTitled pins round 43's ruling 11: a lone
// suspect's arrest for an ordinary crime takes no arrests type even when
// the title tells it (suspectArrest, titleSuspectArrest,
// events_suspectarrest.go); the body's retelling by name is that arrest.
// The true-to-false rows fail on main (pool BB-internationalNews-1038,
// SK-internationalNews-911). Guards: a cleric's arrest ("رجل الدين"),
// many suspects ("توقيف مشتبه بتورطهم"), a figure held with no suspect
// word ("ساركوزي موقوف").
func TestEventTypesCriminalArrestTitled(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the Dutch police arrest a suspect in a child's murder", "BB-internationalNews-1038-20180827", "الشرطة في هولندا تعتقل مشتبها به في قتل طفل في عام 1998",
			`أعلنت الشرطة الهولندية، التي كانت تحقق في اختفاء وقتل تلميذ يدعى نيكي فيرستابن في عام 1998، اعتقال المشتبه به الرئيسي في إسبانيا.
وقال بيان من الشرطة "اعتقل جوس بريتش، 55 عاما، وهو المشتبه به في وفاة نيكي فيرستابن، في إسبانيا بعد ظهر يوم الأحد".`,
			"2018-08-27 12:00", "arrests", false},
		{"a singer's killer arrested", "SK-internationalNews-911-20180412", "فيديو للحظات الأخيرة لفنانة باكستانية حامل.. واعتقال القاتل",
			`ألقت الشرطة في باكستان القبض على رجل متهم بإطلاق النار على مطربة حامل، وقتلها أثناء تقديمها عرضا في حفل أقامه رجل ثري.`,
			"2018-04-12 12:00", "arrests", false},
		{"guard: a cleric arrested", "BB-middleEast-881-20180812", "تقارير عن اعتقال رجل الدين المحافظ ناصر العمر في السعودية",
			`أفادت تقارير بأن السلطات السعودية اعتقلت رجل الدين المحافظ ناصر العمر.`,
			"2018-08-12 12:00", "arrests", true},
		{"guard: many suspects arrested", "FR-middleEast-620-20180611", "العراق: توقيف مشتبه بتورطهم في حريق مخازن صناديق الاقتراع بينهم عناصر أمن",
			`أعلنت السلطات العراقية توقيف أربعة أشخاص يشتبه بتورطهم في حريق مخازن صناديق الاقتراع في بغداد، بينهم ثلاثة عناصر من الشرطة.`,
			"2018-06-11 12:00", "arrests", true},
	})
}
