package facets

import "testing"

// A deal reached told with ل ("التوصل لاتفاق") is an agreement when the
// text tells it reached or announced (تم، أكد، أعلن، إثر ...) or names its
// parties right after (بين), with a party to the war in the sentence; not
// when it is hoped for or sought, nor a club's or a state's deal abroad.
func TestEventTypesDealReachedWithL(t *testing.T) {
	const typ = "agreement"
	checkTypes(t, []typeCase{
		{"a deal affirmed by the state's television", "SK-middleEast-848-20180408", "بعد \"الكيماوي\".. روسيا تتحدث عن عملية لإخراج مسلحي دوما",
			"وأكد التلفزيون السوري التوصل لاتفاق لخروج كل المخطوفين في دوما مقابل خروج جيش الإسلام إلى شمال سوريا.",
			"2018-04-08 12:01", typ, true},
		{"a deal quoted with its parties", "SK-middleEast-1391-20180502", "استسلام مسلحي المعارضة في ريف حمص الشمالي",
			"وقال الإعلام الحربي للميليشيا التي تقاتل دعما لدمشق: \"التوصل لاتفاق بين الجيش السوري من جهة والمجموعات المسلحة في ريفي حمص الشمالي وحماة الجنوبي من جهة أخرى، برعاية روسية، يقضي بخروج المجموعات المسلحة من المنطقة\".",
			"2018-05-02 17:17", typ, true},
		{"the displaced return after a truce reached", "FR-middleEast-747-20180707", "سوريا: آلاف النازحين يعودون لمنازلهم في محافظة درعا بعد اتفاق وقف القتال",
			"بدأ آلاف النازحين السوريين على الحدود الأردنية في العودة إلى منازلهم مساء الجمعة، إثر التوصل لاتفاق لوقف القتال بين قوات النظام والفصائل المعارضة في المنطقة الجنوبية.",
			"2018-07-07 10:34", typ, true},
		// Guards: a player's transfer, and a deal a state refuses to seek.
		{"a basketball contract", "SK-sport-1973-20180702", "عقد خيالي جديد لـ\"ملك السلة\" العالمي",
			"ودّع ليبرون جيمس، الفائز بلقب دوري كرة السلة الأميركي للمحترفين ثلاث مرات، فريق كليفلاند كافاليرز، بعد التوصل لاتفاق مع لوس أنجليس ليكرز، للانتقال إلى صفوفه لمدة أربع سنوات.",
			"2018-07-02 05:29", typ, false},
		{"a nuclear deal refused", "2015-07-22-390", "كوريا الشمالية ترفض ما يتردد عن إمكانية توصلها لاتفاق نووي",
			"ذكرت تقارير أمس الثلاثاء أن كوريا الشمالية رفضت فكرة أنها يمكن أن تحذو حذو إيران فيما يتعلق بالتوصل لاتفاق مع القوى الغربية بشأن برنامجها النووي.",
			"2015-07-22 09:00", typ, false},
	})
}

// A sentence opening "وأتى ذلك بموجب اتفاق" ties the deal to the deed told
// just before: the parties named there make it a deal of the war.
func TestEventTypesDealTiedBack(t *testing.T) {
	const typ = "agreement"
	checkTypes(t, []typeCase{
		{"the last IS fighters leave under an evacuation deal", "FR-internationalNews-1364-20180521", "الجيش السوري يعلن دمشق ومحيطها مناطق \"آمنة\" بعد طرد تنظيم \"الدولة الإسلامية\"",
			"أعلن الجيش السوري الاثنين في بيان خروج آخر مقاتلي تنظيم \"الدولة الإسلامية\" من الأحياء الجنوبية للعاصمة دمشق معلنا أن هذه المناطق باتت \"آمنة بالكامل\". وأتى ذلك بموجب اتفاق إجلاء برعاية \"روسية\"، أكده المرصد السوري لحقوق الإنسان، من دون أن يأتي الإعلام السوري الرسمي على ذكره.",
			"2018-05-21 14:27", typ, true},
		// Guard: remains handed back under a summit's deal, no party to a war.
		{"remains returned under a summit deal", "FR-internationalNews-2575-20180802", "كوريا الشمالية تعيد رفات جنود أمريكيين بعد 65 عاما على انتهاء النزاع بين البلدين",
			"ونظمت مراسم في قاعدة بيرل هاربر هيكام في هاواي حيث تم استقبال رفات الجنود. ويأتي ذلك بموجب اتفاق بين الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون خلال قمتهما في سنغافورة في حزيران/يونيو.",
			"2018-08-02 07:19", typ, false},
	})
}
