package facets

import "testing"

// TestPlanesInterceptedDual pins rev60b's mend of planesIntercepted: it
// compared the dual with its raw letters ("طائرتين"), which no normalized
// token holds, so two planes met in a state's airspace were read as a
// weapon stopped. The row (ant-all SK-internationalNews-2618-20180714, the
// story of aud42d's AL-internationalNews-1911, its title and first
// paragraph) fails on main. Guard: drones intercepted ("طائرتين مسيرتين")
// carry the weapon and stay typed.
func TestPlanesInterceptedDual(t *testing.T) {
	checkTypes(t, []typeCase{
		{"South Korea intercepts two Russian planes in its airspace", "SK-internationalNews-2618-20180714", "كوريا الجنوبية تعترض طائرتين روسيتين في أجوائها",
			"أعلنت كوريا الجنوبية أنها أرسلت مقاتلات عسكرية لاعتراض طائرتين عسكريتين روسيتين دخلتا منطقة الدفاع الجوي الجنوبية 4 مرات طوال يوم الجمعة.",
			"2018-07-14 12:00", "disrupted-weapons-use", false},
		{"guard: two drones intercepted", "guard", "التحالف يعترض طائرتين مسيرتين أطلقهما الحوثيون باتجاه جازان",
			"أعلن التحالف اعتراض طائرتين مسيرتين أطلقهما الحوثيون باتجاه جازان.",
			"2018-07-14 12:00", "disrupted-weapons-use", true},
	})
}
