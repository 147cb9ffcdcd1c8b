package facets

import (
	"testing"
	"time"
)

// TestActorM54bgClasses pins round 54's m54bg class: Israel named in a
// sentence that tells Iran's presence in Syria — a warning or red line
// held in the past perfect, a fear, a vow — is Israel's side of its fight
// with Iran there (iranPresenceOpposer, actors_israelpresence.go), as the
// golds code it in 22 of 25 such articles. The six want rows fail on main
// (four pool lines, two blind). Guard: Netanyahu's evidence of an Iranian
// nuclear programme (no presence of forces). Blind BB-middleEast-307's
// "التي تخشى من وجود عسكري لإيران على حدودها" (no Syria placed) is left
// out of the rows: main reads Israel in that sentence alone by another
// rule, and only the whole article drops it.
func TestActorM54bgClasses(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1460-20180506", title: "نتانياهو: اليوم أفضل لمواجهة إيران",
			text: "وكانت إسرائيل حذرت مرارا بأنها لن تتسامح مع وجود عسكري إيراني دائم في سوريا المجاورة.",
			want: []string{"israel"}},
		{id: "SK-middleEast-2749-20180704", title: "روسيا تدافع عن الوجود الإيراني بسوريا",
			text: "وكانت إسرائيل قالت إنها لن تتسامح مع وجود عسكري إيراني، في سوريا، وشنت ضربات عسكرية ضد أهداف إيرانية هناك في الأشهر الأخيرة.",
			want: []string{"israel"}},
		{id: "BB-middleEast-606-20180610", title: "الأسد: الوجود الروسي في سوريا \"شرعي\" والوجود الأمريكي والبريطاني \"غزو\"",
			text: "وكانت إسرائيل كررت تحذيرها من أنها لن تقبل وجودا إيرانيا متخندقا في سوريا.",
			want: []string{"israel"}},
		{id: "SK-middleEast-965-20180412", title: "رسالة من نتانياهو لقادة إيران.. وبوتن يعارض تحركا جديدا",
			text: "حذّر رئيس الوزراء الإسرائيلي بنيامين نتانياهو الاربعاء إيران من اختبار عزيمة إسرائيل، بينما أكد أنه لن يسمح بوجود إيراني في سوريا.",
			want: []string{"israel"}},
		{id: "CN-middleEast-174-20180304", title: "رأي: طهران قد تضحي ببرنامجها الصاروخي ولكن ليس ببشار الأسد",
			text: "نائب وزير الخارجية الإيراني، عباس عراقجى، قال صراحة أن \"الوجود الإيراني في سوريا لا يهدف إلى إيجاد جبهة جديدة ضد إسرائيل، لكنه يهدف لمكافحة الإرهاب.\"",
			want: []string{"israel"}},
		{id: "SK-middleEast-3966-20181020", title: "تركيا تقصي إيران من المشاركة في قمة بشأن سوريا",
			text: "يتلاقى مع موقف واشنطن، موقف إسرائيل، فقد سبق وأن أبدت إسرائيل اعتراضاتها ومخاوفها من الوجود الإيراني خاصة في الجنوب السوري.",
			want: []string{"israel"}},
		// Guards.
		{id: "AL-internationalNews-988-20180501", title: "الوكالة الذرية: لا مؤشر لبرنامج إيراني نووي بعد 2009",
			text: "وصعد نتنياهو الاثنين الضغط على الولايات المتحدة للانسحاب من الاتفاق النووي الذي أبرم عام 2015 مقدما ما وصفها بالأدلة على وجود برنامج إيراني سري للأسلحة النووية.",
			not:  []string{"israel"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
