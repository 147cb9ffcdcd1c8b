package facets

import "testing"

// TestEventTypesAud62a pins the execution demanded (demandedExecution): an
// execution word right after a demand, a call or a chant ("ومطالبة بإعدام"،
// "مطالبين بإعدام"، "للمطالبة باعدام") tells what a crowd or a speaker wants,
// no execution carried out and no attack on civilians; round 62's blind audit
// of draw 6263 part a found the Latakia sit-in typed so by its title. The
// want-false rows fail on main. Guards: an execution an armed group carried
// out, and one told past a demand standing more than three words before it.
func TestEventTypesAud62a(t *testing.T) {
	checkTypes(t, []typeCase{
		// 2015-08-09-190 (round62-blinda): the title's masdar.
		{"a sit-in's demand in the title", "2015-08-09-190", `غضب في اللاذقية ومطالبة بإعدام سليمان الأسد`,
			`قال المرصد السوري لحقوق الإنسان اليوم (الأحد)، إنّ نحو ألف سوري بدأوا اعتصامًا في مدينة اللاذقية الساحلية معقل الرئيس السوري بشار الأسد، للدعوة لإنزال العقاب بأحد أفراد عائلته الذي يتهمونه بقتل عقيد في الجيش إثر خلاف على أفضلية المرور.`,
			"2015-08-09 12:00", "attack-on-civilians", false},
		// SK-middleEast-1636-20180513 (holdout52): the participle, twice.
		{"protesters demanding a banker's execution", "SK-middleEast-1636-20180513", `تظاهرات في طهران احتجاجا على الفساد الحكومي`,
			`شهدت العاصمة الإيرانية طهران احتجاجات نظمها ضحايا مؤسسة قزوين للقروض مطالبين بإعدام محافظ البنك المركزي ولي الله سيف.
وتجمع المتظاهرون أمام مبنى الادعاء العام، مطالبين بإعدام رئيس البنك المركز، مرددين هتافات تطالب بحياته.`,
			"2018-05-13 12:00", "attack-on-civilians", false},
		// 2015-08-11-1075 (corpus): the masdar under the ل of purpose.
		{"a protest held to demand an execution", "2015-08-11-1075", `السلطات السورية تعتقل أحد اقارب الأسد بعد احتجاجات`,
			`قالت الوكالة العربية السورية للأنباء يوم الاثنين إن السلطات اعتقلت أحد أقارب الرئيس بشار الأسد بعد احتجاجات استمرت يومين للمطالبة بمعاقبته جراء قيامه بقتل ضابط بالجيش نتيجة خلاف مروري.
وشارك مئات السوريين في احتجاج نادر مساء السبت في مدينة اللاذقية الساحلية وهي معقل الأسد وطائفته العلوية للمطالبة باعدام سليمان هلال الأسد ابن ابن عم الرئيس.`,
			"2015-08-11 12:00", "attack-on-civilians", false},
		// 2015-07-24-369 (pool): an armed group's executions stay.
		{"an armed group's executions", "2015-07-24-369", `شاهد.. “داعش” يُعدم 16 عراقياً بـ3 طرق وحشيّة جديدة`,
			`استمر تنظيم “داعش” الإرهابي في نشر فيديوهات الإعدام التي يقوم بها، نشر التنظيم الإرهابي فيديو جديد يُظهر إعدام من يصفهم التنظيم بالجواسيس.`,
			"2015-07-24 12:00", "attack-on-civilians", true},
		{"an execution told past a demand further back", "probe-aud62a-1", `مسلحون يعدمون مدنيين في ريف حلب`,
			`وطالب الأهالي بمحاسبة عناصر التنظيم الذين أعدموا ثلاثة مدنيين أمس في قرية قرب الباب.`,
			"2018-05-01 12:00", "attack-on-civilians", true},
	})
}
