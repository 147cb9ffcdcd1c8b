package facets

import "testing"

// Round 62, m62aoc: an execution whose victims are soldiers, policemen,
// fighters or captives is no attack on civilians (executedFighters,
// events_execfighters.go). The first two rows fail on main; the guards keep
// an execution of civilians, and one that names a civilian among the
// executed soldiers.
func TestEventTypesM62aocExecutedFighters(t *testing.T) {
	const civ = "attack-on-civilians"
	checkTypes(t, []typeCase{
		{"ISIS's leader orders his own gunmen executed", "SK-middleEast-3826-20181011", `"الدواعش" يعدمون بعضهم.. 320 قياديا على "قائمة الموت"`,
			`أمر زعيم تنظيم داعش، أبو بكر البغدادي، بإعدام 320 مسلحا من أتباعه بسبب "خيانتهم"، وفقا لما ذكرت مصادر أمنية عراقية ونقلت عنها وسائل إعلام بريطانية. الهزائم المتتالية لداعش جعلت البغدادي يأمر "بإعدام 320 من أتباعه بسبب خيانة التنظيم واستهتارهم، الأمر الذي أدى إلى إلحاق خسائر فادحة في العراق وسوريا".`,
			"2018-10-11 12:00", civ, false},
		{"soldiers executed in Palmyra's theatre", "2015-07-21-1936", "بالصور.. داعش يعدم جنوداً سوريين من على مسرح تدمر",
			`بث تنظيم داعش المتطرف اليوم السبت شريطاً مصوراً يظهر إعدام عشرات من جنود القوات السورية النظامية بأيدي فتيان وسط آثار مدينة تدمر، وتحديدا في مسرحها الروماني.`,
			"2015-07-21 12:00", civ, false},
		{"guard: a civilian among the executed soldiers", "2015-07-25-389", "القوى العراقية تندد بهجوم المالكي على المملكة",
			`وفي تطور آخر أعدم تنظيم داعش 23 شخصا– 22 جنديا ومدنيا واحدا –في قضاء الفلوجة. وقال رئيس مجلس شيوخ الفلوجة إن تنظيم داعش أعدم 22 عنصرا من الجيش العراقي، مساء أمس الاول الخميس.`,
			"2015-07-25 12:00", civ, true},
		{"guard: civilians executed (adapted)", "", "داعش يعدم عشرات المدنيين في الموصل",
			`أعدم تنظيم داعش عشرات المدنيين رميا بالرصاص في مدينة الموصل بتهمة التعاون مع القوات العراقية.`,
			"2018-05-30 12:00", civ, true},
	})
}
