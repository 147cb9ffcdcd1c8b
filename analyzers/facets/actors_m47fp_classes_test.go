package facets

import (
	"testing"
	"time"
)

// TestActorRegimeBackerModifier pins round 47's m47fp class: a state named
// only as the backer in a participle that describes the Syrian government
// ("قوات الأسد، المدعومة من روسيا وإيران، إنها تستهدف"، "الجيش السوري
// المدعوم من روسيا") describes the regime's name, and rulings 4(b) of round
// 43 and rul45a-3 of round 45 code no state on such a modifier. The second
// backer of a pair joined by "و" now goes (pairedBacker and
// backedRegimeHead, actors_backedregime.go); the first stays, as
// regimeBackedMentions reads it on purpose (its measured choice, not this
// audit's). The first row fails on main, which kept Iran.
//
// Guards: the backed regime waging war in the sentence ("ويسعى الأسد المدعوم
// من روسيا وإيران إلى استعادة السيطرة", regimeBackedMentions and
// backsOffensive) keeps both backers; a force named after the regime and
// backed by the state ("قوات النظام والميليشيات المدعومة من إيران") is the
// state's own and keeps it.
func TestActorRegimeBackerModifier(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-273-20180314 (cut)", title: "الأمم المتحدة: أكثر من 1100 مدني قتلوا في الغوطة",
			text: "ذكر مكتب الأمم المتحدة للشؤون الإنسانية أن الوضع في الغوطة الشرقية ما زال صعبا.\nوتقول قوات الأسد، المدعومة من روسيا وإيران، إنها تستهدف جماعات \"إرهابية\" تقصف العاصمة.",
			want: []string{"syrian-government", "russia"}, not: []string{"iran"}},
		// Guards.
		{id: "SK-middleEast-1168-20180421 (cut)", title: "انتصار جديد للأسد",
			text: "بدأ مقاتلو المعارضة، السبت، في الانسحاب من جيب يقع شمال شرقي دمشق.\nويسعى الأسد المدعوم من روسيا وإيران إلى استعادة السيطرة على آخر معاقل المعارضة القريبة من العاصمة.",
			want: []string{"russia", "iran"}},
		{id: "made-up guard: a militia backed by Iran beside the regime", title: "الأمم المتحدة: أكثر من 1100 مدني قتلوا في الغوطة",
			text: "ذكر مكتب الأمم المتحدة للشؤون الإنسانية أن الوضع في الغوطة الشرقية ما زال صعبا.\nوتحاصر قوات النظام والميليشيات المدعومة من إيران البلدة منذ أشهر.",
			want: []string{"iran"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
