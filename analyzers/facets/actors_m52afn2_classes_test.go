package facets

import (
	"testing"
	"time"
)

// TestActorWorshipPlaceBombed pins round 52's m52afn2 class
// (actors_civworship.go, worshipBombingMentions): a mosque or church in
// construct after a bombing noun in the title ("بتفجير مسجد الإمام
// الصادق") stands for the civilians the bombing killed, as the golds code
// the Kuwait mosque bombing and its trials (rul46a, trials and sentences).
// Pool 2015-08-04-46 and blind 2015-08-06-1723 code civilians; the want
// rows fail on main. Guards: the Asir emergency forces' mosque, whose dead
// the first sentence names as the force's men or whose title names the
// force in another spelling (the golds code no civilians), a bombing only
// planned (the ل form), and a bombing only attempted.
func TestActorWorshipPlaceBombed(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-04-46", title: "بدء محاكمة المتهمين بتفجير المسجد بالكويت",
			text: "بدأت دائرة الجنايات في المحكمة الكلية في الكويت، اليوم الثلاثاء، بمحاكمة المتهمين في تفجير مسجد الإمام الصادق الذي وقع في 26 يونيو الماضي، وأسفر عن مقتل 26 شخصا، وإصابة 227 آخرين، وفق ما ذكرت وكالة الأنباء الكويتية الحكومية.",
			want: []string{"civilians"}},
		{id: "2015-08-06-1723", title: "الكويت: إخلاء سبيل 11 متهمًا بتفجير مسجد الإمام الصادق",
			text: "أخلت محكمة الجنايات الكويتية، اليوم الخميس سبيل 11 متهمًا من متهمي تفجير مسجد الإمام الصادق من أصل 29 متهماً، بلا ضمان، مع منعهم من السفر. وذكرت وكالة الانباء الكويتية أن المحكمة قررت تأجيل جلسة المحاكمة إلى الأثنين المقبل.",
			want: []string{"civilians"}},
		// Guard: the dead of the Asir mosque are the emergency forces' men.
		{id: "2015-08-08-377", title: "البرلمان العربي يدين تفجير مسجد أبها",
			text: "أدان رئيس البرلمان العربي أحمد الجروان التفجير الإرهابي الإجرامي الذي استهدف مسجدا في منطقة عسير جنوب غرب السعودية، وأدى إلى استشهاد عدد من منتسبي قوات الطوارئ السعودية وإصابة آخرين.",
			not:  []string{"civilians"}},
		// Guard: the force named in the title with the hamza on a dotless yeh.
		{id: "2015-08-10-526", title: "تفجير مسجد طوارىء أبها جريمة بشعة وعمل منكر",
			text: "",
			not:  []string{"civilians"}},
		// Guard: the force's building named in the first sentence.
		{id: "2015-08-06-3166", title: "\"الإخبارية\": تفجير \"مسجد عسير\" استهدف أكبر عدد من الضحايا",
			text: "أكد مراسل \"الإخبارية\" أن مبنى قوات طوارئ عسير يقع خارج المباني السكنية ولا يوجد حوله أي مبنى، موضحاً أن التفجير الإرهابي وقع وسط المسجد ليلحق أكبر قدر من الضرر بالمصلين.",
			not:  []string{"civilians"}},
		// Guard: a bombing only planned.
		{id: "2015-08-08-1031", title: "الكويت تنفي القبض على عسكري سعودي خطط لتفجير مسجد بالجهراء",
			text: "نفت وزارة الداخلية الكويتية اليوم ما تداولته وسائل التواصل الاجتماعي عن القبض على عسكري سعودي خطط لتفجير مسجد في منطقة الجهراء.",
			not:  []string{"civilians"}},
		// Guard: a bombing only attempted.
		{id: "guard-attempt", title: "إحباط محاولة تفجير كنيسة في القاهرة",
			text: "أحبطت أجهزة الأمن المصرية محاولة تفجير كنيسة في القاهرة اليوم.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
