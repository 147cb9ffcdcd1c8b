package facets

import "testing"

// A force word before a protest word that did not meet the protest — a
// charge, an attempt, the protest's cause — is no excessive force; a
// protest the force met still is one.
func TestEventTypesForceNotMet(t *testing.T) {
	const typ = "excessive-force-against-protesters"
	checkTypes(t, []typeCase{
		{"an aide charged with beating protesters", "FR-internationalNews-2550-20180731",
			"قضية بينالا: الجمعية العامة الفرنسية ترفض مذكرتين لحجب الثقة عن الحكومة",
			"والتنديد بالمحاولات الجارية لإخفاء \"حقيقة\" مسألة بينالا الذي يلاحق حاليا بتهمة ارتكاب أعمال عنف بحق متظاهرين في الأول من أيار/مايو في باريس.",
			"2018-07-31 18:10", typ, false},
		{"a protest despite attempts to crush it", "SK-middleEast-2733-20180703",
			"رسالة مؤثرة من شاب عربي من قلب انتفاضة الأحواز",
			"ويظهر الشاب وهو يشكو بحرقة الأوضاع المتردية في مدينة المحمرة بمحافظة خوزستان، وذلك خلال مظاهرة شارك فيها المئات رغم محاولات الأمن قمع المحتجين.",
			"2018-07-03 12:09", typ, false},
		{"a killing that set off protests", "SK-internationalNews-24-20180217",
			"باكستان.. الإعدام لقاتل ومغتصب الطفلة زينب",
			"وأشعل مقتل الطفلة زينب أنصاري تظاهرات صاخبة في باكستان.",
			"2018-02-17 15:53", typ, false},
		// Guard: protesters killed.
		{"three protesters killed", "FR-internationalNews-2579-20180802",
			"زيمبابوي: إغلاق متاجر في العاصمة هراري ودعوات للهدوء غداة مقتل ثلاثة متظاهرين",
			"أغلقت متاجر في العاصمة هراري الخميس غداة احتجاجات على نتائج الانتخابات أسفرت عن مقتل ثلاثة متظاهرين.",
			"2018-08-02 10:09", typ, true},
	})
}
