package facets

import "testing"

// TestEventTypesLoneProtesterBeaten pins a lone protester beaten
// (loneBeatBefore, forceLone): "وهو يضرب متظاهرا"، "بتعنيف أحد المتظاهرين" is
// no excessive force against protesters, as round 19 ruled on this very
// affair (ACLED wants lethal or serious force), nor a protest of the news:
// the true rows fail on main, which typed the beating excessive force (the
// pool's holdout-19 video, the blind codings' two Benalla reports). Guards:
// one protester killed, protesters beaten in number and a count before the
// singular stay force met.
func TestEventTypesLoneProtesterBeaten(t *testing.T) {
	const benalla = `أعلن القضاء الفرنسي، الخميس، فتح تحقيق أولي بعد بث لقطات لمسؤول قريب من الرئيس #إيمانويل_ماكرون وهو يضرب متظاهرا في الأول من أيار/مايو الماضي.
ويستهدف التحقيق أيضا "استغلال رموز" خاصة بالموظفين الحكوميين، بحسب ما أوضحت النيابة، علما أن المسؤول المعني اعتمر خوذة رجل أمن في حين أنه ليس شرطيا.`
	const benallaNew = `كشف أحد الهواة عن فيديو جديد يظهر فيه شخصا يشبه كثيرا ألكسندر بينالا، وهو يقوم بتعنيف أحد المتظاهرين داخل إحدى حدائق باريس، على هامش احتجاجات عيد العمال يوم الأول من مايو/أيار.
وفتحت نيابة باريس تحقيقا حول أعمال العنف.`
	checkTypes(t, []typeCase{
		{"a presidential aide filmed beating a protester", "AL-internationalNews-1991-20180719", "فيديو.. مستشار الرئيس الفرنسي يضرب متظاهراً", benalla,
			"2018-07-19 21:28", "excessive-force-against-protesters", false},
		{"the same beating is no protest of the news either", "AL-internationalNews-1991-20180719", "فيديو.. مستشار الرئيس الفرنسي يضرب متظاهراً", benalla,
			"2018-07-19 21:28", "peaceful-protest", false},
		{"one of the protesters roughed up, the march his sentence's setting", "FR-internationalNews-2547-20180731", "نيابة باريس تفتح تحقيقا جديدا بشأن احتمال تورط بينالا في أعمال عنف أخرى", benallaNew,
			"2018-07-31 12:00", "excessive-force-against-protesters", false},
		{"the march his beating is set in is no protest of the news", "FR-internationalNews-2547-20180731", "نيابة باريس تفتح تحقيقا جديدا بشأن احتمال تورط بينالا في أعمال عنف أخرى", benallaNew,
			"2018-07-31 12:00", "peaceful-protest", false},
		{"guard: one protester killed is lethal force", "FR-middleEast-799-20180720", `العراق: مصرع متظاهر أمام مقر منظمة "بدر" المقربة من إيران في الديوانية`,
			`قال مصدر طبي عراقي إن متظاهرا قتل الجمعة برصاص حراس مقر منظمة "بدر" المقربة من إيران في الديوانية (جنوب) في وقت فرقت القوى الأمنية مظاهرات أخرى منددة بالفساد، نظمت عبر أنحاء البلاد وخصوصا العاصمة بغداد.`,
			"2018-07-20 18:32", "excessive-force-against-protesters", true},
		{"guard: protesters beaten in number", "", "الشرطة تضرب المتظاهرين في العاصمة",
			`ضربت قوات الأمن المتظاهرين بالهراوات في وسط العاصمة اليوم.
وقال شهود إن الشرطة تضرب المتظاهرين منذ الصباح.`,
			"2018-07-20 18:32", "excessive-force-against-protesters", true},
		{"guard: a count before the singular makes it a plural's", "", "فيديو يظهر شرطيا يضرب 20 متظاهرا",
			`وأظهر فيديو شرطيا يضرب 20 متظاهرا بالهراوات في وسط العاصمة اليوم.`,
			"2018-07-20 18:32", "excessive-force-against-protesters", true},
	})
}
