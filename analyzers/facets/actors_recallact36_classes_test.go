package facets

import "testing"

// TestRegimeBackingNoun pins Russia and Iran named by the support noun
// with their adjective when the Syrian regime is what the support goes to
// (regimeBackingMentions): through ل, or anywhere in the sentence after a
// credit word ("بفضل"، "بدون"). The want rows fail on main. The guards:
// Iran's support of the Houthis and the adjective that describes a force
// ("بدعم روسي"). A regime that only gains by the support (a US statement)
// was a guard here until round 45's rul45a-3 coded Russia in it; it is a
// want row of TestActorM60amissMilitaryBacking now.
func TestRegimeBackingNoun(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-middleEast-347-20180414", title: "هل يؤدي الهجوم الغربي على سوريا لزعزعة نظام الأسد؟",
			text: "وربما لا يسيطر الرئيس الأسد على كل سوريا، ولكن بفضل الدعم الروسي والإيراني لا يمكن لأحد الوقوف ضده.",
			want: []string{"russia", "iran"}},
		{id: "FR-middleEast-157-20180315", title: "سبع سنوات على الحرب في سوريا: \"الغرب يرفض الاعتراف أنه خسر\"",
			text: "من جهة أخرى، وبفضل الدعم الروسي والإيراني، تمكن بشار الأسد أن يستعيد قوته ويسيطر على أجزاء كبيرة من سوريا.",
			want: []string{"russia", "iran"}},
		{id: "SK-internationalNews-779-20180404", title: "بوتن يحذر من هجمات داعش \"في أنحاء العالم\"",
			text: "وساهم الدعم العسكري الروسي المباشر للقوات السورية الحكومية، بشكل كبير، في استعادة النظام عدة مناطق كانت تحت سيطرة جماعات متطرفة.",
			want: []string{"russia"}},
		// Guard: Iran's support of another war's party.
		{id: "AL-internationalNews-1270-20180522", title: "لقاء يمني أمريكي",
			text: "وتداول اللقاء الآراء حول استمرار الدعم الإيراني لميليشيا الحوثي الانقلابية، وتزويدها بالصواريخ الباليستية.",
			not:  []string{"iran"}},
		// Guard: "بدعم روسي" describes a force, the gold guide's adjective.
		{id: "made-up guard", title: "تقرير عن الحرب",
			text: "وقال المحلل إن الاتفاق جرى بدعم روسي للنظام في الجنوب.",
			not:  []string{"russia"}},
	})
}
