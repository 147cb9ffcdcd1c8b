package facets

import "testing"

// A capture word of purpose (لتحرير، لاستعادة) is a plan or an aim where
// nothing in the article tells ground taken or given up; where something
// does, the offensive "to retake" stays the retaking it led to.
func TestEventTypesPurposeCapture(t *testing.T) {
	const regain = "government-regains-territory"
	const (
		anbar = "أفاد مصدر أمني في محافظة الأنبار، اليوم الأربعاء، بأن القوات الأمنية بدأت بعملية عسكرية لتحرير جامعة الأنبار من سيطرة تنظيم داعش."
		saada = "وصرح قائد اللواء الثالث عاصفة العميد محمد بن عبدالله العجابي، أن الجيش مسنودا بقوات التحالف أطلقت، اليوم الاثنين، عملية عسكرية لتحرير مديرية شداء غربي محافظة صعدة.\n" +
			"وأضاف العميد العجابي أن المعارك لاتزال مستمرة وأن قوات الجيش تواصل تقدمها في المديرية، بإسناد مباشر من قوات التحالف العربي."
		alanad = "وأكد مراسل العربية أن عناصر من جماعة الحوثي وجيش المخلوع صالح فجروا أنفسهم عقب اقتحام المقاومة الجنوبية قاعدة العند لتحريرها من الانقلابيين."
	)
	checkTypes(t, []typeCase{
		{"an operation begun to free Anbar university, nothing taken yet", "2015-07-22-1507",
			"القوات الأمنية تبدأ عملية عسكرية", anbar, "2015-07-22 10:00", regain, false},
		// Guards: ground told taken beside the purpose.
		{"an operation to free Shada, the army advancing", "AL-internationalNews-1963-20180716",
			"الجيش اليمني يفتح جبهة جديدة ضد ميليشيات الحوثي بصعدة", saada, "2018-07-16 12:00", regain, true},
		{"al-Anad stormed to free it", "2015-08-03-8",
			"حوثيون يفجرون أنفسهم خوفاً من الأسر", alanad, "2015-08-03 12:00", regain, true},
	})
}
