package facets

import (
	"testing"
	"time"
)

// Pool AL-economy-33: the Kuwait conference on rebuilding Iraq. The gold
// codes no actor; main gave isis from one clause, Le Drian's visit "بعد
// الهزيمة العسكرية لتنظيم داعش" (the coalition's meeting beside it is no
// counted mention).
const (
	m63isisKuwaitTitle  = "مسؤول: 88.2 مليار دولار فاتورة إعادة إعمار العراق"
	m63isisKuwaitDefeat = "وعشية الاجتماع، وصل لودريان إلى بغداد للتباحث مع المسؤولين العراقيين حول إعادة الإعمار، وضمان استقراره بعد الهزيمة العسكرية لتنظيم \"داعش\"."
)

// TestActorM63isisIraqWarPast pins round 63's m63isis forms of rul48b-2's
// background (iraqWarPast, actors_iraqbackdrop.go): in an Iraqi story
// published from 2018 that tells no event, ISIS named only after the
// defined "الهزيمة" or after "عقب الحرب" is the finished war's time
// marker, as "بعد هزيمة"/"في أعقاب الحرب" already were. Over the pool and
// blind gold articles the two forms stand beside ISIS in 8 articles
// ("الهزيمة" 6, "عقب الحرب" 2); inside iraqWarBackdrop's gate (Iraq in the
// title or lead, no event, from 2018) in 4: 1 coded, CN-middleEast-141,
// which keeps isis by its other sentences, and 3 not (pool AL-economy-33,
// blind SK-middleEast-3483 and -3506, the last given nothing on main). The
// not rows fail on main: pool AL-economy-33 and blind SK-middleEast-3483
// (the parliament's first session; its other clause "بعد حرب استمرت ثلاث
// سنوات" was background already).
//
// Guards (want rows): the same "الهزيمة" clause beside a raid on ISIS's
// cells now, a campaign of now beside "عقب الحرب" (iraqWarNowWords), and
// the same clause in a story published while the war was under way.
func TestActorM63isisIraqWarPast(t *testing.T) {
	feb2018 := time.Date(2018, 2, 12, 12, 0, 0, 0, time.UTC)
	jun2017 := time.Date(2017, 6, 12, 12, 0, 0, 0, time.UTC)
	const parliamentTitle = "البرلمان العراقي ينعقد بعد أشهر من \"الغموض السياسي\""
	const afterWar = "وأثار عدم اليقين إزاء تشكيل حكومة جديدة التوتر، في وقت يزداد فيه غضب الناس من عدم توفر الخدمات الأساسية، وارتفاع معدل البطالة، وبطء وتيرة إعادة الإعمار عقب الحرب مع داعش."
	for _, c := range []struct {
		id, title, text string
		published       time.Time
		want, not       []string
	}{
		{id: "AL-economy-33-20180212 (shortened)", title: m63isisKuwaitTitle, text: m63isisKuwaitDefeat,
			published: feb2018, not: []string{"isis"}},
		{id: "SK-middleEast-3483-20180903 (shortened)", title: parliamentTitle, text: afterWar,
			published: time.Date(2018, 9, 3, 12, 0, 0, 0, time.UTC), not: []string{"isis"}},
		// Guard: ISIS's cells raided now make the war part of the story.
		{id: "the defeat clause beside a raid now", title: m63isisKuwaitTitle,
			text:      m63isisKuwaitDefeat + "\nوداهمت القوات العراقية أوكارا لخلايا تنظيم داعش في كركوك.",
			published: feb2018, want: []string{"isis"}},
		// Guard: a campaign of now in the sentence (iraqWarNowWords).
		{id: "after the war with a campaign now", title: m63isisKuwaitTitle,
			text:      "وقال المسؤول العراقي إن الحكومة تواصل الحملة على تنظيم داعش عقب الحرب.",
			published: feb2018, want: []string{"isis"}},
		// Guard: published while the war was under way.
		{id: "the defeat clause in 2017", title: m63isisKuwaitTitle, text: m63isisKuwaitDefeat,
			published: jun2017, want: []string{"isis"}},
		{id: "after the war in 2017", title: parliamentTitle, text: afterWar,
			published: jun2017, want: []string{"isis"}},
	} {
		f := Extract(c.title, c.text, c.published)
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
