package facets

import "testing"

// Protesters fighting the police are a violent demonstration, not an armed
// clash; a clash between armed forces stays one.
func TestEventTypesProtestersClash(t *testing.T) {
	const typ = "armed-clash"
	checkTypes(t, []typeCase{
		{"protesters and the police in Ferguson", "2015-08-11-914", "مواجهات عنيفة بين الشرطة ومحتجين في فيرجسون الأميركية",
			"أصيب شخصان في إطلاق للنار وقع خلال مسيرة في مدينة فيرجسون بولاية ميزوري الأميركية أمس الأول في الذكرى الأولى لمقتل الشاب الأسود الأعزل مايكل براون برصاص ضابط شرطة أبيض في المدينة.",
			"2015-08-11 14:20", typ, false},
		{"Tunisian protesters and the police", "SK-middleEast-384-20180318", "مواجهات بين قوات الأمن التونسية ومتظاهرين في قفصة",
			"أطلقت قوات الأمن التونسية الأحد الغاز المسيل للدموع لتفريق متظاهرين يطالبون بالتنمية وفرص العمل في منطقة المظيلة بالحوض المنجمي من محافظة قفصة (وسط)، وفقا لمراسل وكالة فرانس برس.\n" +
				"ورشق عدد من المحتجين قوات الشرطة بالحجارة، وفقا للمصدر نفسه.",
			"2018-03-18 23:00", typ, false},
		// Guard: fighting between armed forces.
		{"fierce fighting at an airport", "FR-internationalNews-1807-20180614", "اليمن: قتال عنيف في محيط مطار الحديدة قبل جلسة لمجلس الأمن",
			"دار قتال عنيف في محيط مطار الحديدة غرب اليمن في اليوم الثاني من الهجوم الذي تشنه القوات الحكومية المدعومة سعوديا وإماراتيا على الحوثيين الذين يسيطرون على المدينة الإستراتيجية على البحر الأحمر، ما أسفر عن مقتل 39 مقاتلا من الطرفين.",
			"2018-06-14 13:30", typ, true},
	})
}
