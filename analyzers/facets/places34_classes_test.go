package facets

import "testing"

// TestPlaceCityQuarter pins a quarter (حي X) placed by the governorate
// capital named right after it as that city's quarter (round 34,
// audtowns34): Old Aleppo's حي المغاير is not Jarablus's village المغاير,
// and Aleppo's حي الكلاسة, in all its mentions, not Hasakah's quarter of
// that name. The corpus sample of rasid's towns held both.
func TestPlaceCityQuarter(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "Old Aleppo's quarter", id: "2015-07-22-1792", title: "صواريخ الأسد تسقط 18 قتيلا في حلب",
			text:     "وأفاد المرصد السوري لحقوق الإنسان، أن الصاروخ، سقط على حي المغاير الشعبي في حلب القديمة الواقع تحت سيطرة المعارضة، ما تسبب بمقتل 18 شخصا.",
			towns:    []string{"C1007"},
			notTowns: []string{"C2218"}},
		{class: "a quarter south of the city", id: "2015-07-22-29", title: "النظام يحشد مقاتليه بجبال اللاذقية",
			text:     "وفي حلب، قال المرصد السوري لحقوق الإنسان إن 18 شخصا قتلوا وأصيب 50 آخرون جراء سقوط صاروخ على حي المغاير الخاضع لسيطرة المعارضة جنوب مدينة حلب، مصدره مناطق سيطرة النظام.",
			notTowns: []string{"C2218"}},
		{class: "Aleppo's Kallaseh, named again", id: "2015-07-21-77", title: "157 شخصًا بينهم 39 طفلاً حصيلة الضحايا السوريين في عيد الفطر",
			text:     "حولت شهداء قتلوا بسبب قصف طيران النظام لحي الكلاسة في حلب، أمس، إلى مؤيدين قتلوا على يد المعارضة. وزعمت القناة أن مسلحين قاموا بتصفية مدنيين في حي الكلاسة «بتهمة التعامل مع النظام».",
			towns:    []string{"C1007"},
			notTowns: []string{"C4360"}, notGovs: []string{"SY08"}},
		// Guards: a quarter the gazetteer lists as a community of the
		// city's district, or of Rif Dimashq south of Damascus, stays.
		{class: "Aleppo's Khalidiyeh", id: "2015-07-31-1689", title: "«النصرة» تخطف 8 مقاتلين من فصيل سوري معتدل مدربين في تركيا",
			text:  "وفي السياق، دارت اشتباكات صباح أمس، بين مقاتلي الفرقة 16 مشاة وقوات النظام، في حي الخالدية بمدينة حلب، وسط استهداف تجمعات قوات النظام في الحي.",
			towns: []string{"C1007", "C8062"}},
		{class: "Hajar al-Aswad south of Damascus", id: "SK-middleEast-1681-20180509", title: "مسلحو \"داعش\" يسيطرون على نقاط جنوب دمشق",
			text:  "وتتركز المعارك حالياً عند المحاور الشمالية الغربية لحي الحجر الأسود جنوب دمشق، ومحور شارع دعبول في التضامن في سوريا.",
			towns: []string{"C2502"}},
	})
}

// TestPlaceAlwaysWritten pins دوما read as "always" in an article that
// writes the adverb with its tanween (دوماً، دومًا) anywhere (round 34,
// audtowns34): its bare mentions are the word, and only a place word or a
// preposition makes it the Ghouta's town. The corpus held 7 such articles.
func TestPlaceAlwaysWritten(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "the ministry always said", id: "2015-07-26-630", title: "واشنطن تفرج عن الجاسوس الإسرائيلي - الأمريكي بولارد",
			text:     "وقال المتحدث باسم الوزارة في بيان: إن وزارة العدل قالت دومًا وما تزال إن جوناثان بولارد يجب أن يقضي عقوبته. ويأتي ذلك بينما تتواصل الحرب في سوريا.",
			notTowns: []string{"C2338"}, notGovs: []string{"SY03"}},
		{class: "Tehran always repeats", id: "2015-07-31-1502", title: "الوصاية الدولية على إيران والعراق",
			text:     "تردد طهران دوماً: «لا سلام في المنطقة بدون إيران»، فيما تقاتل ميليشياتها في العراق وسوريا.",
			notTowns: []string{"C2338"}},
		// Guard: the town after a preposition in such an article stays.
		{class: "the town after في", id: "", title: "قصف على الغوطة",
			text:  "قال ناشطون إن النظام السوري يقصف دوماً المدن، وقتل خمسة مدنيين في دوما بالغوطة الشرقية.",
			towns: []string{"C2338"}},
	})
}
