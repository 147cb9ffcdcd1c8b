package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansRoleInflections pins round 50's m50afn class: the
// civilian-role readers' gaps. A journalist or medic in the accusative a
// report's "أن" takes ("أن صحفيا قتل بالرصاص") is the role
// shotRoleMentions reads (actors_civshot.go), and so is one the "أن"
// opens whose death word, a bullet right after it, stands past the words
// that describe him (reportedShotDeath); the masculine plural present of
// the abduction verb ("الحوثيون يختطفون ناشطا") is the title's abduction
// word abductedMentions reads (actors_civabducted.go). The want rows fail
// on main. Guards: a nested report, a death with no bullet, a plural
// abduction verb whose object is an officer, a figurative "يخطفون" whose
// object is no role, a journalist in the accusative with no shot.
func TestActorCiviliansRoleInflections(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-internationalNews-1088-20180422", title: "بالفيديو.. رصاصة تقتل صحفيا على الهواء مباشرة",
			text: "ذكرت وسائل إعلام محلية، السبت، أن صحفيا قتل بالرصاص أثناء بث مباشر على الهواء من منطقة في نيكاراغوا خرجت فيها احتجاجات عنيفة مناهضة للحكومة.",
			want: []string{"civilians"}},
		{id: "2015-08-07-143", title: "ميليشيا الحوثي يختطفون ناشطًا يمنيًا في تعز",
			text: "«بلاغ. مسلحو الحوثي في بيتي». بهذه الجملة أبلغ الناشط الحقوقي والطبيب عبد القادر الجنيد، العالم باختطافه من قبل الحوثيين مساء أول من أمس، في تغريدة عاجلة بصفحته على موقع «تويتر» قبل أن يختفي مع المسلحين.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-891-20180410", title: "الحوثيون يخطفون مسؤولا.. وتعزيزات للشرعية بالساحل الغربي",
			text: "خطفت ميليشيات الحوثي الإيرانية مسؤولا حكوميا في محافظة حجة، شمال غربي صنعاء، الثلاثاء.",
			want: []string{"civilians"}},
		// The role a report's "أن" opens, its death word past the words
		// that describe him with a bullet right after it.
		{id: "FR-internationalNews-1521-20180530", title: "مقتل الصحافي المعارض لبوتين أركادي بابتشينكو في أوكرانيا",
			text: "قالت الشرطة الأوكرانية مساء الثلاثاء إن الصحافي الروسي البارز أركادي بابتشينكو المعروف بانتقاداته للرئيس الروسي فلاديمر بوتين قتل بالرصاص في أوكرانيا.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-2172-20180605", title: "الجيش الإسرائيلي: أطلقنا النار على آخرين وليس على رزان",
			text: "وكان المتحدث باسم وزارة الصحة في غزة، أشرف القدرة، كشف أن المسعفة رزان أشرف النجار قضت برصاص الجيش الإسرائيلي شرقي خان يونس، حيث أصيبت برصاصة في الصدر أثناء قيامها بدورها الإنساني.",
			want: []string{"civilians"}},
		// Guard: another "أن" between the role and the death: the
		// journalist reports a protester shot.
		{id: "guard-nested-report", title: "مراسل يروي ما جرى في الاحتجاجات",
			text: "وذكر أن الصحفي الذي غطى الاحتجاجات أكد أن متظاهرا قتل بالرصاص في الساحة.",
			not:  []string{"civilians"}},
		// Guard: a death with no bullet after it.
		{id: "guard-natural-death", title: "وفاة الصحافي المخضرم عن عمر ناهز 80 عاما",
			text: "وأعلنت الأسرة أن الصحافي المخضرم الذي عمل في الصحيفة أربعين عاما توفي في منزله.",
			not:  []string{"civilians"}},
		// Guard: the plural abduction verb with an officer for its object
		// (SK-middleEast-726; ضابطا reads no civilian role).
		{id: "SK-middleEast-726-20180402", title: "الحوثيون يختطفون ضابطا متقاعدا انتقد زعيمهم بجرأة",
			text: "اقتحم مسلحون حوثيون منزل الضابط في صنعاء.",
			not:  []string{"civilians"}},
		// Guard: a figurative "يخطفون" (2015-07-25-33: they steal a
		// girl's joy of the feast), no role after it.
		{id: "2015-07-25-33", title: "الحوثيون يخطفون فرحة العيد",
			text: "مرت أيام العيد ثقيلة على اليمنيين في ظل الحرب.",
			not:  []string{"civilians"}},
		// Guard: a journalist in the accusative with no shot in his
		// sentence (a press interview).
		{id: "guard-interview", title: "الوزير يستقبل صحفيا أجنبيا",
			text: "استقبل الوزير صحفيا أجنبيا في مكتبه وأجرى معه مقابلة حول الاقتصاد.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
