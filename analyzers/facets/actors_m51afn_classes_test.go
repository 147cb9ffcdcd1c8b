package facets

import (
	"testing"
	"time"
)

// TestActorIsraelIranClash pins round 51's m51afn class
// (actors_israeliran.go): Israel and Iran named together as the two sides
// of a conflict, a clash or a war, by their names ("الحرب بين إيران
// وإسرائيل") or their paired adjectives ("صراع إسرائيلي إيراني"), are both
// forces in the fighting. The blind codings of CN-middleEast-1215 and -1219
// code both, FR-internationalNews-1020's press review Israel beside the
// Iran rasid gave. The want rows fail on main. Guards: the tension between
// the two (diplomacy, tensionParty's rul45a-3 cut) and a war spoken of as a
// chance (CN-middleEast-827's op-ed, uncoded).
func TestActorIsraelIranClash(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-1215-20180815", title: "مخاوف من صراع إسرائيلي إيراني في الجولان",
			text: "قد يكون هذا الوادي بمثابة المرحلة القادمة في الصراع السوري ... القنيطرة، عند سفح هضبة الجولان، المنطقة العازلة بين إسرائيل وسوريا.",
			want: []string{"israel", "iran"}},
		{id: "FR-internationalNews-1020-20180501", title: "إسرائيل تمر إلى السرعة القصوى ضد إيران",
			text: "تقديمه على التلفزيون الإسرائيلي ما وصفه بالأدلة على برنامج إيران النووي السري، هذا التصعيد الإسرائيلي استأثر باهتمام الصحف اليوم. الصحيفة قالت إن غيوم الحرب بين إيران وإسرائيل تتجمع.",
			want: []string{"israel", "iran"}},
		// Guard: a war spoken of as a chance, not told.
		{id: "CN-middleEast-827-20180507", title: "كامليا انتخابي فرد تكتب لـCNN: إيران وأمريكا تدخلان مرحلة جديدة",
			text: "يتحدث البعض عن احتمال اشتعال حرب بين إيران وإسرائيل في حال ألغى الرئيس الأمريكي التزامات بلاده بالاتفاقية النووية.",
			not:  []string{"israel", "iran"}},
		// Guard: the tension between them is diplomacy (rul45a-3).
		{id: "guard-tension", title: "ماكرون يدعو إلى الحوار",
			text: "دعا الرئيس الفرنسي إلى خفض التوتر بين إسرائيل وإيران والعودة إلى الحوار.",
			not:  []string{"israel", "iran"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
