package facets

import (
	"testing"
	"time"
)

// TestActorTruceUnmarked38 pins the declarer of a truce told in a relative
// clause with no relative pronoun, as Arabic opens one after an indefinite
// noun (truceDeclarerUnmarked, actors_statetruce.go): "هدنة إنسانية
// أعلنتها روسيا"، "تهدئة لمدة خمس ساعات يوميا أعلنتها روسيا" are Russia's
// Ghouta truce, which the golds code as Russia's part in the war.
//
// Guards: a call to calm things that no state declares, and a truce whose
// clause names a declarer that is no state.
func TestActorTruceUnmarked38(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-middleEast-117-20180228", title: "",
			text: "ويتواصل القتال في منطقة الغوطة الشرقية رغم تطبيق تهدئة لمدة خمس ساعات يوميا أعلنتها روسيا، حليف الحكومة السورية، للسماح للمدنيين بالمغادرة.",
			want: []string{"russia"}},
		{id: "FR-internationalNews-373-20180311", title: "",
			text: "يتزامن تقدم قوات النظام في الغوطة مع هدنة إنسانية أعلنتها روسيا، تنص على وقف الأعمال القتالية خمس ساعات يوميا.",
			want: []string{"russia"}},
		// Guards.
		{id: "guard-calm", title: "",
			text: "ودعت روسيا إلى تهدئة الأوضاع في الغوطة الشرقية بعد أيام من القتال.",
			not:  []string{"russia"}},
		{id: "guard-declarer", title: "",
			text: "ويتواصل القتال في الغوطة الشرقية رغم هدنة إنسانية أعلنتها الأمم المتحدة لخمس ساعات.",
			not:  []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
