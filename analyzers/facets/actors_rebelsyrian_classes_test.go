package facets

import (
	"testing"
	"time"
)

// TestActorSyrianForcesTheRebels pins Syria's "forces" that the next word
// calls opposing or new ("قوات سورية معارضة"، "القوات السورية الجديدة" the
// Americans trained): the opposition, not the regime. The guard: "القوات
// السورية مدعومة بالطيران الروسي" stays the regime.
func TestActorSyrianForcesTheRebels(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-334-20180316", title: "",
			text: "وأطلقت تركيا في يناير الماضي عملية \"غصن الزيتون\" بالتعاون مع قوات سورية معارضة موالية لها لطرد وحدات حماية الشعب الكردي التي تسيطر على منطقة عفرين السورية المتاخمة للحدود التركية، رغم الاعتراضات الدولية.",
			want: []string{"opposition"}, not: []string{"syrian-government"}},
		{id: "2015-08-07-147", title: "",
			text: "وعندما كرر الصحافي السؤال قائلا: «هل ستحارب القوات السورية الجديدة داعش فقط؟»، أجاب تونر: «نعم».",
			want: []string{"opposition"}, not: []string{"syrian-government"}},
		// Guard: the regime's forces backed by Russia's air force.
		{id: "BB-middleEast-829-20180803", title: "",
			text: "تأتي هذه التطورات بعد أن تمكنت القوات السورية مدعومة بالطيران الروسي والجماعات المسلحة المتحالفة معها من السيطرة مؤخرا على كامل محافظتي القنيطرة ودرعا بعد التوصل إلى اتفاقات تسوية مع مقاتلي المعارضة في هذه المناطق.",
			want: []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorSyrianForcesTheRebelsGuards: the two sides joined by و, and
// the opposition's websites, name no rebel force.
func TestActorSyrianForcesTheRebelsGuards(t *testing.T) {
	f := Extract("", "وتقول الأمم المتحدة إن أكثر من 4 ملايين سوري فروا من الحرب التي تشهدها بلادهم بين القوات السورية والمعارضة المسلحة وتنظيمي داعش والنصرة.", time.Time{})
	hasAll(t, "2015-08-09-688 actors", f.Actors, "syrian-government")
	if got := rebelSyrianForceMentions(nil, nil); got != nil {
		t.Errorf("no tokens: %v", got)
	}
}
