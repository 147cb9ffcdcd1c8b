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
