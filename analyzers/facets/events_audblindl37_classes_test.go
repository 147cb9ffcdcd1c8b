package facets

import "testing"

// Round 37's blind audit (audblindl37): the indefinite "قتال" before a
// campaign's foe names a policy or a role, not a fight of the news
// (fightCampaign, events_fightcampaign.go). The want rows fail on the rules
// before; the guard keeps a fight told with مع and a toll.
func TestEventTypesAudblindl37(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Lavrov: no common approach in fighting ISIS", "2015-08-06-192", "لافروف بعد اجتماع مع نظيره الأميركي: لا يوجد نهج مشترك بيننا حاليا في قتال «داعش»",
			"صرّح وزير الخارجية الروسي سيرجي لافروف بعد اجتماع للمرة الثانية في أيام، مع نظيره الاميركي جون كيري، أنّ روسيا والولايات المتحدة لم تتمكنا من التوصل لنهج مشترك للتصدي لتنظيم «داعش».",
			"2015-08-06 10:00", "armed-clash", false},
		{"Cameron: Britain should do more in fighting ISIS", "2015-07-24-706", "ديفيد كاميرون: على بريطانيا بذل المزيد في قتال داعش بسوريا",
			"قال رئيس الوزراء البريطاني ديفيد كاميرون في مقابلة أذيعت اليوم الأحد إنه يريد أن تبذل بريطانيا المزيد لمساعدة الولايات المتحدة في القضاء على تنظيم الدولة الإسلامية في سوريا.",
			"2015-07-24 10:00", "armed-clash", false},
		{"Muallem: fighting ISIS must be coordinated with us", "2015-08-06-2307", "سوريا: قتال داعش يجب أن يتم بالتنسيق معنا",
			"نقل التلفزيون السوري عن وزير الخارجية وليد المعلم قوله اليوم الأربعاء إن سوريا تدعم أي جهود للتصدي لتنظيم داعش إذا جرت بالتنسيق مع دمشق لكنه حذر من خرق السيادة السورية.",
			"2015-08-06 10:00", "armed-clash", false},
		{"guard: soldiers killed in fighting with rebels", "", "",
			"قال الجيش الأوكراني امس الاثنين إن أربعة جنود قتلوا وأصيب 15 في قتال مع متمردين موالين لروسيا في شرق البلاد خلال الأربع والعشرين ساعة الماضية.",
			"2015-08-04 10:00", "armed-clash", true},
	})
}
