package facets

import "testing"

// A clash word told at the Gaza fence, at the Aqsa mosque or against the
// occupation's forces, with no armed side named in its sentence, is
// marchers, stone-throwers or settlers meeting soldiers or guards: no armed
// clash. A clash at another border, or one naming an armed side, stays.
func TestEventTypesOccupationFront(t *testing.T) {
	const clash = "armed-clash"
	const (
		fence    = "أعلنت وزارة الصحة الفلسطينية عن مقتل فلسطينيين اثنين، الثلاثاء، في مواجهات مع الجيش الإسرائيلي قرب السياج الفاصل بين قطاع غزة وإسرائيل، ليرتفع عدد القتلى منذ الاثنين إلى 62."
		aqsa     = "ووقعت مواجهات خفيفة بين المستوطنين وحراس الحرم الفلسطينيين، اعتقل على إثرها عدد من حراس الحرم."
		jenin    = "استشهد الشاب الفلسطيني «محمد أحمد علاونة - 21 عاماً» جراء إصابته بعيار ناري في الصدر في مواجهات مع قوات الاحتلال الإسرائيلي جرت فجر أمس الأربعاء.."
		turkey   = "قال مسؤول تركي كبير، اليوم (الخميس)، ان جنديا تركيا قتل وأصيب آخر في اشتباكات مع تنظيم \"داعش\" المتطرف عبر الحدود مع سوريا اليوم."
		zabadani = "لقي ستة من مقاتلي المعارضة السورية على الأقل مصرعهم في اشتباكات بين القوات النظامية ومقاتلي الفصائل الإسلامية في مدينة الزبداني قرب الحدود مع لبنان."
	)
	checkTypes(t, []typeCase{
		{"marchers shot at the Gaza fence", "SK-middleEast-1725-20180515",
			"في يوم النكبة.. رصاص إسرائيل يواصل قتل الفلسطينيين", fence, "2018-05-15 17:22", clash, false},
		{"settlers and the Aqsa guards", "SK-middleEast-1650-20180513",
			"مستوطنون يقتحمون الأقصى تحت حراسة الشرطة الإسرائيلية", aqsa, "2018-05-13 14:07", clash, false},
		{"a young man shot in confrontations with the occupation", "2015-07-23-299",
			"الاحتلال يقتل شاباً فلسطينياً بدم بارد في جنين", jenin, "2015-07-23 17:28", clash, false},
		// Near misses that keep the clash: another border, an armed side.
		{"a clash across Turkey's border", "2015-07-23-13",
			"مقتل جندي تركي وإصابة آخر باشتباكات مع «داعش» على الحدود السورية", turkey, "2015-07-23 19:28", clash, true},
		{"a clash near Lebanon's border", "2015-07-21-2034",
			"سوريا : قتلى بالزبداني والمعارضة تمطر قرى شيعية بالقذائف", zabadani, "2015-07-21 17:02", clash, true},
	})
}
