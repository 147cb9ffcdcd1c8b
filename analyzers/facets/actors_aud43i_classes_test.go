package facets

import "testing"

// TestActorStateWeighsForce pins a state that weighs a military act of its
// own (threatVerbs, actors_threat.go): Reuters' oil boilerplate of April 2018
// "وتدرس الولايات المتحدة وقوى غربية أخرى القيام بعمل عسكري لمعاقبة الرئيس
// السوري بشار الأسد" read no actor at all (aud43i's sample, SK-economy-327;
// the same sentence in SK-economy-329). Considering a strike is the state in
// its military role, as deciding or threatening one is (no event type). The
// want rows fail before aud43i. Guards: a state that studies a non-military
// matter, and one that weighs no act of its own.
func TestActorStateWeighsForce(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-economy-327-20180411 (shortened)", title: "\"الضربة الوشيكة\" تقفز بأسعار النفط إلى مستوى قياسي",
			text: "قفزت أسعار النفط العالمية، الأربعاء، رافعة المكاسب الكبيرة التي حققتها في الجلسة السابقة بينما تترقب الأسواق تصعيد التوتر في الشرق الأوسط.\n" +
				"وتدرس الولايات المتحدة وقوى غربية أخرى القيام بعمل عسكري لمعاقبة الرئيس السوري بشار الأسد على ما يعتقد بأنه هجوم بغاز سام يوم السبت على مدينة دوما الخاضعة للمعارضة.",
			want: []string{"usa"}},
		{id: "SK-economy-329-20180411 (shortened)", title: "أسعار النفط ترتفع مع تصاعد التوتر في الشرق الأوسط",
			text: "ارتفعت أسعار النفط، الأربعاء، مع تصاعد التوتر في الشرق الأوسط.\n" +
				"وتدرس الولايات المتحدة وقوى غربية أخرى القيام بعمل عسكري لمعاقبة الرئيس السوري بشار الأسد على ما يعتقد بأنه هجوم بغاز سام يوم السبت على مدينة دوما في الغوطة الشرقية لدمشق.",
			want: []string{"usa"}},
		// Guard: a state that studies a trade matter.
		{id: "constructed from SK-economy-327", title: "أسعار النفط ترتفع",
			text: "ارتفعت أسعار النفط، الأربعاء.\nوتدرس الولايات المتحدة فرض رسوم جمركية على واردات الصلب من الصين.",
			not:  []string{"usa"}},
		// Guard: a state that weighs no act of its own, with a military act
		// denied.
		{id: "constructed from SK-economy-327 (negated)", title: "أسعار النفط ترتفع",
			text: "ارتفعت أسعار النفط، الأربعاء.\nوتدرس الولايات المتحدة عدم القيام بعمل عسكري والاكتفاء بالعقوبات الاقتصادية على روسيا.",
			not:  []string{"usa"}},
	})
}
