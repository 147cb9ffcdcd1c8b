package facets

import "testing"

// TestSideRegionOfCapital pins a bare capital's name right after a side of
// it that a preposition governs ("في شمال حلب"، "من جنوب غرب درعا") as the
// region on that side, the province, not the city (round 59, m59town:
// sideRegion). Over the pool and blind gold articles every such capital
// that was the article's only bare mention of it was coded the province
// alone, 5 of 5. Rows that fail on main: pool SK-middleEast-387,
// SK-middleEast-1746 and FR-middleEast-893, blind FR-internationalNews-2381.
// Guards: east Aleppo (blind BB-middleEast-921, the city's besieged half)
// and a side with no preposition locating another place stay the city;
// Damascus's south (blind SK-middleEast-1946) keeps the city; the province
// is still coded where the rule takes the city away.
func TestSideRegionOfCapital(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "في شمال حلب, the regime's northern areas", id: "SK-middleEast-387-20180318", title: "مقاتلو تركيا \"يعفشون\" عفرين",
			text:     "وتوجه معظمهم إلى مناطق تسيطر عليها قوات النظام السوري في شمال حلب.",
			notTowns: []string{"C1007"}, govs: []string{"SY02"}},
		{class: "من شمال حلب and في غرب حلب", id: "SK-middleEast-1746-20180516", title: "اعترافات قيادي سوري: أين ذهبت \"الأسلحة الأميركية\"؟",
			text:     "وطلبت منهم أن يرافقوني ويؤمنوا الحماية لي ولعناصري، لمدة ساعتين حتى ننتقل من شمال حلب إلى غربها\". وأوضح القيادي العسكري في تصريح من بيته في غرب حلب \"مقابل ما قدموه، منحتهم ذخيرة وخمس عربات للشحن\".",
			notTowns: []string{"C1007"}, govs: []string{"SY02"}},
		{class: "في جنوب حلب, a crossing in the southern countryside", id: "FR-internationalNews-2381-20180719", title: "سوريا: انتهاء إجلاء جميع السكان من بلدتي الفوعة وكفريا",
			text:     "وخرج سكان الفوعة وكفريا على متن أكثر من مئة حافلة بعد منتصف ليل الأربعاء الخميس، ووصلوا صباحا إلى معبر العيس في جنوب حلب والفاصل بين مناطق سيطرة قوات النظام والفصائل.",
			notTowns: []string{"C1007"}},
		{class: "من جنوب غرب درعا, a compound side", id: "FR-middleEast-893-20180805", title: "سوريا: تنظيم \"الدولة الإسلامية\" يعدم أحد الرهائن المخطوفين من السويداء",
			text:     "وجاءت بعد تعثر المفاوضات مع النظام حول نقل مقاتلي التنظيم إلى البادية السورية من جنوب غرب درعا.",
			notTowns: []string{"C5993"}, govs: []string{"SY12"}},
		// Guards.
		{class: "east Aleppo, the city's own half", id: "BB-middleEast-921-20180830", title: "دي ميستورا \"مستعد للذهاب بنفسي إلى إدلب\" لضمان الخروج الآمن للمدنيين",
			text:  "وقبل عامين، عرض دي ميستورا الذهاب إلى شرق حلب ومرافقة مقاتلي النصرة شخصيا خارج المدينة المحاصرة.",
			towns: []string{"C1007"}},
		{class: "a side with no preposition locates another place", id: "2015-07-23-483", title: "قصف على ريف حلب",
			text:  "ألقى براميل متفجرة صباحا على قرية قصر البريج، التي تبعد أكثر من 60 كلم شرق حلب.",
			towns: []string{"C1007"}},
		{class: "Damascus's south holds the city's quarters", id: "SK-middleEast-1946-20180526", title: "أميركا تمارس دورها \"الضامن\" وتهدد سوريا بـ\"إجراءات حازمة\"",
			text:  "وقوات النظام السوري التي حققت للتو انتصارها، الأسبوع الماضي، ضد أحد جيوب تنظيم داعش في جنوب دمشق بدأت في التحرك لمحافظة درعا بجنوب سوريا.",
			towns: []string{"C1001"}},
		{class: "in the city of Aleppo, as before", id: "guard", title: "قصف على حلب",
			text:  "قتل خمسة مدنيين في قصف على أحياء في حلب.",
			towns: []string{"C1007"}},
	})
}

// TestDamascusAmongArabCities pins Damascus listed among two or more other
// Arab cities ("في بغداد أو دمشق أو بيروت") as the city (round 59,
// m59town: arabCityList). Over the pool and blind gold articles every
// such list is coded the city, 4 of 4; rows that fail on main: pool
// AL-internationalNews-82 and 2015-07-27-331, blind 2015-07-22-215.
// Guards: a pair with a foreign capital stays the government ("موسكو
// ودمشق"، "بين بيروت ودمشق"), and a list of governments that are not Arab
// cities ("واتهمت دمشق وموسكو وطهران") stays no town.
func TestDamascusAmongArabCities(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "أو between Arab capitals", id: "AL-internationalNews-82-20131230", title: "\"لا نريد العيش معاً\"",
			text:  "ما أخطر عبارة «لا نريد العيش معاً» حين تتردد في بغداد أو دمشق أو بيروت أو غيرها.",
			towns: []string{"C1001"}, govs: []string{"SY01"}},
		{class: "و between centres of civilisation", id: "2015-07-27-331", title: "القراءة الانتحارية.. أو الفهم غير القرشي للدين؟",
			text:  "لهذا اختاروا أن يعيشوا في المنفى في الماضي، وبعيداً عن مراكز الحضارة العربية في بغداد ودمشق والقاهرة وغرناطة، لكنهم في هذا العصر عادوا من جديد.",
			towns: []string{"C1001"}, govs: []string{"SY01"}},
		{class: "commas, Damascus first", id: "2015-07-22-215", title: "تحرير «عدن» .. وإطلاق مشروع «خليجي»..",
			text:  "ليصل إلى حدودنا الجنوبية، بعد أن تمكن من أكثر من عاصمة عربية \"دمشق، بغداد، وبيروت\" ليصل إلى صنعاء، عبر ميليشيات طائفية.",
			towns: []string{"C1001"}, govs: []string{"SY01"}},
		// Guards.
		{class: "a pair with a foreign capital", id: "FR-internationalNews-1691-20180607", title: "روسيا تعزز قاعدة حميميم",
			text:     "قاعدة دائمة للجيش الروسي في كانون الثاني/يناير 2017 إثر اتفاق بين موسكو ودمشق قضى بجعلها خاضعة للقانون الروسي.",
			notTowns: []string{"C1001"}},
		{class: "a pair of Arab capitals", id: "guard", title: "لبنان وسوريا",
			text:     "وتحسنت العلاقات بين بيروت ودمشق خلال العام الماضي.",
			notTowns: []string{"C1001"}},
		{class: "a list of governments", id: "AL-internationalNews-931-20180415", title: "إسرائيل تهدد",
			text:     "واتهمت دمشق وموسكو وطهران الاثنين إسرائيل بشن الضربة.",
			notTowns: []string{"C1001"}},
	})
}
