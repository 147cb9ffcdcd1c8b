package facets

import "testing"

// TestEventTypesM63shellLanded pins the round-63 reader m63shell's landed
// shells. A lone shell or rocket noun right after a past form of وقع, with
// at most a count between ("ووقعت 3 قذائف قرب مطار معيتيقة"), is a shell
// that fell: fired, as "سقوط قذائف" is (landed, events_landed.go). The
// true row fails on main. Guards: a condition ("إذا وقع صاروخ ما على
// مطار سعودي", SK-middleEast-1783; the trigger's modalBefore holds it)
// and a fault that befell a missile
// ("الخلل الذي وقع في الصاروخ", SK-internationalNews-2845, its title cut
// to its failure: the whole names the launch) are no shell
// fired.
func TestEventTypesM63shellLanded(t *testing.T) {
	const shelling = "shelling-artillery-missile-attack"
	checkTypes(t, []typeCase{
		{"three shells fell near the airport", "SK-middleEast-3511-20180903", "مصر قلقة من فوضى الميليشيات في العاصمة الليبية",
			`ووقعت 3 قذائف قرب مطار معيتيقة، الوحيد العامل في العاصمة الليبية، مما أجبر سلطات المطار على تعليق الرحلات لمدة 48 ساعة على الأقل لدواع أمنية.`,
			"2018-09-03 12:00", shelling, true},
		{"guard: a rocket landing only in a condition", "SK-middleEast-1783-20180517", "الخزانة الأميركية: خارطة طريق لاستهداف تمويل حزب الله",
			`"ما يفعلونه مع الحوثيين هو جنون، يمدون بالأموال، إذا وقع صاروخ ما على مطار سعودي فيكون ذلك أمرا كبيرا"`,
			"2018-05-17 12:00", shelling, false},
		{"guard: a fault that befell a missile", "SK-internationalNews-2845-20180731", "الجيش الأميركي يفشل في تجربة",
			`وفي حين لم يكشف عن نوع الخلل الذي وقع في الصاروخ، اكتفى بيان سلاح الجو بالقول إن "كل حدث غير متوقع خلال التجربة يمكن أن يعتبر خللا".`,
			"2018-07-31 12:00", shelling, false},
	})
}
