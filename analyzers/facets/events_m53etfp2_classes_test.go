package facets

import "testing"

// A passenger airliner shot down (its passengers or its airline named
// beside the downing, or a sentence or two before the definite craft) is no
// disrupted weapons use: no weapon was stopped, and the golds leave MH17's
// downing untyped (airlinerDowned). The first three rows fail on main (the
// pool's BB-internationalNews-1049, the blind codings' AL-internationalNews-651
// in two of its sentences). Guards: a drone, a warplane on its raid and the
// definite Iranian drone downed keep the type.
func TestAirlinerDownedNoDisruption(t *testing.T) {
	checkTypes(t, []typeCase{
		{"MH17 named by its airline", "BB-internationalNews-1049-20180906", "ما هي الاستخبارات العسكرية الروسية \"المتهمة\" بمحاولة اغتيال الجاسوس السابق سكريبال؟",
			"كما زعمت تقارير أن ضابط بالاستخبارات العسكرية الروسية يدعى أوليغ إيفانيكوف مسؤول جزئيا عن إسقاط طائرة الخطوط الجوية الماليزية رحلة MH17 في شرق أوكرانيا عام 2014.",
			"2018-09-06 13:06", "disrupted-weapons-use", false},
		{"the airliner, then the definite craft", "AL-internationalNews-651-20180327", "أستراليا تطرد دبلوماسيين روسيين وتهدد بمقاطعة المونديال",
			"وفرضت أستراليا بالفعل عقوبات على روسيا عقب إسقاط رحلة الخطوط الجوية الماليزية \"إم.إتش 17\" وعقب ضم روسيا أجزاء من أوكرانيا في 2014.\nوتم إسقاط الطائرة بينما كانت في الطريق من أمستردام إلى كوالالمبور مما أدى إلى مقتل كل من كانوا على متنها وعددهم 298 شخصاً.",
			"2018-03-27 08:08", "disrupted-weapons-use", false},
		{"the passenger plane downed by a missile", "AL-internationalNews-651-20180327", "أستراليا تطرد دبلوماسيين روسيين وتهدد بمقاطعة المونديال",
			"واستنتج ممثلو ادعاء دوليون أن طائرة الركاب أسقطت بصاروخ انطلق من منصة تم جلبها من روسيا إلى أوكرانيا، فيما يتناقض مع تلميح روسيا إلى أن الجيش الأوكراني هو من أسقط الطائرة.",
			"2018-03-27 08:08", "disrupted-weapons-use", false},
		{"guard: a drone downed near Hmeimim", "SK-middleEast-3328-20180810", "الدفاعات السورية تتصدى \"لهدف معاد\" اخترق الأجواء غربي دمشق",
			"وكانت وزارة الدفاع الروسية أعلنت الخميس عن إسقاط طائرة مسيرة كانت تقترب من قاعدة حميميم كما أعلنت الوزارة إحباط 4 هجمات بطائرات مسيرة على القاعدة خلال الشهر الماضي.",
			"2018-08-10 22:55", "disrupted-weapons-use", true},
		{"guard: a warplane downed on its raid", "SK-middleEast-45-20180225", "إسرائيل تعلن نتائج التحقيق في سقوط طائرتها بسوريا",
			"أعلن الجيش الإسرائيلى، الأحد، نتائج التحقيق بشأن إسقاط طائرة عسكرية خلال تنفيذ هجوم على هدف في سوريا، في وقت سابق من شهر فبراير الجاري.",
			"2018-02-25 20:05", "disrupted-weapons-use", true},
	})
}
