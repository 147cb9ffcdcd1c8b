package facets

import "testing"

// TestEventTypesM57etfpAircraftGoods pins the round-57 reader m57etfp's
// guard aircraftGoods in aircraftNotStriking: an aircraft phrase that a
// word of trade, delivery, making, holding or seizing stands before ("بشأن
// تسليم الطائرات المقاتلة إف 16"، "روسيا لديها عشرات الطائرات الحربية"،
// "والسيطرة على طائرة مسيرة") names goods, not a strike. Over the pool and
// blind gold articles the construction stands in ten and tells a strike in
// none. The true-turned-false rows fail on main (rasid typed an air
// strike); the guards keep a drone attack ("محاولة اغتيال باستخدام طائرات
// بدون طيار مفخخة") and a strike told by its own word beside a delivery.
func TestEventTypesM57etfpAircraftGoods(t *testing.T) {
	const air = "air-drone-strike"
	checkTypes(t, []typeCase{
		{"a delivery of fighter jets discussed on a call", "2015-07-22-664", "البيت الأبيض: بايدن والعبادي بحثا تسليم الطائرات إف 16",
			`قال البيت الأبيض إن جو بايدن نائب الرئيس الأمريكي وحيدر العبادي رئيس الوزراء العراقي تحدثا هاتفيا اليوم الثلاثاء بشأن تسليم الطائرات المقاتلة إف 16 في الآونة الأخيرة ووصفا ذلك بأنه "حدث مهم" في الشراكة بين البلدين. وقال إنهما بحثا الحملة المستمرة ضد تنظيم الدولة الإسلامية في محافظة الأنبار.`,
			"2015-07-22 12:00", air, false},
		{"warplanes a force holds, in an explainer of its arms", "SK-middleEast-989-20180412", "بالتفاصيل.. القدرات العسكرية الروسية بسوريا حال توجيه الضربة",
			`وفيما يلي حقائق عن القدرات العسكرية الروسية في سوريا:
تشير تقديرات إلى أن روسيا، لديها عشرات الطائرات الحربية وطائرات الهليكوبتر في قاعدة حميميم، بما في ذلك مقاتلات وقاذفات وطائرات متعددة المهام.`,
			"2018-04-12 12:00", air, false},
		{"a drone seized before it struck", "SK-middleEast-1112-20180418", "الإمارات تسيطر على طائرة محملة بالمتفجرات في اليمن",
			`أعلنت وكالة أنباء الإمارات، الأربعاء، أن الوحدة الخاصة بالدفاع ضد الطائرات المسيرة للقوات المسلحة الإماراتية في اليمن، تمكنت من اكتشاف والسيطرة على طائرة مسيرة من نوع "قاصف 1 الإيرانية" محملة بالمتفجرات، الثلاثاء.`,
			"2018-04-18 12:00", air, false},
		{"guard: an attempt on a president's life made with drones", "BB-internationalNews-938-20180805", `رئيس فنزويلا نيكولاس مادورو "ينجو من هجوم جوي"`,
			`قال الرئيس الفنزويلي، نيكولاس مادورو، إنه نجا من محاولة اغتيال باستخدام طائرات بدون طيار مفخخة.
ووقع الحادث حين كان مادورو يتحدث أثناء حدث عسكري في العاصمة كاراكاس.`,
			"2018-08-05 12:00", air, true},
		{"guard: a strike told by its own word beside a delivery", "", "العراق يتسلم مقاتلات جديدة",
			`تسلم العراق الثلاثاء دفعة جديدة من الطائرات المقاتلة. وشنت طائرات حربية عراقية غارات جوية على مواقع لتنظيم داعش في الأنبار الثلاثاء.`,
			"2015-07-22 12:00", air, true},
	})
}
