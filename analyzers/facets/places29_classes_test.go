package facets

import "testing"

// TestPlaceListsKeepToTheirSentence pins a list neighbour to its own
// sentence (round 29): a name that opens a sentence is no item of a list
// the sentence before closed with a town, so an everyday word there
// ("زيارة" a visit, "وبدأ" began) needs a cue of its own. A list inside one
// sentence still vouches for its items.
func TestPlaceListsKeepToTheirSentence(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "a visit after Damascus closed a sentence", id: "FR-internationalNews-2490-20180728", title: "سوريا: الأكراد يعلنون عن اتفاق مع دمشق بغرض \"رسم خارطة طريق تقود إلى اللامركزية\"",
			text:  "وأكد العضو الكردي في مجلس الشعب السوري عمر أوسي من دمشق أن المحادثات \"هي الأولى العلنية مع حكومة دمشق\".\nزيارة وفد المجلس التي بدأت الخميس إلى دمشق جاءت بدعوة من الحكومة السورية، وفق بيان صدر السبت عن المجلس ونشره على حسابه عبر فيس بوك.",
			towns: []string{"C1001"}, notTowns: []string{"C7243"}},
		{class: "began after Damascus closed a sentence", id: "SK-middleEast-1185-20180422", title: "غارات مكثفة لسحق آخر جيوب المعارضة قرب دمشق",
			text:  "ويسعى النظام السوري المدعوم من إيران وروسيا إلى سحق آخر جيوب للمعارضة، بعد السيطرة على الغوطة الشرقية التي تعد آخر معقل للمعارضة قرب دمشق.\nوبدأ مقاتلو المعارضة، الأحد، الانسحاب من جيب كانوا يسيطرون عليه يقع شمال شرقي دمشق في منطقة القلمون الشرقي، بموجب اتفاق استسلام مع الحكومة.",
			towns: []string{"C1001"}, notTowns: []string{"C2402"}},
		// A guard: a list inside one sentence goes on past its commas.
		{class: "a list inside its sentence", id: "BB-middleEast-115-20180228", title: "\"جبهة تحرير سوريا\" أخر تشكيلات المعارضة",
			text:  "وتأتي هذه التطورات في ظل خلافات داخل الحركة بسبب الموقف من المشاركة في عملية \"درع الفرات\" العسكرية التي قادتها تركيا في شمالي سوريا وانتهت بالسيطرة على مدن جرابلس، الباب، الراعي على الحدود وطرد عناصر \"تنظيم الدولة\" منها.",
			towns: []string{"C1202"}},
	})
}

// TestPlaceSyrianPlaceAfterACue pins a name that is also a word or a place
// abroad (الباب "the door", نصيب "a share"), read without its governorate
// named when a place word stands before it and Syria right after it (round
// 29: holdout-24's "إلى منطقة الباب في الشمال السوري"). Syria further off,
// past a comma, does not place it.
func TestPlaceSyrianPlaceAfterACue(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "the north of Syria after the name", id: "FR-middleEast-272-20180413", title: "سوريا: دفعة جديدة من المقاتلين والمدنيين تغادر دوما في الغوطة الشرقية",
			text:  "أعلن المرصد السوري لحقوق الإنسان أن دفعة جديدة من المقاتلين والمدنيين خرجت ليل الخميس الجمعة من دوما في الغوطة الشرقية قرب دمشق، إلى منطقة الباب في الشمال السوري.",
			towns: []string{"C2338", "C1202"}, govs: []string{"SY02"}},
		{class: "a crossing called Syrian", id: "SK-middleEast-3878-20181015", title: "رسميا.. إعادة فتح معبر \"نصيب\" بين الأردن وسوريا",
			text:  "وطلب الجانب السوري من الجانب الأردني إرسال مندوب من قبلهم للمشاركة في التفتيش (الفحص الفني) بسبب عدم وجود جهاز تصوير شعاعي (إكس راي) في معبر نصيب السوري.",
			towns: []string{"C5999"}},
		// A guard: Syria past a comma and a clause does not place it.
		{class: "Syria past a comma", id: "SK-middleEast-1506-20180508", title: "بدء إجلاء المعارضة من حمص.. أولى القوافل وصلت \"الباب\"",
			text:     "وذكر المرصد أن أول قافلة حافلات انطلقت من بلدات الرستن وتبليسة في وقت متأخر الاثنين وصلت إلى منطقة الباب، التي تسيطر عليها القوات التركية شمالي سوريا وتنتظر السماح لها بالدخول، وفق ما أوردت أسوشيتد برس\".",
			notTowns: []string{"C1202"}},
	})
}

// TestPlaceCityLikeCue pins كمدينة ("like the city of") as a city word
// before a capital whose bare name is its province (round 29: holdout-23's
// "كمدينة إدلب، مركز المحافظة"); the bare name stays the province.
func TestPlaceCityLikeCue(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "like the city of", id: "2015-08-04-825", title: "مقتل 31 شخصا بتحطم طائرة حربية في إدلب",
			text:  "وخسرت قوات النظام منذ نهاية مارس الماضي عددا من المدن الاستراتيجية في محافظة إدلب الحدودية مع تركيا كمدينة إدلب، مركز المحافظة، وجسر الشغور وأريحا بعد معارك عنيفة خاضتها ضد ائتلاف يضم جبهة النصرة.",
			towns: []string{"C3871", "C4199", "C4278"}, govs: []string{"SY07"}},
		// A guard: bare إدلب is the province.
		{class: "bare Idlib", id: "2015-08-04-825", title: "مقتل 31 شخصا بتحطم طائرة حربية في إدلب",
			text:     "وقال مدير المرصد رامي عبد الرحمن: تحطمت طائرة حربية أثناء قصفها حيا في أريحا بمحافظة إدلب التي تسيطر عليها فصائل المعارضة منذ 28 مايو الماضي.",
			notTowns: []string{"C3871"}, govs: []string{"SY07"}},
	})
}
