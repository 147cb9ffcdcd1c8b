package facets

import "testing"

// Bombs named as a craft to be made ("صناعة المتفجرات والعبوات الناسفة"،
// "تصنيع عبوات ناسفة") are a skill or a plot, not a bomb that went off;
// bombs planted or set off stay a bombing.
func TestEventTypesBombMaking(t *testing.T) {
	const typ = "remote-explosive-landmine-ied"
	checkTypes(t, []typeCase{
		{"skills returning fighters bring", "SK-internationalNews-2083-20180611", "تقرير يدق ناقوس الخطر.. موجات رعب تهدد أوروبا",
			"حذر مركز \"آي إتش إس\" البريطاني من خطورة تصدير الإرهاب إلى الدول الأوروبية عبر المقاتلين الأجانب العائدين إلى هذه الدول.\n" +
				"وأضاف: \"تشمل هذه المهارات تصنيع عبوات ناسفة والتعامل مع الأسلحة الهجومية، والتدريب على كيفية التصرف في حالات القتال المكثف\".",
			"2018-06-11 10:33", typ, false},
		{"an expert in making bombs", "AL-internationalNews-286-20180302", "اعتراض \"باليستي\" حوثي.. أطلقوه وقت أذان الفجر",
			"ويعتبر القيادي الحوثي المزيجي، أحد خبراء #الحوثي في تصنيع المتفجرات والعبوات الناسفة ومسؤول تدريب الميليشيا عليها.",
			"2018-03-02 08:00", typ, false},
		// Near miss: a bomb that went off stays a bombing.
		{"a bomb that went off", "CN-middleEast-357-20180324", "الداخلية المصرية: قتيل بانفجار عبوة ناسفة أثناء مرور مدير أمن الإسكندرية",
			"",
			"2018-03-24 11:09", typ, true},
	})
}
