package facets

import "testing"

// TestEventTypesFigureArrested pins round 48's rul48e-2: a current or
// former head of state or government, minister, MP or party leader
// detained is an arrest whatever the charge, corruption included
// (figureArrested), where the charge named (ordinaryCrime) made it police
// work on an ordinary crime (round 43 class 11). The true rows fail on
// main. Guards: a relative of the figure, and a bare الرئيس (a club's or a
// firm's as often as a state's), stay police work.
func TestEventTypesFigureArrested(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a former prime minister detained over embezzlement", "FR-internationalNews-2137-20180703", "ماليزيا: توقيف رئيس الوزراء السابق نجيب عبد الرزاق بتهمة الفساد",
			`أوقفت وكالة مكافحة الفساد الماليزية الثلاثاء، رئيس الوزراء السابق نجيب عبد الرزاق، في إطار التحقيق في اختلاس أموال من الصندوق السيادي المعروف باسم "1إم دي بي". وعبد الرزاق ومساعدوه متهمون في إطار تلك القضية بإهدار مليارات الدولارات لشراء ممتلكات فاخرة.`,
			"2018-07-03 12:29", "arrests", true},
		{"a former minister detained over embezzlement", "guard-built", "توقيف وزير الداخلية السابق بتهمة الفساد",
			`أوقفت الشرطة الثلاثاء وزير الداخلية السابق في إطار التحقيق في اختلاس أموال عامة.`,
			"2018-07-03 12:29", "arrests", true},
		{"guard: a former prime minister's son detained over embezzlement", "guard-kin", "توقيف نجل رئيس الوزراء السابق بتهمة الفساد",
			`أوقفت الشرطة الثلاثاء نجل رئيس الوزراء السابق في إطار التحقيق في اختلاس أموال عامة.`,
			"2018-07-03 12:29", "arrests", false},
		{"guard: a bare president (a federation's) detained over bribes", "guard-club", "اعتقال الرئيس جيفري ويب بتهمة الفساد",
			`اعتقلت الشرطة السويسرية الأربعاء الرئيس جيفري ويب بتهمة تلقي رشاوى في إطار التحقيق في اختلاس أموال الاتحاد.`,
			"2015-05-27 12:29", "arrests", false},
		{"guard: smugglers detained on the minister's order", "guard-order", "ضبط شبكة لتهريب المخدرات",
			`اعتقلت الشرطة بأمر من وزير الداخلية خمسة أشخاص بتهمة تهريب المخدرات.`,
			"2018-07-03 12:29", "arrests", false},
		{"guard: the prosecutor after the one detained", "guard-prosecutor", "ضبط متهم بالاحتيال",
			`أوقفت الشرطة المتهم وأحاله النائب العام إلى المحكمة بتهمة الاحتيال على المواطنين.`,
			"2018-07-03 12:29", "arrests", false},
	})
}

// TestEventTypesDealInForce pins round 48's rul48e-3: a deal or truce
// carried out, declared or breached as the news is an agreement. Three
// constructions: a step done under a deal (بموجب اتفاق) whose past month
// follows the deal noun and dates the deal, not the step (dealStepAt); a
// title telling the deal breached (dealBreachTitle); an indefinite truce
// with its declarer right after it, taking effect hours later
// (declaredByAfter). The true rows fail on main. Guards: a month before
// the deal noun still dates the step; the nuclear deal breached; a truce
// only called for.
func TestEventTypesDealInForce(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a withdrawal under a deal of last month", "FR-internationalNews-2325-20180716", "قوات سوريا الديمقراطية تعلن انسحاب وحدات حماية الشعب من منبج",
			`أعلن "مجلس منبج العسكري"، التابع لقوات سوريا الديمقراطية الأحد، انسحاب آخر دفعة من وحدات حماية الشعب الكردية من مدينة منبج شمال سوريا، وذلك بموجب اتفاق بين الولايات المتحدة وتركيا في حزيران/يونيو الماضي حول "خارطة طريق" بشأن منبج القريبة من الحدود التركية، بعد تهديدات أنقرة المستمرة بشن عملية عسكرية لطرد المقاتلين الأكراد من المنطقة.`,
			"2018-07-16 05:12", "agreement", true},
		{"the first breach of the Idlib deal in the title", "SK-middleEast-3856-20181014", "أول خرق لاتفاق إدلب.. إطلاق قذائف من المنطقة العازلة",
			`أعلن المرصد السوري لحقوق الإنسان، الأحد، أن "قصفا بقذائف الهاون الثقيل" سجل، ليلة السبت الأحد، من المنطقة العازلة على مناطق سيطرة النظام السوري في منطقتي ريف حلب الغربي وريف حماة الشمالي.`,
			"2018-10-14 09:31", "agreement", true},
		{"the army goes on breaching the Daraa deal", "SK-middleEast-2824-20180710", "الجيش السوري يواصل خرق اتفاق درعا.. ويستمر بتقدمه في المدينة",
			`تواصل القوات السورية الحكومية والميليشيات التابعة لها، لليوم الثالث على التوالي، نشر آليات ثقيلة ودبابات ومدفعية، على طول الشريط الحدودي مع الأردن، بعد أن أطبقت الحصار بشكل كامل على حي درعا البلد في مدينة درعا جنوبي سوريا.`,
			"2018-07-10 08:11", "agreement", true},
		{"hours before a truce the coalition declared takes effect", "2015-07-27-197", "قتال بين الحوثيين وقوات مؤيدة للشرعية للسيطرة على قاعدة «العند»",
			`قال سكان إن قوات موالية للرئيس اليمني تقدمت باتجاه قاعدة العند الجوية إلى الشمال من عدن أمس الأحد قبل ساعات من موعد سريان هدنة إنسانية أعلنها التحالف.`,
			"2015-07-27 18:43", "agreement", true},
		{"guard: a month before the deal noun dates the step", "guard-month", "انسحاب المقاتلين من البلدة",
			`انسحب المقاتلون من البلدة في شباط/فبراير الماضي بموجب اتفاق بين الفصائل والنظام.`,
			"2018-07-16 05:12", "agreement", false},
		{"guard: the nuclear deal breached in the title", "guard-nuclear", "واشنطن: طهران تواصل خرق الاتفاق النووي",
			`قال مسؤول أميركي إن إيران تواصل تطوير برنامجها الصاروخي.`,
			"2018-07-10 08:11", "agreement", false},
		{"guard: a truce only called for", "guard-call", "دعوات لهدنة في اليمن",
			`دعت الأمم المتحدة إلى هدنة إنسانية أعلنها التحالف.`,
			"2015-07-27 18:43", "agreement", false},
	})
}
