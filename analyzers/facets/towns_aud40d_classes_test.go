package facets

import "testing"

// TestTownCapitalListsAud40d pins round 40's audit aud40d: a bare capital
// news names for its province (provinceFirst: Idlib, Hama, Deir ez-Zor)
// is the city where its list is one of cities — joined right after a
// capital read as its city (cityNeighbour; aud40d wrote the same rule as
// m40h, and m40h's reading was merged, so a bare pair such as "البادية
// المتصلة بالرقة ودير الزور" reads as cities, arguably) — or where it is
// listed beside a town of its own governorate (ownTownListed, aud40d's
// own). The guards keep the province after an area word ("منطقتي الرقة
// ودير الزور"), across a dash, after a province-led list, and for
// Quneitra.
func TestTownCapitalListsAud40d(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "a third place in a list headed by cities", id: "2015-08-09-632", title: "التحالف بقيادة أمريكا ينفذ 19 غارة على «داعش»",
			text:  "واستهدفت الهجمات أيضا وحدات تكتيكية بالإضافة إلى أهداف ل داعش قرب حلب والرقة ودير الزور.",
			towns: []string{"C1007", "C5710", "C5086"}, govs: []string{"SY09"}},
		{class: "a fourth place", id: "SK-middleEast-378-20180319", title: "سوريا ومعارك \"النهاية الطاحنة\".. ماذا بعد عفرين والغوطة؟",
			text:  "وقال إن إدلب ستكون فقط الأحدث في حلقة معارك النهاية الطاحنة والقاسية بعد القتال في حمص وحلب والرقة ودير الزور.",
			towns: []string{"C5086"}},
		{class: "a place after it", id: "2015-07-22-924", title: "الإيرانيون يقودون جيش الأسد ويسيطرون على قواه الأمنية",
			text:  "وسرقت البنوك والمؤسسات العامة في الرقة ودير الزور والحسكة وتدمر.",
			towns: []string{"C5086", "C4360"}},
		{class: "a stretch between two cities", id: "SK-middleEast-1358-20180430", title: "قصف سوري على جيب للمعارضة قرب حمص",
			text:  "وأوضح المرصد أن هجوم الجيش السوري على الجيب الواقع بين حمص وحماة، وهو أكثر المناطق المحاصرة في سوريا اكتظاظا بالسكان.",
			towns: []string{"C2528", "C2987"}},
		{class: "the roads to two cities", id: "2015-08-06-1793", title: "مقتل 51 داعشياً في سوريا جراء قصف طائرات التحالف",
			text:  "ولفت إلى مقتل البقية جراء استهداف مواقع وحواجز للتنظيم وآليات على الطرق المؤدية إلى حلب وحماة ومناطق بريف الحسكة.",
			towns: []string{"C2987"}},
		{class: "a town of its own governorate", id: "2015-07-22-28", title: "المعارضة السورية تخفف الضغط العسكري عن الزبداني",
			text:  "وهو ما منعهم من دخولها بعد السيطرة على إدلب وجسر الشغور وأريحا ومعسكر المسطومة قبل ثلاثة أشهر.",
			towns: []string{"C3871"}},
		{class: "a town of its own governorate", id: "2015-08-07-82", title: "الإصغاء العربي لاستغاثة الشعب السوري",
			text:  "ما تغير المشهد العسكري الداخلي في الشهور الأخيرة والتي شهدت الاستيلاء على إدلب وجسر الشغور من جانب المعارضة المسلحة بالشمال.",
			towns: []string{"C3871"}},
		// Guards.
		{class: "a bare pair of regions", id: "2015-08-02-872", title: "داعش يكسب 200 مليون دولار سنوياً من تصدير القمح",
			text:     "وفي سوريا سيطر الجهاديون على 30 بالمئة من إنتاج القمح في منطقتي الرقة ودير الزور الخاضعتين لهما بحسب الخبير.",
			notTowns: []string{"C5086"}, govs: []string{"SY09"}},
		{class: "a bare pair after a province's direction", id: "BB-middleEast-920-20180830", title: "ما هي الجماعات المعارضة المنتشرة في شمالي سوريا؟",
			text:     "بل رافقت عناصر الهيئة القوافل العسكرية التركية التي دخلت إلى إدلب وشمال حلب وحماه لإنشاء نقاط مراقبة عسكرية.",
			notTowns: []string{"C2987", "C3871"}, govs: []string{"SY05", "SY07"}},
		{class: "a list led by a province", id: "2015-08-06-716", title: "المرصد السوري: مقتل 51 من داعش في قصف لطائرات التحالف",
			text:     "جراء قصف طائرات التحالف الدولي بشكل مكثف تمركزات ومواقع وحواجز التنظيم في دير الزور والحسكة والرقة.",
			notTowns: []string{"C5086", "C4360", "C5710"}, govs: []string{"SY09", "SY08", "SY11"}},
		{class: "the corners of an area, and Quneitra", id: "2015-07-22-28", title: "المعارضة السورية تخفف الضغط العسكري عن الزبداني",
			text:     "بعد المعركة التي أفضت إلى استعادة نظام الرئيس السوري بشار الأسد مواقع عسكرية في مثلث جنوب دمشق - القنيطرة - درعا.",
			notTowns: []string{"C6268", "C5993"}, govs: []string{"SY14"}},
	})
}
