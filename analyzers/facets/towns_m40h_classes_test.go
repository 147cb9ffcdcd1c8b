package facets

import "testing"

// TestPlaceCityListsCities pins a capital news names for its province
// (provinceFirst: حماة، إدلب، دير الزور) read as the city when it is listed
// right after a capital read as its city (cityNeighbour, round 40 m40h):
// "وحمص وحماة"، "الطرق المؤدية إلى حلب وحماة"، "معاقله في حلب والرقة ودير
// الزور", as the coders code them. Guards: a list whose city stands after
// an area word or a side of it (areaOrSide) is the provinces' ("في مناطق
// متفرقة في اللاذقية وإدلب وحماة"، "في منطقتي الرقة ودير الزور"، "إلى إدلب
// وشمال حلب وحماه"), and القنيطرة after a city stays the southern province
// ("مثلث جنوب دمشق - القنيطرة - درعا").
func TestPlaceCityListsCities(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "a city, then Hama", id: "SK-middleEast-964-20180412", title: "تأهب عسكري أميركي بريطاني وغوتيريس يخشى انفلات الوضع بسوريا",
			text:  "وذكرت مصادر عسكرية سورية، بأن قوات النظام، والميلشيات الموالية لها بدأت عمليات إخلاء وتغيير لمواقعها في عدة مناطق منها العاصمة دمشق وضواحيها، وحمص وحماة كما تم نقل بعض الطائرات العسكرية إلى قاعدة حيميم الروسية .",
			towns: []string{"C1001", "C2528", "C2987"}},
		{class: "roads to two cities", id: "2015-08-06-1793", title: "مقتل 51 داعشياً في سوريا جراء قصف طائرات التحالف",
			text:  "ولفت إلى مقتل البقية جراء استهداف مواقع وحواجز للتنظيم وآليات على الطرق المؤدية إلى حلب وحماة ومناطق بريف الحسكة.",
			towns: []string{"C1007", "C2987"}},
		{class: "strongholds in three cities", id: "SK-middleEast-1327-20180429", title: "تعزيزات عسكرية لـ\"سوريا الديمقراطية\" بالرقة",
			text:  "وخسر التنظيم معاقله في حلب والرقة ودير الزور والباب، وقبلها منبج ومارع وقرى وبلدات شمال حلب.",
			towns: []string{"C1007", "C5710", "C5086"}},
		{class: "a pocket between two cities", id: "SK-middleEast-1358-20180430", title: "قصف سوري على جيب للمعارضة قرب حمص",
			text:  "وأوضح المرصد أن هجوم الجيش السوري على الجيب الواقع بين حمص وحماة، وهو أكثر المناطق المحاصرة في سوريا اكتظاظا بالسكان، شمل ضربات جوية وقصفا بالمدفعية.",
			towns: []string{"C2528", "C2987"}},
		// Guards: areas, a side of a city, and Quneitra.
		{class: "scattered areas in three provinces", id: "BB-middleEast-995-20180912", title: "سوريا: المقاتلون الأجانب في إدلب والمصير المجهول",
			text:     "وتقاتل عناصر هذه الكتيبة في مناطق متفرقة في اللاذقية وإدلب وحماة ومعظم مقاتليها من الأوزبك والطاجيك وأفراد من إقليم تركستان غربي الصين.",
			notTowns: []string{"C3871", "C2987"}},
		{class: "two regions", id: "2015-08-02-872", title: "داعش يكسب 200 مليون دولار سنوياً من تصدير القمح",
			text:     "وفي سوريا سيطر الجهاديون على 30 بالمئة من إنتاج القمح في منطقتي الرقة ودير الزور الخاضعتين لهما بحسب الخبير.",
			notTowns: []string{"C5086"}, govs: []string{"SY09", "SY11"}},
		{class: "north of a city", id: "BB-middleEast-920-20180830", title: "ما هي الجماعات المعارضة المنتشرة في شمالي سوريا؟",
			text:     "ورافقت عناصر الهيئة القوافل العسكرية التركية التي دخلت إلى إدلب وشمال حلب وحماه لإنشاء نقاط مراقبة عسكرية.",
			notTowns: []string{"C3871", "C2987"}, govs: []string{"SY05", "SY07"}},
		{class: "the southern triangle", id: "2015-07-22-28", title: "المعارضة السورية تخفف الضغط العسكري عن الزبداني",
			text:     "بعد مشاركته في المعركة التي أفضت إلى استعادة نظام الرئيس السوري بشار الأسد مواقع عسكرية في مثلث جنوب دمشق - القنيطرة - درعا، في فبراير (شباط) الماضي.",
			notTowns: []string{"C6268", "C5993"}, govs: []string{"SY12", "SY14"}},
	})
}
