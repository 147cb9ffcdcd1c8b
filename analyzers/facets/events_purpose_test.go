package facets

import "testing"

// A capture word of purpose (لتحرير، لاستعادة) is a plan or an aim where
// nothing in the article tells ground taken or given up; where something
// does, the offensive "to retake" stays the retaking it led to.
func TestEventTypesPurposeCapture(t *testing.T) {
	const regain = "government-regains-territory"
	const (
		south = "ولم يذكر المصدر مزيدا من التفاصيل عن التقارير التي تحدثت عن الاتفاق في المنطقة التي تشن فيها قوات الحكومة السورية هجوما منذ الأسبوع الماضي لاستعادة أراض تسيطر عليها المعارضة."
		anbar = "أفاد مصدر أمني في محافظة الأنبار، اليوم الأربعاء، بأن القوات الأمنية بدأت بعملية عسكرية لتحرير جامعة الأنبار من سيطرة تنظيم داعش."
		saada = "وصرح قائد اللواء الثالث عاصفة العميد محمد بن عبدالله العجابي، أن الجيش مسنودا بقوات التحالف أطلقت، اليوم الاثنين، عملية عسكرية لتحرير مديرية شداء غربي محافظة صعدة.\n" +
			"وأضاف العميد العجابي أن المعارك لاتزال مستمرة وأن قوات الجيش تواصل تقدمها في المديرية، بإسناد مباشر من قوات التحالف العربي."
		alanad = "وأكد مراسل العربية أن عناصر من جماعة الحوثي وجيش المخلوع صالح فجروا أنفسهم عقب اقتحام المقاومة الجنوبية قاعدة العند لتحريرها من الانقلابيين."
	)
	checkTypes(t, []typeCase{
		{"an operation announced to free ISIS's last strongholds", "CN-middleEast-780-20180502",
			"أمريكا تعلن انطلاق عملية لتحرير معاقل داعش الأخيرة بسوريا", south, "2018-05-02 12:00", "non-state-actor-overtakes-territory", false},
		{"an offensive under way to retake ground, none told taken", "SK-middleEast-2664-20180629",
			"مصادر أردنية: هدنة تمهد لمصالحة جنوبي سوريا", south, "2018-06-29 12:00", regain, false},
		{"an operation begun to free Anbar university, nothing taken yet", "2015-07-22-1507",
			"القوات الأمنية تبدأ عملية عسكرية", anbar, "2015-07-22 10:00", regain, false},
		// Guards: ground told taken beside the purpose.
		{"an operation to free Shada, the army advancing", "AL-internationalNews-1963-20180716",
			"الجيش اليمني يفتح جبهة جديدة ضد ميليشيات الحوثي بصعدة", saada, "2018-07-16 12:00", regain, true},
		{"al-Anad stormed to free it", "2015-08-03-8",
			"حوثيون يفجرون أنفسهم خوفاً من الأسر", alanad, "2015-08-03 12:00", regain, true},
	})
}
