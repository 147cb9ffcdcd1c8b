package facets

import "testing"

// TestPlaceForeignStoriesAndContainers pins names read for Syrian towns
// where the article means a place abroad or a province (round 34,
// audtownsc34): a name news abroad uses too (usedElsewhere), in a story
// about a place abroad that names nothing Syrian (the West Bank village
// دوما of the Dawabsheh arson, Jericho), and a quarter's name after a word
// for the settlements it contains ("كبرى مدن المحافظة": the province's
// largest city, not Aleppo's quarter المحافظة). The corpus sample of
// rasid's towns held both.
func TestPlaceForeignStoriesAndContainers(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "West Bank Duma", id: "2015-08-06-291", title: "شعراء وأدباء جاءوا إلى فلسطين لينقلوا صورتها إلى العالم",
			text:     "وزار الوفد مدينة نابلس ومخيماتها. كما شارك في عزاء الشهيد الطفل علي الدوابشة، الذي ذهب ضحية حرق منزل عائلته في قرية دوما من قبل مستوطنين.",
			notTowns: []string{"C2338"}, notGovs: []string{"SY03"}},
		{class: "West Bank Duma in the news of his father's death", id: "2015-08-08-144", title: "وفاة والد الطفل الفلسطيني الذي قضى في حريق متعمد",
			text:     "وبقيت الأم في حالة حرجة في أحد مستشفيات إسرائيل. من جهته أفاد غسان دغلس المسؤول في السلطة الفلسطينية لشمال الضفة الغربية المحتلة حيث تقع قرية دوما وحيث منزل عائلة دوابشة، بأنّ السلطات الفلسطينية والإسرائيلية على اتصال لتنظيم نقل جثمان سعد دوابشة لتشييعه اليوم.",
			notTowns: []string{"C2338"}, notGovs: []string{"SY03"}},
		{class: "the province's largest city", id: "2015-07-21-608", title: "رئيس وزراء تركيا يعلن عن تحديد هوية مشتبه بهجوم سوروتش الانتحاري",
			text:  "وقد استهدف الهجوم المركز الثقافي في سوروتش القريبة من سوريا، حيث تجمع طلبة يرغبون في المشاركة في اعادة بناء مدينة كوباني، على الجانب الآخر من الحدود. وقال في مؤتمر صحافي عقده في شانلي اورفة كبرى مدن المحافظة التي تقع سوروتش ضمنها، ان البعض منهم مصابون بجروح خطرة.",
			towns: []string{"C1946"}, notTowns: []string{"C1007"}},
		// Guards: Syria's Duma in a story that names Syria, Duma where a
		// place stands in a story with nothing abroad in it, and a quarter
		// after حي.
		{class: "Syria's Duma", id: "", title: "غارات على دوما",
			text:  "قتل ثمانية مدنيين في غارات على مدينة دوما في الغوطة الشرقية، وفق المرصد السوري لحقوق الإنسان.",
			towns: []string{"C2338"}},
		{class: "Duma with nothing abroad", id: "", title: "تقرير عن هجوم الكلور",
			text:  "قالت منظمة حظر الأسلحة الكيماوية إن بعثتها وصلت إلى مدينة دوما للتحقيق في الهجوم.",
			towns: []string{"C2338"}},
		{class: "a quarter after hayy", id: "", title: "قصف على حلب",
			text:  "قتل مدنيان في قصف على حي الشيخ مقصود في حلب.",
			towns: []string{"C1007"}},
	})
}
