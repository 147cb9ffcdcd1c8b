package facets

import (
	"testing"
	"time"
)

// TestActorQaedaAffiliate pins Somalia's al-Shabaab ("حركة الشباب") as
// al-qaeda, the taxonomy's "Al-Qaeda and affiliates": fresh-10, holdout-15
// and holdout-16 code it so. The first row is fresh-10's (it fails on main
// ba757f8); the guard is the plain "الشباب" of youth.
func TestActorQaedaAffiliate(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-middleEast-911-20180902", title: "انهيار مدرسة في هجوم انتحاري وسط العاصمة الصومالية مقديشو",
			text: "قتل ستة أشخاص على الأقل في هجوم انتحاري بسيارة مفخخة في العاصمة الصومالية مقديشو.\nوأعلنت حركة الشباب الإسلامية المتشددة مسؤوليتها عن الهجوم.",
			want: []string{"al-qaeda"}},
		{id: "SK-middleEast-3078-20180723", title: "حركة الشباب تهاجم قاعدة عسكرية جنوبي الصومال",
			text: "هاجم مسلحون من حركة الشباب قاعدة عسكرية في جنوب الصومال.",
			want: []string{"al-qaeda"}},
		// Guard.
		{id: "AL-sport", title: "وزارة الشباب والرياضة تطلق حملة",
			text: "أطلقت وزارة الشباب والرياضة حملة لدعم الحركة الشبابية والرياضية في البلاد.",
			not:  []string{"al-qaeda"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
