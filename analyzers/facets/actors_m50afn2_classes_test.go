package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansSchoolgirls pins round 50's m50afn2 class: schoolgirls
// (التلميذات، تلميذات) are civilians' weak words in actors.tsv, counted
// only in a sentence about fighting like the other weak words. rasid missed
// the civilians of Boko Haram's Dapchi abduction (pool AL-internationalNews-218,
// blind AL-internationalNews-145), both coded by the golds. The wider words
// tried (students طالبات، تلاميذ، families عائلات، passengers ركاب) were
// dropped: Saudi education news, "families of the victims" and plane
// crashes. The want rows fail on main. Guards: schoolgirls in a school
// programme with no fighting.
func TestActorCiviliansSchoolgirls(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "AL-internationalNews-218-20180225", title: "نيجيريا تعترف بفقدان 110 تلميذات في هجوم لبوكو حرام",
			text: "اعترفت الحكومة النيجيرية بفقدان 110 تلميذات بعد هجوم شنته جماعة بوكو حرام على مدرستهن في ولاية يوبي.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-912-20180413", title: "الأمم المتحدة: بوكو حرام خطفت أكثر من ألف طفلة",
			text: "وفي فبراير خطف فصيل أكثر من 100 من تلميذات المدارس من بلدة دابتشي التي لم تتأثر بالصراع من قبل.",
			want: []string{"civilians"}},
		// Guard: schoolgirls at a school ceremony, no fighting.
		{id: "guard-school-ceremony", title: "حفل تكريم في مدرسة للبنات",
			text: "كرمت إدارة المدرسة التلميذات المتفوقات في حفل أقيم بحضور أولياء الأمور.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
