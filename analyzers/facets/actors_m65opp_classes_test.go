package facets

import "testing"

// Article texts of TestSupportingMilitias (from the corpus, each used once).
const (
	// pool holdout-37 BB-middleEast-182-20180313 (gold codes
	// pro-government-militias): its first and fifth sentences.
	supportingForGovTitle = "\"اتفاق لإجلاء المصابين\" من الغوطة الشرقية"
	supportingForGovBody  = "أعلن تنظيم \"جيش الإسلام\"، أكبر الجماعات المسلحة في الغوطة الشرقية، أنه توصل إلى اتفاق مع روسيا، الداعم الرئيسي للحكومة السورية، على إجلاء المصابين من المنطقة المحاصرة.\nواستعاد جنود ومسلحون مساندون للحكومة 60 في المئة من الغوطة الشرقية الواقعة في ضواحي العاصمة دمشق، وقسموها إلى ثلاثة جيوب في الأيام القليلة الماضية."
	// pool holdout-55 SK-middleEast-1315-20180429 (gold codes
	// pro-government-militias): مساند with no object.
	supportingBareTitle = "ترقب قبل خروج المعارضة من 3 بلدات جنوبي دمشق"
	supportingBareBody  = "وذكرت مصادر محلية وناشطون في المنطقة أن القوات الحكومية مدعومة بميليشيات مساندة، تقدمت في حي القدم بعد تراجع مسلحي تنظيم داعش، وسيطرت على عدد من الأحياء."
	// corpus 2015-07-31-377 (SaudiNewsNet, no gold): the factions that
	// back the Kurdish units, "لها" after them.
	supportingKurdsTitle = "معلومات عن اعتقال القوات الكردية 150 شابًا عربيًا في صرين بريف حلب"
	supportingKurdsBody  = "ونقل «المرصد السوري لحقوق الإنسان» عن عدد من سكان المنطقة وناشطين قولهم: «إن الوحدات الكردية والفصائل المساندة لها، اعتقلت نحو 150 شابًا ورجلا من بلدة صرين، بتهمة أنهم عناصر من تنظيم داعش أو متعاونون معه»."
	// pool fresh 2015-07-24-1816 (gold: hezbollah, syrian-government,
	// iran; no militias): the purpose masdar "لمساندة" after fighters.
	supportingPurposeTitle = "أبرز 5 تصريحات لـ «حسن نصر الله» أثارت سخرية السوريين"
	supportingPurposeBody  = "لا يخفى على السوريين بشكل خاص والمتابعين للقضية السورية بشكل عام مدى الدعم الذي تقدمه ميليشيا \"حزب الله\" اللبناني لنظام بشار الأسد منذ بدء الثورة السورية منتصف مارس/ آذار 2011، بدءاً من إرسال المقاتلين لمساندة قوات النظام."
)

// TestSupportingMilitias pins round 65's m65opp class: a fighters' noun
// right before مساند ("ومسلحون مساندون للحكومة"، "بميليشيات مساندة") names the
// regime's militias in an article about Syria (supportingMilitiaMentions,
// actors_supportfighters.go). The want rows fail before the rule. Guards:
// the factions "المساندة لها" after the Kurdish units are theirs, and
// "المقاتلين لمساندة قوات النظام" (the purpose masdar) names no militia.
func TestSupportingMilitias(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-middleEast-182-20180313", title: supportingForGovTitle, text: supportingForGovBody, want: []string{"pro-government-militias"}},
		{id: "SK-middleEast-1315-20180429", title: supportingBareTitle, text: supportingBareBody, want: []string{"pro-government-militias"}},
		{id: "2015-07-31-377", title: supportingKurdsTitle, text: supportingKurdsBody, not: []string{"pro-government-militias"}},
		{id: "2015-07-24-1816", title: supportingPurposeTitle, text: supportingPurposeBody, not: []string{"pro-government-militias"}},
	})
}
