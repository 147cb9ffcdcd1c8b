package facets

import "testing"

// TestEventTypesM61arrSeizedPair pins the round-61 reader m61arr's two
// additions to seizedPeople: a dual of the men seized right after ضبط
// (seizedPair: "ضبط فردين مطلوبين"، its own count of two) and convicts at
// large after a count (seizedPersons: "ضبط 21 محكوما عليهم"). The pool's
// two gold articles with the construction (2015-08-02-98, fresh13;
// 2015-07-25-1064, holdout13) code arrests, and no gold article with it
// codes none. The true rows fail on main. Guards: persons (شخصين) seized
// stay out, as أشخاص do; goods counted after ضبط stay out.
func TestEventTypesM61arrSeizedPair(t *testing.T) {
	const arrests = "arrests"
	checkTypes(t, []typeCase{
		{"two wanted men seized, the dual its own count", "2015-08-02-98", "الجيش المصري يعلن مقتل 88 إرهابيًا بسيناء في 12 يومًا",
			`وأضاف المتحدث العسكري عبر صفحته الرسمية على «فيسبوك»، أن الجيش المصري تمكن من ضبط فردين مطلوبين أمنيًا و56 فردًا مشتبهًا بهم، علاوة على تدمير 29 سيارة.`,
			"2015-08-02 12:00", arrests, true},
		{"21 convicts at large seized", "2015-07-25-1064", "سيناء.. مقتل 7 إرهابيين",
			`وتواصل الأجهزة الأمنية رصد العناصر التي تقوم بالتخطيط لارتكاب الأعمال الإرهابية ضد القوات والمنشآت الشرطية والعمل على ضبطها، فضلا عن ضبط 21 محكوما عليهم.`,
			"2015-07-25 12:00", arrests, true},
		{"guard: two persons seized are a crime's", "SK-middleEast-1224-20180424", "الكويت تضبط مشتبها بهما",
			`وأعلنت وزارة الداخلية الكويتية، الأحد الماضي، ضبط شخصين من الجنسية الفلبينية، أثناء قيامهما بتهريب خادمة.`,
			"2018-04-24 12:00", arrests, false},
		{"guard: goods counted after ضبط", "", "الجمارك تضبط شحنة",
			`وتمكنت الجمارك من ضبط 320 كيلوجراما من البضائع المهربة في الميناء.`,
			"2018-04-24 12:00", arrests, false},
	})
}
