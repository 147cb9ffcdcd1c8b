package facets

import "testing"

// TestEventTypesRev63bLandedCondition guards the review's drop of landed's
// own condition test (events_landed.go): a shell told landing only in a
// condition is held by the trigger's modalBefore, which looks six words
// back, so the condition word stays in reach with a count between and
// with its و ("وإذا", which the dropped test, reading the word as
// written, did not hold). Both rows hold on main and on the branch; they
// are adapted from SK-middleEast-1783's sentence, the one corpus case of
// the order ("إذا وقع صاروخ ما على مطار سعودي").
func TestEventTypesRev63bLandedCondition(t *testing.T) {
	const (
		shelling = "shelling-artillery-missile-attack"
		title    = "الخزانة الأميركية: خارطة طريق لاستهداف تمويل حزب الله"
	)
	checkTypes(t, []typeCase{
		{"guard: a condition with its و", "adapted from SK-middleEast-1783-20180517", title,
			`"ما يفعلونه مع الحوثيين هو جنون، يمدون بالأموال، وإذا وقع صاروخ ما على مطار سعودي فيكون ذلك أمرا كبيرا"`,
			"2018-05-17 12:00", shelling, false},
		{"guard: a condition with a count between", "adapted from SK-middleEast-1783-20180517", title,
			`"ما يفعلونه مع الحوثيين هو جنون، يمدون بالأموال، إذا وقعت 3 قذائف على مطار سعودي فيكون ذلك أمرا كبيرا"`,
			"2018-05-17 12:00", shelling, false},
	})
}
