package facets

import "testing"

// Place classes of round 9, each seen in two or more samples (fresh-4,
// fresh-7) and read over the corpora. Real sentences, article ids given;
// none from the untouched gold part.
func TestPlaceRound9Classes(t *testing.T) {
	checkPlaces(t, []placeCase{
		// Open-Syria names the Tell Salhib sub-district "سلحب", its centre
		// تل سلحب without the تل; news writes the short name too.
		{class: "short name of a sub-district centre", id: "SK-middleEast-1345-20180430",
			text:  "نتيجة سقوط صواريخ عدة على المركز الإيراني الواقع بين مدينة سلحب وقرية نهر البارد في ريف حماة الغربي.",
			towns: []string{"C3145"}, govs: []string{"SY05"}},
		{class: "short name of a sub-district centre", id: "SK-middleEast-1357-20180430",
			text:  "ناجمة عن استهداف صاروخي تعرض له مقر اللواء 47 في ريف حماة الجنوبي ومناطق ثانية بالقرب من بلدة سلحب.",
			towns: []string{"C3145"}, govs: []string{"SY05"}},
		// A count per province written as one person joined by و
		// (fresh-5; round 8 read the digits of fresh-2's list).
		{class: "count per province in words", id: "SK-middleEast-1477-20180507",
			text:     "وأشارت المجموعة إلى أن القتلى توزعوا حسب المناطق في سوريا على النحو التالي: 35 شخصًا قضوا في دمشق، و8 آخرين في ريف دمشق، ولاجئ في حلب، وشخص في درعا.",
			govs:     []string{"SY02", "SY03", "SY12"},
			notTowns: []string{"C1007", "C5993"}},
		// Damascus and its countryside are one context for a name both
		// have elsewhere: Jobar listed with Ghouta towns is Damascus's
		// quarter, not the Homs village; the Nasriyah airbase "near
		// Damascus" is no Homs village either (fresh-5; corpus).
		{class: "Damascus with its countryside", id: "SK-middleEast-487-20180323", title: "مقتل عشرات المدنيين حرقا بأحد ملاجئ غوطة دمشق",
			text:     "ويشمل وقف إطلاق النار مناطق القطاع الأوسط في الغوطة الشرقية، التي يسيطر عليها \"فيلق الرحمن\"، وهي مدن وبلدات عربين وزملكا وعين ترما وجوبر.",
			towns:    []string{"C2321", "C2320", "C2315", "C1001"},
			notTowns: []string{"C2504"}, notGovs: []string{"SY04"}},
		{class: "Damascus with its countryside", id: "FR-internationalNews-752-20180417", title: "وكالة الأنباء السورية: الدفاعات الجوية تسقط صواريخ اخترقت أجواء مدينة حمص",
			text:     "كما أشار المرصد السوري إلى وقوع انفجارات ضخمة قرب مطار الشعيرات العسكري وأخرى قرب دمشق حيث يقع مطارا الضمير والناصرية العسكريين.",
			towns:    []string{"C2659"},
			notTowns: []string{"C2631"}},
	})
}
