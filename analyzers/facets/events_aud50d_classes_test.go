package facets

import "testing"

// TestEventTypesClosedInProtestAdjective pins the round-50 blind audit
// aud50d's closure told by the adjective of protesting: "وأغلقت الكنيسة
// أبوابها بمفاتيحها التاريخية في إجراءات احتجاجية" is the closure round 43's
// ruling 7 types a peaceful protest, as "احتجاجا على" after it is
// (protestAdverbs, closedInProtest, events_closedprotest.go). The first two
// rows fail on main (the first is the audit's SK-middleEast-71). Guards:
// the adjective with no place shut (a protest movement, a letter), and a
// closure threatened "كإجراء احتجاجي", round 43's own example of none.
func TestEventTypesClosedInProtestAdjective(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the church shut its doors in protest measures", "SK-middleEast-71-20180225", `"السلم الثابت" في كنيسة القيامة يتحرك.. فما هي قصته؟`,
			`تحرك "السلم الثابت" في كنيسة القيامة بالقدس المحتلة، وأغلقت الكنيسة أبوابها بمفاتيحها التاريخية في إجراءات احتجاجية وحّدت الطوائف المسيحية في القدس ودفعتها لوضع خلافاتها جانبا.`,
			"2018-02-25 22:18", "peaceful-protest", true},
		{"shopkeepers closed their shops as a protest step", "", "تجار السوق يغلقون متاجرهم",
			`أغلق التجار متاجرهم في السوق القديم الاثنين كخطوة احتجاجية على الضرائب الجديدة.`,
			"2018-05-21 12:00", "peaceful-protest", true},
		{"guard: a protest movement, no place shut", "", "الحكومة تدرس مطالب النقابات",
			`قال الوزير إن الحكومة تدرس مطالب النقابات التي أطلقت حركة احتجاجية الشهر الماضي.`,
			"2018-05-21 12:00", "peaceful-protest", false},
		{"guard: a protest letter handed to an envoy", "", "الخارجية تستدعي السفير",
			`سلمت الوزارة السفير رسالة احتجاجية على تصريحات الوزير بشأن الحدود.`,
			"2018-05-21 12:00", "peaceful-protest", false},
		{"guard: a closure threatened as a protest measure", "", "نقابة عمال الميناء",
			`قالت نقابة عمال الميناء إنها سيغلق ميناء الحديدة كإجراء احتجاجي إذا لم تدفع الرواتب.`,
			"2018-05-21 12:00", "peaceful-protest", false},
	})
}

// TestEventTypesForceBarred pins the round-50 blind audit aud50d's force
// that a demand, an order or a law bars: "تفعيل البنود الدستورية المتعلقة
// بعدم السماح للأجهزة الأمنية بإطلاق الرصاص الحي على المتظاهرين" tells no
// fire met, and the day's marches stay a peaceful protest (forceBarred,
// events_forcebarred.go). The first two rows fail on main (the first is the
// audit's 2015-08-08-155). Guards: fire met, told plainly; a reaction that
// says "لا يريدون قتل" over a killing that happened (a bare لا bars
// nothing); fire met with an order against it told in another sentence.
func TestEventTypesForceBarred(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a demand that the police not fire on the protesters", "2015-08-08-155", "متظاهرون وسط العراق وجنوبه طالبوا بحكومة طوارئ",
			`شهدت 9 محافظات في وسط وجنوب العراق مظاهرات شارك فيها الآلاف من العراقيين ضد حكومة حيدر العبادي، حيث طالبوا بتوفير الخدمات ومحاسبة المفسدين.
وقال الناشط المدني إن الاعتصام سيبقى مفتوحا لحين تحقيق المطالب المتعلقة بإلغاء التعريفة الجمركية الجديدة، بالإضافة إلى تفعيل البنود الدستورية المتعلقة بعدم السماح للأجهزة الأمنية بإطلاق الرصاص الحي على المتظاهرين.`,
			"2015-08-08 12:00", "excessive-force-against-protesters", false},
		{"an order not to use live fire against the protesters", "", "آلاف المتظاهرين في البصرة يطالبون بالخدمات",
			`تظاهر آلاف العراقيين في البصرة الجمعة للمطالبة بتوفير الكهرباء والماء.
وأمر رئيس الوزراء قوات الأمن بعدم استخدام الرصاص الحي ضد المتظاهرين السلميين.`,
			"2018-07-14 12:00", "excessive-force-against-protesters", false},
		{"guard: the police fired on the protesters", "", "قتلى في احتجاجات البصرة",
			`أطلقت الشرطة الرصاص الحي على المتظاهرين في البصرة الجمعة.`,
			"2018-07-14 12:00", "excessive-force-against-protesters", true},
		{"guard: a reaction's bare negation over a killing", "CN-middleEast-939-20180516", "رئيس وزراء إسرائيل الأسبق لـCNN: لا نريد قتل الفلسطينيين",
			`قال إيهود أولمرت، رئيس الوزراء الإسرائيلي الأسبق، إن الإسرائيليين لا يريدون قتل الفلسطينيين، وذلك في تعليق على المظاهرات الفلسطينية التي خرجت للتنديد بتدشين افتتاح السفارة الأمريكية في القدس.`,
			"2018-05-16 12:00", "excessive-force-against-protesters", true},
		{"guard: fire met, the order told apart", "", "قتلى في احتجاجات البصرة",
			`أطلقت الشرطة الرصاص الحي على المتظاهرين في البصرة الجمعة.
وأمر رئيس الوزراء لاحقا بعدم استخدام القوة.`,
			"2018-07-14 12:00", "excessive-force-against-protesters", true},
	})
}
