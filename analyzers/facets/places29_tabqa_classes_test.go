package facets

import "testing"

// TestPlaceCommonNameOfADistrictCentre pins a city news calls by its common
// name where OCHA lists it under its official one (round 29, tabqa29b):
// الطبقة is Tabqa, centre of Raqqa's الثورة district (C5929), not the
// gazetteer's Hasakah village الطبقة (C4822), with or without Raqqa named.
func TestPlaceCommonNameOfADistrictCentre(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "Tabqa, no governorate", id: "SK-middleEast-2933-20180717", title: "\"سوريا الديمقراطية\" تستعد لمفاوضات مع دمشق",
			text:  "وباشر مجلس سوريا الديموقراطية الاثنين أعمال مؤتمر ينتهي الأربعاء في مدينة الطبقة في شمال سوريا بحضور نحو 240 شخصا، بينهم مسؤولون عن الأراضي الخاضعة لحكم ذاتي تحت سيطرة الاكراد.",
			towns: []string{"C5929"}, notTowns: []string{"C4822"}, notGovs: []string{"SY08"}},
		{class: "Tabqa in Raqqa's countryside", id: "2015-08-06-1793", title: "مقتل 51 داعشياً في سوريا جراء قصف طائرات التحالف",
			text:  "بينما قتل 29 منهم في استهداف لمنطقة معسكر الكرين قرب مدينة الطبقة بريف الرقة الغربي.",
			towns: []string{"C5929"}, govs: []string{"SY11"}, notTowns: []string{"C4822"}, notGovs: []string{"SY08"}},
		// A guard: the word "class" stays no place.
		{class: "the word", id: "BB-culture-150-20180509", title: "اكتشاف مقبرة أثرية في مصر",
			text:     "ما يدل على أنهم جميعا ينتمون إلى عائلة من الطبقة العسكرية في الدولة الحديثة، بحسب تقسيم عصور تاريخ مصر القديمة.",
			notTowns: []string{"C5929", "C4822"}},
	})
}
