package facets

import "testing"

// TestEventTypesIsraeliYouthRiot pins round 40's raids told with Israel's
// forces named, not the occupation: confrontations of the young men or the
// residents with the Israeli army or police in the West Bank or Jerusalem
// are a violent demonstration (israeliYouthRiot). The want rows are corpus
// sentences that fail on main. Guards: the Gaza marches' youths at the
// border, and a clash of Israeli extremists at the Aqsa.
func TestEventTypesIsraeliYouthRiot(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the army storms al-Amari camp, confrontations with the young men", "SK-middleEast-1997-20180528", `بعد مقتل "المستعرب".. إسرائيل تقتحم مخيم الأمعري`,
			`اقتحم الجيش الإسرائيلي، صباح الاثنين، مخيم الأمعري قرب رام الله وسط الضفة الغربية، ما أدى إلى اندلاع مواجهات مع الشبان الفلسطينيين، أصيب 7 منهم على الأقل بالرصاص.`,
			"2018-05-28 12:00", "violent-demonstration", true},
		{"young men and the Israeli police at the Aqsa", "FR-internationalNews-2478-20180727", `الشرطة الإسرائيلية تغلق أبواب المسجد الأقصى إثر مواجهات مع شبان فلسطينيين`,
			`قالت دائرة الأوقاف الإسلامية ووكالة الأنباء الفرنسية إن الشرطة الإسرائيلية قد أغلقت أبواب المسجد الأقصى في القدس الشرقية وطردت المصلين من ساحاته، بعد اندلاع مواجهات بين شبان فلسطينيين والشرطة الإسرائيلية.`,
			"2018-07-27 12:00", "violent-demonstration", true},
		{"residents clash with the forces on a raid", "2015-07-23-254", `«الخارجية» الفلسطينية: استمرار الاستيطان الإسرائيلي «إعلان حرب» على الفلسطينيين`,
			`قالت مصادر فلسطينية إن القوات الإسرائيلية قتلت فلسطينيا بالرصاص أمس الأربعاء أثناء قيامها بدهم لاعتقال ناشطين في الضفة الغربية المحتلة إذ اندلعت اشتباكات بينها وبين السكان.`,
			"2015-07-23 12:00", "violent-demonstration", true},
		{"guard: the marches' youths at Gaza's border", "FR-middleEast-324-20180420", `مواجهات على حدود غزة`,
			`قال مراسل وكالة فرانس برس إن مئات الشبان يشاركون في مواجهات بالقرب من الحدود ويشعلون الإطارات ويلقون الحجارة بينما يرد الجيش الإسرائيلي عليهم بقنابل الغاز المسيلة للدموع.`,
			"2018-04-20 12:00", "violent-demonstration", false},
		{"guard: Israeli extremists and the Aqsa's guards", "FR-middleEast-458-20180513", `إسرائيل تقر مشروع تلفريك مثير للجدل يربط القدس الغربية بحائط البراق`,
			`واندلعت مواجهات خفيفة الأحد بين إسرائيليين متشددين كانوا يرغبون في زيارة المسجد الأقصى وبين حراس المسجد المسلمين.`,
			"2018-05-13 12:00", "violent-demonstration", false},
	})
}
