package facets

import "testing"

// A death sentence a court passes, stays or upholds types no attack on
// civilians, however far before the execution word the court and its
// verdict verb stand ("قضت المحكمة الابتدائية الجزائية ... في صنعاء بإعدام
// كل من"، "أرجأت المحكمة العليا الباكستانية ... إعدام امرأة"): no one has
// been killed, and the golds leave such sentences untyped (round 48's
// rul48c-1 gives them no toll). courtExecution reads the court (محكمة،
// المحكمة) and its verbs (قضت، حكمت، ترجئ، أرجأت) among convictWords. The
// first four rows fail on main; the last two are guards: an execution an
// armed group or a state's troops carried out stays an attack on civilians,
// even when the sentence names a trial (بدون محاكمة).
func TestCourtSentenceNoAttack(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a Houthi court's death sentences", "AL-internationalNews-1943-20180715", "محكمة حوثية تصدر أحكاماً بإعدام 3 مواطنين من صعدة",
			"ووفقا لمصادر إعلامية تابعة للميليشيات الانقلابية \"فقد قضت المحكمة الابتدائية الجزائية الخاضعة لسيطرة الميليشيات في صنعاء بإعدام كل من محمد يحيى محمد حجر، وعبد الرحمن ربشان حسن العامري، وصالح عباس صالح سليمان\".",
			"2018-07-15 14:01", "attack-on-civilians", false},
		{"a Pakistani court stays an execution", "2015-07-22-1494", "محكمة باكستانية ترجئ إعدام امرأة مسيحية أدينت بالتجديف",
			"أرجأت المحكمة العليا الباكستانية اليوم الأربعاء إعدام امرأة مسيحية كانت قد أدينت بالتجديف في قضية حظيت باهتمام إعلامي واسع، مرتبطة باغتيال حاكم إقليم في عام 2011.",
			"2015-07-22 17:31", "attack-on-civilians", false},
		{"a Cairo court sentences 75 to death", "SK-middleEast-3566-20180908", "مصر.. الحكم بإعدام عشرات الإخوان في قضية رابعة",
			"قضت محكمة جنايات القاهرة، السبت، بإعدام 75 عنصرا من تنظيم الإخوان الإرهابي بينهم 4 قياديين، في قضية فضة اعتصام رابعة عام 2013.",
			"2018-09-08 09:59", "attack-on-civilians", false},
		{"a Saudi court sentences a cell to death (CNN)", "CN-middleEast-1139-20180607", "السعودية: الإعدام لـ4 كونوا خلية تابعة لإيران وخططوا لاغتيال شخصيات بارزة",
			"دبي، الإمارات العربية المتحدة (CNN)— أصدرت المحكمة الجزائية المتخصصة في المملكة العربية السعودية، الأربعاء، حكمها بإعدام أربعة أشخاص كونوا خلية إرهابية تابعة لإيران وخططوا لاغتيال شخصيات بارزة.",
			"2018-06-07 11:39", "attack-on-civilians", false},
		{"guard: ISIS executes a hostage from Suwayda", "FR-middleEast-893-20180805", "سوريا: تنظيم \"الدولة الإسلامية\" يعدم أحد الرهائن المخطوفين من السويداء",
			"أعدم تنظيم \"الدولة الإسلامية\" أحد الرهائن الذين خطفهم من محافظة السويداء الشهر الماضي، وفق ما أعلن المرصد السوري لحقوق الإنسان وشبكة \"السويداء 24\" المحلية للأنباء الأحد.",
			"2018-08-05 06:07", "attack-on-civilians", true},
		{"guard: Malian troops executed 12 civilians without trial", "SK-internationalNews-2341-20180626", "قوات من مالي أعدمت 12 مدنيا في سوق",
			"وذكر البيان \"خلص التحقيق إلى أنه في 19 مايو قامت عناصر من الكتيبة المالية... بإعدام 12 مدنيا بشكل تعسفي و/أو بدون محاكمة في سوق بولكيسي للماشية\".",
			"2018-06-26 12:00", "attack-on-civilians", true},
	})
}
