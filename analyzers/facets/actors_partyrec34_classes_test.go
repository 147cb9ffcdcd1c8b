package facets

import (
	"testing"
	"time"
)

// TestActorOppositionArmed pins the Syrian opposition a state trains,
// equips or arms, or the factions called fighting ("الفصائل السورية
// العربية المقاتلة"), as a party (round 34's missed warring parties: the
// pool's golds code it in 2015-08-06-494, -1644 and -405, which no war
// word near "المعارضة" or "الفصائل" made one). A country's political opposition at a
// training workshop, or another country's opposition armed, is not.
func TestActorOppositionArmed(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-06-494", title: "",
			text: "الى ذلك، قال جاوش اوغلو ان تركيا تدرب وتجهز عناصر في المعارضة السورية المعتدلة.",
			want: []string{"opposition"}},
		{id: "2015-08-06-1644", title: "",
			text: "خطفت جبهة النصرة، ذراع تنظيم القاعدة في سورية، من جديد خمسة مقاتلين على الاقل كانوا قد تلقوا تدريبات في اطار برنامج التدريب الاميركي للمعارضة السورية المعتدلة في شمال غرب البلاد.",
			want: []string{"opposition"}},
		{id: "2015-07-21-630", title: "واشنطن والشكوى من بطء تدريب المعارضين السوريين",
			text: "في الأيام الأخيرة أعرب مسؤولون أميركيون عن خيبتهم من تأخر برنامج تدريب أفراد المعارضة السورية وفق برنامجهم المعلن.",
			want: []string{"opposition"}},
		{id: "2015-08-06-405", title: "",
			text: "ولا ترغب واشنطن بالعمل مع فصائل اسلامية، ما يعني أنّه على الائتلاف الدولي ان يعتمد على الفصائل السورية العربية المقاتلة في مواجهة المتطرفين.",
			want: []string{"opposition"}},
		// Guards.
		{id: "FR-internationalNews-1947-20180621", title: "",
			text: "قبل الانتخابات المبكرة في تركيا المقررة الأحد المقبل، تعكف أحزاب المعارضة على تنظيم ورش تدريب للمواطنين العاديين لحثهم على مراقبة الاقتراع.",
			not:  []string{"opposition"}},
		{id: "SK-internationalNews-2414-20180701", title: "",
			text: "وقال الرئيس الأسبق لمجلس النواب، إنه لا يؤيد تسليح المعارضة الإيرانية، مؤكدا أن على ترامب فرض مزيد من العقوبات.",
			not:  []string{"opposition"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorStateClaimsCapture pins a state or its leader announcing its
// forces' capture of a Syrian place as a party, though the announcement is
// a speech verb the diplomacy check cuts (CN-middleEast-293's gold codes
// Turkey). A leader's announcement on control of a policy names no place.
func TestActorStateClaimsCapture(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-293-20180318", title: "شاهد.. الجيش السوري الحر يدخل عفرين",
			text: "يأتي هذا تزامناً مع إعلان الرئيس التركي رجب طيب أروغان، الأحد، عن “السيطرة الكاملة” على مركز مدينة عفرين السورية.",
			want: []string{"turkey"}},
		// Guard.
		{id: "SK-economy-675-20180530", title: "",
			text: "وقالت موديز أيضا في بيان، الأربعاء، إن إعلان الرئيس التركي رجب طيب أردوغان في الآونة الأخيرة بشأن السيطرة على السياسة النقدية بعد الانتخابات، أضعف استقلالية البنك المركزي.",
			not:  []string{"turkey"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
