package facets

import (
	"testing"
	"time"
)

// TestActorGroups32 pins ways the wires name two of the war's armed sides
// that the lexicon missed; the want rows fail on main. The Free Army by
// its forces' name, "قوات الجيش السوري الحر", which the regime's alias
// "قوات الجيش السوري" read as the regime (actors.tsv); by its short name
// after a leader or its men, "قيادي في «الحر»" (freeArmyShortMentions,
// actors_rebelfighters.go); the regime's militias as loyalists joined to
// its forces, "قوات النظام والموالين لها" (joinedLoyalists,
// actors_loyal.go). The guards: the heat ("في الحر الشديد") in a story
// set in Syria is no army, and Turkey's loyalists are not the regime's.
func TestActorGroups32(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-331-20180322", title: "مولود جاويش أوغلو: جميع المناطق التي توجد بها تنظيم \"ي ب ك/ بي كا كا\" في سوريا هدف مشروع",
			text: "وأعلن الجيش التركي عن \"السيطرة الكاملة\" على مركز المدينة من قبل القوات التركية وقوات الجيش السوري الحر في 18 مارس/آذار الحالي.",
			want: []string{"fsa"}, not: []string{"syrian-government"}},
		{id: "2015-07-21-112", title: "انتحاري يفجر نفسه بأكراد أتراك.. وأصابع الاتهام نحو «داعش»",
			text: "وتقع سروج قبالة مدينة عين العرب السورية التي شهدت معارك خاض فيها مقاتلو وحدات حماية الشعب الكردي وقوات «الجيش السوري الحر» المشاركة معهم ضد تنظيم داعش.",
			want: []string{"fsa"}},
		{id: "2015-07-26-1284", title: "قيادي في «الحر» يحذر من سقوط الزبداني",
			text: "حذر الضابط المنشق من الجيش السوري العميد الركن إبراهيم الجباوي من سقوط الزبداني.",
			want: []string{"fsa"}},
		{id: "SK-middleEast-1982-20180527", title: "\"هجوم لداعش\" بدير الزور.. وقتلى عسكريون روس",
			text: "قتل 35 مقاتلا من قوات النظام والموالين لها بينهم 9 مقاتلين روس في هجوم شنه تنظيم داعش قبل أيام على نقطة تجمع لهم في شرق سوريا.",
			want: []string{"pro-government-militias"}},
		{id: "SK-middleEast-1430-20180505", title: "قتلى من جنود النظام السوري بمعركة \"الحجر الأسود\"",
			text: "وقال المرصد إن عدد جنود النظام السوري والموالين له الذين قتلوا في معركة السيطرة على الحجر الأسود ارتفع إلى 111 قتيلا.",
			want: []string{"pro-government-militias"}},
		// Guard: the heat in a story set in Syria.
		{id: "2015-08-04-194", title: "السوريون في دمشق يواجهون الصيف بلا كهرباء",
			text: "وفيما يخص طرق التغلب على الحر الشديد في دمشق فينصح أبو غسان السوريين بالبقاء في الظل، فيما يعمل الموظفون في الحر طوال النهار.",
			not:  []string{"fsa"}},
		// Guard: Turkey's loyalists, in a story set in Syria.
		{id: "SK-middleEast-165-20180302", title: "تركيا تفقد أكبر عدد من الجنود بيوم واحد في عفرين",
			text: "وأضافت أن القوات التركية والموالية لها تمكنت خلال المعارك من السيطرة على هذه القرى في ريف حلب، التي كانت تعتبر خط الدفاع الأول عن البلدة.",
			not:  []string{"pro-government-militias"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
