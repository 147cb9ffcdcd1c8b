package facets

import "testing"

// Round-37 event types the gold does not code (evfp37), from the pool's
// extras and holdout-34's. Every want row fails on the rules before it;
// the guards must stay.

// A court's death sentence carried out (القصاص، القتل تعزيرا) names the
// murder whose arrest its statement retells: an ordinary crime's arrest
// (ordinaryCrime).
func TestEventTypesEvfp37Execution(t *testing.T) {
	const typ = "arrests"
	checkTypes(t, []typeCase{
		{"the Baha killer's execution", "2015-08-11-1440", "القصاص لقاتل الباحة",
			"نفذت وزارة الداخلية حكم القتل قصاصا في المدعو صالح بن شعيل بن سودان الأحمدي الزهراني -سعودي الجنسية-، لإقدامه على قتل عطية بن حسن بن عبدالله الأحمدي الزهراني -سعودي الجنسية-، وذلك بإطلاق النار عليه من بندقية إثر خلاف حصل بينهما، حيث تمكنت سلطات الأمن من القبض على الجاني المذكور وأسفر التحقيق معه عن توجيه الاتهام إليه بارتكاب جريمته.",
			"2015-08-11 10:00", typ, false},
		{"the Qassim killer's execution", "2015-07-23-667", "القتل قصاصاً بحق مواطن قتل شقيقين بالقصيم",
			"وقد تمكنت سلطات الأمن من القبض على الجاني المذكور وأسفر التحقيق معه عن توجيه الاتهام إليه بارتكاب جريمته وبإحالته الى المحكمة العامة صدر بحقه صك شرعي يقضي بثبوت ما نسب إليه شرعًا والحكم عليه بالقتل قصاصًا.",
			"2015-07-23 10:00", typ, false},
		// Guard: an opposition leader's arrest, the news.
		{"an Egyptian party leader's arrest", "BB-middleEast-38-20180210", "معارضون يشجبون \"اعتقال\" نائب رئيس حزب \"مصر القوية\"",
			"عبر عدد من الأحزاب والمعارضين السياسيين في مصر عن تضامنهم مع نائب رئيس حزب \"مصر القوية\" المعتقل، وانتقدوا السلطات بسبب \"اقتحام منزله ومصادرة متعلقاته الشخصية\".",
			"2018-02-10 10:00", typ, true},
	})
}

// Floods "raid" (داهمت) and "hold" (احتجزت) towns and people; no one is
// arrested (floodWords).
func TestEventTypesEvfp37Flood(t *testing.T) {
	const typ = "arrests"
	checkTypes(t, []typeCase{
		{"floods raid Damad", "2015-08-04-412", "السيول تداهم محافظة ضمد",
			"استيقظ أهالي محافظة ضمد في جازان فجر أمس الأول على أمطار وسيول غزيرة، حيث داهمت السيول أحياءهم فجراً ليستيقظوا على أنفسهم محاصرين بين المياه.",
			"2015-08-04 10:00", typ, false},
		{"a flooded mine holds its workers", "2015-07-27-218", "إنقاذ 6 عمال عالقين منذ أسبوع في قاع منجم بالصين",
			"وأوضحت الوكالة ، أن المياه غمرت أجزاء من المنجم في 20 يوليو ، ما أسفر عن احتجاز 15 عاملاً بداخله ، مشيرة إلى أن التحقيقات عزت الحادث إلى هطول الأمطار بغزارة .",
			"2015-07-27 10:00", typ, false},
		// Guard: an arrest with no flood.
		{"an arrest with no flood: a party leader's arrest", "BB-middleEast-38-20180210", "معارضون يشجبون \"اعتقال\" نائب رئيس حزب \"مصر القوية\"",
			"عبر عدد من الأحزاب والمعارضين السياسيين في مصر عن تضامنهم مع نائب رئيس حزب \"مصر القوية\" المعتقل، وانتقدوا السلطات بسبب \"اقتحام منزله ومصادرة متعلقاته الشخصية\".",
			"2018-02-10 10:00", typ, true},
	})
}

// A protest told in the body as what something provoked (أثار، سببا ل)
// is that thing's consequence, not the article's news (protestProvoked).
func TestEventTypesEvfp37ProtestProvoked(t *testing.T) {
	const typ = "peaceful-protest"
	checkTypes(t, []typeCase{
		{"a 2016 killing's protests in its sentencing", "FR-internationalNews-1936-20180620", "فرنسا: الحكم بالسجن على شابين قتلا رجلا صينيا \"لدوافع عنصرية\" في 2016",
			"قضت محكمة الجنايات الخاصة بالأحداث في ضاحية سين سان دوني بشمال باريس الأربعاء بالسجن 10 و4 سنوات على شابين. وكانت تلك القضية قد أثارت تظاهرات منددة \"بالعنصرية تجاه الآسيويين\" في فرنسا. وأثار مقتل الرجل الصيني تظاهرات منددة \"بالعنصرية تجاه الآسيويين\".",
			"2018-06-20 10:00", typ, false},
		{"a village whose demolition caused protests", "BB-middleEast-712-20180707", "تعرف على قرية خان الأحمر البدوية التي تسعى إسرائيل لهدمها",
			"علقت المحكمة العليا الإسرائيلية تنفيذ قرار هدم قرية بدوية في الضفة الغربية المحتلة باتت سببا لاحتجاجات فلسطينية وقلق دولي.",
			"2018-07-07 10:00", typ, false},
		// Guard: a title's provoked protests are its news.
		{"a suicide provokes Taiwan's protests", "2015-07-31-670", "انتحار طالب يثير مزيدا من الاحتجاجات في تايوان",
			"وقالت وكالة الانباء المركزية الرسمية في تايوان إن الموجة الجديدة من الاحتجاجات اندلعت بسبب انتحار أحد زعماء الطلاب.",
			"2015-07-31 10:00", typ, true},
	})
}

// A run of months before a trigger (في الأشهر الأخيرة، خلال الأشهر
// الماضية) tells a campaign or a trend behind the news, as a run of years
// does (modalWords).
func TestEventTypesEvfp37PastMonths(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Israel's raids of recent months behind a threat", "SK-middleEast-2218-20180607", "نتانياهو يهدد الأسد: لم تعد بمأمن",
			"هدد رئيس الوزراء الإسرائيلي، بنيامين نتانياهو، الخميس، نظام الرئيس السوري بشار الأسد بأنه \"لم يعد بمأمن\" من أي رد اسرائيلي. وشنت إسرائيل في الأشهر الأخيرة سلسلة غارات في سوريا استهدفت بصورة أساسية قواعد القوات الإيرانية.",
			"2018-06-07 10:00", "air-drone-strike", false},
		{"Basra's water protests of past months", "SK-middleEast-3885-20181015", "وزير عراقي يؤكد تعرض بلاده لحصار مائي إيراني",
			"أكد وزير الموارد المائية العراقية، حسن الجنابي، الأحد، أن السدود الإيرانية تتسبب في أزمة المياه الخانقة التي تعاني منها البلاد، والتي فجرت في الأشهر الماضية مظاهرات شعبية حاشدة.",
			"2018-10-15 10:00", "peaceful-protest", false},
		// Guard (a probe): the day's raids, no months before them.
		{"Israeli raids on Iranian bases today", "probe", "غارات إسرائيلية على مواقع إيرانية في سوريا",
			"شنت طائرات إسرائيلية، الخميس، سلسلة غارات في سوريا استهدفت بصورة أساسية قواعد القوات الإيرانية.",
			"2018-06-07 10:00", "air-drone-strike", true},
	})
}

// A threat verb further before its threatened deed than modalBefore reads,
// with the threat's ب object between ("هدد ... بإعدام"، "توعد بأن يكون"),
// makes the deed a threat (threatFar); a deed after a reply or cause word
// (بالرد على، بعد) happened.
func TestEventTypesEvfp37ThreatFar(t *testing.T) {
	checkTypes(t, []typeCase{
		{"IS threatened to execute Sweida's women", "BB-middleEast-830-20180803", "تعرف على طائفة \"الموحدين العرب\" الدروز",
			"هدد تنظيم الدولة الإسلامية في أواخر يوليو/تموز الماضي بإعدام نساء خطفهن من محافظة السويداء جنوبي سوريا والتي تمثل طائفة \"الموحدين العرب\" (الدروز) غالبية سكانها.",
			"2018-08-03 10:00", "attack-on-civilians", false},
		{"al-Sammad vowed a year of ballistic missiles", "CN-middleEast-717-20180425", "خالد بن سلمان يتحدث عن القيادي الحوثي صالح الصماد",
			"قال الأمير خالد بن سلمان، سفير السعودية في الولايات المتحدة الأمريكية، إن القيادي الحوثي صالح الصماد، رئيس ما يعرف بالمجلس السياسي الأعلى التابع للحوثيين في اليمن، توعد بأن يكون هذا العام \"عام إطلاق الصواريخ البالستية\" على المملكة.",
			"2018-04-25 10:00", "shelling-artillery-missile-attack", false},
		// Guard: the chemical attack a threatened strike answers.
		{"Trump's threat after Douma's chemical attack", "SK-internationalNews-924-20180413", "أكبر قوة أميركية منذ حرب العراق في طريقها لسوريا",
			"وتوعد الرئيس الأميركي دونالد ترامب النظام السوري بضربة عسكرية بعد اتهامه بشن هجوم كيماوي في بلدة دوما بريف دمشق قتل فيه العشرات.",
			"2018-04-13 10:00", "chemical-weapon", true},
	})
}
