package facets

import "testing"

// TestPlaceFacilityBaseAsObject pins an actor named after its base, written
// as the facility (قاعدة حميميم), read as the place it stands in where it is
// the object of an attack, a strike or a use rather than after a
// preposition (round 48, m48town: facilityBase). The golds code Hmeimim
// C3588 in 33 articles that name the base and leave it out only in
// related-story teasers; rasid missed it in four (SK-middleEast-3048,
// SK-middleEast-3186, SK-middleEast-889, and SK-middleEast-964's misspelt
// حيميم, which this rule does not read). Where the base speaks, beside its
// ministry or after a verb of saying, it stays no place.
func TestPlaceFacilityBaseAsObject(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "drones attacked the base", id: "SK-middleEast-3048-20180722", title: "روسيا: إسقاط طائرتين بدون طيار هاجمتا قاعدة حميميم",
			text:  "أعلن الجيش الروسي، الأحد، أنه أسقط طائرتين مجهولتين بلا طيار هاجمتا قاعدة حميميم الجوية الروسية في سوريا، وفقا لوكالات أنباء روسية.",
			towns: []string{"C3588"}, govs: []string{"SY06"}},
		{class: "a drone targeting the base", id: "SK-middleEast-3186-20180730", title: "روسيا تسقط طائرة مسيرة استهدفت قاعدة حميميم الجوية",
			text:  "أسقط الجيش الروسي طائرة بدون طيار كانت تستهدف قاعدة حميميم الجوية في سوريا، بحسب وكالات أنباء روسية.",
			towns: []string{"C3588"}, govs: []string{"SY06"}},
		{class: "a strike that may target the base", id: "SK-middleEast-889-20180410", title: "كيماوي سوريا.. واشنطن تدرس \"ردا عسكريا جماعيا\" وأهداف محتملة",
			text:  "وقد تستهدف ضربة أكثر قوة قاعدة حميميم الجوية في شمال غرب سوريا، والتي حدد البيت الأبيض في بيان في 2015 أنها قاعدة روسية.",
			towns: []string{"C3588"}, govs: []string{"SY06"}},
		{class: "Russia uses the base", id: "SK-middleEast-3345-20180811", title: "روسيا تسقط طائرة مسيرة قرب قاعدتها الجوية بسوريا",
			text:  "وتستخدم روسيا قاعدة حميميم الجوية الواقعة جنوب شرق مدينة اللاذقية على الساحل السوري، مقرا لقواتها التي تدعم الرئيس السوري، بشار الأسد.",
			towns: []string{"C3588"}, govs: []string{"SY06"}},
		// Guards: the base speaking beside its ministry or after a verb of
		// saying is no place.
		{class: "the base announcing with its ministry", id: "guard-1", title: "بيان روسي",
			text:     "وقالت وزارة الدفاع الروسية وقاعدة حميميم أعلنتا أن الطائرات دمرت مواقع المسلحين في ريف إدلب.",
			notTowns: []string{"C3588"}, notGovs: []string{"SY06"}},
		{class: "the base announcing", id: "guard-2", title: "بيان روسي",
			text:     "أعلنت قاعدة حميميم أن الطائرات الروسية دمرت مواقع المسلحين في ريف إدلب.",
			notTowns: []string{"C3588"}, notGovs: []string{"SY06"}},
	})
}
