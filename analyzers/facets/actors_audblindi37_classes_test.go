package facets

import "testing"

// TestActorsTurkeyThreat37 pins turkeyThreatens (actors_turkeythreat.go)
// and the assault masdar of threatStrikeWords (actors_threat.go), from
// round 37's blind audit (audblindi37): Turkey by its bare name as the
// author of a threatened military act is a party, as the lexicon's weak
// state names are (threatensForce). Real corpus sentences that fail on
// the rules before; the guard, a threat of sanctions, names no party.
func TestActorsTurkeyThreat37(t *testing.T) {
	for _, c := range []struct {
		name, id, title, text, pub, actor string
		want                              bool
	}{
		{"the Manbij roadmap: وهددت تركيا مراراً بشن عملية عسكرية ضد المقاتلين الأكراد في منبج", "SK-middleEast-2916-20180715", "انسحاب آخر عناصر \"وحدات حماية الشعب\" الكردية من منبج",
			"وهددت تركيا مراراً بشن عملية عسكرية ضد المقاتلين الأكراد في منبج على غرار الهجوم الذي مكّنها من السيطرة على منطقة عفرين ذات الغالبية الكردية، ما أثار توتراً مع واشنطن نتج عنه التوصل إلى \"خارطة الطريق\" بشأن منبج.",
			"2018-07-15 22:50", "turkey", true},
		{"an assault threatened: وهددت تركيا بمهاجمة القوات الأمريكية المتحالفة مع وحدات حماية الشعب الكردي في منبج", "BB-middleEast-8-20180216", "النزاع في سوريا: اتفاق أمريكي تركي على تجنب الصدام في منبج",
			"وهددت تركيا بمهاجمة القوات الأمريكية المتحالفة مع وحدات حماية الشعب الكردي في منبج والتي تعتبرها الحكومة التركية قوات إرهابية.",
			"2018-02-16 12:59", "turkey", true},
		{"guard: a threat of sanctions, وهددت تركيا بفرض عقوبات", "", "",
			"وهددت تركيا بفرض عقوبات على الشركات التي تتعامل مع الإدارة الكردية.",
			"2018-02-16 12:59", "turkey", false},
	} {
		f := Extract(c.title, c.text, pubAt(c.pub))
		if c.want {
			hasAll(t, c.name+" ("+c.id+")", f.Actors, c.actor)
		} else {
			hasNone(t, c.name+" ("+c.id+")", f.Actors, c.actor)
		}
	}
}
