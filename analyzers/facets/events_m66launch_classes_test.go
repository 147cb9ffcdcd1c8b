package facets

import "testing"

// TestEventTypesM66LaunchNews pins round 66's m66launch class (ruling
// rul66b-1): a ground operation launched as the article's news, with its
// aim of taking or pursuing and a front narrower than a country, is an
// armed clash though no fighting is told (offensiveLaunched,
// events_launched.go). The first three rows fail before the rule. Guards:
// a launch told as background (بعد نحو شهرين من بدء، منذ نحو شهرين), a
// government's "عملية تحرير" of a currency, and a launch on a whole
// country (ruled out by name, CN-middleEast-780) stay uncoded.
func TestEventTypesM66LaunchNews(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the Derna operation launched, title and lead", "SK-middleEast-1488-20180507", "حفتر يعلن بدء عملية عسكرية لتحرير درنة من الإرهاب",
			"أعلن القائد العام للقوات المسلحة الليبية المشير خليفة حفتر، الاثنين، بدء عملية عسكرية لتحرير درنة من الإرهابيين، بعدما وصلت المساعي السلمية إلى طريق مسدود، حسبما أوردت فرانس برس.",
			"2018-05-07 18:34", "armed-clash", true},
		{"an operation launched east of Diyala to pursue ISIS cells", "SK-middleEast-871-20180409", `ديالى.. عملية أمنية تستهدف "خلايا داعش النائمة"`,
			`أطلقت السلطات العراقية، الاثنين، عملية عسكرية شرقي محافظة ديالى، بهدف تعقب خلايا تنظيم "داعش" في 3 مناطق.`,
			"2018-04-09 10:35", "armed-clash", true},
		{"an operation launched in the Hamrin hills", "SK-middleEast-442-20180321", "عملية عسكرية تتعقب داعش في ديالى",
			"أعلنت قيادة عمليات ديالى، الأربعاء، انطلاق عملية عسكرية واسعة لتعقب تنظيم داعش في تلال حمرين، شمال شرق المحافظة.",
			"2018-03-21 08:14", "armed-clash", true},
		{"guard: a launch two months before the news", "SK-middleEast-379-20180319", "سوريا.. انفجار قنبلة يقتل 11 شخصا في عفرين",
			"ودخلت القوات التركية وحلفاؤها وسط المدينة ورفعوا الأعلام هناك الأحد، بعد نحو شهرين من بدء العملية العسكرية التركية على جيب عفرين الكردي بهدف طرد ميليشيات كردية سورية.",
			"2018-03-19 09:31", "armed-clash", false},
		{"guard: an offensive begun two months ago", "SK-middleEast-277-20180313", `انتقاد شديد اللهجة لتركيا.. الموقف في عفرين "حرج وخطير"`,
			"وواجهت الحكومة الفرنسية انتقادات متزايدة في الداخل بشأن تعاملها مع التطورات في شمال سوريا، حيث بدأت تركيا هجوما عسركيا منذ نحو شهرين لطرد وحدات حماية الشعب الكردية السورية من المنطقة الحدودية.",
			"2018-03-13 20:04", "armed-clash", false},
		{"guard: a currency's liberalisation", "FR-economy-15-20180116", "الحكومة المغربية تقرر تحريرا تدريجيا لسعر صرف الدرهم",
			"بدأت الحكومة المغربية الاثنين عملية تحرير تدريجية ومراقبة لسعر صرف الدرهم.",
			"2018-01-16 21:50", "armed-clash", false},
		{"guard: operations on a whole country", "CN-middleEast-780-20180502", "أمريكا تعلن انطلاق عملية لتحرير معاقل داعش الأخيرة بسوريا",
			`أعلنت هيذر نويرت، المتحدثة باسم وزارة الخارجية الأمريكية، الثلاثاء، عن انطلاق عمليات مع قوات سوريا الديمقراطية والقوات الشريكة لتحرير آخر المعاقل الخاضعة لسيطرة تنظيم الدولة الإسلامية في العراق والشام أو ما يُعرف بـ"داعش،" في سوريا.`,
			"2018-05-02 05:20", "armed-clash", false},
	})
}
