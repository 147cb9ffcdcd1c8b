package facets

import "testing"

// Pool SK-middleEast-605: Guterres's report on Syria; a paragraph on
// Douma tells Russia's direct talks with Jaysh al-Islam. The gold codes
// russia ("Russia negotiating handover with JaI"); main missed it. The
// row's sentence ends before "دون معارك", a war word by which main reads
// Russia in the sentence alone (not in the article).
const m61statePairTitle = "غوتيريش يدعو لإحالة ملف سوريا إلى الجنائية الدولية"

// TestActorM61stateTalksPair pins round 61's m61state class
// (actors_talkspair.go): a state is a side of talks or a deal with an
// armed group where the two are a pair after "بين", the talks noun up to
// seven words before it. Over the pool and blind gold articles such a pair
// of Russia and an armed group stands in 15: 14 coded for Russia (11 given
// by nearer words already), the 15th a press review whose actors the gold
// leaves unscored. The want rows fail on main: pool SK-middleEast-605,
// SK-middleEast-696 and SK-middleEast-339, each its sentence under its
// title. Guards: a quarrel between two states, a deal two states signed
// about the factions, and a pair of a state and a rebel group with no
// talks noun before "بين".
func TestActorM61stateTalksPair(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-605", title: m61statePairTitle,
			text: "وتتزامن تلك الاستعدادات مع استمرار مفاوضات مباشرة حول مصير دوما بين روسيا وجيش الإسلام، وتتركز على إيجاد صيغة لتسليم المدينة.",
			want: []string{"russia"}},
		{id: "SK-middleEast-696", title: "مصادر: اتفاق لنقل جرحى المعارضة السورية من دوما",
			text: "قالت مصادر محلية إن اتفاقا جرى بين مسلحي المعارضة السورية والجانب الروسي في آخر جيب بالغوطة لنقل المصابين إلى شمال سوريا.",
			want: []string{"russia"}},
		{id: "SK-middleEast-339", title: "دي ميستورا: المدنيون في الغوطة \"على شفا الانهيار\"",
			text: "وتابع: \"الأمم المتحدة تعمل لتسيير الاتصالات بين روسيا وجماعتي فيلق الرحمن وأحرار الشام بدون نتيجة حتى الآن\".",
			want: []string{"russia"}},
		{id: "quarrel of states", title: m61statePairTitle,
			text: "وتتواصل الخلافات بين روسيا والدول الغربية حول مصير دوما وجيش الإسلام.",
			not:  []string{"russia"}},
		{id: "deal of two states", title: m61statePairTitle,
			text: "وينص اتفاق بين روسيا وتركيا على أن تسحب فصائل المعارضة أسلحتها من المنطقة.",
			not:  []string{"russia"}},
		{id: "no talks noun", title: m61statePairTitle,
			text: "وقارن الكاتب بين روسيا وجيش الإسلام في خطابهما عن دوما.",
			not:  []string{"russia"}},
	})
}
