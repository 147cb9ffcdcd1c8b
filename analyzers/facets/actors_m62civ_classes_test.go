package facets

import (
	"testing"
	"time"
)

// Round 62's m62civ: a count of Palestinians with Israel's fire told right
// after it ("60 فلسطينيا برصاص الجيش الإسرائيلي") is the Gaza border's dead
// as a sentence naming Gaza is, though the sentence calls Gaza otherwise or
// not at all (israeliFireAfter, actors_civgunfire.go). The first two rows
// fail on main; the guards hold on main and branch.
func TestActorM62civIsraeliFireCount(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// pool SK-middleEast-1738-20180516 (holdout-59): the Nakba day's
		// dead, Gaza called "القطاع المحاصر" (gold: israel, no civilians).
		{id: "SK-middleEast-1738-20180516", title: "بعد مجزرة \"يوم النكبة\".. قناص إسرائيلي يفضح السر",
			text: "وشهدت المنطقة الحدودية بين القطاع المحاصر وإسرائيل حمام دم، الاثنين، حيث قتل أكثر من 60 فلسطينيا برصاص الجيش الإسرائيلي، في ذكرى \"النكبة\".",
			want: []string{"israel"}, not: []string{"civilians"}},
		// corpus AL-internationalNews-842-20180408: the ICC prosecutor's
		// statement after two weeks of the Gaza march's dead.
		{id: "AL-internationalNews-842-20180408", title: "مدعية المحكمة الجنائية الدولية تدعو لإنهاء العنف",
			text: "وقالت بنسودا في بيان عقب مقتل 29 فلسطينيا برصاص القوات الإسرائيلية خلال الأسبوعين الأخيرين \"أي جريمة جديدة ترتكب في سياق الوضع في فلسطين ربما تخضع للتدقيق من جانب مكتبي\".",
			not:  []string{"civilians"}},
		// Guards. A count the text itself calls مدنيين stays.
		{id: "guard-count-called-civilians", title: "مقتل مدنيين",
			text: "قتل ثلاثة مدنيين فلسطينيين برصاص الجيش الإسرائيلي في بلدة قباطية اليوم.",
			want: []string{"civilians"}},
		// One man, no count: the singular is left as it was (the blind
		// SK-middleEast-1337 codes one man shot at the fence).
		{id: "guard-singular", title: "مقتل فلسطيني",
			text: "قتل فلسطيني برصاص الجيش الإسرائيلي قرب مستوطنة في الضفة الغربية اليوم.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
