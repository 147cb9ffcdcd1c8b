package facets

import "testing"

// A capture told by a form the trigger list lacked: the present in a title
// ("المقاومة الشعبية اليمنية تسيطر على مناطق")، the plural or the noun in the
// title or lead ("بعد أن سيطروا على مدينة"، "بعد استيلائه على القريتين").
// The present past the title, a relative clause, a thing seized or an
// attempt is no capture.
func TestEventTypesCaptureForms(t *testing.T) {
	cases := []typeCase{
		{"a title's present: the resistance takes districts", "2015-08-10-1292", "المقاومة الشعبية اليمنية تسيطر على مناطق جديدة بمحافظة إب",
			"أفاد مصدر في المقاومة الشعبية اليمنية اليوم الاثنين بأن المقاومة تمكنت من تأمين مديريتين بمحافظة إب وسط البلاد.",
			"2015-08-10 19:10", "government-regains-territory", true},
		{"the Taliban take a base", "SK-internationalNews-2987-20180814", "طالبان تسيطر على قاعدة عسكرية بأفغانستان وتقتل وتأسر العشرات",
			"قال مسؤولون، الثلاثاء، إن مسلحين من حركة طالبان سيطروا على قاعدة عسكرية في شمال أفغانستان بعد معارك أوقعت 14 قتيلا وأسروا خلالها عشرات الجنود خلال اليومين الماضيين.",
			"2018-08-14 07:30", "non-state-actor-overtakes-territory", true},
		{"a lead's plural past: ISIS took a town", "2015-08-07-980", "داعش تخطفت عشرات المسيحيين في حمص",
			"قال المرصد السوري لحقوق الإنسان اليوم الجمعة إن متشددي تنظيم داعش خطفوا عشرات المسيحيين بعد أن سيطروا على مدينة إستراتيجية في محافظة حمص بوسط سوريا.",
			"2015-08-07 16:21", "non-state-actor-overtakes-territory", true},
		{"a title's relative clause: a village ISIS holds", "2015-07-23-483", "12 قتيلا في قصف على قرية يسيطر عليها «داعش» بسوريا",
			"قتل 12 شخصا على الأقل بينهم أربعة أطفال وامرأة حامل أمس الأربعاء، في غارات جوية نفذها الجيش السوري على قرية يسيطر عليها تنظيم «داعش» الارهابي في محافظة حلب شمال البلاد، وفق المرصد السوري لحقوق الانسان.",
			"2015-07-23 19:18", "non-state-actor-overtakes-territory", false},
		{"weapons seized", "AL-internationalNews-1381-20180530", "اليمن.. قوات الشرعية على بعد 15 كلم من الحديدة",
			"أفاد مراسل قناة \"العربية\" بالأراضي اليمنية بأن قوات الشرعية باتت على بعد 15 كيلومتراً من مدينة الحديدة. وأضاف أن قوات الشرعية استولت على أسلحة ثقيلة وصواريخ كانت بقبضة الحوثيين.",
			"2018-05-30 17:17", "government-regains-territory", false},
		{"an attempt to seize secrets", "SK-internationalNews-3413-20181010", "الولايات المتحدة تتسلم من بلجيكا \"الصيد الثمين\"",
			"تسلمت الولايات المتحدة عميلا صينيا أوقف في بلجيكا ووجهت إليه تهمة محاولة الاستيلاء على أسرار صناعية لشركات طيران أميركية، وفق ما أعلنت وزارة العدل، الأربعاء.",
			"2018-10-10 23:23", "non-state-actor-overtakes-territory", false},
	}
	checkTypes(t, cases)
}
