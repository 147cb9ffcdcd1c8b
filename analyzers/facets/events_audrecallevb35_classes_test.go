package facets

import "testing"

// Round-35 second recall audit of event types (audrecallevb35): a seeded
// sample of fresh war-titled corpus articles coded blind and compared with
// rasid's event types. Its clear misses were armed clashes told as a
// force's men killed in an attack, in phrasings soldiersAttacked did not
// read: the dead as "القتلى من الجيش" or by their fate ("لقي عشرات
// الجنود مصرعهم"), or as members of the force ("قتل 3 من أفراد الشرطة").
// One fighter killed by a force ("مقتل الإرهابي عمر عبداللطيف على يد قوى
// الأمن") is the clash it ended, as killedFighters reads many. A car bomb
// told destroyed ("أسفرت عن تدمير 5 سيارات مفخخة") was stopped, not set
// off (destroyedBomb, carBombListDestroyed). The want rows fail on main; the guards keep an
// attack's adjective, a bomb that destroyed a house, and the killed who are
// no force's men out.
func TestEventTypesAudRecallEvB35(t *testing.T) {
	checkTypes(t, []typeCase{
		{"soldiers told by their fate in an attack on a base", "SK-internationalNews-2670-20180716", "عشرات القتلى من الجيش النيجيري بهجوم \"نهاية الأسبوع\"",
			"لقي عشرات الجنود مصرعهم بنيجيريا، في هجوم شنته جماعة \"بوكو حرام\" الإرهابية على قاعدة عسكرية في نهاية الأسبوع شمال شرقي البلاد، وفق ما أعلنت مصادر أمنية، الاثنين.",
			"2018-07-16 12:00", "armed-clash", true},
		{"members of the police killed in an attack", "2015-08-06-2848", "تركيا: هجوم للكردستاني",
			"قتل 3 من أفراد الشرطة التركية ومدني، أمس، في هجوم في جنوب شرق تركيا تم نسبه إلى المتمردين الأكراد.",
			"2015-08-06 12:00", "armed-clash", true},
		{"members of an armed group are no force's men", "guard-forcemen", "مقتل 3 من عناصر داعش",
			"قتل 3 من عناصر داعش أمس في هجوم على قرية جنوب الموصل.",
			"2015-08-06 12:00", "armed-clash", false},
		{"one fighter killed by the security forces", "2015-08-04-673", "مقتل الإرهابي عمر عبداللطيف على يد قوى الأمن بغرب باكستان",
			"أعلنت السلطات الباكستانية مقتل القيادي البارز في تنظيم القاعدة المدعو عمر عبداللطيف في عملية أمنية شنتها قوى الأمن الباكستانية.",
			"2015-08-04 12:00", "armed-clash", true},
		{"a car bomb destroyed", "SK-middleEast-2771-20180705", "مقتل \"دواعش\" خلال عمليات شمالي العراق",
			"وأوضحت القوات المشتركة العراقية في بيان أن العملية العسكرية المستمرة منذ 3 أيام أسفرت عن تدمير 5 سيارات مفخخة كان معدة لاستهداف مقرات حكومية على ما يبدو.",
			"2018-07-05 12:00", "remote-explosive-landmine-ied", false},
		{"a car bomb destroyed is stopped", "SK-middleEast-2771-20180705", "مقتل \"دواعش\" خلال عمليات شمالي العراق",
			"وأوضحت القوات المشتركة العراقية في بيان أن العملية العسكرية المستمرة منذ 3 أيام أسفرت عن تدمير 5 سيارات مفخخة كان معدة لاستهداف مقرات حكومية على ما يبدو.",
			"2018-07-05 12:00", "disrupted-weapons-use", true},
		{"a car bomb that went off and destroyed", "guard-carbomb", "انفجار سيارة مفخخة في بغداد",
			"أدى انفجار سيارة مفخخة في حي الكرادة إلى تدمير عدد من المحال التجارية.",
			"2015-08-06 12:00", "remote-explosive-landmine-ied", true},
	})
}
