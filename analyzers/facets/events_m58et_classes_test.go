package facets

import "testing"

// TestEventTypesM58etOpsEscalated pins the round-58 reader m58et's rule
// opsEscalated: a force's own operations told stepped up ("تصعد تركيا
// عملياتها في منطقة عفرين"، "الجيش كثف عملياته في الجزء الأوسط من الغوطة
// الشرقية") are ground fighting going on, an armed clash (rul46b-1(c)), as
// the gold articles with the construction code it (7 coded / 2 not; the two
// not are the guards below). The true rows fail on main. Guards: a step-up
// dated by منذ and a month (BB-middleEast-182), one over past months
// (SK-middleEast-658), operations of another kind (humanitarian,
// SK-middleEast-2574), a militants' step-up dated to another year
// (SK-middleEast-2510), a plan.
func TestEventTypesM58etOpsEscalated(t *testing.T) {
	const clash = "armed-clash"
	checkTypes(t, []typeCase{
		{"Turkey steps up its operations in Afrin", "FR-middleEast-151-20180314", "سوريا: الجيش التركي يحاصر عفرين من كل الجهات وأردوغان يترقب سقوطها",
			`تصعد تركيا عملياتها في منطقة عفرين ذات الغالبية الكردية في شمال سوريا، حيث استهدفت غاراتها الأربعاء مقاتلين موالين لدمشق في حين أعرب رئيسها رجب طيب أردوغان عن أمله بحصار المدينة بشكل كامل مساء.`,
			"2018-03-14 12:00", clash, true},
		{"the army stepped up its operations in central Ghouta", "BB-middleEast-173-20180310", `نشطاء: القوات الحكومية السورية "تقسم الغوطة الشرقية إلى ثلاث مناطق"`,
			`وأفاد التلفزيون الرسمي السوري في وقت سابق يوم السبت بأن الجيش كثف عملياته في الجزء الأوسط من الغوطة الشرقية بعد ثلاثة أسابيع من بدء هجوم قوات الحكومة.`,
			"2018-03-10 12:00", clash, true},
		{"the front named a sentence before", "SK-middleEast-2436-20180617", `"سكاي نيوز عربية" داخل مصنع مفخخات للقاعدة في درنة`,
			`وسيطر الجيش الوطني الليبي على هذه المقار وغيرها من أوكار التنظيم المتطرف، مع دخول عملية الجيش مراحلها الأخيرة في درنة.
ويكثف الجيش الوطني عملياته، التي بات يغلب عليها طابع حرب الشوارع بالأسلحة المتوسطة والخفيفة، حرصا على حياة المدنيين.`,
			"2018-06-17 12:00", clash, true},
		{"guard: a step-up dated by منذ and a month", "BB-middleEast-182-20180313", "الغوطة الشرقية: خروج أول دفعة من المصابين",
			`وقتل أكثر من 1100 شخص وأصيب 4 آلاف منذ كثفت الحكومة عملياتها العسكرية ضد الغوطة الشرقية في 18 فبراير/ شباط.`,
			"2018-03-13 12:00", clash, false},
		{"guard: a step-up over past months (the sentence adapted)", "SK-middleEast-658-20180329", "مقتل عناصر من القاعدة في اليمن",
			`وقد كثفت الولايات المتحدة من عملياتها في الأشهر الماضية ضد المتشددين في محافظة البيضاء.`,
			"2018-03-29 12:00", clash, false},
		{"guard: humanitarian operations", "SK-middleEast-2574-20180624", "الحوثي يخنق اليمنيين.. منع سفن من دخول ميناء الحديدة",
			`في وقت يكثف التحالف العربي عملياته الإنسانية لتجنيب ملايين اليمنيين شمالي البلاد كارثة إنسانية، تصر ميليشيات الحوثي على استغلال سيطرتها على ميناء الحديدة.`,
			"2018-06-24 12:00", clash, false},
		{"guard: a militants' step-up dated to another year (adapted)", "SK-middleEast-2510-20180621", "مصر تعلن مقتل مسلحين",
			`وكانت الجماعات المتشددة قد صعدت من عملياتها ضد قوات الأمن في شمال سيناء بعد عزل الرئيس محمد مرسي عام 2013.`,
			"2018-06-21 12:00", clash, false},
		{"guard: a step-up threatened", "", "تهديدات جديدة",
			`وحذر المتحدث من أن الجيش قد يكثف عملياته في ريف إدلب خلال الأيام المقبلة.`,
			"2018-06-21 12:00", clash, false},
	})
}
