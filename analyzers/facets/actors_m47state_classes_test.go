package facets

import (
	"testing"
	"time"
)

// TestActorChemicalProgramme pins round 47's m47state class: the regime
// named by its chemical programme or arsenal ("البرنامج الكيماوي السوري"،
// "برنامج الأسلحة الكيماوية السوري"، "كيماوي سوريا"), which every pool and
// blind line whose text holds the phrase codes as syrian-government
// (chemicalProgrammeMentions, actors_chemprogramme.go). The want rows fail
// on main.
//
// Guards: the definite chemical word before Syria's name is the OPCW's own
// name and the country its inspectors visit ("منظمة حظر الأسلحة الكيميائية
// سوريا"); a chemical attack "بسورية" is told where it fell, not whose arms
// it used.
func TestActorChemicalProgramme(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-606-20180414", title: "",
			text: "قال مسؤولان بالإدارة الأمريكية، السبت، إن الضربات التي تم توجيهها ضد أهداف للبرنامج الكيماوي السوري لن تكون نهاية الرد الأمريكي على حد تعبيره.",
			want: []string{"syrian-government"}},
		{id: "CN-middleEast-614-20180414", title: "ماتيس: استهدفنا ما سيؤذي الكيماوي السوري بضعف أسلحة العام الماضي",
			text: "قال وزير الدفاع الأمريكي، جيمس ماتيس، إن بلاده استهدفت مواقع يعتقد أنها ستؤذي برنامج الأسلحة الكيماوية السوري.",
			want: []string{"syrian-government"}},
		{id: "SK-middleEast-3092-20180725", title: "واشنطن تعاقب مرتبطين بـ\"الكيماوي السوري\"",
			text: "أعلنت وزارة الخزانة الأميركية، الأربعاء، فرض عقوبات على كيانات وأفراد.",
			want: []string{"syrian-government"}},
		{id: "SK-middleEast-889-20180410", title: "كيماوي سوريا.. واشنطن تدرس \"ردا عسكريا جماعيا\" وأهداف محتملة",
			text: "قال مسؤولون أميركيون إن أي خطط لهجوم محتمل قد تركز على أهداف مرتبطة ببرنامج الأسلحة الكيماوية السوري.",
			want: []string{"syrian-government"}},
		// Guards.
		{id: "BB-middleEast-328-20180411", title: "",
			text: "ومن المقرر أن يزور فريق من منظمة حظر الأسلحة الكيميائية سوريا \"قريبا\" لتحديد ما إذا كانت أسلحة كيميائية قد استخدمت.",
			not:  []string{"syrian-government"}},
		{id: "corpus: an attack in Syria", title: "",
			text: "وطالبت الدول الغربية بتحقيق مستقل في هجوم كيماوي بسورية الشهر الماضي.",
			not:  []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
