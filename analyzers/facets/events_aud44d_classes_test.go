package facets

import "testing"

// Round 44's blind audit (aud44d, draw.py 4446 part b). A title's execution
// word is the court's execution that the lead's first sentence tells
// (courtExecution, events.go): "اليابان.. إعدام منفذي هجوم قطار أنفاق
// طوكيو" over "تم تنفيذ حكم الإعدام في الزعيم السابق لطائفة أوم" is a
// state carrying out a death sentence, which ACLED does not code as an
// attack on civilians. The false rows fail on the start. Guard: an armed
// group's execution of a hostage, whose lead names no court, stays one.
func TestEventTypesTitleCourtExecution(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Japan executes the Aum leader: the title's execution is the lead's court one", "SK-internationalNews-2505-20180706",
			"اليابان.. إعدام منفذي هجوم قطار أنفاق طوكيو الدامي",
			`قالت هيئة الإذاعة والتلفزيون اليابانية، الجمعة، إنه تم تنفيذ حكم الإعدام في الزعيم السابق لطائفة "أوم"، وعدد آخر من أعضائها، الذين نفذوا هجوما بغاز "السارين" على قطار أنفاق طوكيو عام 1995.`,
			"2018-07-06 04:08", "attack-on-civilians", false},
		{"an explainer on the sect whose leader was executed", "BB-internationalNews-755-20180706",
			"ما هي طائفة أوم شينريكيو التي أعدم زعيمها في اليابان؟",
			`أفادت الأنباء الواردة من اليابان أنه تم تنفيذ حكم الإعدام الجمعة في الزعيم السابق لطائفة أوم شينريكو وعدد آخر من أعضائها الذين نفذوا هجوما بغاز السارين على مترو طوكيو عام 1995.`,
			"2018-07-06 12:00", "attack-on-civilians", false},
		{"Iraq's justice ministry executes convicts", "SK-middleEast-1049-20180416",
			`إعدام 11 "إرهابيا" في العراق`,
			`أعلنت وزارة العدل العراقية تنفيذ إحكام بإعدام 13 محكوما، من بينهم 11 مدانا بجرائم إرهاب، تشمل تفجير سيارات مفخخة واستهداف قوات الأمن أو عمليات اختطاف، حسبما جاء في بيان حكومي، الاثنين.`,
			"2018-04-16 12:00", "attack-on-civilians", false},
		{"guard: ISIS executes a hostage kidnapped from Sweida", "BB-middleEast-849-20180805",
			`"تنظيم الدولة" يعدم أول رهينة من مخطوفي السويداء`,
			`أعدم تنظيم "الدولة الإسلامية"، أحد الرهائن الذين خطفهم من محافظة السويداء الشهر الماضي، وفق تقارير محلية والمرصد السوري لحقوق الإنسان المعارض، ومقره لندن.`,
			"2018-08-05 15:19", "attack-on-civilians", true},
	})
}
