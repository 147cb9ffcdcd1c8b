package facets

import (
	"testing"
	"time"
)

// The Douma op-ed whose one US sentence is the threat told by the noun and
// the adjective, twice "أميركي".
const m57stateDoumaTitle = "مجزرة دوما.. رسالة \"في موعدها\""
const m57stateDoumaText = "رسالة النظام السوري وفقا للبعض قد تهدف لاختبار ردة الفعل الدولية على هذا النوع من الهجمات في ظل تهديد وتلويح أميركي وفرنسي بشن ضربات بشكل أحادي على النظام، في حال توافر أدلة دامغة على استخدام الكيماوي مجددا في سوريا."

// TestActorM57stateThreatAdjective pins round 57's m57state class
// (actors_threatadjective.go, threatAdjectiveMentions): a threat noun with
// a state's adjective after it and a military act as the threat's object
// ("التهديد الأميركي بضرب سوريا") codes the state, as threatensForce codes
// "هددت الولايات المتحدة بضرب"; the golds code the state in all four
// articles that hold the construction. The want rows fail on main. Guards:
// the adjective with no act after it, a threat whose object is no military
// act ("باستخدام الاطعام القسري"، "بالرد على ضربة"), and a threat of
// measures by the verb (actors_measurethreat.go).
func TestActorM57stateThreatAdjective(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// Flights cancelled under the US threat of a strike on Syria.
		{id: "SK-internationalNews-906-20180412", title: "شركة صينة تلغي رحلات جوية إلى إسرائيل بسبب \"ضربة سوريا\"",
			text: "وألغت الشركة الصينية رحلة كانت مقررة من شنغهاي إلى تل أبيب، وأبلغت ركابها أن سبب الإلغاء يرجع للخوف على سلامتهم في الأجواء، في ظل التهديد الأميركي بضرب سوريا.",
			want: []string{"usa"}},
		// Two threat nouns and two adjectives: "تهديد وتلويح أميركي وفرنسي بشن ضربات".
		{id: "SK-middleEast-844-20180408", title: m57stateDoumaTitle, text: m57stateDoumaText,
			want: []string{"usa"}},
		// Guard: the same sentence with the act cut off names no threat of force.
		{id: "SK-middleEast-844-20180408 cut", title: m57stateDoumaTitle,
			text: "رسالة النظام السوري وفقا للبعض قد تهدف لاختبار ردة الفعل الدولية في ظل تهديد أميركي متواصل.",
			not:  []string{"usa"}},
		// Guard: the threat's object is force-feeding, no military act.
		{id: "2015-08-09-1082", title: "إسرائيل تستعد لتطبيق قانون التغذية القسرية",
			text: "بدوره دعا نادي الاسير الى تظاهرات شعبية تضامنية مع محمد علان، في اشارة الى تفاقم حالته الصحية، والتهديد الاسرائيلي باستخدام الاطعام القسري.",
			not:  []string{"israel"}},
		// Guard: Iran's threats "بالرد" open with no strike word of Iran's own.
		{id: "SK-middleEast-1104-20180417", title: "وسائل إعلام إسرائيلية تنشر تفاصيل عن تهديدات طهران",
			text: "وذلك بناء على تهديدات إيرانية بالرد على ضربة التيفور.",
			not:  []string{"iran"}},
		// Guard: a threat of measures by the verb.
		{id: "SK-middleEast-1946-20180526", title: "أميركا تمارس دورها \"الضامن\" وتهدد سوريا بـ\"إجراءات حازمة\"",
			text: "هددت الولايات المتحدة سوريا، الجمعة، باتخاذ \"إجراءات حازمة ومناسبة\" ردا على انتهاكات وقف إطلاق النار.",
			not:  []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
