package facets

import "testing"

// TestBattleCaptures pins round 66's m66cap class (events_battlecapture.go,
// rul66f-1): in Yemen's war, a capture by the Houthis' foes — the foe
// before the arrest word, or the Houthis' fighters or leaders after it — is
// part of the battle and no arrest. Rows are corpus sentences under their
// titles; the first four fail on main (each typed arrests). The guards stay
// arrests: a checkpoint's capture (the ruling's kind (d), coded in the pool),
// an officer named only in a title's description and a suspect of aiding
// the Houthis (blind BB-middleEast-444, an early version of the rule took
// both), and a Saudi interior ministry's arrest in a column that names the
// Houthis and a man called هادي (an early version read him as the
// president, the Houthis' foe).
func TestBattleCaptures(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the resistance advanced and captured 72 Houthis (the foe before the word)", "2015-07-26-1119",
			"اليمن.. المقاومة الشعبية تتقدم في «لحج» ومواجهات عنيفة بـ «مأرب»",
			"كذلك تقدمت المقاومة الشعبية على جبهات جنوب مديرية كريتر وألقت القبض على 72 عنصراً من الحوثيين.",
			"2015-07-26 16:52", "arrests", false},
		{"the joint forces took 35 Houthi gunmen at a front (the Houthis' fighters after the word)", "SK-middleEast-3045-20180722",
			"ضربة جديدة للحوثيين.. مقتل واعتقال العشرات في صعدة وحجة",
			"وأكدت مصادر ميدانية أن القوات اليمنية المشتركة اعتقلت 35 مسلحا من ميليشيات الحوثي في جبهة التحيتا غربي البلاد، كانوا مختبئين في المدينة ويحاولون الهرب منها.",
			"2018-07-22 05:03", "arrests", false},
		{"Houthi leaders captured in the liberation of Aden (a passive, the leaders after the word)", "2015-07-27-301",
			"انطلاق أعمال السلطة الشرعية في عدن وعودة 4 وزراء",
			"قال لـ\"الاقتصادية\" مصدر عسكري في اليمن، إنه تم القبض على عدد من القيادات الحوثية خلال تحرير عدن، من أبرزهم عبد الخالق الحوثي وابن عمه عبد الكريم الحوثي والقيادي العسكري قناف والعشرات من ميليشيات الحوثي التي كانت موجودة في عدن وهم الآن في قبضة القيادة العسكرية في عدن.",
			"2015-07-27 18:47", "arrests", false},
		{"the resistance's men captured an Iranian officer at al-Anad", "2015-08-04-958",
			"اليمن : المقاومة الشعبية تقبض على ضابط إيراني في قاعدة العند",
			"ألقى رجال المقاومة الشعبية القبض على ضابط إيراني، في قاعدة العند، التي سيطرت عليها أمس، بعد قتال عنيف مع المتمردين الحوثيين.",
			"2015-08-04 18:14", "arrests", false},
		{"guard: a checkpoint of the resistance seized a disguised Houthi leader", "2015-07-23-831",
			"متمردو الحوثي يحاولون الهرب بأزياء نسائية",
			"وقالت إن قياديا حوثيا حاول الهرب من المعارك في مدينة تعز، متخفيا بزي عروس، فيما الآخرون حاولوا الهرب من خلال موكب العرس، لافتة إلى أن نقطة تفتيش تابعة للمقاومة الشعبية في تعز ألقت القبض مساء أول من أمس على قيادي حوثي متنكرا بزي عروس في منطقة قريبة من متنزه الشيخ زايد.",
			"2015-07-23 17:44", "arrests", true},
		{"guard: a Qatari held on suspicion of aiding the Houthis, called an officer in the title", "BB-middleEast-444-20180503",
			"قطر تتهم السعودية باعتقال أحد مواطنيها والإعلام السعودي يصفه بأنه ضابط مخابرات",
			"ووصفت المحطة الكربي بأنه ضابط مخابرات، قائلة إنه قبض عليه \"للاشتباه بدعمه للحوثيين\"، الذين يسيطرون على العاصمة اليمنية صنعاء.",
			"2018-05-03 15:41", "arrests", true},
		{"guard: the Saudi interior ministry's arrest of an ISIS cell led by one هادي", "2015-07-21-63",
			"الشيباني.. من «قاعدة العراق» إلى «داعش سوريا»",
			"قبل نحو خمسة أعوام، عاد السعودي هادي قطيم الشيباني، زعيم خلايا «داعش» الإرهابية التي توجد في سوريا، والتي أعلنت وزارة الداخلية السعودية القبض عليها أول من أمس، من العراق وهو يحمل فكر تنظيم القاعدة.\nمن جهة أخرى، اعتبر الدكتور خليل الخليل أن الميليشيات والتنظيمات الإرهابية أمثال «داعش» و«القاعدة» والمتمردين الحوثيين «أداة من أدوات السياسة الإقليمية والدولية».",
			"2015-07-21 02:53", "arrests", true},
	})
}
