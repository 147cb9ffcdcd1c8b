package facets

import "testing"

// Place classes found on fresh articles (round 6) and read over the corpora:
// the capitals that are words too, and a site named after its town. Real
// sentences, article ids given; none from the untouched gold part.
func TestPlaceRound6Classes(t *testing.T) {
	checkPlaces(t, []placeCase{
		// حماة "protectors" (and "mother-in-law"), درعا "a shield".
		{class: "capital as a word", id: "2015-08-09-790", title: "التحدي كبير ولكننا قادرون",
			text: "لقد غدروا بعباد اصطفاهم الله ليكونوا حماة لوطن وقبلة المسلمين.", notTowns: []string{"C2987"}, notGovs: []string{"SY05"}},
		{class: "capital as a word", id: "SK-middleEast-861-20180408", title: "محمد بن زايد يشهد ختام التمرين العسكري \"حماة الوطن 2\"",
			notTowns: []string{"C2987"}, notGovs: []string{"SY05"}},
		{class: "capital as a word", id: "SK-middleEast-1818-20180519", title: "التحالف يسلّم طفلة لذويها استخدمها الحوثيون درعا بشريا",
			notTowns: []string{"C5993"}, notGovs: []string{"SY12"}},
		{class: "capital as a word", id: "AL-internationalNews-1384-20180530", title: "ضحايا جريمة لييج.. أم خلفت يتيمتين وشاب مات بجوار أمه",
			text: "وقد أصيب عدد من رجال الأمن الذين تقدموا درعا أمامه، قبل أن يردوه قتيلا.", notTowns: []string{"C5993"}, notGovs: []string{"SY12"}},
		// ... and the place after a place word, or beside another
		// governorate, in an article that does not name Syria.
		{class: "capital as a place", id: "SK-middleEast-1346-20180429",
			text:  "قتلى والجرحى جراء الانفجارات والحرائق الضخمة التي اندلعت في جبل البحوث 47 جنوبي مدينة حماة",
			towns: []string{"C2987"}, govs: []string{"SY05"}},
		{class: "capital as a place", id: "BB-middleEast-794-20180723",
			text: "بسطت سيطرتها على معظم محافظتي القنيطرة ودرعا بعد التوصل إلى اتفاقيات", govs: []string{"SY12", "SY14"}},

		// An everyday name right after على/في with a strike word shortly
		// before: shelled, so a place, even where Syria is not named.
		{class: "struck", id: "BB-internationalNews-328-20180412",
			text:  "وكان وزير الدفاع، جيمس ماتيس، قال أمام الكونغرس إنه يعتقد أن الغارات الجوية على دوما كانت بأسلحة كيميائية",
			towns: []string{"C2338"}, govs: []string{"SY03"}},
		{class: "struck", id: "AL-internationalNews-907-20180413",
			text:  "وقالت الخارجية الأميركية، الجمعة، إن لديها أدلة على تورط نظام الأسد في الهجوم الكيمياوي على دوما الأسبوع الماضي",
			towns: []string{"C2338"}, govs: []string{"SY03"}},
		{class: "not struck", id: "2015-07-21-304", title: "البث الإذاعي عبر الإنترنت ازدهار بطيء وشعبية متزايدة",
			text: "وكانت تلك التكنولوجيا دوما عرضة لفترات من النجاح والفشل", notTowns: []string{"C2338", "C3076", "C6236"}, notGovs: []string{"SY03"}},

		// A site named after a town, in an article that names Syria.
		{class: "site", id: "BB-middleEast-355-20180416", title: "الرئيس الفرنسي \"أقنع ترامب\" ببقاء القوات الأمريكية في سوريا",
			text:  "وهذه المواقع هي: مركز برزة للدراسات والبحوث الكيميائية والبيولوجية شمال العاصمة دمشق، وموقع شنشار لتخزين الأسلحة الكيمائية، ومخبأ للأسلحة الكيميائية في غربي حمص.",
			towns: []string{"C2736", "C1001", "C2528"}, govs: []string{"SY04", "SY01"}},
		{class: "site", id: "BB-internationalNews-341-20180414", title: "هل كانت الضربات الجوية على سوريا قانونية؟",
			text: "لماذا يتم استهداف موقع جمرايا التابع لمركز البحوث العلمية في سوريا؟", towns: []string{"C2325"}, govs: []string{"SY03"}},
		// ... not abroad, not the scene, not a website, not positions or a
		// team's camp.
		{class: "site abroad", id: "SK-internationalNews-1956-20180604", title: "وثيقة إيرانية تظهر حقيقة التخصيب و\"القنبلة النووية\"",
			text: "هذه الأداة لأجل إجراء اختبار \"تمثيلي\" للانفجار في موقع برشين العسكري.", notTowns: []string{"C3407"}, notGovs: []string{"SY05"}},
		{class: "the scene", id: "BB-middleEast-794-20180723", title: "سوريا: الخوذ البيضاء \"ملائكة رحمة\" أم \"عملاء للخارج\"؟",
			text: "وكانت تصل إلى موقع الحدث بعد وقوع الهجوم أو الغارات فورا.", notTowns: []string{"C2665"}},
		{class: "a website", id: "2015-07-22-90", title: "العثور على الشريك المؤسس لموقع «جروف شارك» ميتًا",
			notTowns: []string{"C1306"}},
		{class: "positions", id: "AL-internationalNews-926-20180416", title: "تركيا: علاقتنا بروسيا أقوى من أن يكسرها ماكرون",
			text:     "وكان الرئيس الفرنسي إيمانويل ماكرون قد صرّح سابقا أنّ الضربة العسكرية التي وجّهتها بلاده مع الولايات المتحدة الأميركية وبريطانيا نحو مواقع الأسد، تمكّنت من إبعاد تركيا عن روسيا\nوذلك بعد إعلان ماكرون أن الضربات الجوية على #سوريا ليل الجمعة السبت تسببت بتباين بين أنقرة وموسكو حول هذا الملف",
			notTowns: []string{"C2032"}},
		{class: "a camp", id: "2015-07-22-1661", title: "الاتفاق يلعب أربع مباريات ودية في معسكر تركيا",
			notTowns: []string{"C6870"}, notGovs: []string{"SY11"}},
	})
}
