package facets

import "testing"

// TestPlaceDamascusGovernment pins "دمشق" read as the government where a
// word of rule, contact or backing stands right before "بدمشق", or one of
// pressure, blame, a response, sanctions or anger before "على دمشق"
// (round 33, audtowns33): the guide's capital standing for its government,
// no town. The corpus sample of rasid's towns held two such (SK-middleEast-2713,
// SK-middleEast-917), and the golds code "نظام الحكم بدمشق" no town.
func TestPlaceDamascusGovernment(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "the ruling regime in Damascus", id: "SK-middleEast-2713-20180701", title: "طائرات تهاجم قاعدة حميميم الروسية.. وفيديو لعملية الاعتراض",
			text:     "وقد وقعت روسيا اتفاقا مع نظام الحكم بدمشق في أغسطس 2015 يمنح الحق للقوات العسكرية الروسية باستخدام قاعدة حميميم في كل وقت من دون مقابل ولأجل غير مسمى.",
			notTowns: []string{"C1001"}, notGovs: []string{"SY01"}},
		{class: "American anger at Damascus", id: "SK-middleEast-917-20180410", title: "في حضرة ترامب.. أمير قطر يقر بتقصيره في مكافحة الإرهاب",
			text:     "ومحاولا اللعب على التوتر القائم وسط غضب أميركي على دمشق بسبب الهجمات الكيماوية.. لكن الأرض السورية، الملتهبة بضربات وغارات النظام السوري، اكتوت أيضا من السياسات القطرية.",
			notTowns: []string{"C1001"}},
		{class: "pressure on Damascus", id: "SK-middleEast-3035-20180721", title: "جيش النظام يتوغل في القنيطرة.. ومسلحون يغادرون",
			text:     "وقال مسؤولون في الأمم المتحدة إن روسيا تمارس ضغوطا على دمشق لتسهيل عودة الكثير من النازحين.",
			notTowns: []string{"C1001"}},
		{class: "no contact with Damascus", id: "BB-middleEast-68-20180221", title: "تركيا: سنضرب كل من يساعد المليشيا الكردية في سوريا أيا يكن",
			text:     "وقال كالين إن بلاده ليس لها أي اتصال بدمشق ولكنها لا تمانع إذا كانت هناك اتصالات غير مباشرة.",
			notTowns: []string{"C1001"}},
		// Guards: shells fall on the city, and a depot or a quarter is in it.
		{class: "shells on Damascus", id: "FR-middleEast-24-20180219", title: "سقوط قذائف على دمشق",
			text:  "أفادت وكالة الأنباء الفرنسية مساء الأحد عن سقوط قذائف عدة على دمشق.",
			towns: []string{"C1001"}},
		{class: "a depot in Damascus", id: "SK-middleEast-1519-20180508", title: "9 قتلى من ميليشيا النظام السوري في قصف مستودع الأسلحة بدمشق",
			text:  "قتل تسعة مسلحين من الميليشيا الموالية لقوات النظام السوري مساء الثلاثاء جراء القصف الصاروخي.",
			towns: []string{"C1001"}},
	})
}

// TestPlaceAbroadAside pins a direction aside set off right after a name
// as placing it (round 33, audtowns33): "مدينة القنيطرة (شمال الرباط)" is
// Morocco's Kenitra, "بحنين( شمال لبنان)" and "مجدليا (شمال لبنان)" are
// Lebanese villages, not their Syrian namesakes.
func TestPlaceAbroadAside(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "Morocco's Kenitra", id: "2015-07-21-337", title: "«بيجو» الفرنسية تتبع خطى «رينو» وتخطط لإنشاء مصنع للسيارات في المغرب",
			text:     "ويهدف المشروع إلى بناء وحدة صناعية في مدينة القنيطرة (شمال الرباط) تصل قدرتها الإنتاجية إلى نحو 100 ألف سيارة في السنة. غير أن تطوير المغرب للقطب الصناعي قرب مدينة القنيطرة جعل من المنطقة الصناعية في القنيطرة وجهة ممتازة.",
			notTowns: []string{"C6268"}, notGovs: []string{"SY14"}},
		{class: "a Lebanese village", id: "2015-07-25-1299", title: "المعارضة السورية تستهدف مواقع النظام في ريف إدلب",
			text:     "وقال بيان صادر عن قيادة الجيش اللبناني، الجمعة: إن قوة من الجيش أوقفت في محلتي تعنايل - زحلة( شرق لبنان)، والمنية - بحنين( شمال لبنان)، 23 شخصا من التابعية السورية.",
			notTowns: []string{"C5294"}, notGovs: []string{"SY10"}},
		// Guard: an aside that places the town in Syria keeps it.
		{class: "a Syrian town's aside", id: "FR-internationalNews-1593-20180602", title: "المعلم يرهن الدخول في مفاوضات حول جنوب سوريا بانسحاب القوات الأمريكية من التنف",
			text:  "دان المعلم الاتفاق على \"خارطة الطريق\" الذي أعلنته واشنطن وأنقرة الشهر الماضي بشأن مدينة منبج (شمال) والتي تسيطر عليها قوات سوريا الديمقراطية.",
			towns: []string{"C1767"}},
	})
}
