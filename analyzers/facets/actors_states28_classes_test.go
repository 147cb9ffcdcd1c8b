package facets

import (
	"testing"
	"time"
)

// TestActorSportingState pins a foreign state named as a football side
// (sportingState, actors_sport.go): the World Cup's host, its team and its
// rivals beside the game's "strikes" (ضربة جزاء، ضربات الترجيح) are no
// party; the want-less rows fail on main. The guards: a state blamed for
// an attack in a sentence that also tells of a boycott of the World Cup,
// and a strike "على أهداف" (a war's targets, the event rules' "goals").
func TestActorSportingState(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-sport-1871-20180625", title: "المغرب يحرج إسبانيا وإيران تعادل البرتغال",
			text: "وفي الدقيقة 52 فشل كريستيانو رونالدو بمضاعفة النتيجة من ركلة جزاء تمكن الحارس الإيراني من التصدي لها.\nوسجلت إيران التعادل من ضربة جزاء في الدقيقة 93.",
			not:  []string{"iran"}},
		{id: "AL-sport-2238-20180707", title: "كرواتيا تقصي روسيا.. وتكرر إنجاز مونديال 1998",
			text: "وفي دور الستة عشر فازت روسيا على إسبانيا 4 - 3 بضربات الترجيح بعد انتهاء الوقتين الأصلي والإضافي بالتعادل 1 - 1.",
			not:  []string{"russia"}},
		// Guard: the state blamed for the poisoning, the World Cup in
		// the same sentence.
		{id: "AL-internationalNews-451-20180313", title: "قضية الجاسوس.. لندن تهدد بمقاطعة المونديال وموسكو تهدئ",
			text: "وكانت رئيسة الوزراء البريطانية تيريزا ماي قالت في وقت سابق اليوم إن \"من المرجح للغاية\" أن تكون موسكو مسؤولة عن الهجوم، واقترح بعض المسؤولين البريطانيين مقاطعة كأس العالم الذي تستضيفه روسيا هذا العام ردا على ذلك.",
			want: []string{"russia"}},
		// Guard: strikes on targets ("أهداف") are no goals.
		{id: "AL-internationalNews-913-20180414", title: "فرنسا: إذا تجاوز الأسد \"الخطوط الحمراء\" سنضرب من جديد",
			text: "وأعلن هذا التقرير بعد ضربات منسقة نفذتها بريطانيا وفرنسا والولايات المتحدة على أهداف تابعة للنظام السوري خلال الليل.",
			want: []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
