package facets

import "testing"

// TestAircraftHits pins round 65's m65air2 class (events_airhit.go): an
// aircraft as the subject of a hitting verb main had no air reading for
// (هاجمت، ضربت، دكت، قتلت) tells an air strike. Rows are corpus sentences
// under their titles; the first three fail on main (هاجمت twice, read as a
// clash; دكت, no trigger); no row holds ضربت or قتلت. The guard is the singular المقاتلة before قتلت,
// a woman fighter killed, which stays no air strike.
func TestAircraftHits(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a warplane attacked positions (VSO, singular after the verb)", "2015-08-03-378", "مقتل خمسة في اشتباكات قرب ميناء نفطي في شرق ليبيا",
			"قتل 5 أشخاص وأصيب 12 أمس الأحد خلال اشتباكات في شرق ليبيا بين قوات موالية للحكومة المعترف بها دوليا وجماعات مسلحة بحسب ما أعلن مسعفون. واندلع القتال أول أمس السبت في بلدة أجدابيا قرب ميناء البريقة النفطي وهاجمت طائرة حربية مواقع يشتبه في أنها تابعة للمليشيات المسلحة جنوبي البلدة.",
			"2015-08-03 08:00", "air-drone-strike", true},
		{"the army's aircraft attacked a ship (SVO)", "2015-08-08-65", "جنيف تستضيف أحدث جولات الحوار الوطني الليبي يوم الاثنين",
			"وطبقا لما أعلنه ناصر الحاسي المتحدث باسم سلاح الجو الليبي، فإن طائرات تابعة للجيش هاجمت سفينة صغيرة كانت تحاول الرسو في ميناء درنة وهي مدينة ساحلية تسيطر عليها جماعات متشددة.",
			"2015-08-08 08:00", "air-drone-strike", true},
		{"the coalition's jets pounded (دكت, VSO)", "2015-07-21-2560", "التواهي في قبضة «الشرعية» ومفاوضات على «المعاشيق»",
			"في غضون ذلك، دكت مقاتلات التحالف العربي مواقع استراتيجية عسكرية للعناصر الانقلابية بالعاصمة اليمنية صنعاء والضالع وإب وتعز أمس.",
			"2015-07-21 08:00", "air-drone-strike", true},
		{"a woman fighter killed (المقاتلة, singular, before قتلت)", "FR-internationalNews-523-20180319", "مقتل بريطانية شاركت في معارك عفرين إلى جانب وحدات المرأة الكردية",
			"وأفادت المتحدثة باسم الوحدات نسرين عبد الله أن المقاتلة البريطانية آنا كامبل قتلت \"في 15 آذار/مارس في قصف تركي على جبهات مدينة عفرين\". مضيفة \"تبلغنا البارحة باستشهادها وتواصلنا مع عائلتها\".",
			"2018-03-19 15:00", "air-drone-strike", false},
	})
}
