package facets

import "testing"

// TestEventTypesAudblinde37 pins the strikes told with the masculine
// possessive ه on their plural (pluralPossessive, events_possessive.go):
// "كثف النظام غاراته"، "يواصل الجيش الإسرائيلي شن غاراته الجوية". The want
// rows are corpus sentences that fail on main. Guard: a team's "أولى
// مواجهاته الودية" is a football match, no clash.
func TestEventTypesAudblinde37(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the regime steps up its air raids", "SK-middleEast-1291-20180428", `النظام يتقدم فوق أنقاض جنوب دمشق`,
			`فقد كثف النظام غاراته وقصفه المدفعي على الأحياء التي يتحصن فيها التنظيم في الحجر الأسود ومخيم اليرموك، بعد رفض عناصر داعش اتفاقا لخروجهم من المنطقة باتجاه البادية.`,
			"2018-04-28 12:00", "air-drone-strike", true},
		{"the coalition steps up its raids on the Houthis", "AL-internationalNews-1877-20180710", `الجيش يتقدم بصعدة وحجة والتحالف يكثف غاراته ضد الحوثي`,
			`كثف تحالف دعم الشرعية غاراته على مواقع الميليشيات الحوثية في صعدة.`,
			"2018-07-10 12:00", "air-drone-strike", true},
		{"guard: a team's first friendly match", "2015-07-27-828", `الباطن يكسب أولى مواجهاته الوديّة في مصر`,
			`حقق فريق الباطن الفوز في أولى مواجهاته الودية ضمن معسكره الإعدادي في مصر.`,
			"2015-07-27 12:00", "armed-clash", false},
	})
}
