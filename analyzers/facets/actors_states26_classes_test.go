package facets

import (
	"testing"
	"time"
)

// TestActorStateBacksArmedGroup pins a foreign state that a clause of its
// own makes the backer of a Syrian armed force: the backing verb before
// the state ("وتدعم الولايات المتحدة وحدات حماية الشعب"، "وتسلح الولايات
// المتحدة ... وحدات حماية الشعب الكردية") or after it in a relative clause
// ("تركيا، التي دعمت بعض جماعات المعارضة المسلحة") — backingClause,
// actors_backers.go; each want row fails on main. The guards: the
// describing participle ("قوات سوريا الديمقراطية التي تدعمها الولايات
// المتحدة") stays the gold guide's adjective, and a state backing another
// state is no backer of a force.
func TestActorStateBacksArmedGroup(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-286-20180314", title: "",
			text: "وتدعم الولايات المتحدة وحدات حماية الشعب في الحرب ضد تنظيم داعش في سوريا، مما أضر بالعلاقات بين واشنطن وأنقرة، وكلتاهما عضو بحلف شمال الأطلسي.",
			want: []string{"usa"}},
		{id: "FR-internationalNews-19-20180219", title: "",
			text: "وتسلح الولايات المتحدة حليفة أنقرة في شمال الأطلسي وحدات حماية الشعب الكردية في إطار تحالف تدعمه في سوريا ضد تنظيم \"الدولة الإسلامية\".",
			want: []string{"usa", "ypg"}},
		{id: "SK-middleEast-3403-20180814", title: "",
			text: "وأقامت تركيا، التي دعمت بعض جماعات المعارضة المسلحة في المنطقة، 12 موقعا للمراقبة العسكرية، وتحاول تجنب هجوم قد تشنه القوات الحكومية السورية المدعومة من روسيا.",
			want: []string{"turkey"}},
		{id: "SK-middleEast-3527-20180907", title: "",
			text: "ووصف جيفري الوضع في إدلب بأنه \"خطير للغاية\" مشيرا إلى أن تركيا التي تدعم بعض الجماعات المعارضة في المنطقة، تحاول تجنب هجوم كبير وشامل من جانب الحكومة السورية.",
			want: []string{"turkey"}},
		// Guard: the participle describes the force.
		{id: "FR-internationalNews-2461-20180727", title: "",
			text: "أعلن الرئيس المشترك لمجلس سوريا الديمقراطية الجناح السياسي لقوات سوريا الديمقراطية التي تدعمها الولايات المتحدة وتتشكل من أكراد وعرب، الجمعة، عن زيارة وفده دمشق للمرة الأولى بدعوة من السلطات السورية، لبحث مستقبل مناطق الإدارة الذاتية.",
			want: []string{"sdf"}, not: []string{"usa"}},
		// Guard: a state backing another state.
		{id: "CN-middleEast-1241-20180817", title: "",
			text: "وأكد السفير التركي أن قطر تدعم تركيا في محاربة الإرهاب أيضا، وأن قطر واحدة من أكثر الدول تعاونا مع بلادنا.",
			not:  []string{"turkey"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorDualArmies pins two states' forces named by one dual noun
// ("الجيشين الروسي والأمريكي"، actors_forces.go; the first row fails on
// main). The guards: two armies that accuse another of a strike speak of
// it, and "السوري الحر" is the Free Syrian Army's name, not the regime's
// army.
func TestActorDualArmies(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-1495-20181012", title: "موسكو: نأمل عدم وقوع حوادث بين الجيشين الروسي والأمريكي في سوريا",
			text: "",
			want: []string{"russia", "usa"}},
		// Guard: the armies accuse. (The struck base is left unnamed:
		// "قاعدة تيفور" struck in the lead names the regime as the
		// target, actors_strucksite.go.)
		{id: "SK-middleEast-878-20180409", title: "",
			text: "واتهم الجيشان الروسي والسوري إسرائيل بالوقوف وراء هجوم صاروخي قبل فجر الاثنين، استهدف قاعدة جوية، قائلين إن طائرتين إسرائيليتين أطلقتا 8 صواريخ من المجال الجوي اللبناني.",
			want: []string{"israel"}, not: []string{"russia", "syrian-government"}},
		// Guard: the Free Syrian Army.
		{id: "SK-middleEast-590-20180327", title: "",
			text: "قالت وسائل إعلام تركية، الثلاثاء، إن الجيشين التركي والسوري الحر أطلقا عملية عسكرية للسيطرة على تل رفعت، شمال سوريا.",
			want: []string{"turkey"}, not: []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
