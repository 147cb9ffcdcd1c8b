package facets

import "testing"

// TestEventTypesM67AdvWaged pins round 67's m67adv class (ruling rul67g-3,
// restating rul46b-1 (a)): a present waging verb with a force's own
// operations called military, or with battles, on a front narrower than a
// country, and an offensive whose front is a district, are an armed clash
// (opsWagedHeads, events_opswaged.go; the district in frontNamed). The
// first three rows fail before the rule. Guards: a force's own operations
// with no military word and no front (Israel's "يواصل عملياته في القطاع",
// the ruling's campaign told in strike words) and an airline's "ستواصل
// عملياتها" stay uncoded.
func TestEventTypesM67AdvWaged(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the Syrian forces' military operations go on in Daraa", "SK-middleEast-2630-20180628", "نزيف درعا مستمر وحصيلة جديدة لقتلى قصف النظام",
			"تواصل القوات السورية عملياتها العسكرية في محافظة درعا موقعة العديد من القتلى، منذ إطلاق قوات النظام لهذه المعركة من ريف المحافظة الشرقي في 19 يونيو.",
			"2018-06-28 04:11", "armed-clash", true},
		{"an offensive waged in two districts of Hodeidah", "SK-middleEast-1665-20180514", "الرعد الأحمر.. عملية للقوات الإماراتية على مركز قيادة للحوثي",
			"وتأتي هذه العملية في إطار العمليات العسكرية الوقائية، التي تنفذها القوات المسلحة الإماراتية العاملة ضمن التحالف العربي بإسناد من قوات المقاومة الوطنية وألويه العمالقه والتهامية، التي تشن هجوما واسعا على الحوثيين في مديريتي الجراحي وزبيد بالساحل الغربي.",
			"2018-05-14 05:53", "armed-clash", true},
		{"the SDF wage their last battles in Deir ez-Zor, beside a delegation's visit", "FR-internationalNews-2461-20180727", "وفد من قوات سوريا الديمقراطية في دمشق للمرة الأولى لبحث مستقبل مناطق الإدارة الذاتية",
			"يزور وفد من مجلس سوريا الديمقراطية الواجهة السياسية لقوات سوريا الديمقراطية التي تدعمها واشنطن، دمشق للمرة الأولى، بهدف بحث مستقبل مناطق الإدارة الذاتية، وفق ما أفاد قيادي في المجلس الجمعة.\n" +
				`وسبق وأثبتت تلك القوات فاعلية عسكرية في الحرب على تنظيم "الدولة الإسلامية" خلال السنوات الأخيرة. وهي وتخوض حاليا آخر معاركها ضده في آخر جيب يتحصن فيه في محافظة دير الزور (شرق).`,
			"2018-07-27 09:04", "armed-clash", true},
		{"guard: Israel's operations in the Strip, a campaign told in strike words", "FR-middleEast-547-20180530", `الجيش الإسرائيلي يواصل قصف مواقع "عسكرية" في قطاع غزة`,
			"إلا أن الجيش الإسرائيلي نفى ذلك، وفق مراسلة فرانس24 وكان أعلن قبلا أنه يواصل عملياته في القطاع،  وكان دوي انفجارات لا يزال مسموعا قبيل منتصف الليل (21,00 ت غ الثلاثاء).",
			"2018-05-30 05:29", "armed-clash", false},
		{"guard: an airline's operations", "CN-middleEast-579-20180411", "بعد تحذير من التحليق فوق سوريا.. إليكم ردود فعل شركات الطيران",
			`عند سؤالها حول ما إن أخطرت بتحذير الوكالة الأوروبية لسلامة الطيران، ردت الخطوط البريطانية عبر بريد إلكتروني لـ CNN إن "يوروكونترول تخطر كافة الخطوط الجوية،" مضيفة: "رحلاتنا ستواصل عملياتها بشكل طبيعي، ونحن نراقب الوضع عن قرب.`,
			"2018-04-11 18:18", "armed-clash", false},
	})
}
