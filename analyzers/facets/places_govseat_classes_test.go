package facets

import "testing"

// TestPlaceDamascusGovernmentSeat pins "دمشق" read as the government, not
// the city (round 38, audblindu38): after a government noun and في ("وكانت
// الحكومة في دمشق قد أعلنت"، "هل النظام في دمشق مستعد", governmentIn),
// and after a request, an invitation or leave with من ("طلبت من دمشق"،
// "دعوة رسمية من دمشق", governmentFromWords). The guide codes a capital
// standing for its government as no town; the blind codings did so for
// SK-middleEast-3151 and SK-middleEast-909.
func TestPlaceDamascusGovernmentSeat(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "the government in Damascus", id: "SK-internationalNews-1852-20180529", title: "جورجيا تقطع علاقاتها مع دمشق بسبب \"أبخازيا\"",
			text:     "وكانت الحكومة في دمشق قد أعلنت اعترافها باستقلال جمهوريتي أبخازيا وأوسيتيا الجنوبية، وإقامة علاقات دبلوماسية رسمية.",
			notTowns: []string{"C1001"}},
		{class: "the regime in Damascus", id: "SK-middleEast-3151-20180728", title: "الأكراد ودمشق.. لقاءات \"جس نبض\" على طريق اللامركزية",
			text:     "لكن هل النظام في دمشق مستعد للوصول إلى اللامركزية؟",
			notTowns: []string{"C1001"}},
		{class: "the regime's allies", id: "2015-08-08-933", title: "أوباما يرى بارقة أمل لحل الأزمة",
			text:     "وقال أوباما إنه يرى بارقة أمل للحل السياسي في سورية، لأن حليفي النظام في دمشق، روسيا وإيران باتا يعتقدان أن أيام النظام معدودة.",
			notTowns: []string{"C1001"}},
		{class: "asked of Damascus", id: "SK-middleEast-909-20180410", title: "منظمة حظر الأسلحة الكيمياوية سترسل فريقا لدوما",
			text:     "وقالت المنظمة، في بيان، إنها طلبت من دمشق \"القيام بالإجراءات اللازمة\" للإعداد لهذه الزيارة. وكانت المنظمة تلقت دعوة رسمية من دمشق لزيارة دوما.",
			notTowns: []string{"C1001"}},
		// Guards: the regime's areas in the city, and people from it.
		{class: "the regime's areas in Damascus", id: "BB-middleEast-196-20180315", title: "قتلى في قصف على الغوطة الشرقية",
			text:  "وفي مناطق النظام في دمشق لقي شخص مصرعه وأصيب آخرون بقذائف.",
			towns: []string{"C1001"}},
		{class: "displaced from Damascus", id: "guard-from-damascus", title: "نازحون سوريون في لبنان",
			text:  "وصل عشرات النازحين من دمشق إلى الحدود اللبنانية.",
			towns: []string{"C1001"}},
	})
}

// TestPlaceDaraaMatterOfTalks pins a bare درعا after حول، بشأن or عن that
// a word of talks or a deal leads to read as the province, the matter of
// the 2018 settlement of the south, not its city (round 38, audblindu38,
// daraaFront): the blind coding of BB-middleEast-725 and the pool's
// FR-internationalNews-2066 code no town there.
func TestPlaceDaraaMatterOfTalks(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "talks about Daraa", id: "BB-middleEast-725-20180714", title: "لمحة عن\"جيش خالد بن الوليد\" التابع للدولة الإسلامية في جنوب غربي سوريا",
			text:     "سوريا: استمرار المفاوضات حول درعا بعد سيطرة القوات الحكومية على معبر \"نصيب\"",
			notTowns: []string{"C5993"}, govs: []string{"SY12"}},
		{class: "a deal on Daraa", id: "SK-middleEast-2672-20180630", title: "غارات على ريف درعا.. ومحادثات للمعارضة مع روسيا",
			text:     "وتحدث مفاوضون من المعارضة السورية عن بدء محادثات مع روسيا من أجل الاتفاق بشأن درعا.",
			notTowns: []string{"C5993"}, govs: []string{"SY12"}},
		{class: "to talk of Daraa", id: "FR-internationalNews-2066-20180629", title: "شركة \"لافارج\" الفرنسية في سوريا ..ملابسات وأبعاد القضية",
			text:     "ثم ننتقل للحديث عن درعا في ظل مواصلة النظام السوري حملته للسيطرة عليها.",
			notTowns: []string{"C5993"}, govs: []string{"SY12"}},
		// Guards: the city named as such, and a bare mention of its people.
		{class: "talks about Daraa city", id: "guard-daraa-city-talks", title: "مفاوضات في الجنوب السوري",
			text:  "واستمرت المفاوضات حول مدينة درعا بين المعارضة والروس.",
			towns: []string{"C5993"}},
		{class: "people of Daraa", id: "guard-daraa-people", title: "نازحون في الجنوب السوري",
			text:  "وعاد مئات من سكان درعا إلى منازلهم.",
			towns: []string{"C5993"}},
	})
}
