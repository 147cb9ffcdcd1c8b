package facets

import (
	"testing"
	"time"
)

// Round 61's m61civ: the victims of a commemorated attack, counted in a
// result clause (أسفر، أودى) after an anniversary word in their sentence,
// are no civilians of the article (anniversaryVictims, actors_civanniv.go).
// The first two rows fail on main; the guards hold on main and branch.
func TestActorM61civAnniversaryVictims(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// pool AL-internationalNews-1440-20180603: a warning on the first
		// anniversary of London Bridge (gold: no actors).
		{id: "AL-internationalNews-1440-20180603", title: "بريطانيا: خطر المتشددين ماثل ويتزايد",
			text: "أعلنت وزارة #الداخلية_البريطانية، اليوم الأحد، أن من المتوقع أن يبقى الخطر الذي يمثله المتشددون على البلاد عاليا على مدى العامين المقبلين، بل ربما يزيد، وذلك في الذكرى السنوية الأولى لهجوم أسفر عن مقتل ثمانية أشخاص في وسط لندن.",
			not:  []string{"civilians"}},
		// pool FR-internationalNews-2693-20180813: a march on
		// Charlottesville's anniversary (gold: no actors).
		{id: "FR-internationalNews-2693-20180813", title: "ذكرى أحداث شارلوتسفيل: عشرات النازيين الجدد يتظاهرون في واشنطن مقابل مئات من المناوئين لهم",
			text: "في الذكرى الأولى لأحداث شارلوتسفيل التي أسفرت عن مقتل امرأة وجرح آخرين، خرج نحو 20 شخصا من دعاة تفوق العرق الأبيض للتظاهر أمام البيت الأبيض في واشنطن الأحد وسط إجراءات أمنية مشددة.",
			not:  []string{"civilians"}},
		// Guards. Blind BB-internationalNews-65-20180226: the reminded
		// Chibok abduction with no result verb, beside a new one (coded).
		{id: "BB-internationalNews-65-20180226", title: "طائرات وقوات عسكرية في حملة للبحث عن 110 تلميذات اُختطفن في نيجيريا",
			text: "وقد أعادت حادثة الاختطاف الجديدة ذكرى اختطاف تلميذات تشيبوك في عام 2014.",
			want: []string{"civilians"}},
		// Today's bombing on an anniversary: the result verb stands
		// before the anniversary word, so its dead are the news's.
		{id: "guard-anniversary-after-verb", title: "مقتل 12 مدنيا بتفجير في بغداد",
			text: "أسفر تفجير سيارة مفخخة تزامن مع الذكرى الرابعة لسقوط الموصل عن مقتل 12 مدنيا في سوق شعبي ببغداد اليوم الأحد.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
