package facets

import "testing"

// TestEventTypesExpelled pins who a طرد drove out (expelNoun, aimedCapture,
// objectWords in events.go): the noun's genitive right after it ("بعد طرد
// تنظيم الدولة") and a force after مسلحي ("من مسلحي تنظيم داعش") are the
// losers, not the takers, and a طرد an operation aims at ("تهدف إلى طرد")
// takes no place; nor is a capture word after مواقع, the sites a side holds.
// The want rows fail on main. Guards: a verb طردت with its
// subject after it stays the taker's capture.
func TestEventTypesExpelled(t *testing.T) {
	const (
		regain   = "government-regains-territory"
		takeover = "non-state-actor-overtakes-territory"
	)
	const (
		iraqVote = "وهذه الانتخابات هي الأولى في البلاد بعد طرد تنظيم \"الدولة الإسلامية\"."
		damascus = "وقال المتحدث العسكري إن وحدات الجيش تمكنت من \"القضاء على أعداد كبيرة من مسلحي تنظيم 'داعش' الإرهابي ما أدى إلى إحكام السيطرة التامة على منطقة الحجر الأسود ومخيم اليرموك\"."
		yarmouk  = "يواصل جيش النظام السوري، منذ أيام، غارات عنيفة على مخيم اليرموك، جنوبي العاصمة دمشق، في عملية عسكرية تهدف إلى طرد مسلحي تنظيمي داعش والقاعدة."
		shield   = "وكانت العملية الأولى المسماة بعملية \"درع الفرات\" تهدف إلى طرد مسلحي تنظيم الدولة الإسلامية المتشدد ومقاتلي وحدات حماية الشعب الكردية من المناطق الحدودية بين تركيا وسوريا."
		olive    = "بينما كانت العملية الثانية التي شنتها تركيا في 20 يناير / كانون الثاني الماضي، وأطلقت عليها اسم عملية \"غصن الزيتون\"، تهدف إلى طرد وحدات حماية الشعب الكردية من عفرين."
		quneitra = "قال المرصد السوري لحقوق الإنسان الخميس إنه تم التوصل إلى اتفاق، بين روسيا والفصائل المعارضة في محافظة القنيطرة جنوب غرب سوريا، ينص على وقف المعارك ودخول قوات النظام.\n" +
			"توصلت روسيا والفصائل المعارضة في محافظة القنيطرة حيث تقع هضبة الجولان (جنوب غرب سوريا) إلى اتفاق يقضي بإنهاء المعارك ودخول القوات النظامية إلى مناطق سيطرة الفصائل.\n" +
			"وكانت قوات النظام قد بدأت الأحد هجوما على مواقع سيطرة الفصائل المعارضة في محافظة القنيطرة بعدما استعادت أكثر من 90 بالمئة من محافظة درعا المحاذية."
		camp = "وأوضح البيان أن ذلك تحقق بعد أن طردت القوات الحكومية مسلحي تنظيم الدولة الإسلامية من مناطق مخيم اليرموك للاجئين الفلسطينيين وحي الحجر الأسود."
	)
	checkTypes(t, []typeCase{
		{"elections after ISIS was driven out", "FR-internationalNews-1198-20180512",
			"العراق: بدء عملية التصويت في أول انتخابات تشريعية بعد طرد تنظيم \"الدولة الإسلامية\"", iraqVote, "2018-05-12 12:00", takeover, false},
		{"the army's full control after killing ISIS's gunmen", "BB-middleEast-524-20180521",
			"الجيش السوري يعلن استعادة السيطرة على آخر مناطق المعارضة قرب دمشق", damascus, "2018-05-21 12:00", takeover, false},
		{"an operation aiming to drive ISIS out", "SK-middleEast-1189-20180422",
			"مخيم اليرموك.. عاصمة الشتات الفلسطيني", yarmouk, "2018-04-22 12:00", takeover, false},
		{"Turkey's operation aiming to drive the YPG out", "BB-middleEast-634-20180618",
			"أردوغان: مقاتلون أكراد يغادرون مدينة منبج السورية", shield + " " + olive, "2018-06-18 12:00", takeover, false},
		// The rebels' sites are what the army attacks (stateWords), not
		// ground they took.
		{"the army attacks the rebels' sites", "FR-middleEast-791-20180719",
			"دفعة من \"مهجري القنيطرة\" تغادر إلى إدلب", quneitra, "2018-07-19 12:00", takeover, false},
		// Guard: the verb, its subject after it, took the place.
		{"government forces drove ISIS out of Yarmouk", "BB-middleEast-524-20180521",
			"الجيش السوري يعلن استعادة السيطرة على آخر مناطق المعارضة قرب دمشق", camp, "2018-05-21 12:00", regain, true},
	})
}
