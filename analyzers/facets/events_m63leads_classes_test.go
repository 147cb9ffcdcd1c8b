package facets

import "testing"

// TestM63leadsPresentRetake pins the present of استرد / استرجع after
// "قبل أن" with its ground told back as lost a few words on
// (retakenBeforeNow, events_lostground.go). Over the pool and blind golds
// the present retaking of ground is in 2 articles, both coded
// government-regains-territory (SK-middleEast-3091 in the dev gold's tune
// part, SK-middleEast-3103); over ant-all and SaudiNewsNet no other article
// holds the present with a loss verb after it. Both rows fail on main (the
// present was no capture word). Guards: the present in other senses, a
// player's form and an investor's money with a loss verb nine words on.
func TestM63leadsPresentRetake(t *testing.T) {
	checkTypes(t, []typeCase{
		{"pro-regime fighters retake the posts they lost, قبل أن يسترجع (pool)", "SK-middleEast-3103-20180725", "تصعيد في السويداء.. هجمات دامية ومواجهات عنيفة",
			"و\"تمكن خلالها عناصر التنظيم من السيطرة على دوما والشبكي والشريحي وتل البصير\"، قبل أن يسترجع المسلحون الموالون للنظام مواقع كانوا قد \"خسروها خلال الساعات الفائتة\"، طبقا للمصدر.",
			"2018-07-25 12:00", "government-regains-territory", true},
		{"pro-regime fighters retake the posts they lost, قبل أن يسترد (pool, tune part)", "SK-middleEast-3091-20180725", "داعش وجه رسالته \"الأكثر فتكا\" بالسويداء.. ورقم قياسي للضحايا",
			"وقال إن 30 مسلحا من داعش قتلوا، بينهم 4 انتحاريين، خلال الهجوم الذي سيطر فيه التنظيم الإرهابي على مناطق عدة، قبل أن يسترد المسلحون الموالون للنظام عددا من المواقع التي خسروها.",
			"2018-07-25 12:00", "government-regains-territory", true},
		{"guard: a player regaining his form (pool and blind copies)", "2015-07-26-1239", "كوستا: فالكاو يمكنه تقديم الأفضل في تشيلسي",
			"يقول المهاجم الاسباني الدولي دييجو كوستا إن الكولومبي رادامل فالكاو زميله الجديد في خط هجوم تشيلسي بطل دوري انجلترا الممتاز لكرة القدم يمكن أن يسترد قدراته التهديفية المتميزة في صفوف النادي اللندني الذي يدربه البرتغالي المخضرم جوزيه مورينيو.",
			"2015-07-26 12:00", "government-regains-territory", false},
		{"guard: investors regaining money, a loss verb after (corpus)", "2015-08-06-2708", "1.3  تريليون دولار خسائر شركات الطاقة",
			"ولكن في حال ارتد النفط الخام فإن المستثمرين قد يستردون جزءاً من أموالهم، مع الأخذ في الاعتبار أن القيم لا تتعافى سريعاً كما تتراجع سريعاً، فعلى سبيل المثال بعد انفجار فقاعة التكنولوجيا في عام 2000، فقد مؤشر «النازداك» المركب 7 تريليونات دولار.",
			"2015-08-06 12:00", "government-regains-territory", false},
	})
}
