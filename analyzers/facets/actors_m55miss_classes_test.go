package facets

import (
	"testing"
	"time"
)

// TestActorM55missStateSpeaker pins round 55's m55miss class
// (actors_statespeaker.go, stateSpeakerMentions): a foreign state, by its
// name or its leader, opens the title as its speaker, and the title after
// the speaker says the state's own act of war (the speaker's "we": سنرد،
// سنواصل، استهدفنا، قواتنا; the state's "ستواصل") and names Syria: a
// military role, coded by the golds. The want rows fail on main. Guards:
// the same "we" on sanctions or the nuclear deal (no Syria in the title),
// and a state that speaks of Syria with no act of its own.
func TestActorM55missStateSpeaker(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-883-20180409", title: "واشنطن: سنرد في سوريا بغض النظر عن موقف مجلس الأمن",
			text: "قالت سفيرة الولايات المتحدة بالأمم المتحدة، نيكي هيلي، الاثنين، إن بالدها \"سترد\" على هجوم مميت بأسلحة كيماوية في سوريا سواء قام مجلس الأمن الدولي بتحرك أم لا.",
			want: []string{"usa"}},
		{id: "AL-internationalNews-1751-20180625", title: "أردوغان بعد الفوز بولاية جديدة: سنواصل التقدم في سوريا",
			text: "قال الرئيس التركي، رجب طيب أردوغان، في خطاب الفوز في الانتخابات، اليوم الاثنين، إن #تركيا ستواصل \"تحرير الأراضي السورية\" حتى يتسنى للاجئين العودة لسوريا بأمان.",
			want: []string{"turkey"}},
		{id: "SK-internationalNews-2298-20180625", title: "أردوغان: تركيا ستواصل التقدم في سوريا",
			text: "قال الرئيس التركي رجب طيب إردوغان في خطاب الفوز في الانتخابات إن تركيا ستواصل \"تحرير الأراضي السورية\" –بحسب تعبيره- حتى يتسنى للاجئين العودة لسوريا بأمان.",
			want: []string{"turkey"}},
		// Guard: the speaker's "we" answers sanctions, no Syria.
		{id: "AL-internationalNews-823-20180406", title: "موسكو: عقوبات أميركا \"تستهدف شعبنا\" وسنرد بقوة",
			text: "قالت موسكو اليوم الجمعة إنها سترد بقوة على العقوبات الجديدة التي فرضتها الولايات المتحدة على رجال أعمال وشركات ومسؤولين حكوميين من روسيا.",
			not:  []string{"russia", "usa"}},
		// Guard: the nuclear deal, no Syria.
		{id: "2015-07-25-590", title: "كيري: لا بديل عن الاتفاق النووي مع إيران وسنرد في حال خرقه",
			text: "أعلن وزير الخارجية الأمريكي جون كيري أمس الاول الخميس أن الاتفاق النووي مع إيران لا يملك بديلاً.",
			not:  []string{"usa", "iran"}},
		// Guard: Washington speaks of Syria with no act of its own.
		{id: "guard-washington-talks", title: "واشنطن: الحل في سوريا سياسي ويمر عبر جنيف",
			text: "قالت وزارة الخارجية الأمريكية إن الحل في سوريا يجب أن يكون سياسيا.",
			not:  []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
