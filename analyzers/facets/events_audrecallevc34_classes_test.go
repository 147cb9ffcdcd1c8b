package facets

import "testing"

// Round-34 third recall audit of event types (audrecallevc34): a seeded
// sample of fresh war-titled corpus articles coded blind and compared with
// rasid's event types. Fire aimed at the protesters, told by "النار على"
// right before the protest word ("إن الشرطة أطلقت النار على المحتجين
// وأصابت أربعة منهم"، "عندما أطلقت قوات الاحتلال النار على متظاهرين"),
// is excessive force whether or not a death follows (firedAtProtest). The
// want rows fail on main; the guard keeps fire with no protester as its
// target a protest's own words. Scuffles between the police and gunmen
// ("وجرت صدامات ... بين قوات الأمن ومسلحين") are an armed clash
// (scuffleType); with protesters they stay a riot.
func TestEventTypesFireAtProtesters(t *testing.T) {
	checkTypes(t, []typeCase{
		{"police fire at storming protesters", "SK-middleEast-2903-20180715", "رصاص ودماء في البصرة.. وتصعيد في وتيرة الاحتجاجات",
			"وعملية الاقتحام الجديد تأتي رغم إجراءات حظر التجول التي فرضتها الحكومة، ومحاولة الأمن صد المحتجين، إذ قالت مصادر محلية إن الشرطة أطلقت النار على المحتجين وأصابت أربعة منهم بجراح خلال اقتحام مجلس محافظة البصرة، الأحد.",
			"2018-07-15 12:00", "excessive-force-against-protesters", true},
		{"the subject between the verb and the fire", "AL-internationalNews-899-20180413", "\"جمعة رفع العلم\".. إصابات برصاص إسرائيل على حدود غزة",
			"أصيب 112 فلسطينياً الجمعة عند الحدود بين قطاع غزة وإسرائيل عندما أطلقت قوات الاحتلال النار على متظاهرين خرجوا في \"جمعة رفع العلم\" الفلسطيني وحرق العلم الإسرائيلي.",
			"2018-04-13 12:00", "excessive-force-against-protesters", true},
		{"fire with no protester as its target", "BB-middleEast-269-20180331", "الأمين العام للأمم المتحدة يطالب بتحقيق مستقل بشأن مقتل فلسطينيين في غزة",
			"ويقول الجيش الإسرائيلي إن جنوده أطلقوا النار بعد أعمال شغب. ويحتشد متظاهرون في 5 مناطق رئيسية قرب الشريط الحدودي لقطاع غزة.",
			"2018-03-31 12:00", "excessive-force-against-protesters", false},
		{"scuffles with gunmen", "2015-08-10-101", "هجومات متفرقة تستهدف تركيا ومقتل 5 من الشرطة",
			"وجرت صدامات إثر الهجوم استمرت طوال الليل بين قوات الأمن ومسلحين أطلقوا النار على مركز الشرطة.",
			"2015-08-10 12:00", "armed-clash", true},
		{"scuffles with protesters", "FR-internationalNews-435-20180315", "المغرب: سقوط جرحى في صدامات بين قوات الأمن ومحتجين في مدينة جرادة",
			"وقعت صدامات بين قوات الأمن المغربية ومتظاهرين في مدينة جرادة.",
			"2018-03-15 12:00", "armed-clash", false},
	})
}
