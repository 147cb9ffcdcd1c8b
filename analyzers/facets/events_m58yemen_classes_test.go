package facets

import "testing"

// TestM58yemenHouthiLoser pins a capture in a story of Yemen's war whose
// loser is the Houthis and whose taker no reading finds: whoever drove them
// out is the government's side, so the capture is a regain (houthiLoser,
// events_houthiloser.go). Over the pool and blind gold articles the
// reading fires in 24: 16 coded a regain, 4 not, 4 with no event types.
// The first three rows fail on main. Guards: a taking awaited (حتى يتم),
// a battle named (معركة تحرير), a purpose's masdar before it (لاستعادة
// السيطرة), captives freed (تحرر أسراها), a clause that أن opens after an
// operation's name, and the Houthis as the nominative doer.
func TestM58yemenHouthiLoser(t *testing.T) {
	checkTypes(t, []typeCase{
		{"تم طرد الحوثيين وقوات صالح من معسكري لبوزة (pool 2015-08-07-1198)", "2015-08-07-1198", "اليمن.. وصول أول طائرة مدنية إلى عدن منذ أربعة أشهر",
			"وأكّدت مصادر عسكرية موالية لهادي أنه تم فجر الخميس طرد الحوثيين وقوات صالح من معسكري لبوزة ووادي عطان في لحج، فيما أسفرت هذه العمليات عن مقتل 23 مقاتلا من الحوثيين و19 من الموالين لهادي بحسب المسؤول في القطاع الصحي خضر لصور.",
			"2015-08-07 12:00", "government-regains-territory", true},
		{"السيطرة على مناطق جديدة من قبضة ميليشيات الحوثي (pool SK-middleEast-1601)", "SK-middleEast-1601-20180511", "جبهات الساحل الغربي لليمن",
			"وتشهد جبهات الساحل الغربي لليمن عمليات عسكرية واسعة النطاق غربي محافظة تعز أسفرت عن السيطرة على مناطق جديدة من قبضة ميليشيات الحوثي الإيرانية استكمالا لتحرير وتأمين الساحل وفك الحصار عن تعز من الجهة الغربية.",
			"2018-05-11 12:00", "government-regains-territory", true},
		{"في طرد الانقلابيين, the putschists' word (pool 2015-08-10-648)", "2015-08-10-648", "النازحون اليمنيون بالمكلا: عائدون",
			"وأخيرًا التقينا بالحاج أحمد محمد الذي حرص على نقل رسالة شكر لقيادة دول التحالف العربي بقيادة المملكة العربية السعودية على كل ما قدموه من دعم لأهلنا في عدن وبقية المدن الاخرى ومساعدتهم لنا في طرد الانقلابيين وإعادة وتثبيت الشرعية لليمن .",
			"2015-08-10 12:00", "government-regains-territory", true},
		{"guard: حتى يتم تحرير, a taking awaited (SK-middleEast-935)", "SK-middleEast-935-20180411", "قائد التحالف بجازان يشيد بالجيش اليمني",
			"وأكد قائد التحالف بمنطقة جازان، محمد الميسري، استمرار الدعم حتى يتم تحرير كافة الأراضي اليمنية من مليشيا الحوثي الانقلابية .",
			"2018-04-11 12:00", "government-regains-territory", false},
		{"guard: لحسم معركة تحرير الحديدة, a battle named (SK-middleEast-2340)", "SK-middleEast-2340-20180612", "المقاومة تتأهب للحسم بالحديدة",
			"أعلنت المقاومة اليمنية المشتركة، مساء الثلاثاء، رفع جاهزية قواتها تأهبا لحسم معركة تحرير الحديدة من قبضة ميليشيات الحوثي الإيرانية، مؤكدة أن هذه الخطوة تستهدف تحسين الوضع الإنساني لسكان المدينة الذين يعانون من إرهاب المتمردين.",
			"2018-06-12 12:00", "government-regains-territory", false},
		{"guard: تحضيرا لاستعادة السيطرة, a purpose (blind SK-middleEast-2317)", "SK-middleEast-2317-20180611", "غارات على الحديدة",
			"وتجري ‏القوات المشتركة استعدادات عسكرية موحدة في أطراف مدينة الحديدة تحضيرا لاستعادة السيطرة عليها من الميليشيات الحوثية.",
			"2018-06-11 12:00", "government-regains-territory", false},
		{"guard: تحرر أسراها, captives freed (2015-08-07-1033's title)", "2015-08-07-1033", "مقاومة تعز تحرر أسراها من الانقلابيين",
			"وأفرجت المقاومة الشعبية عن عدد من أسرى المقاومة الذين كانوا محتجزين لدى الانقلابيين في تعز.",
			"2015-08-07 12:00", "government-regains-territory", false},
		{"guard: قائد عملية تحرير عدن، أن ... من الحوثيين (pool 2015-08-04-152)", "2015-08-04-152", "الصبيحي: قيادات حوثية يسلمون أنفسهم",
			"أكد العميد عبد الله الصبيحي قائد «اللواء 15» وقائد عملية تحرير عدن، أن القيادات العسكرية سواء من الحوثيين أو الموالين للرئيس المخلوع علي صالح الذين سلموا أنفسهم طوعا هم من القيادات الكبيرة.",
			"2015-08-04 12:00", "government-regains-territory", false},
		{"guard: طرد الحوثيون, the Houthis as the doer", "", "الحوثيون يطردون السكان",
			"وفي تعز طرد الحوثيون عشرات الأسر من منازلها في حي الجحملية.",
			"2015-08-04 12:00", "government-regains-territory", false},
	})
}
