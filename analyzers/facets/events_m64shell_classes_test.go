package facets

import "testing"

// TestEventTypesM64shellWarships pins the round-64 reader m64shell's
// warships. A plural warship (البوارج، البارجات) right after a verb of
// firing or destroying is the subject that fires: shelling, a phrase
// trigger beside the tank's (eventTriggers). The two true rows fail on
// main: the first sentence typed nothing, and in the second the bare قصفت
// beside the coalition's raids was read as the air's. Guards that hold on
// both: the singular warship after a verb is the Houthis' target
// (BB-middleEast-781, coded no shelling), and warships sold are no fire
// (FR-internationalNews-686).
func TestEventTypesM64shellWarships(t *testing.T) {
	const shelling = "shelling-artillery-missile-attack"
	// 2015-08-08-70: the coalition's raids on Hodeidah, then its warships'
	// fire on Durayhimi.
	const raidsThenWarships = `وشنت طيران التحالف بقيادة المملكة العربية السعودية غاراته، مساء أول من أمس، ويوم أمس، على عدد من المقار العسكرية للمسلحين الحوثيين وأنصار صالح في مدينة الحديدة، مما أسفر عن سقوط قتلى وجرحى في صفوف الحوثيين. ` +
		`وأضافت المصادر نفسها: «قصفت البارجات البحرية تجمعات للحوثيين في مديرية الدريهمي ومعسكرا للمسلحين الحوثيين في الساحل الذي كانت فيه كتيبة النصر التابعة للواء 180 الذي استولت عليه جماعة الحوثي».`
	checkTypes(t, []typeCase{
		{"warships destroyed boats", "2015-07-24-1612", "المقاومة تكمل تطهير عدن من فلول الإرهابيين",
			`وفي محافظة أبين، جنوب اليمن دمرت البوارج الحربية التابعة لقوات التحالف 10 زوارق بحرية محملة بمسلحين وأسلحة تابعة لميليشيات الحوثي وصالح قبالة سواحل مدينة شقرة.`,
			"2015-07-24 12:00", shelling, true},
		{"warships shelled beside the coalition's raids", "2015-08-08-70", "تحذيرات من كارثة صحية في تعز.. في ظل الحصار المفروض من المتمردين",
			raidsThenWarships, "2015-08-08 12:00", shelling, true},
		{"guard: a single warship the Houthis targeted", "BB-middleEast-781-20180726", "6 معلومات أساسية عن مضيق باب المندب الذي علقت السعودية تصدير النفط عبره",
			`وعلى الجانب الآخر كانت محطة تلفزيون "المسيرة" التابعة للحوثيين قد أعلنت أن مقاتلي حركة انصار الله الحوثية استهدفوا بارجة حربية سعودية قبالة السواحل الغربية لليمن تحمل اسم "الدمام".`,
			"2018-07-26 12:00", shelling, false},
		{"guard: warships sold", "FR-internationalNews-686-20180411", "بن سلمان يختتم جولته الدولية بزيارة إلى إسبانيا",
			`ورجحت صحيفة "إل بايس" إحراز تقدم نحو توقيع عقد بيع خمس بوارج إسبانية للرياض بقيمة قد تناهز ملياري يورو.`,
			"2018-04-11 12:00", shelling, false},
	})
}
