package facets

import "testing"

// TestPlaceDualTakesUpPair pins القريتين read as "the two villages"
// (pairedDuals, audit aud39q): after a pair of settlements named before it
// (قريتي الفوعة وكفريا، إخلاء قريتين، بلدتي الفوعة وكفريا), in an article
// that never puts a place word before القريتين, the name takes up that
// pair and is no mention of Homs's Qaryatain. Guards: the town named with
// a place word once keeps its bare mentions, a pair of other villages
// before them or not; and a bare القريتين with no pair before it stays
// the town.
func TestPlaceDualTakesUpPair(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "those two villages", id: "SK-middleEast-2960-20180718", title: "\"اتفاق سرّي\" بين الحرس الثوري الإيراني وهيئة تحرير الشام",
			text:     "قالت مصادر في المعارضة السورية إن مفاوضين توصلوا إلى اتفاق لإجلاء آلاف الأشخاص من قريتين يحاصرهما مقاتلو المعارضة شمالي غرب سوريا. وأضافت أن الاتفاق سيتم بموجبه إجلاء كل السكان من قريتي الفوعة وكفريا في محافظة إدلب. وفي أبريل نيسان 2017 تم إجلاء آلاف الأشخاص من سكان تلك القريتين إلى مناطق تسيطر عليها الحكومة.",
			towns:    []string{"C3905", "C3952"},
			notTowns: []string{"C2663"}, notGovs: []string{"SY04"}},
		{class: "the two towns' evacuation", id: "SK-middleEast-2976-20180718", title: "سوريا.. بدء عمليات الإجلاء من بلدتي الفوعة وكفريا",
			text:     "وكان مفاوضون عن مقاتلي المعارضة والحرس الثوري الإيراني توصلوا إلى اتفاق سري لإجلاء آلاف الأشخاص من القريتين مقابل الإفراج عن مئات المعتقلين في سجون الدولة.",
			towns:    []string{"C3905"},
			notTowns: []string{"C2663"}, notGovs: []string{"SY04"}},
		{class: "two villages taken", id: "2015-08-03-1112", title: "المعارضة السورية تنسحب من مناطق بريف إدلب",
			text:     "اندلعت اشتباكات بين قوات المعارضة السورية وقوات النظام في قريتي تل أعور والفريكة جنوب مدينة جسر الشغور في ريف إدلب الغربي، أسفرت عن سيطرة قوات الأسد على القريتين، بعد مقتل 30 عنصراً.",
			notTowns: []string{"C2663"}, notGovs: []string{"SY04"}},
		{class: "two Greek villages", id: "SK-internationalNews-2978-20180812", title: "حريق غابات جديد في اليونان وإخلاء قريتين",
			text:     "وأخلت السلطات اليونانية قريتي كونتوديسبوتي وستافروس في وسط إيفيا. وتم إجلاء نحو 500 شخص من القريتين كإجراء احترازي، وفق ما ذكرت وكالة فرانس برس.",
			notTowns: []string{"C2663"}, notGovs: []string{"SY04"}},
		// Guards: the town named as such, and a bare name with no pair
		// before it.
		{class: "the town, a pair of villages first", id: "2015-08-08-1138", title: "المعارضة السورية تقترب أكثر من المناطق الموالية لنظام الأسد",
			text:  "وأعلن جيش الفتح عن سيطرته على قريتي المشيك والقرقور في سهل الغاب بريف حماة الغربي. على صعيد اخر، خطف تنظيم داعش نحو 230 مدنيا غداة سيطرته على مدينة القريتين في محافظة حمص في وسط سوريا. وذكر مسيحيون ان 18 ألف سني وألفي مسيحي كانوا يقطنون في القريتين قبل اندلاع الحركة الاحتجاجية.",
			towns: []string{"C2663"}, govs: []string{"SY04"}},
		{class: "a bare Qaryatain, no pair", id: "2015-08-06-967", title: "المعارضة تصل إلى منطقة قريبة من حزب الله وقوات النظام",
			text:  "استمرار الاشتباكات العنيفة بين قوات النظام والمسلحين الموالين لها من طرف، وعناصر تنظيم داعش من طرف آخر في محيط القريتين بريف حمص الشرقي.",
			towns: []string{"C2663"}},
	})
}
