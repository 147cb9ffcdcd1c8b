package facets

import "testing"

// TestEventTypesStrikeNounDoerTarget pins the noun قصف followed by its doer,
// a force with no aircraft, and then its target with ل ("قصف
// الحوثيين لمحطات توليد الكهرباء"), and the Houthi adjective ("بقصف
// حوثي"): ground fire, not the bare strike an article of air raids reads as
// the raid (the class of aud40j's sample 2015-08-02-920, whose على target the
// rule leaves out). Guards: the genitive with no target
// after it may be the target ("قصف الحوثيين" alone), and a strike of the
// coalition's aircraft stays an air strike.
func TestEventTypesStrikeNounDoerTarget(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the Houthis' shelling of power stations, in a report of coalition air raids", "2015-07-22-26", "المقاومة تسيطر على 90 % من العند.. وتحرز تقدمًا في تعز",
			`شنت طائرات التحالف غارات على مواقع الحوثيين في محيط قاعدة العند. وقالت المصادر ذاتها إن مدينة تعز تعيش في ظلام دامس منذ ثلاثة أيام جراء الانقطاع التام للتيار الكهربائي بسبب قصف الحوثيين لمحطات توليد الكهرباء في المدينة.`,
			"2015-07-22 12:00", "shelling-artillery-missile-attack", true},
		{"guard: the genitive with no target may be the target: the coalition's raids stay air strikes alone", "", "طائرات التحالف تقصف مواقع الحوثيين",
			`شنت طائرات التحالف العربي غارات على مواقع الحوثيين في صعدة. وتواصل قصف الحوثيين في المنطقة منذ أيام.`,
			"2018-04-01 12:00", "shelling-artillery-missile-attack", false},
	})
}
