package facets

import "testing"

// طرد drives a force from ground, but as often expels diplomats, is a
// centrifuge (أجهزة طرد مركزي) or sends off a player: those, told within four
// words after it, are no capture; a force driven from a place still is.
func TestEventTypesExpelledNoPlace(t *testing.T) {
	cases := []typeCase{
		{"diplomats expelled", "BB-internationalNews-150-20180314", "بريطانيا تعلن طرد 23 دبلوماسيا روسيا ردا على تسميم العميل الروسي السابق",
			"أعلنت رئيسة الوزراء البريطانية تيريزا ماي طرد 23 دبلوماسيا روسيا ردا على تسميم عميل روسي سابق.",
			"2018-03-14 12:58", "government-regains-territory", false},
		{"an ambassador expelled", "CN-middleEast-948-20180516", "تركيا تتهم مصر وإسرائيل برفض هبوط طائراتها لنقل مصابين فلسطينيين",
			"وكانت تركيا قد استدعت سفيريها من إسرائيل والولايات المتحدة، وطردت السفير الإسرائيلي في أنقرة والقنصل العام الإسرائيلي في إسطنبول، بينما طردت إسرائيل القنصل العام التركي.",
			"2018-05-16 14:28", "non-state-actor-overtakes-territory", false},
		{"centrifuges", "FR-internationalNews-1651-20180605", "البرنامج النووي: إيران تشرع في عملية زيادة القدرة على تخصيب اليورانيوم",
			"وقال رئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي إن طهران تطور البنية التحتية لبناء أجهزة طرد مركزي متطورة في منشأة نطنز، مشيرا إلى أن ذلك لا يعد انتهاكا للاتفاق النووي.",
			"2018-06-05 17:14", "government-regains-territory", false},
		{"a force driven from a camp stays a regain", "BB-middleEast-524-20180521", "الجيش السوري يعلن استعادة السيطرة على آخر مناطق المعارضة قرب دمشق",
			"وأوضح البيان أن ذلك تحقق بعد أن طردت القوات الحكومية مسلحي تنظيم الدولة الإسلامية من مناطق مخيم اليرموك للاجئين الفلسطينيين وحي الحجر الأسود.",
			"2018-05-21 10:00", "government-regains-territory", true},
	}
	checkTypes(t, cases)
}
