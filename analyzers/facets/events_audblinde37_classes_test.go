package facets

import "testing"

// TestEventTypesAudblinde37 pins the strikes told with the masculine
// possessive ه on their plural (pluralPossessive, events_possessive.go):
// "كثف النظام غاراته"، "وجدد الجيش الإسرائيلي غاراته"; and a strike told
// below the lead as what someone died of (diedOfStrike, events_diedof.go):
// "لقيت حتفها، يوم 16 مارس، إثر غارة تركية". The want rows are corpus
// sentences that fail on main. Guards: a team's "أولى مواجهاته الودية" is a
// football match, no clash; a heart's "ضرباته" are beats. The campaign's
// toll "منذ نحو شهرين ... أسفرت عن سقوط قتلى من المدنيين من جراء القصف
// التركي", once a guard here, is shelling to the golds: holdout40 codes it
// in this article and holdout48 in its twin SK-middleEast-402 (round 55's
// m55et, strikeCausedHarm, turned the row).
func TestEventTypesAudblinde37(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the regime steps up its air raids", "SK-middleEast-1291-20180428", `النظام يتقدم فوق أنقاض جنوب دمشق`,
			`فقد كثف النظام غاراته وقصفه المدفعي على الأحياء التي يتحصن فيها التنظيم في الحجر الأسود ومخيم اليرموك، بعد رفض عناصر داعش اتفاقا لخروجهم من المنطقة باتجاه البادية.`,
			"2018-04-28 12:00", "air-drone-strike", true},
		{"the coalition steps up its raids on the Houthis", "AL-internationalNews-1877-20180710", `الجيش يتقدم بصعدة وحجة والتحالف يكثف غاراته ضد الحوثي`,
			`كثف تحالف دعم الشرعية غاراته على مواقع الميليشيات الحوثية في صعدة.`,
			"2018-07-10 12:00", "air-drone-strike", true},
		{"guard: a team's first friendly match", "2015-07-27-828", `الباطن يكسب أولى مواجهاته الوديّة في مصر`,
			`حقق فريق الباطن الفوز في أولى مواجهاته الودية ضمن معسكره الإعدادي في مصر.`,
			"2015-07-27 12:00", "armed-clash", false},
		{"guard: a heart's beats", "SK-technology-429-20180417", `خبر سار لمن يستهلكون 3 فناجين قهوة يوميا`,
			`توصلت دراسة طبية حديثة، أجرتها الكلية الأميركية لأمراض القلب، إلى أن تناول ثلاثة أكواب من القهوة يوميا، لا يؤذي القلب، بل على العكس، فهو يساهم في تنظيم ضرباته.`,
			"2018-04-17 12:00", "shelling-artillery-missile-attack", false},
		{"a death of a strike below the lead", "SK-middleEast-380-20180319", `قصة فتاة بريطانية قتلها الأتراك في عفرين السورية`,
			"قال قادة فصائل كردية إن امرأة بريطانية تقاتل إلى جانب القوات الكردية قتلت في مدينة عفرين، بشمال غرب سوريا، على يد القوات التركية، حسب صحيفة \"غارديان\" البريطانية.\nوكانت آنا كامبل، التي تتحدر من بلدة لويس، تتطوع مع وحدات حماية المرأة الكردية المدعومة من الولايات المتحدة، في مدينة عفرين المحاصرة.\nوذكرت الصحيفة أن كامبل لقيت حتفها، يوم 16 مارس، إثر غارة تركية.",
			"2018-03-19 09:22", "air-drone-strike", true},
		{"the campaign's toll of the Turkish bombardment (holdout40's gold)", "SK-middleEast-404-20180319", `مصر تدين "الاحتلال التركي" لعفرين`,
			"أدانت مصر ما وصفته بالاحتلال التركي لمدينة عفرين السورية.\nوقالت الخارجية المصرية في بيان إن ذلك يمثل انتهاكا للسيادة السورية.\nوكانت القوات التي تقودها تركيا قد نجحت في السيطرة على مركز مدينة عفرين، في إطار عملية بدأت منذ نحو شهرين ضد وحدات حماية الشعب الكردية، أسفرت عن سقوط قتلى من المدنيين من جراء القصف التركي.",
			"2018-03-19 12:00", "shelling-artillery-missile-attack", true},
	})
}
