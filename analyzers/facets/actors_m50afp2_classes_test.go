package facets

import (
	"testing"
	"time"
)

// TestAppealedCitizensNoCivilians pins round 50's m50afp2 class: the
// citizens an appeal, a call or a warning addresses ("وأهاب السفير آل صالح
// بجميع المواطنين"، "دعت الشرطة البريطانية عموم المواطنين"، "حذرت
// المواطنين") are its audience, not the war's harmed (appealedCitizens,
// actors_civroles.go; holdout-44 and -47 code no actors for the embassy's
// advice). The not rows fail on main. Guards: citizens killed by a strike
// beside a call to give blood, and a call to stop the raids that killed
// citizens (a harm word between the verb and the citizens).
func TestAppealedCitizensNoCivilians(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-22-1110", title: "السفير آل صالح يطمئن على سلامة المواطنين بأستراليا",
			text: "وقال إنه تم الاطمئنان على جميع السعوديين في المدن الأسترالية التي شهدت التظاهرات، وجميعهم بصحة جيدة وفي مواقع آمنة. وأهاب السفير آل صالح بجميع المواطنين الزائرين والطلاب المبتعثين بأهمية أخذ الحيطة والحذر وعدم الخروج إلا للضرورة خلال وقت المظاهرات.",
			not:  []string{"civilians"}},
		{id: "2015-08-09-24", title: "داعش تخطط لاستهداف الملكة إليزابيث في احتفال عالمي مرتقب",
			text: "وقالت إنه رغم ذلك دعت الشرطة البريطانية عموم المواطنين لحضور الاحتفالات بمناسبة ذكرى انتهاء الحرب العالمية الثانية بشكل طبيعي رغم المؤامرة المزعومة من قبل تنظيم داعش لاستهداف الملكة إليزابيث.",
			want: []string{"isis"}, not: []string{"civilians"}},
		{id: "2015-08-10-157", title: "مقاومة تعز تكبد الحوثيين خسائر فادحة في الأرواح والعتاد",
			text: "بينما كانت المقاومة الشعبية قد حذرت المواطنين والموالين لجماعة الحوثي المسلحة بالابتعاد عنهم وتركهم وعدم الاقتراب من أي تجمعات لهم أو نقاط تفتيش في مدينة الحديدة.",
			not:  []string{"civilians"}},
		// Guard: citizens killed by a strike; the call to give blood
		// does not take them away.
		{id: "guard-killed-citizens", title: "قتلى في غارة على سوق شعبي",
			text: "قتل ثلاثة مواطنين وأصيب عشرة آخرون في غارة جوية على سوق شعبي. ودعت وزارة الصحة المواطنين إلى التبرع بالدم للمصابين.",
			want: []string{"civilians"}},
		// Guard: a harm word between the call and the citizens.
		{id: "guard-raids-killed", title: "دعوة لوقف القصف",
			text: "ودعت الحكومة إلى وقف الغارات التي قتلت المواطنين في سوق المدينة.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
