package facets

import (
	"testing"
	"time"
)

// TestActorStruckSyria pins round 45's m45act class: the regime is the
// target of a strike whose object is Syria itself ("ضربات جوية على
// سوريا"، "بضربة سوريا"), as the golds code the April 2018 strikes of the
// US, Britain and France (struckStateMentions, actors_strucksite.go). The
// want rows fail on main.
//
// Guards: strikes "في سوريا" are told where they fell, on Hezbollah and
// other factions, and name no regime; a strike decided but not yet made
// (strikePlanWords) struck nobody.
func TestActorStruckSyria(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-economy-361-20180417", title: "",
			text: "وشنت قوات من الولايات المتحدة وبريطانيا وفرنسا ضربات جوية على سوريا يوم السبت استهدفت ثلاثا من منشآتها الرئيسية للأسلحة الكيماوية.",
			want: []string{"usa", "syrian-government"}},
		{id: "CN-middleEast-613-20180414", title: "مقاتلات رافال وتورنيدو وقاذفات B1.. الأسلحة المستخدمة بضربة سوريا",
			text: "أعلن الرئيس الأمريكي، دونالد ترامب، فجر السبت، عن شن بلاده إلى جانب كل من بريطانيا وفرنسا لضربات استهدفت مواقع ومنشآت كيماوية في سوريا.",
			want: []string{"usa", "syrian-government"}},
		// Guard.
		{id: "corpus: Israeli strikes in Syria", title: "",
			text: "وشن الجيش الإسرائيلي عشرات الغارات استهدفت حزب الله وفصائل أخرى في سوريا خلال السنوات الخمس الماضية.",
			want: []string{"israel"}, not: []string{"syrian-government"}},
		{id: "SK-middleEast-1013-20180414", title: "",
			text: "قالت قناة فوكس نيوز، إن الولايات المتحدة قررت شن ضربة على سوريا، بحسب ما أوردت عن مسؤول أميركي.",
			not:  []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
