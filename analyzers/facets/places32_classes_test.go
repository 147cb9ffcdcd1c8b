package facets

import (
	"testing"
	"time"
)

// TestPlaceProvinceCapitals pins the capitals news names for their
// provinces (round 32). A bare القنيطرة is the province: the city has
// been a ruin since 1974, and news of the south names the governorate
// (holdout-29's "تقصف موقعاً سورياً في القنيطرة"), but the crossing named
// after it is the town. Such a capital read as its province lists
// provinces ("في دير الزور والحسكة والرقة"), except in a list of cities,
// where it is itself the city ("في مدن مثل السويداء وحلب وحماة"، "بين
// مدينتي حمص وحماة").
func TestPlaceProvinceCapitals(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "a bare Quneitra struck", id: "AL-internationalNews-1854-20180706", title: "إسرائيل تقصف \"موقعاً سورياً\" في القنيطرة",
			text:     "قال الجيش الإسرائيلي إنه قصف موقعا عسكريا سوريا.",
			notTowns: []string{"C6268"}, govs: []string{"SY14"}},
		{class: "Quneitra's displaced", id: "SK-middleEast-3019-20180720", title: "دفعة من \"مهجري القنيطرة\" تغادر إلى إدلب",
			text:     "قالت مصادر محلية لـ\"سكاي نيوز عربية\"، الجمعة، إن دفعة جديدة من مهجري القنيطرة جنوبي سوريا، توجهت نحو إدلب شمالي سوريا.",
			notTowns: []string{"C6268"}, govs: []string{"SY14"}},
		{class: "a list led by a province's capital", id: "2015-08-06-716", title: "المرصد السوري: مقتل 51 من داعش في قصف لطائرات التحالف",
			text:     "أفاد المرصد السوري لحقوق الإنسان بمقتل 51 عدد عناصر تنظيم \"داعش\" خلال الـ 48 ساعة جراء قصف طائرات التحالف الدولي بشكل مكثف تمركزات ومواقع وحواجز التنظيم في دير الزور والحسكة والرقة .",
			notTowns: []string{"C4360", "C5710"}, govs: []string{"SY08", "SY11"}},
		{class: "a list of cities", id: "2015-07-24-734", title: "9.8 مليون سوري يعانون من نقص الغذاء",
			text:  "وباتت العائلات تنفق أكثر من نصف دخلها على الطعام، وأحيانا أكثر من ذلك في مدن مثل السويداء وحلب وحماه.",
			towns: []string{"C2987", "C1007", "C6147"}},
		{class: "the two cities", id: "SK-middleEast-1391-20180502", title: "استسلام مسلحي المعارضة في ريف حمص الشمالي",
			text:  "ويضم الجيب، الخاضع لسيطرة المعارضة، بلدات الحولة والرستن وتلبيسة وقرى حولها، ويقع على طريق سريع رئيسي بين مدينتي حمص وحماة.",
			towns: []string{"C2528", "C2987"}},
		// Guards: the crossing named after Quneitra is the town, and the
		// cities of Idlib are the province's.
		{class: "the Quneitra crossing", id: "SK-middleEast-3047-20180722", title: "\"النصرة\" تحرق معبر القنيطرة بين الجولان المحتل وسوريا",
			text:  "قام مسلحو جبهة النصرة التابعة لتنظيم القاعدة، الأحد، بحرق معبر القنيطرة بين الجولان المحتل والأراضي السورية قبل انسحابهم من المنطقة.",
			towns: []string{"C6268"}},
		{class: "the cities of Idlib", id: "SK-middleEast-3663-20180912", title: "تركيا تكثف تسليح المعارضة من أجل \"معركة استنزاف\" في إدلب",
			text:     "وتخضع مدن إدلب وبلداتها الرئيسية لسيطرة مقاتلين على صلة بجبهة النصرة فرع تنظيم القاعدة.",
			notTowns: []string{"C3871"}, govs: []string{"SY07"}},
	})
}

// TestPlaceCueGovernsTheName pins a place word as a cue only for the word
// right after it, not for a name read through a preposition glued to that
// word (round 32): "قاعدة بحرية" is a naval base, not a base in Tartus's
// village حرية. The و of a list keeps the cue of a dual place word.
func TestPlaceCueGovernsTheName(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "a naval base", id: "FR-internationalNews-1691-20180607", title: "الرئيس الروسي يؤكد أن قوات بلاده باقية في سوريا ما دامت هناك \"مصلحة\"",
			text:     "وفي طرطوس أيضا، تحولت المنشأة المخصصة للبحرية الروسية \"قاعدة بحرية روسية دائمة\".",
			notTowns: []string{"C5568"}},
		// Guard: the second of two towns after بلدتي.
		{class: "two towns", id: "2015-08-02-961", title: "مقتل عشرات المقاتلين من المعارضة والنظام في معارك حلب",
			text:  "من جانبه، قال مسؤول مكتب حركة \"أحرار الشام\" الإسلامية في درعا، بتصريح لوكالة \"سمارت\"، أنّ سد كوكب يقع بين بلدتي نافعة وعين ذكر، وتكمن أهميته في كونه طريق الإمداد الوحيد للتنظيم، الذي قطع بعد سيطرة \"جيش الفتح\" عليه.",
			towns: []string{"C6028", "C6014"}},
	})
}

// TestPlaceSideCue pins "جهة"، "محور" and "جبهة" (side, axis, front)
// before a name as a sign that it is a place, as a direction is (round
// 32): fighting "من جهة مسرابا" is on Misraba's side of Douma, "على جبهة
// خلصة" at Khalsa. "من جهة ... من جهة أخرى" (on the
// one hand, the other) names no place.
func TestPlaceSideCue(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "the side of a town", id: "FR-internationalNews-534-20180320", title: "سوريا: مقتل 16 طفلا في غارة على مدرسة كانوا يحتمون فيها بالغوطة الشرقية",
			text:  "وبحسب المرصد، تدور حاليا اشتباكات بين مقاتلي فصيل جيش الإسلام وقوات النظام في محيط دوما من جهة مسرابا، تترافق مع قصف متبادل.",
			towns: []string{"C2338", "C2344"}},
		{class: "the front of a village", id: "SK-middleEast-3229-20180801", title: "أكثر من 10 قتلى من الميليشيا الإيرانية في ريف حلب",
			text:  "قالت مصادر عسكرية معارضة في سوريا إن أكثر من عشرة عناصر من الميليشيات الإيرانية قتلوا فيما أصيب عدد آخر خلال تصدي فصائل المعارضة لمحاولة تقدم على جبهة خلصة في ريف حلب الجنوبي.",
			towns: []string{"C8046"}},
	})
	// Guard: the two parties of a fight, one on each side.
	f := Extract("هجوم \"داعشي\" لساعات على أكبر قاعدة للتحالف في سوريا",
		"وتواصلت الاشتباكات العنيفة بين مسلحي التنظيم المتشدد من جهة، وقوات التحالف الدولي وقوات سوريا الديمقراطية من جهة أخرى، منذ بدء الهجوم ليل الجمعة حتى فجر السبت.", time.Time{})
	if len(f.Towns) != 0 {
		t.Errorf("SK-middleEast-3448-20180818: towns %v, want none", f.Towns)
	}
}
