package facets

import "testing"

// A strike threatened, intended, avoided, ruled out or deliberated is not
// one done (intentForms, callForms and aboutWords with launchNouns in
// modalBefore, events.go): the want rows fail on main. The guards: an
// inquiry about a strike that was; a call far before a deed told by a
// verb of its own. Readiness with no object after it ("نحن مستعدون فور
// تحرير دوما") is guarded by events_aud39o's SK-middleEast-842.
func TestEventTypesIntentForms(t *testing.T) {
	const air = "air-drone-strike"
	checkTypes(t, []typeCase{
		{"the definite threat", "FR-internationalNews-685-20180411",
			"سوريا: إخلاء مطارات وقواعد عسكرية",
			"قال المرصد السوري لحقوق الإنسان إن الجيش السوري قام بإخلاء مطارات وقواعد عسكرية في دمشق إثر التهديدات الأمريكية بتنفيذ ضربات جوية.",
			"2018-04-11 19:07", air, false},
		{"strikes to be avoided", "SK-middleEast-173-20180301",
			"كوريا الشمالية: لا علاقة لنا بالأسلحة الكيماوية في سوريا",
			"وانضمت سوريا في عام 2013 على المعاهدة الدولية لحظر الأسلحة الكيماوية في إطار اتفاق توسطت فيه موسكو لتلافي توجيه الولايات المتحدة ضربات جوية ردا على هجوم بغاز الأعصاب.",
			"2018-03-01 23:54", air, false},
		{"strikes Britain is ready for", "2015-07-27-1098",
			"كاميرون: بريطانيا مستعدة لقصف المتشددين في ليبيا وسوريا إن لاح خطر",
			"قال رئيس الوزراء البريطاني ديفيد كاميرون اليوم الاثنين إنه مستعد لتوجيه أوامر بضربات جوية على أهداف تابعة لداعش في ليبيا وسوريا لدرء خطر شن هجمات على بريطانيا.",
			"2015-07-27 06:37", air, false},
		{"strikes the minister will not rule out", "SK-middleEast-882-20180409",
			"وزير الدفاع الأميركي: لا أستبعد العمل العسكري بسوريا",
			"وردا على سؤال عما إذا كان بوسعه استبعاد تحركات مثل شن ضربات جوية ضد حكومة الرئيس بشار الأسد قال ماتيس: \"لا أستبعد شيئا في الوقت الحالي\".",
			"2018-04-09 14:06", air, false},
		{"strikes to be decided on", "BB-middleEast-336-20180412",
			"ماكرون: فرنسا لديها الدليل على الهجوم الكيميائي في سوريا",
			"وأضاف إن سيقرر \"في الوقت المناسب\" بشأن تنفيذ غارات جوية في سوريا.",
			"2018-04-12 14:36", air, false},
		{"a preference for bombing", "CN-internationalNews-180-20180324",
			"يفضل قصف إيران.. من هو مستشار ترامب الجديد للأمن القومي؟",
			"اختار الرئيس الأمريكي دونالد ترامب جون بولتون أحد أبرز صقور المحافظين الجدد، ليكون مستشاره الجديد للأمن القومي.",
			"2018-03-24 16:23", "shelling-artillery-missile-attack", false},
		// Guards: the inquiry is about a strike that was; the call is far
		// before the looting its own verb tells.
		{"an inquiry about the air strike", "FR-internationalNews-2657-20180810",
			"اليمن: التحالف العربي يفتح تحقيقا في حادث مقتل الأطفال بصعدة",
			"فتح التحالف العربي الذي تقوده السعودية باليمن تحقيقا الجمعة، بشأن القصف الجوي الذي استهدف حافلة تقل أطفالا بسوق ضحيان في محافظة صعدة الخميس، والذي أسفر عن مقتل 51 شخصا، بينهم 29 طفلا.",
			"2018-08-10 16:48", air, true},
		{"a call, then looting", "2015-08-07-1429",
			"الانقلابيون يدعون لتمزيق اليمن وينهبون مؤسسات صنعاء",
			"أبلغت مصادر في العاصمة صنعاء أن الحوثيين عمدوا لنهب البنك المركزي ويقومون بنقله إلى صعدة.",
			"2015-08-07 06:00", "looting-property-destruction", true},
	})
}
