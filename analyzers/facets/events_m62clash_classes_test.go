package facets

import "testing"

// m62clashLead is a neutral two-sentence lead, so each row's sentence
// stands in the body, as in the articles it is taken from.
const m62clashLead = "وصل الوزير الجمعة إلى المدينة. وقال المحافظ إن الوضع هادئ.\n"

// TestEventTypesM62clashFightForControl pins the round-62 reader m62clash's
// rule (fightForControl, events_fightforcontrol.go): a present fighting
// verb with a purpose of control or recapture up to four words after it
// ("يقاتل الجيش الليبي للسيطرة على درنة"، "يقاتل من أجل السيطرة على
// المناجم") is an armed clash. The true rows fail on main. Guards: the
// present verb as a role (fighting alongside, against terrorism), after أن
// (a duty: a tennis player's title), and in a sentence of ordinary crime
// (gangs over a drug crop) stay unread.
func TestEventTypesM62clashFightForControl(t *testing.T) {
	const clash = "armed-clash"
	checkTypes(t, []typeCase{
		{"the Libyan army fights to take Derna, past a suicide bombing", "adapted from SK-middleEast-2508-20180621", "قتلى من الجيش الليبي بهجوم انتحاري في درنة",
			m62clashLead + "ويقاتل الجيش الليبي للسيطرة على درنة، آخر مدينة خارج قبضته في شرق ليبيا، بعد أن شن هجوما بريا على مناطق تتمركز فيها العناصر الإرهابية.", "2018-06-21 12:00", clash, true},
		{"ISIS fights for control of the mines", "adapted from SK-internationalNews-1729-20180523", "بودرة أطفال في خدمة داعش بأفغانستان",
			m62clashLead + "وذكر التقرير أن تنظيم داعش يقاتل من أجل السيطرة على المناجم في معقلها بإقليم ننكرهار.", "2018-05-23 12:00", clash, true},
		{"guard: militias fighting alongside the army, a role", "adapted from BB-middleEast-1006-20181001", "إيران تعلن حجم دعمها لسوريا",
			m62clashLead + "كما أنها قامت أيضا بتسليح الآلاف من قوات الميليشيا التي تقاتل مع الجيش السوري الحكومي.", "2018-10-01 12:00", clash, false},
		{"guard: a duty after أن, a tennis player's title", "adapted from BB-sport-3-20180217", "فيدرر يتصدر التصنيف العالمي",
			m62clashLead + "وقال اللاعب السويسري إنه عليك أن تقاتل مرة أخرى لاستعادة اللقب من شخص بذل جهدا كبيرا.", "2018-02-17 12:00", clash, false},
		{"guard: criminal groups fight over a drug crop", "adapted from FR-internationalNews-2101-20180702", "تحديات الرئيس المكسيكي الجديد",
			m62clashLead + "وقال مسؤول سابق في إدارة مكافحة المخدرات إن المجموعات الإجرامية تقاتل من أجل السيطرة على زراعة الخشخاش.", "2018-07-02 12:00", clash, false},
	})
}
