package facets

import "testing"

// A displacement (تهجير) hands territory over only where fighters leave or
// a town of the war is emptied, as a bare evacuation does: families driven
// from their villages, or a people from its land, are not a transfer of
// territory.
func TestEventTypesDisplacementBare(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a rights report on 44 families the Houthis drove out", "AL-internationalNews-1282-20180522",
			"تعز.. ميليشيا الحوثي تهجّر 44 أسرة قسريا الشهر الماضي",
			"كشف تقرير حقوقي عن تهجير ميليشيا الحوثي لنحو 44 أسرة من قرية بلاد الوافي بمديرية جبل حبشي، ومنطقة الحيمة، بمديرية التعزية شمال شرق تعز، جنوب غرب #اليمن.",
			"2018-05-22 19:38", transferType, false},
		{"the Houthis displacing Hajjah's civilians", "SK-middleEast-3415-20180815",
			"الحوثيون يردون على خسائرهم بتهجير مدنيي حجة",
			"هجّرت ميليشيات الحوثي الإيرانية عشرات الأسر اليمنية من قرى مديرية حيران، في محافظة حجة، حسبما قالت مصادر ميدانية لـ\"سكاي نيوز عربية\".\n" +
				"وأجبرت الميليشيات عائلات على ترك منازلهم قبل أن يتحصنوا داخلها، ومنعت المهجرين حتى من اصطحاب أمتعتهم.",
			"2018-08-15 17:12", transferType, false},
		{"the Rohingya driven from their homes", "FR-internationalNews-989-20180429",
			"وفد أممي يزور لاجئي الروهينغا العالقين بين بنغلادش وبورما",
			"بدأ مبعوثون من مجلس الأمن الدولي زيارة تستمر أربعة أيام لبنغلادش وبورما، لمناقشة خطة تهدف إلى منح أقلية الروهينغا هوية وحقوقا. وكانت عملية عسكرية نفذها الجيش البورمي ردا على هجوم مسلح شنه متمردون من هذه الأقلية على مراكز أمنية، قد تسببت بتهجير نحو 700 ألف من الروهينغا من ديارهم ولجوئهم عبر الحدود إلى بنغلادش.",
			"2018-04-29 13:09", transferType, false},
		// Guard: buses gathered to take fighters out under a deal.
		{"Quneitra's buses for the fighters' evacuation", "SK-middleEast-3007-20180720",
			"سوريا.. حافلات التهجير تصل القنيطرة",
			"تجمعت حافلات، الجمعة، بمحافظة القنيطرة في جنوبي سوريا، تمهيدا لبدء عملية إجلاء المقاتلين والمدنيين إلى شمال البلاد بموجب اتفاق أبرمته روسيا مع الفصائل المسلحة، وفق المرصد السوري لحقوق الإنسان.",
			"2018-07-20 09:05", transferType, true},
	})
}
