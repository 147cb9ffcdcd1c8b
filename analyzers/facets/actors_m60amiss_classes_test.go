package facets

import "testing"

// m60amissConcern is the sentence of the US statement in
// SK-internationalNews-1038-20180420 (holdout-19; russia added by round
// 45's rul45a-3): Russia's military support told by its adjective, with
// the regime only gaining by it.
const m60amissConcern = "وجاء في البيان أن الولايات المتحدة، لديها أيضا ما يبعث على القلق بشأن الوضع في سوريا حيث أدى الدعم العسكري الروسي إلى ترجيح كفة الحكومة السورية."

// TestActorM60amissMilitaryBacking pins the state named by its adjective
// after the support noun made military (الدعم العسكري، الدعم الجوي) in a
// sentence that names Syria, whomever the support goes to
// (regimeBackingMentions, round 60). The want rows fail on main. The
// guards: the support with no military word and no regime as its object,
// the military support in a sentence that names no Syria, and the
// adjective that describes a force ("بدعم عسكري روسي" is no support noun
// with its article).
func TestActorM60amissMilitaryBacking(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-internationalNews-1038-20180420", title: "بيان للخارجية الأمريكية",
			text: m60amissConcern, want: []string{"russia"}},
		// SaudiNewsNet 2015-07-22-1449, an op-ed on Moscow's initiative.
		{id: "2015-07-22-1449", title: "حول المبادرة الروسية لمكافحة الإرهاب",
			text: "لا شك أن تزامن تأكيد الدعم العسكري الروسي لسورية والذي لم ينقطع أبدا منذ بداية الأزمة في البلاد، مع طرح مبادرة ما هو أبعد من السلام.",
			want: []string{"russia"}},
		// Guard: no military word, and the support goes to no regime.
		{id: "made-up guard", title: "بيان للخارجية الأمريكية",
			text: "وجاء في البيان أن الولايات المتحدة قلقة بشأن الوضع في سوريا حيث أدى الدعم الروسي إلى ترجيح كفة الحكومة.",
			not:  []string{"russia"}},
		// Guard: "بدعم عسكري روسي" in a Syria sentence is no support noun
		// with its article (rev60: the doc named this guard with no row).
		{id: "made-up guard", title: "تقرير عن الحرب",
			text: "وقال المحلل إن الاتفاق في سوريا جرى بدعم عسكري روسي للنظام.",
			not:  []string{"russia"}},
		// Guard: military support in a sentence that names no Syria.
		{id: "made-up guard", title: "تقرير عن أوكرانيا",
			text: "وقال المسؤول إن الدعم العسكري الروسي للانفصاليين في شرق أوكرانيا مستمر.",
			not:  []string{"russia"}},
	})
}
