package facets

import "testing"

// TestEventTypesM59clashSharedFight pins the round-59 reader m59clash's
// widening of joinedFight: a fighting word (قتال، القتال) told as what
// someone took part in by the past verb ("شاركوا في قتال مع تنظيم داعش"،
// "لمن شارك بالقتال في سوريا") is a fighter's record, as a joining is, not
// a fight of the news. Over the pool and blind gold articles 8 hold the
// construction, 7 untyped; the eighth is typed by its other clashes. The
// false rows fail on main. Guards: the present verb (a war going on: "قوات
// طالبان ... تشارك في القتال في جوزجان", adapted with الدائر so the fight
// alone types it), and the battles a killed fighter took part in, told as
// المعارك (FR-internationalNews-523).
func TestEventTypesM59clashSharedFight(t *testing.T) {
	const clash = "armed-clash"
	checkTypes(t, []typeCase{
		{"seven arrested who fought with ISIS", "SK-internationalNews-2905-20180807", `اعتقال 7  أشخاص بمقدونيا "قاتلوا" في سوريا والعراق`,
			`قالت وزارة الداخلية المقدونية إن الشرطة ألقت القبض على 7 أشخاص يعتقد أنهم شاركوا في قتال مع تنظيم داعش في سوريا والعراق.
وقالت الشرطة إن من ألقي القبض عليهم، الذين تتراوح أعمارهم بين 23 و41 عاما، يواجهون اتهامات في قضيتين منفصلتين تعودان إلى عامي 2015 و2016.`,
			"2018-08-07 12:00", clash, false},
		{"twenty years for one who fought in Syria", "2015-07-31-379", "بلجيكا: السجن 20 عامًا لمن شارك بالقتال في سوريا وتبرئة امرأتين تزوجتا هناك",
			`تفاوتت ردود الأفعال من جانب الدفاع عن المتهمين، في القضية التي نظرت فيها محكمة بروكسل الجنائية، وواجه فيها 32 شخصًا، اتهامات تتعلق بالمشاركة في أنشطة جماعة إرهابية، وتجنيد وتسفير الشباب للقتال في سوريا.`,
			"2015-07-31 12:00", clash, false},
		{"guard: the present verb, a war going on (adapted)", "AL-internationalNews-2004-20180720", "فرار أسر في شمال أفغانستان",
			`وقال غفوري إن قوات طالبان من ساريبول وفارياب تشارك في القتال الدائر في جوزجان، وإن مئات الأسر اضطرت لترك ديارها.`,
			"2018-07-20 12:00", clash, true},
		{"guard: the battles a killed fighter took part in", "FR-internationalNews-523-20180319", "مقتل بريطانية شاركت في معارك عفرين إلى جانب وحدات المرأة الكردية",
			`قتلت شابة بريطانية تدعى آنا كامبل خلال مشاركتها إلى جانب وحدات حماية المرأة الكردية بالمعارك، إثر قصف تركي على جبهات مدينة عفرين في شمال سوريا، وفق ما أعلنت متحدثة باسم الوحدات الاثنين.
أعلنت وحدات حماية المرأة الكردية الاثنين مصرع مقاتلة بريطانية شاركت بالمعارك التي خاضتها ضد الهجوم التركي على منطقة عفرين في شمال سوريا، وفق ما أكدت متحدثة باسمها.`,
			"2018-03-19 12:00", clash, true},
	})
}
