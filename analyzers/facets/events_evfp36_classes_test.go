package facets

import "testing"

// Round-36 event types the gold does not code (evfp36): trigger words in
// another sense, from the pool's extras. Every want row fails on the rules
// before it; the guards must stay.

// A تظاهرة with a domain's adjective ("تظاهرة اجتماعية"، "تظاهرة
// اقتصادية") is a festival or a show, no protest (weaponSense).
func TestEventTypesEvfp36ShowNouns(t *testing.T) {
	const typ = "peaceful-protest"
	checkTypes(t, []typeCase{
		{"Medina's feast days", "2015-07-22-1111", "«طيبة الطيبة» تعيش تظاهرة اجتماعية واحتفالية فرح",
			"تعيش المدينة المنورة تظاهرة اجتماعية واحتفالية أفراح ابتهاجاً بقدوم عيد الفطر المبارك، ضمن احتفالات العيد التي تنظمها أمانة المنطقة.",
			"2015-07-22 10:00", typ, false},
		{"Buraydah's date festival", "2015-08-06-2770", "بريدة تطلق اليوم أكبر تظاهرة اقتصادية للتمور",
			"ينطلق اليوم في مدينة بريدة أكبر مهرجان للتمور في العالم وهو أكبر تظاهرة اقتصادية فريدة من نوعها، يلتقي فيها المزارعون والتجار والمتسوقون.",
			"2015-08-06 10:00", typ, false},
		// Guard: a protest held before Downing Street.
		{"a protest against the crown prince's visit", "FR-internationalNews-318-20180308", "بريطانيا: احتجاج على زيارة ولي العهد السعودي",
			"وشارك نحو مئتي شخص في تظاهرة احتجاجية أمام مقر رئاسة الحكومة البريطانية احتجاجا على زيارة ولي العهد السعودي.",
			"2018-03-08 10:00", typ, true},
	})
}

// An abduction word whose object is a match's spoils or a thing of state
// or faith ("خطف تعادل ثمين"، "اختطاف الطائفة العلوية") is a figure of
// seizing, no one kidnapped (seizedFigure).
func TestEventTypesEvfp36SeizedFigure(t *testing.T) {
	const typ = "abduction-forced-disappearance"
	checkTypes(t, []typeCase{
		{"Barcelona snatch a draw", "CN-sport-30-20180220", "ميسي يكسر العقدة ويقود برشلونة لخطف تعادل ثمين من تشيلسي",
			"نجح برشلونة في خطف تعادل ثمين من مضيفه تشيلسي، بهدف لمثله، بفضل هدف سجله ليونيل ميسي.",
			"2018-02-20 10:00", typ, false},
		{"a ruling few who seized the sect", "2015-08-06-352", "تراجع الحس القومي فجر نزاع «الهويات القاتلة»!",
			"وأدى بالمقابل بالأقلية الحاكمة، التي تمكنت من اختطاف الطائفة العلوية كما اختطفت الحكم إلى الاستعانة بإيران.",
			"2015-08-06 10:00", typ, false},
		// Guard: Islah leaders kidnapped in Sanaa.
		{"Houthi gunmen kidnap Islah leaders", "2015-08-10-1389", "الحوثيون يختطفون قياديين في الإصلاح",
			"اختطف مسلحون تابعون لجماعة الحوثي في العاصمة صنعاء 10 من قياديي حزب التجمع اليمني للإصلاح، منهم الوزير السابق عبد الرزاق الأشول وعدد من النساء.",
			"2015-08-10 10:00", typ, true},
	})
}

// A protest word after منذ and a date or an onset ("منذ 30 آذار/مارس"،
// "منذ أن اندلعت") tells a campaign from its start, the background of a
// Gaza strike story (protestSinceDate).
func TestEventTypesEvfp36ProtestSinceDate(t *testing.T) {
	const typ = "peaceful-protest"
	checkTypes(t, []typeCase{
		{"Gaza's marches since 30 March", "FR-internationalNews-1286-20180517", "غارات إسرائيلية تستهدف منشآت لحركة حماس في قطاع غزة",
			"وتشهد غزة منذ 30 آذار/مارس مسيرات \"العودة\" التي يشارك فيها آلاف الفلسطينيين الذين يتجمعون على الحدود.",
			"2018-05-17 10:00", typ, false},
		{"tension since the Land Day protests broke out", "FR-internationalNews-631-20180409", "إسرائيل تقصف موقعا عسكريا لحماس في شمال غزة",
			"وتشهد منطقة السياج الحدودي بين غزة وإسرائيل توترا منذ أن اندلعت صدامات وتظاهرات في في \"يوم الأرض\" في 30 آذار/مارس تحت شعار \"مسيرة العودة\".",
			"2018-04-09 10:00", typ, false},
		// Guard: protests going on for days, the news of the article.
		{"Iraqi provinces protesting for days", "2015-08-08-574", "تظاهرات في المحافظات العراقية",
			"يشار إلى أن عددا من المحافظات العراقية تشهد منذ أيام، تنظيم تظاهرات حاشدة يشارك فيها المئات من الناشطين، للمطالبة بتحسين الخدمات.",
			"2015-08-08 10:00", typ, true},
	})
}
