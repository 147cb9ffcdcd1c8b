package facets

import "testing"

// TestCapitalUniversityHospital pins a university or a hospital named
// after a governorate capital ("بجامعة دمشق"، "مدرج جامعة دمشق"، "مستشفى
// حلب") as the city, not an organisation's name (round 55, m55town:
// capitalOrg). The golds code the city there (4 of 4 lines that name
// جامعة before a capital); rasid missed Damascus in pool BB-sport-190
// and blind 2015-07-21-1502. The guards: a unit or a council named after
// the capital (لواء حلب، مجلس دمشق) stays an organisation's name.
func TestCapitalUniversityHospital(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "an exam at Damascus University", id: "BB-sport-190-20180605", title: "إصابة محمد صلاح في امتحان بكلية الحقوق",
			text:  "فوجئ الطلاب بكلية الحقوق بجامعة دمشق السورية بسؤال عن الإصابة التي تعرض لها محمد صلاح.",
			towns: []string{"C1001"}, govs: []string{"SY01"}},
		{class: "a speech in Damascus University's hall", id: "2015-07-21-1502", title: "مبادرات البدلة الزرقاء",
			text:  "وقال إن الوفد الروسي سيجتهد في فهم خطاب السيد الرئيس في مدرج جامعة دمشق، وإنها ستعود لتحلل مضامين الخطاب في سوريا.",
			towns: []string{"C1001"}, govs: []string{"SY01"}},
		{class: "wounded taken to Aleppo's hospital", id: "guard", title: "قصف على الأحياء الشرقية في سوريا",
			text:  "ونقل الجرحى إلى مستشفى حلب الجامعي بعد القصف.",
			towns: []string{"C1007"}},
		// Guards.
		{class: "a brigade named after Aleppo", id: "guard", title: "معارك في ريف إدلب",
			text:     "أعلن لواء حلب المدينة مشاركته في المعارك في ريف إدلب السوري.",
			notTowns: []string{"C1007"}},
		{class: "a council named after Damascus", id: "guard", title: "المعارضة السورية",
			text:     "أصدر مجلس دمشق العسكري بيانا حول المفاوضات السورية.",
			notTowns: []string{"C1001"}},
	})
}
