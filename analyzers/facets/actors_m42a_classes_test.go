package facets

import (
	"testing"
	"time"
)

// TestActorMilitiaSpelling pins the news' spelling of militias without the
// second ي ("ميلشيات"، "الميلشيات") as a force noun before a nationality
// adjective (forceNouns, actors.go, since m42a), as "ميليشيات إيرانية" is:
// "مدعومة بميلشيات إيرانية" names Iran's forces (the taxonomy's
// "الميليشيات الإيرانية"). Both want rows fail before m42a (SK-middleEast-2741
// is pool gold iran). The guard: the Houthis' militias called Iranian are
// the Houthis, as with the full spelling.
func TestActorMilitiaSpelling(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-2741-20180704 (shortened)", title: "\"هجوم فاشل\" لقوات النظام السوري بريف درعا",
			text: "تصدت فصائل الجيش السوري الحر، الأربعاء، لهجوم مكثف لقوات النظام مدعومة بميلشيات إيرانية على محور القاعدة الجوية بالقرب من بلدة كحيل بريف درعا الشرقي.",
			want: []string{"iran", "syrian-government"}},
		{id: "CN-internationalNews-105-20180312 (shortened)", title: "رأي: بإيران تحاكم فتاة في التاسعة بسبب الرقص أما سارقو الأمة فلا",
			text: "المواطنون الإيرانيون يعانون حتى مما تشتكي منه الدول الإقليمية حول تدخل الميلشيات الإيرانية في الشؤون الداخلية لدول المنطقة.",
			want: []string{"iran"}},
		// Guard: the Houthis' militias, Iran their patron.
		{id: "guard-houthi-militias", title: "استسلام مسلحين حوثيين في البيضاء",
			text: "سلم عدد من مسلحي ميلشيات الحوثي الإيرانية، بينهم قيادي، الأحد، أنفسهم إلى قوات الشرعية اليمنية في محافظة البيضاء وسط اليمن، وفق ما أورد مراسلنا.",
			not:  []string{"iran"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
