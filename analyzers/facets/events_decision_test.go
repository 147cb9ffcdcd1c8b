package facets

import "testing"

// A strike a decision is still to be taken on ("لم يتخذ بعد قراره النهائي
// حول شن ضربات"، "لاتخاذ قرار شن ضربات"، "قرارا نهائيا بشأن توجيه ضربات")
// has not happened: it types nothing. A decision not on the trigger leaves
// it as it was.
func TestEventTypesDecisionOnStrike(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a final decision not yet taken on strikes", "FR-middleEast-270-20180413",
			"البيت الأبيض: ترامب لم يتخذ بعد \"قراره النهائي\" حول شن ضربات في سوريا",
			"وتمهيدا لاتخاذ قرار شن ضربات جوية ضد النظام السوري ردا على هجوم دوما، كثف ترامب الخميس مشاوراته حول الملف السوري.",
			"2018-04-13 05:07", "air-drone-strike", false},
		{"no final decision yet on directing strikes", "BB-middleEast-334-20180412",
			"",
			"وأبلغت سارة ساندرز المتحدثة باسم البيت الأبيض صحفيين أن واشنطن لم تتخذ بعد قرارا نهائيا بشأن توجيه ضربات.",
			"2018-04-12 05:25", "shelling-artillery-missile-attack", false},
		// Near misses: the decision is not on the trigger.
		// (Round 31: the Aqsa's youths and police, this row's first
		// sentence, are no armed clash; palestineFront.)
		{"a decision the clashes came with", "2015-07-27-592",
			"",
			"كما أشار الكاتب إلى تزامن القرار مع التقارير الصادرة حول الاشتباكات بين الجيش التركي ومقاتلين من داعش بالقرب من الحدود السورية بما أسفر عن مقتل جندي تركي وجرح اثنين آخرين.",
			"2015-07-27 18:51", "armed-clash", true},
		{"a decision on arms after a massacre", "SK-internationalNews-67-20180221",
			"ترامب يوقع قرارا بشأن السلاح بعد مجزرة فلوريدا",
			"",
			"2018-02-21 14:33", "attack-on-civilians", true},
		// Guard: the strikes made.
		{"the strikes made", "FR-middleEast-276-20180414",
			"ضربات عسكرية أمريكية بريطانية فرنسية تستهدف مواقع في سوريا",
			"شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت عملية عسكرية على سوريا ردا على الهجوم الكيميائي الذي اتهمت به دمشق في دوما، واستهدفت غارات جوية مواقع ومقار عسكرية عدة، في دمشق وحمص.",
			"2018-04-14 04:43", "air-drone-strike", true},
	})
}

// A strike among the options weighed ("خيارات الحوثي بعد الضربات") dates
// nothing; the article's told operation still dates it.
func TestEventDateOptionsWeighed(t *testing.T) {
	checkDates(t, []dateCase{
		{"options after strikes, the operation told", "SK-middleEast-2493-20180620",
			"خيارات الحوثي بعد الضربات القاصمة",
			"إلا أن القوات المشتركة تريثت قبل شن العملية الخاطفة فجر الثلاثاء، والتي انتهت بعد ساعتين تقريبا بتحرير المطار.",
			"2018-06-20 09:21", "2018-06-19"},
	})
}
