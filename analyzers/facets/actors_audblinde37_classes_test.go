package facets

import (
	"testing"
	"time"
)

// TestActorsAudblinde37 pins the plural "العمليات العسكرية" as a force noun
// (forceNouns, actors.go): the singular "العملية العسكرية التركية" named
// Turkey's forces already, the plural did not. The want rows are corpus
// sentences that fail on main. Guard: operations with no nationality.
func TestActorsAudblinde37(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-26-154", title: "",
			text: "ثم تطرق لانطلاق العمليات العسكرية التركية للتصدي لتنظيم داعش.",
			want: []string{"turkey"}},
		{id: "FR-internationalNews-801-20180419", title: "",
			text: "أن لجوء أردوغان إليه يعود بالأساس الى المخاوف من فقدان شعبيته بسبب المشاكل الاقتصادية والقمع السياسي وأيضا بسبب العمليات العسكرية التركية في سوريا.",
			want: []string{"turkey"}},
		// Guard.
		{id: "guard", title: "",
			text: "وتستمر العمليات العسكرية في المنطقة منذ أسابيع.",
			not:  []string{"turkey", "russia", "usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
