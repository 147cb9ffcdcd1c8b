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
