package facets

import "testing"

// TestEventTypesM52etfn pins the round-52 reader m52etfn's three recall
// rules. A headline's custody headed by رهن or قيد (custodyHeadline:
// "ساركوزي.. يوم ثان "رهن الاحتجاز""، "الموقوف رهن التحقيق") is the news,
// an arrest just made, though no verb of placing stands before it; رهن
// التحقيق joins the custody triggers. And the verbs of cleansing
// (طهرت، طهروا، تطهر، يطهر) join retakeWords: a place cleansed of a
// rebel group with no taker named is the government's regain, as one
// freed (تحرير) is. A rocket attack told with its owner between the noun
// and the definite adjective ("هجوم إيران الصاروخي"، "بهجمات إيران
// الصاروخية": rocketAttackOf) in the title or lead is shelling, as "هجوم
// صاروخي" is. The true rows fail on main. Guards: a custody kept by a
// court, a custody held for years, a cleansing told as an aim, an attack
// on a rocket site, and a rocket attack warned of.
func TestEventTypesM52etfn(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Sarkozy's second day in custody", "SK-internationalNews-480-20180321", `ساركوزي.. يوم ثان "رهن الاحتجاز"`,
			`استمر التوقيف الاحترازي للرئيس الفرنسي الأسبق نيكولا ساركوزي لليوم الثاني، الأربعاء، في إطار التحقيق حول شبهات بتمويل ليبي لحملته الانتخابية في العام 2007.
ووصل ساركوزي قبيل الساعة الثامنة صباح بالتوقيت المحلي إلى مقر مكتب مكافحة الفساد في نانتير قرب باريس.`,
			"2018-03-21 08:24", "arrests", true},
		{"the Macron aide held for questioning", "FR-internationalNews-2412-20180720", "من هو ألكسندر بينالا معاون الرئيس الفرنسي الموقوف رهن التحقيق؟",
			`كان ألكسندر بينالا، مساعد مدير مكتب الرئيس الفرنسي إيمانويل ماكرون، يرافق الرئيس في تنقلاته قبل أن تكشف صحيفة لوموند مقطع فيديو يظهره وهو يضرب متظاهرا.`,
			"2018-07-20 15:44", "arrests", true},
		{"guard: a custody kept by a court", "FR-middleEast-783-20180718", "تركيا: إرجاء محاكمة القس الأمريكي برانسون مع إبقائه قيد التوقيف الاحترازي",
			`أرجأت محكمة تركية في أليغا بمحافظة إزمير الأربعاء محاكمة القس الأمريكي أندرو برانسون إلى 12 تشرين الأول/أكتوبر.`,
			"2018-07-18 12:00", "arrests", false},
		{"guard: a custody that is a state", "", "الصحفي لا يزال قيد الاحتجاز منذ عامين",
			`قالت عائلة الصحفي إنها لم تتلق أي خبر عنه منذ عامين.`,
			"2018-07-18 12:00", "arrests", false},
		{"a Yemeni operation cleanses al-Mahfad of al-Qaeda", "SK-middleEast-230-20180311", `اليمن.. عملية "السيل الجارف" تطهر "المحفد" من القاعدة`,
			`انتهت عملية "السيل الجارف" في اليمن، بعد بسط السيطرة الأمنية على مديرية المحفد ووادي حمارا ودحر مسلحي تنظيم القاعدة.`,
			"2018-03-11 12:00", "government-regains-territory", true},
		{"guard: a cleansing as an operation's aim", "", "واشنطن وأنقرة متفقتان على تطهير شمال سوريا من تنظيم داعش",
			`ذكر مسؤول أميركي أن الولايات المتحدة وتركيا اتفقتا على العمل معا لتطهير شمال سوريا من مسلحي التنظيم.`,
			"2015-07-31 12:00", "government-regains-territory", false},
		{"the coalition's statement on Iran's missile strike", "CN-middleEast-1384-20181001", "بيان من التحالف الدولي بشأن هجوم إيران الصاروخي في سوريا",
			`أعلن التحالف الدولي لمكافحة تنظيم داعش، الإثنين، أن إيران لم تبلغه مسبقا بضرباتها على شرق سوريا.`,
			"2018-10-01 12:00", "shelling-artillery-missile-attack", true},
		{"Trump and May condemn Iran's rocket attacks", "SK-internationalNews-1529-20180512", "ترامب وماي ينددان بهجمات إيران الصاروخية",
			`ندد الرئيس الأميركي دونالد ترامب ورئيسة الوزراء البريطانية تيريزا ماي، الجمعة، خلال اتصال هاتفي، بالهجمات التي شنتها إيران من سوريا على إسرائيل.`,
			"2018-05-12 12:00", "shelling-artillery-missile-attack", true},
		{"guard: an attack on a rocket unit", "", "هجوم على الكتيبة الصاروخية في الميناء",
			`قال مسؤول إن مسلحين هاجموا الكتيبة الصاروخية قرب الميناء دون أن يوضح حجم الخسائر.`,
			"2018-05-12 12:00", "shelling-artillery-missile-attack", false},
		{"guard: a rocket attack warned of", "", "واشنطن تحذر من هجوم إيران الصاروخي",
			`حذرت واشنطن الجمعة من أن إيران قد تستعد لشن هجمات على مواقع في المنطقة.`,
			"2018-05-12 12:00", "shelling-artillery-missile-attack", false},
	})
}
