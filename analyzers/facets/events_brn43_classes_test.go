package facets

import "testing"

// TestEventTypesBrn43 pins round 43's brn43 (aud43b's draft, measured):
// protesters burning a place told with the burnt place as a pronoun object
// of a plural burning verb ("قبل أن يقتحموه ويحرقوه"، "أحرقوه") or with the
// verb first and its protesters between it and the property ("إذ أحرق
// المحتجون مقر المحافظة"), read by burntBy in violentProtest: a violent
// demonstration. Guards: the protesters' property burnt ("حرق سيارات
// المتظاهرين"), a flag burnt by protesters (no property), and a burning by
// settlers in a sentence with no protesters.
func TestEventTypesBrn43(t *testing.T) {
	checkTypes(t, []typeCase{
		{"protesters storm and burn the consulate (pronoun object)", "SK-middleEast-3557-20180907", `من داخل القنصلية المحترقة.. كيف سقط رمز إيران؟`,
			`لساعات عدة، حاصر آلاف المتظاهرين العراقين مقر القنصلية الإيرانية في مدينة البصرة جنوبي العراق، قبل أن يقتحموه ويحرقوه، في خطوة تظهر غضبا شعبيا متصاعدا في البلاد إزاء هيمنة نظام الملالي.`,
			"2018-09-07 20:30", "violent-demonstration", true},
		{"the protesters burnt the governorate's seat (verb first)", "SK-middleEast-3557-20180907", `احتجاجات البصرة`,
			`لكن منذ الاثنين الماضي، ارتفعت حدة الاحتجاجات في البصرة، إذ أحرق المحتجون مقر المحافظة ومقرات أخرى.`,
			"2018-09-07 20:30", "violent-demonstration", true},
		{"the protesters' cars burnt", "SK-middleEast-3557-20180907", `احتجاجات البصرة`,
			`وتواصلت الاحتجاجات في البصرة، وقال شهود إن مسلحين قاموا بحرق سيارات المتظاهرين قرب مقر المحافظة.`,
			"2018-09-07 20:30", "violent-demonstration", false},
		{"a flag burnt by protesters", "SK-middleEast-3557-20180907", `احتجاجات البصرة`,
			`وتواصلت الاحتجاجات في البصرة، وأحرق المتظاهرون العلم الإيراني أمام القنصلية.`,
			"2018-09-07 20:30", "violent-demonstration", false},
		{"settlers burn homes, no protesters", "SK-middleEast-3557-20180907", `مستوطنون يحرقون منازل فلسطينية`,
			`وأحرق المستوطنون منازل في القرية قبل أن ينسحبوا، بحسب مصادر محلية.`,
			"2018-09-07 20:30", "violent-demonstration", false},
	})
}
