package facets

import "testing"

// Round 35's probe of direct violence against civilians in plain news
// phrasing (probeciv35): a person told by a plain noun (a family, an
// employee, a child) killed by the bullet of a sniper, unknown gunmen or
// "terror", or by an armed group that is the killing verb's subject, is a
// civilian, and the killing an attack on civilians (armedShotVictim,
// civiliansShot). The want rows fail on main. The guards: an attack on a
// police car is a clash, a group announcing its own man's death is no
// attack, a state's sniper or a policeman is left to the force rules.
func TestEventTypesProbeCiv35(t *testing.T) {
	checkTypes(t, []typeCase{
		{"an employee shot by unknown men", "SK-middleEast-1159-20180421", "اليمن.. مقتل أحد موظفي الصليب الأحمر برصاص مجهولين",
			"أكد متحدث رسمي باسم اللجنة الدولية للصليب الأحمر، السبت، مقتل أحد موظفي اللجنة برصاص مجهولين في محافظة تعز جنوب غربي اليمن.",
			"2018-04-21 12:00", "attack-on-civilians", true},
		{"a family shot by terror", "SK-internationalNews-752-20180402", "مقتل عائلة مسيحية برصاص الإرهاب في باكستان",
			"قتل 4 أفراد من عائلة مسيحية بالرصاص، الاثنين، جنوب غربي باكستان، في أحدث هجوم يستهدف الأقلية المسيحية في البلاد.",
			"2018-04-02 12:00", "attack-on-civilians", true},
		{"a sniper the subject", "AL-internationalNews-1454-20180604", "تعز.. قناص حوثي يقتل طفلا ومسنا ويصيب ثالثا بجروح خطيرة",
			"أقدم قناص تابع لميليشيات الحوثي الانقلابية، الأحد، على قتل مدنيين وإصابة ثالث بجروح خطيرة، شرق مدينة تعز جنوب غرب اليمن.",
			"2018-06-04 12:00", "attack-on-civilians", true},
		{"an armed group the killing's subject", "FR-internationalNews-1395-20180523", "العفو الدولية تتهم مسلحي الروهينغا بقتل عشرات الهندوس معظمهم أطفال في 2017",
			"اتهمت منظمة العفو الدولية الثلاثاء المسلحين الروهينغا بقتل 53 شخصا معظمهم من الأطفال من قرى هندوسية في ولاية راخين.",
			"2018-05-23 12:00", "attack-on-civilians", true},
		// Guard: an attack on a police car.
		{"persons killed in an attack on the police", "2015-07-21-138", "كينيا: مقتل 5 أشخاص بهجوم على آلية للشرطة",
			"أعلنت الشرطة الكينية ان مقاتلين يشتبه بأنهم ينتمون الى حركة \"الشباب\" الصومالية المتطرفة، قتلوا خمسة أشخاص في هجوم على آلية للشرطة شمال الساحل الكيني.",
			"2015-07-21 12:00", "attack-on-civilians", false},
		// Guard: a group's news of its own man's death.
		{"a group announces a death", "FR-internationalNews-2149-20180704", "سوريا: تنظيم \"الدولة الإسلامية\" يعلن مقتل نجل زعيمه أبو بكر البغدادي في حمص",
			"قتل نجل أبو بكر البغدادي زعيم تنظيم \"الدولة الإسلامية\" في هجوم نفذه مع جهاديين آخرين في محافظة حمص وسط سوريا.",
			"2018-07-04 12:00", "attack-on-civilians", false},
		// Guard: a state's sniper.
		{"a state's sniper", "guard-statesniper", "مقتل شاب برصاص قناص إسرائيلي شرق غزة",
			"قتل شاب برصاص قناص إسرائيلي شرق مدينة غزة.",
			"2018-04-21 12:00", "attack-on-civilians", false},
	})
}

// TestCiviliansShotByArmed pins the civilians of the same class.
func TestCiviliansShotByArmed(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-1159-20180421", title: "اليمن.. مقتل أحد موظفي الصليب الأحمر برصاص مجهولين",
			text: "أكد متحدث رسمي باسم اللجنة الدولية للصليب الأحمر، السبت، مقتل أحد موظفي اللجنة برصاص مجهولين في محافظة تعز.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-752-20180402", title: "مقتل عائلة مسيحية برصاص الإرهاب في باكستان",
			text: "قتل 4 أفراد من عائلة مسيحية بالرصاص، الاثنين، جنوب غربي باكستان.",
			want: []string{"civilians"}},
		// Guard: a police killing in a crime story.
		{id: "FR-internationalNews-2147-20180704", title: "فرنسا: أعمال عنف في مدينة نانت بعد مقتل شاب برصاص شرطي",
			text: "شهدت مدينة نانت أعمال عنف ليلا بعد مقتل شاب برصاص شرطي خلال عملية تدقيق.",
			not:  []string{"civilians"}},
	})
}
