package facets

import "testing"

// m63clashLead is a neutral two-sentence lead, so each row's sentence
// stands in the body, as in the articles it is taken from.
const m63clashLead = "وصل الوزير الجمعة إلى المدينة. وقال المحافظ إن الوضع هادئ.\n"

// TestEventTypesM63clashGroupRaid pins the round-63 reader m63clash's rule
// (groupRaid, events_groupraid.go): an attack noun with its waging verb
// and a doer that is a force with no aircraft, on a village, a town or a
// force ("إثر هجوم شنه تنظيم داعش على قرية أسديرة"), is an armed clash.
// The true row fails on main. Guards: settlers are no ground doer (their
// attack on a village is no clash, SK-middleEast-219), and an attack on a
// school is no raid on a village or a force (AL-internationalNews-218).
func TestEventTypesM63clashGroupRaid(t *testing.T) {
	const clash = "armed-clash"
	checkTypes(t, []typeCase{
		{"ISIS's attack on a village, told by a police officer", "from SK-middleEast-981-20180412", "هجوم دام خلال تشييع مقاتلين من الحشد الشعبي بالعراق",
			m63clashLead + "وفي وقت سابق الخميس، أفاد ضابط في الشرطة أنه \"قتل ليلة أمس 5 أشخاص، وجرح 4 آخرين، إثر هجوم شنه تنظيم داعش على قرية أسديرة\".", "2018-04-12 12:00", clash, true},
		{"guard: settlers' attack on a village", "adapted from SK-middleEast-219-20180310", "مقتل فلسطيني بالرصاص في الضفة",
			m63clashLead + "وقال شهود إن الجيش وصل عقب هجوم شنه مستوطنون على قرية عوريف جنوبي نابلس.", "2018-03-10 12:00", clash, false},
		{"guard: Boko Haram's attack on a school", "adapted from AL-internationalNews-218-20180225", "نيجيريا تعترف بفقدان 110 تلميذات",
			m63clashLead + "أكدت الحكومة النيجيرية الأحد أن 110 تلميذات مفقودات بعد هجوم شنته جماعة بوكوحرام الإرهابية على مدرستهن في دابشي.", "2018-02-25 12:00", clash, false},
	})
}
