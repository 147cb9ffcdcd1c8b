package facets

import (
	"testing"
	"time"
)

// Round 64's m64civ: protesters are no civilians (protestPeople,
// actors_speakers.go) unless an attack or assault word stands within six
// words of them: an attack told elsewhere in their sentence (a shelling in a
// commenter's quote, the forces' assault the protesters resist) no longer
// keeps them. The first two rows fail on main; the guards hold on main and
// branch.
func TestActorM64civProtestersFarAttack(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// pool SK-middleEast-3657-20180912 (gold: iran only): Basra's
		// protesters beside Iran's shelling of Kurdistan in a quote.
		{id: "SK-middleEast-3657-20180912", title: "وزير الخارجية العراقي معتذرا لإيران: حارقو القنصلية \"شذاذ\"",
			text: "وانهالت التعليقات المنتقدة لتصريحات الجعفري على صفحات التواصل الاجتماعي التي تجمع المتظاهرين في البصرة، وقال أحدهم: \"لم تدافع عن إقليم بلدك الشمالي، كردستان العراق، عندما تعرض لقصف إيراني، السبت الماضي، بينما تدافع عن إيران الآن\".",
			not:  []string{"civilians"}},
		// pool SK-internationalNews-2870-20180802 (gold: iran only):
		// Isfahan's protesters hailed, the forces' assault ten words on.
		{id: "SK-internationalNews-2870-20180802", title: "\"اخجل يا خامنئي\".. إيران تنتفض والمواجهات تعم الشوارع",
			text: "وحيت زعيمة المعارضة، مريم رجوي، المتظاهرين في أصفهان، وخاصة \"الشباب الغيارى في شابور الجديد الذين يتصدون لهجوم القوات القمعية..\".",
			not:  []string{"civilians"}},
		// Guards. A bombing that targets the protesters.
		{id: "guard-bombed", title: "تفجير في بغداد",
			text: "وقال مصدر أمني إن تفجيرا انتحاريا استهدف المتظاهرين في ساحة التحرير وسط بغداد.",
			want: []string{"civilians"}},
		// Protesters killed in a shelling three words on.
		{id: "guard-shelled", title: "احتجاجات في البصرة",
			text: "وقتل خمسة من المتظاهرين في قصف استهدف ساحة الاعتصام في المدينة.",
			want: []string{"civilians"}},
		// Protesters with no attack word at all, as before.
		{id: "guard-chant", title: "احتجاجات في البصرة",
			text: "وهتف المتظاهرون ضد الفساد أمام مبنى المحافظة.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
