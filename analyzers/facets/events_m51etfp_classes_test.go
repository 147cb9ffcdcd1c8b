package facets

import "testing"

// A verb of أسقط whose object is a load dropped from the air (barrels,
// bombs, gas, leaflets, aid: droppedLoads), told after the verb or before
// it, drops it; nothing is shot down, and the golds code no disrupted
// weapons use ("طائرات هليكوبتر ... أسقطت براميل متفجرة" is the air strike
// they code). loadDropped reads it. The first three rows fail on main; the
// last three are guards: a drone, a helicopter or two drones shot down stay
// disrupted weapons use.
func TestDroppedLoadNoInterception(t *testing.T) {
	checkTypes(t, []typeCase{
		{"helicopters dropped barrel bombs", "BB-middleEast-652-20180623", "الأمم المتحدة تحذّر من تصعيد القتال جنوب غربي سوريا",
			"وكان المرصد السوري لحقوق الإنسان، ومقره بريطانيا، ومصادر في المعارضة، قالوا الجمعة، إن طائرات هليكوبتر تابعة للحكومة السورية أسقطت براميل متفجرة على المناطق التي تسيطر عليها المعارضة جنوب غربي سوريا للمرة الأولى منذ عام، في تحد لمطالب أمريكية للرئيس السوري بوقف الهجوم.",
			"2018-06-23 04:37", "disrupted-weapons-use", false},
		{"a barrel bomb a helicopter dropped", "BB-middleEast-308-20180408", "الحرب في سوريا: \"عشرات القتلى في هجوم كيماوي\"",
			"وأضاف المركز أن الهجوم شُن بقنبلة برميلية أسقطتها طائرة هليكوبتر، وكان داخل البرميل غاز السارين السام المدمر للأعصاب.",
			"2018-04-08 01:51", "disrupted-weapons-use", false},
		{"barrels the regime dropped on Zabadani", "2015-07-21-1627", "سوريا .. 500 برميل متفجر على الزبداني خلال أسبوع",
			"ذكر المرصد السوري لحقوق الانسان ان الزبداني تتعرض لأبادة جماعية من براميل أسقطها  االنظام السوري على المدينة.",
			"2015-07-21 02:18", "disrupted-weapons-use", false},
		{"guard: the Russian army downs a drone", "SK-middleEast-3186-20180730", "روسيا تسقط طائرة مسيرة استهدفت قاعدة حميميم الجوية",
			"أسقط الجيش الروسي طائرة بدون طيار كانت تستهدف قاعدة حميميم الجوية في سوريا، بحسب وكالات أنباء روسية.",
			"2018-07-30 20:41", "disrupted-weapons-use", true},
		{"guard: a Turkish helicopter downed", "BB-middleEast-40-20180210", "إسقاط مروحية عسكرية تركية بشمال سوريا",
			"أسقطت مروحية عسكرية تركية في منطقة عفرين بشمال سوريا، حيث تشن القوات التركية عمليات عسكرية ضد مقاتلين أكراد بمساندة قوات \"الجيش السوري الحر\" المعارضة.",
			"2018-02-10 14:56", "disrupted-weapons-use", true},
		{"guard: two drones downed over Hmeimim", "SK-middleEast-3048-20180722", "روسيا: إسقاط طائرتين بدون طيار هاجمتا قاعدة حميميم",
			"أعلن الجيش الروسي، الأحد، أنه أسقط طائرتين مجهولتين بلا طيار هاجمتا قاعدة حميميم الجوية الروسية في سوريا، وفقا لوكالات أنباء روسية.",
			"2018-07-22 12:00", "disrupted-weapons-use", true},
	})
}

// An act's noun right after the plural of a case (casesWords: حالات،
// الحالات) is a tally of its kind, in a rights report or a profile, not an
// act of the news: "وانتشار قواتها وحالات الاختفاء القسري والتعذيب"،
// "وتتزايد حالات الاختفاء القسري"، "شهدت مدن وبلدات المنطقة حالات إعدام".
// casesOf reads it. The first two rows fail on main; the guard is the
// singular after a count, a report's counted cases of the period ("596
// حالة اعتقال تعسفي واخفاء قسري"), which stays an abduction.
func TestCasesTallyNoEvent(t *testing.T) {
	checkTypes(t, []typeCase{
		{"disappearances rising in Pakistan", "FR-internationalNews-1067-20180503", "الاعتداء الدامي على الصحافيين الأفغان يخيم على الاحتفال باليوم العالمي لحرية الصحافة",
			"وتتزايد حالات الاختفاء القسري فيما يتم سحب مقالات في الصحف وإغلاق أقنية تلفزيونية لا تمتثل للنظام.",
			"2018-05-03 15:32", "abduction-forced-disappearance", false},
		{"executions under the Khalid ibn al-Walid Army", "BB-middleEast-725-20180714", "لمحة عن\"جيش خالد بن الوليد\" التابع للدولة الإسلامية في جنوب غربي سوريا",
			"ويسيطر على هذه المنطقة فصيل مسلح يحمل اسم \"جيش خالد بن الوليد\" بايع ما يعرف بتنظيم \"الدولة الإسلامية\".\nأُعلن عن تشكيل \"جيش خالد بن الوليد\" في مايو/أيار 2016 بعد اندماج ثلاث جماعات إسلامية ذات طابع سلفي في محافظة درعا جنوب غربي سوريا قرب مثلث الحدود السورية الأردنية الإسرائيلية.\nوعلى صعيد طريقة إدارة المنطقة التي تسيطر عليها الجماعة، فهي لا تختلف عن ممارسات تنظيم \"الدولة الإسلامية\" في المناطق التي كان يسيطر عليها، إذ شهدت مدن وبلدات المنطقة حالات إعدام وقطع أياد وحتى عمليات ذبح وقطع رؤوس ووضع المدخنين في أقفاص معدنية.",
			"2018-07-14 08:17", "attack-on-civilians", false},
		{"guard: a Yemeni inquiry's counted disappearances", "AL-internationalNews-666-20180328", "لجنة التحقيق اليمنية: أكثر من 5 آلاف انتهاك في 7 أشهر",
			"قالت اللجنة الوطنية للتحقيق في ادعاءات #انتهاكات_حقوق_ الإنسان باليمن، الثلاثاء، انها رصدت ووثقت 5.432 حالة ادعاء بالانتهاك في مختلف المحافظات اليمنية. كما حققت، خلال نفس الفترة في 596 حالة اعتقال تعسفي واخفاء قسري من بين 1194 حالة مرصودة، وتبين مسؤولية الحوثيين عن 518 حالة منها، و78 حالة الجهات الامنية المحسوبة على الحكومة.",
			"2018-03-28 01:22", "abduction-forced-disappearance", true},
	})
}

// An act told as what a group or a place is known for (fameVerbs: اشتهر،
// اشتهرت … within seven words before it) is a reputation made of acts of
// before: "خلية اشتهرت بذبح رهائن في شمال سوريا"، "مسجد الصحابة ... الذي
// اشتهرت باحته بتنفيذ داعش إعدامات فيها". knownFor reads it. Both rows fail
// on main; the guard is an execution told as a deed (ISIS's hostage from
// Suwayda).
func TestKnownForNoEvent(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the mosque known for ISIS's executions", "SK-middleEast-2299-20180610", "الجيش الليبي يدعو نازحي درنة إلى العودة",
			"ذكرت مصادر لـسكاي نيوز عربية، أن الجيش الليبي نجح في تحرير \"مسجد الصحابة\" في وسط مدينة درنة، الذي اشتهرت باحته بتنفيذ داعش إعدامات فيها عندما كان مسلحوه يسيطرون على المدينة.",
			"2018-06-10 20:28", "attack-on-civilians", false},
		{"the cell known for beheading hostages", "SK-middleEast-677-20180330", "بعد سحب جنسيتهما.. قياديان بداعش يخشيان \"محاكمة غير نزيهة\"",
			"ذكر اثنان من عناصر تنظيم داعش يشتبه في انتمائهما إلى خلية اشتهرت بذبح رهائن في شمال سوريا، إن سحب جنسيتهما البريطانية يحرمهما من محاكمة نزيهة.",
			"2018-03-30 18:14", "attack-on-civilians", false},
		{"guard: ISIS executes a hostage from Suwayda", "FR-middleEast-893-20180805", "سوريا: تنظيم \"الدولة الإسلامية\" يعدم أحد الرهائن المخطوفين من السويداء",
			"أعدم تنظيم \"الدولة الإسلامية\" أحد الرهائن الذين خطفهم من محافظة السويداء الشهر الماضي، وفق ما أعلن المرصد السوري لحقوق الإنسان وشبكة \"السويداء 24\" المحلية للأنباء الأحد.",
			"2018-08-05 06:07", "attack-on-civilians", true},
	})
}
