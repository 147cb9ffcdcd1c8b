package facets

import "testing"

// TestEventTypesM53etfn2 pins the round-53 reader m53etfn2's recall rules
// for the armed clash: soldiers told dead subject first ("4 عسكريين روس
// قتلوا في هجوم مباغت"), which soldiersAttacked missed by looking for the
// soldiers only past the killing word (slainBefore), and an attack on a
// force's headquarters (armyUnits: "مقر قوة"). The true rows fail on main.
// Guards: a newspaper's headquarters, soldiers dead in a suicide attack
// (the bombing), the dead with no attack word.
func TestEventTypesM53etfn2(t *testing.T) {
	const clash = "armed-clash"
	checkTypes(t, []typeCase{
		{"soldiers told dead subject first, by an attack", "SK-middleEast-1975-20180527", `"هجوم مباغت" بدير الزور.. وقتلى عسكريون روس`,
			`أعلنت وزارة الدفاع الروسية، الأحد، أن 4 عسكريين روس قتلوا في هجوم مباغت لعدة مجموعات مسلحة في دير الزور شرقي سوريا، وفقا لما نقلته وكالة إنترفاكس.
وأضافت نقلا عن الوزارة أن 43 مسلحا قُتلوا في نفس المعركة.`,
			"2018-05-27 12:00", clash, true},
		{"soldiers told dead subject first, a terrorist attack", "SK-middleEast-3359-20180812", `الديوان الملكي الأردني ينكس علم السارية بعد "هجوم السبت"`,
			`أعلن الديوان الملكي الأردني، الأحد، تنكيس علم السارية على المدخل الرئيسي لمقره بالعاصمة عمان، حدادا على أرواح 5 عسكريين قتلوا أثناء هجوم إرهابي وملاحقة متورطين فيه، وفق ما أفاد مراسلنا.`,
			"2018-08-12 12:00", clash, true},
		{"an attack on a force's headquarters", "FR-internationalNews-2071-20180629", "هجوم على مقر قوة مجموعة دول الساحل الخمس في وسط مالي",
			`تعرض مقر القوة المشتركة لمجموعة دول الساحل الخمس في وسط مالي لهجوم الجمعة على يد مسلحين مجهولين، وفق مصادر محلية.`,
			"2018-06-29 12:00", clash, true},
		{"guard: an attack on a newspaper's headquarters", "", "هجوم على مقر صحيفة في العاصمة",
			`تعرض مقر صحيفة محلية لهجوم من مجهولين ليلة الجمعة دون وقوع إصابات.`,
			"2018-06-29 12:00", clash, false},
		{"guard: soldiers dead in a suicide attack", "2015-08-03-1228", "مقتل 3 جنود اتراك",
			`قال الجيش التركي إن 3 جنود قتلوا وأصيب 31 في هجوم انتحاري نفذه حزب العمال الكردستاني في شرق تركيا أمس.`,
			"2015-08-03 12:00", clash, false},
		{"guard: soldiers dead with no attack word", "", "حادث سير في الصحراء",
			`قالت وزارة الدفاع إن 4 جنود قتلوا في حادث سير على طريق صحراوي.`,
			"2018-05-27 12:00", clash, false},
	})
}
