package facets

import "testing"

// TestEventTypesWarStatesDeal pins a title's deal noun told by two
// adjectives of states whose forces fight in Syria's war (warStatesDeal,
// events_agree.go): "اتفاق أمريكي تركي على تجنب الصدام في منبج"، "اتفاق
// إسرائيلي سوري حول معبر القنيطرة". A state's adjective names no actor, so
// the title named no party of the war and the deal typed nothing; the
// pool's gold types them an agreement (round-44 audit m44ag). The true rows
// fail on main. Guards: a Chinese-American trade deal and a Saudi-British
// one, whose states are not both of the war.
func TestEventTypesWarStatesDeal(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a US-Turkish deal to avoid a clash in Manbij", "BB-middleEast-8-20180216", "النزاع في سوريا: اتفاق أمريكي تركي على تجنب الصدام في منبج",
			`اتفقت الولايات المتحدة وتركيا، اللتان توترت علاقاتهما في الآونة الأخيرة بسبب الصراع في سوريا، على نزع فتيل الأزمة بينهما.`,
			"2018-02-16 12:59", "agreement", true},
		{"an Israeli-Syrian deal on the Quneitra crossing", "SK-middleEast-3841-20181013", "اتفاق إسرائيلي سوري حول معبر القنيطرة",
			`أفادت السفيرة الأميركية لدى الأمم المتحدة، نيكي هيلي، الجمعة، بأن إسرائيل وسوريا والأمم المتحدة اتفقت على إعادة فتح معبر القنيطرة في هضبة الجولان الاثنين المقبل.`,
			"2018-10-13 02:35", "agreement", true},
		{"a US-Turkish deal on Manbij", "SK-middleEast-2143-20180604", "اتفاق أميركي تركي بشأن منبج السورية",
			`أعلنت الولايات المتحدة وتركيا، في بيان الاثنين، أنهما أقرتا خريطة طريق لمدينة منبج بشمال سوريا، وأكدتا التزامهما المشترك بتنفيذها.`,
			"2018-06-04 16:37", "agreement", true},
		{"guard: a Chinese-American trade deal", "FR-economy-37-20180520", "اتفاق صيني أمريكي على عدم الدخول في حرب تحارية",
			`اتفقت الصين والولايات المتحدة على عدم الدخول في حرب تجارية وعدم فرض رسوم جمركية إضافية على بعضهما البعض، بحسب ما نقلت وكالة أنباء الصين الجديدة (شينخو) الرسمية السبت عن نائب رئيس الوزراء الصيني ليو هي.`,
			"2018-05-20 06:05", "agreement", false},
		{"guard: a Saudi-British understanding", "SK-middleEast-2117-20180603", "اتفاق سعودي بريطاني على التصدي لأنشطة إيران بالمنطقة",
			`أكدت رئيسة وزراء بريطانيا تيريزا ماي، في اتصال هاتفي مع ولي العهد السعودي الأمير محمد بن سلمان، السبت، على ضرورة التصدي لأنشطة إيران المزعزعة للاستقرار في المنطقة.`,
			"2018-06-03 11:40", "agreement", false},
	})
}

// TestEventTypesUnitsOfForce pins a capture whose taker is told as "units
// of" a force (unitsOf, events.go): "سيطرة وحدات من جيش النظام على منطقة
// الحجر الأسود"، "سيطرت وحدات من الجيش الوطني على سلسلة جبال كهبوب". The
// partitive من made the force read as whom the place was taken from, and
// the capture typed nothing (round-44 audit m44ag; a blind coding of round
// 40). The true rows fail on main. Guard: a place taken from the army's
// units is no regain.
func TestEventTypesUnitsOfForce(t *testing.T) {
	checkTypes(t, []typeCase{
		{"units of the regime army take al-Hajar al-Aswad", "SK-middleEast-1843-20180521", "طرد مسلحي داعش من آخر جيوبهم قرب دمشق",
			`أعلنت وكالة الأنباء الرسمية السورية "سانا"، الاثنين، سيطرة وحدات من جيش النظام على منطقة الحجر الأسود جنوب دمشق، وقالت إنها تمكنت من طرد مسلحي داعش منها.`,
			"2018-05-21 12:32", "government-regains-territory", true},
		{"units of the national army take the Kahboub range", "AL-internationalNews-1121-20180511", "احتدام معركة الحديدة.. مواجهات عنيفة ومقتل 40 حوثياً",
			`قتل نحو 40 عنصراً من ميليشيات الحوثي خلال مواجهات عنيفة تدور منذ صباح الجمعة على الساحل الغربي.
وبالتزامن، سيطرت وحدات من الجيش الوطني على سلسلة جبال كهبوب بين محافظتي لحج وتعز شرق باب المندب، كما تحاصر مجاميع أخرى من الميليشيات في معسكر العمري بعد أن قطعت خطوط الإمداد عنها.
وتواصل القوات المشتركة من الجيش والمقاومة تقدمها جنوب محافظة الحديدة، لإحكام السيطرة على مديريتي الجراحي والتحيتا.`,
			"2018-05-11 12:00", "government-regains-territory", true},
		{"guard: ISIS takes positions from the army", "", "داعش يسيطر على مواقع",
			`سيطر مسلحو تنظيم داعش على مواقع كانت تتمركز فيها وحدات من الجيش السوري في ريف دير الزور.`,
			"2018-05-21 12:00", "government-regains-territory", false},
	})
}
