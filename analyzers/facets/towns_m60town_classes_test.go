package facets

import "testing"

// TestAirportInCapital pins the airport told before, with ال and no name,
// right before في or بـ and a governorate capital ("باتجاه المطار في حمص")
// as a facility placed in the province, not the city (round 60, m60town:
// facilityIn reads theAirport as it reads "مطار التيفور العسكري في حمص").
// Over the pool and blind gold articles the construction stands once, coded
// the province alone (pool SK-middleEast-2795, the row that fails on main).
// Guards: Damascus is not asked (its airport's "في دمشق" keeps the city);
// القاعدة right before في is left (al-Qaeda's fighters in the city); the
// airport that ends a sentence places nothing in the next (rev60); Russia's
// naval base in Tartus city, which the golds code the city (pool
// 2015-07-22-1449), keeps it: there an adjective stands between القاعدة
// and the name, so the row guards the facility's words, not theAirport.
func TestAirportInCapital(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "المطار في حمص, the T4 base told before", id: "SK-middleEast-2795-20180708", title: "دمشق تعلن التصدي لضربات إسرائيلية وإصابة طائرة",
			text:     "وكانت وكالة رويترز قد نقلت عن ضابط بالجيش في الصحراء السورية الجنوبية، قوله إن أنظمة الدفاع الجوي \"أسقطت صواريخ انطلقت من جنوبي منطقة التنف باتجاه المطار في حمص\".",
			notTowns: []string{"C2528"}, govs: []string{"SY04"}},
		// Guards.
		{class: "Damascus is not asked", id: "guard", title: "رحلات جوية",
			text:  "وهبطت الطائرة القادمة من موسكو في المطار في دمشق مساء الأحد.",
			towns: []string{"C1001"}},
		{class: "the airport ends the sentence before", id: "guard", title: "قصف على حمص",
			text:  "وهبطت الطائرة في المطار. في حمص قتل ثلاثة مدنيين.",
			towns: []string{"C2528"}},
		{class: "the naval base in Tartus city", id: "2015-07-22-1449", title: "حول المبادرة الروسية لمكافحة الإرهاب",
			text:  "يدعم ذلك كله اندفاعها الحثيث نحو تأكيد عودة حضورها في القاعدة البحرية بطرطوس، على ساحل البحر الأبيض المتوسط.",
			towns: []string{"C5221"}},
		{class: "al-Qaeda's fighters in the city", id: "guard", title: "معارك حلب",
			text:  "وقالت مصادر إن مقاتلي القاعدة في حلب صدوا هجوما على حي الراشدين.",
			towns: []string{"C1007"}},
	})
}

// TestSideWithBOfCapital pins a compound side whose first word holds ب
// ("بشمال غرب الرقة"، "بجنوب غرب درعا") as the region on that side, the
// province, as sideRegion already read "من جنوب غرب درعا" and "بشمال حلب"
// (round 60, m60town: sideWithB). No pool or blind gold article holds the
// construction; the row from ant-all (SK-middleEast-2133, which also names
// "مدينة الرقة" elsewhere and keeps the city there) fails on main.
// Guards: the bare ب side ("بشمال حلب") reads as before, and a compound side
// with neither ب nor a preposition locates another place and keeps the city.
func TestSideWithBOfCapital(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "بشمال غرب الرقة", id: "SK-middleEast-2133-20180604", title: "مقتل جندي أميركي في سوريا",
			text:     "وكان المرصد السوري لحقوق الإنسان قد تحدث في الثاني من أبريل الماضي، عن استهداف قاعدة للتحالف الدولي في منطقة عين عيسى بشمال غرب الرقة.",
			notTowns: []string{"C5710"}, govs: []string{"SY11"}},
		{class: "بجنوب غرب درعا", id: "guard", title: "نقل مقاتلين",
			text:     "وانتشرت قوات النظام السوري في القرى الواقعة بجنوب غرب درعا بعد انسحاب الفصائل.",
			notTowns: []string{"C5993"}, govs: []string{"SY12"}},
		// Guards.
		{class: "a bare side with ب, as before", id: "guard", title: "معارك",
			text:     "ودارت اشتباكات عنيفة بشمال حلب صباح اليوم.",
			notTowns: []string{"C1007"}, govs: []string{"SY02"}},
		{class: "a compound side with no preposition", id: "guard", title: "قصف على ريف حلب",
			text:  "ألقى براميل متفجرة صباحا على قرية تبعد أكثر من 60 كلم شمال غرب حلب.",
			towns: []string{"C1007"}},
	})
}
