package facets

import "testing"

// TestCiviliansKnifeAttack pins the dead or hurt of a knife attack told as
// an incident ("حادث طعن") as civilians: the accident test read "حادث" as a
// road mishap. The want rows fail on start36. The guards: the person an
// army shot "بزعم" a stabbing is its alleged assailant, and a road
// accident's dead stay none.
func TestCiviliansKnifeAttack(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		// Round 46's rul46a-1: a knife attack the text ties to no group
		// and calls terrorist nowhere is a crime; its victims are no
		// civilians (loneAttackStory, actors_civlone.go).
		{id: "BB-internationalNews-499-20180512", title: "مقتل شخصين في حادث طعن وسط باريس",
			text: "قالت الشرطة الفرنسية إن حادث طعن في باريس أسفر عن سقوط قتيل وإصابة 5 آخرين.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-1566-20180514", title: "حمزة عظيموف.. ذئب داعش المنفرد منفذ حادثة الطعن في باريس",
			text: "تعكف الشرطة الفرنسية على إجراء تحريات عن خلفية منفذ حادثة الطعن في باريس قرب حي الأوبرا الأوبرا والتي قتل فيها شخص (29 عاما) وأصيب أربعة آخرون بينهم صيني ومواطن من لوكسمبورغ قبل أن تطلق عليه الشرطة النار وتقتله.",
			want: []string{"civilians"}},
		// Guard: the alleged assailant shot dead.
		{id: "SK-middleEast-393-20180318", title: "مقتل شخص بالرصاص الإسرائيلي بزعم تنفيذه عملية طعن",
			text: "وذكر التقرير أن السلطات عثرت على أوراق هوية على جثة من يعتقد أنه المهاجم.",
			not:  []string{"civilians"}},
		// Guard: a road accident.
		{id: "made-up guard", title: "مقتل شخصين في حادث سير",
			text: "قتل شخصان وأصيب ثلاثة آخرون في حادث تصادم بين سيارتين على الطريق السريع.",
			not:  []string{"civilians"}},
	})
}

// TestQaedaLinkedNamedGroup pins al-Qaeda named as the tie of a group with
// an id of its own ("هيئة تحرير الشام، المرتبط بتنظيم القاعدة") as no
// party, as namedGroupTie reads "التابعة"; the not row fails on start36.
// The guard: a group with no id linked to al-Qaeda stays al-Qaeda's
// affiliate (the pool gold SK-middleEast-1801-20180518).
func TestQaedaLinkedNamedGroup(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-middleEast-139-20180306", title: "قافلة المساعدات تغادر الغوطة الشرقية قبل إنهاء مهمتها وسط القصف",
			text: "وتسيطر على الغوطة الشرقية فصائل جيش الإسلام، وهناك وجود لفصيل هيئة تحرير الشام، المرتبط بتنظيم القاعدة.",
			want: []string{"hts"}, not: []string{"al-qaeda"}},
		// Guard: a group with no id.
		{id: "SK-middleEast-1801-20180518", title: "قبيلة العبيدات تدعم الجيش الليبي بمعركة درنة",
			text: "وسيطر الجيش على المدينة بعد معارك ضارية مع \"مجلس شورى مجاهدي درنة\" المرتبط بالقاعدة.",
			want: []string{"al-qaeda"}},
	})
}

// TestDeniedStrikeSubject pins a state named as the subject of a denied
// strike ("نفى ... شن أمريكا أو التحالف أي ضربات") as no party; the not row
// fails on start36. The guard: a state that launched strikes stays.
func TestDeniedStrikeSubject(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "CN-middleEast-647-20180417", title: "تفاصيل مبهمة حول إعلان سوريا عن هجوم صاروخي على مطار الشعيرات",
			text: "ونفى مسؤولان أمريكيان لـ CNN شن أمريكا أو التحالف أي ضربات جوية على القاعدة العسكرية.",
			not:  []string{"coalition", "usa"}},
		// Guard: strikes launched.
		{id: "made-up guard", title: "غارات على مواقع داعش",
			text: "وأعلن التحالف الدولي شن غارات جوية على مواقع تنظيم داعش في دير الزور.",
			want: []string{"coalition"}},
	})
}
