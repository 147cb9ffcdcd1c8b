package facets

import "testing"

// Round 63, m63aoc: a burning of a child, a baby or a family told past the
// lead, with settlers, extremists or terrorists named in its sentence, is
// the attack on civilians the article tells as its cause
// (civiliansBurntBody, events_burntbody.go). The first two rows fail on
// main; the guards keep a trial of the burning, a burning told with a year,
// and a burning with no doer in its sentence out.
func TestEventTypesM63aocBurntBody(t *testing.T) {
	const civ = "attack-on-civilians"
	// 2015-08-04-753: a Saudi cabinet session's report, its lead on beach
	// rules; the arson condemned in its fifth paragraph.
	const cabinetLead = `أقر مجلس الوزراء عددا من الإجراءات فيما يتعلق بتأجير أراضي الشواطئ بما يمنع التفريط فيها وتوفير متنفسا للناس، من بينها أن يكون لكل شاطئ حرم 100م مفتوحا للعامة لا يجوز التأجير فيه أو إقامة أي منشأة عليه.
وشكر نائب خادم الحرمين الشريفين الأمير محمد بن نايف خلال ترؤسه جلسة المجلس التي عقدت بقصر السلام في جدة أمس خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز على توجيهاته السديدة.
وأوضح وزير الشؤون الاجتماعية وزير الثقافة والإعلام بالنيابة الدكتور ماجد القصبي عقب الجلسة، أن مجلس الوزراء اطلع على جملة من التقارير عن الجهود بشأن مستجدات الأحداث وتطوراتها على الساحات الإقليمية والعربية والدولية.
`
	checkTypes(t, []typeCase{
		{"a cabinet condemns the settlers' burning of a baby", "2015-08-04-753", "حماية الشواطئ بحرم 100 متر",
			cabinetLead + `وجدد مجلس الوزراء إدانة المملكة واستنكارها للجريمة الإرهابية البشعة التي نفذها مستوطنون إسرائيليون في قرية دوما بمدينة نابلس الفلسطينية وأدت إلى حرق رضيع فلسطيني وإصابة عدد من أفراد أسرته بحروق شديدة.`,
			"2015-08-04 12:00", civ, true},
		{"a measure answers the extremists' burning of a baby", "2015-08-04-1001", "إسرائيل توسع «الاعتقال الإداري» ليشمل اليهود",
			`أعلنت مصادر أمنية إسرائيلية: إن جريمة حرق البيت الفلسطيني في قرية دوما بنابلس، والتي راح ضحيتها رضيع فلسطيني، "ينتمون، كما يبدو، إلى مجموعة يهودية متطرفة".
وأضاف المصادر أن "هذه المجموعة تحاول القيام بأعمال عنف وإرهاب بشكل مستمر بغض النظر عن الأحداث في المناطق الفلسطينية ونشاطات قوات الأمن".
وفي عمان، قال مسؤولون: إن "الجانبين الأردني والفلسطيني اتفقا على رفع مشروع قرار إلى مجلس الأمن الدولي للمطالبة بتوفير حماية دولية للشعب الفلسطيني وإنهاء الاحتلال الإسرائيلي" ، ردا على إحراق الرضيع الفلسطيني علي دوابشة على يد مستوطنين متطرفين.`,
			"2015-08-04 12:00", civ, true},
		{"guard: a trial of the burning (adapted)", "", "محكمة إسرائيلية تخفف عقوبة إرهابي",
			cabinetLead + `وكان مستوطنون متطرفون قد أقدموا على حرق عائلة فلسطينية في قرية دوما.`,
			"2018-07-12 12:00", civ, false},
		{"guard: a burning told with its year (adapted)", "", "حماية الشواطئ بحرم 100 متر",
			cabinetLead + `وكان مستوطنون متطرفون قد أقدموا على حرق عائلة فلسطينية في قرية دوما عام 2015.`,
			"2018-07-12 12:00", civ, false},
		{"guard: no doer in the burning's sentence (adapted)", "", "حماية الشواطئ بحرم 100 متر",
			cabinetLead + `وجدد مجلس الوزراء إدانته للجريمة التي أدت إلى حرق رضيع فلسطيني.`,
			"2015-08-04 12:00", civ, false},
	})
}
