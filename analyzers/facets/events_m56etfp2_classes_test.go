package facets

import "testing"

// TestEventTypesM56etfp2ThrownBomb pins the round-56 reader m56etfp2's rule
// thrownBomb: an IED noun thrown by hand (after a throw verb, or listed
// with stones and firebombs) typed a remote explosive; the three pool and
// blind gold articles with the construction code none. The true rows fail
// on main (want false: the type is gone). Guards: a bomb planted and set
// off, a bomb beside an arrest (ألقى القبض), a bomb exploded at the fence
// with no throwing word.
func TestEventTypesM56etfp2ThrownBomb(t *testing.T) {
	const ied = "remote-explosive-landmine-ied"
	checkTypes(t, []typeCase{
		{"the Gaza protesters pelting the fence with stones and IEDs", "BB-middleEast-1091-20181012", "مقتل 7 فلسطينيين وإصابة 250 في احتجاجات على حدود غزة",
			`قال مسؤولون في وزارة الصحة بقطاع غزة إن 7 فلسطينيين على الأقل قُتلوا برصاص الجيش الإسرائيلي وأصيب أكثر من 250 آخرين أثناء مشاركتهم في تظاهرة تحمل اسم "انتفاضة القدس" التي تأتي ضمن فعاليات مسيرات العودة الكبرى.
وأضاف في بيان أن المحتجين وعددهم نحو 15 ألفا كانوا يرشقون القوات الإسرائيلية والسياج الحدودي بالحجارة والعبوات الناسفة والقنابل الحارقة والقنابل اليدوية.`,
			"2018-10-12 12:00", ied, false},
		{"firebombs and IEDs thrown at the fence in Friday's protests", "FR-middleEast-945-20180819", "إسرائيل تغلق معبر إيريز الحدودي مع قطاع غزة",
			`أغلقت إسرائيل الأحد معبر إيريز الحدودي، بوابة الخروج والدخول الوحيدة بينها وبين قطاع غزة، على خلفية تظاهرات الجمعة والتي وقع على إثرها مواجهات عند الحدود مع قطاع غزة.
وخرجت الجمعة تظاهرات عند الحدود بين إسرائيل وقطاع غزة حيث اندلعت مواجهات أسفرت عن مقتل فلسطينيين اثنين برصاص الجيش الإسرائيلي الذي أفاد أنه تم إلقاء قنابل حارقة وعبوات ناسفة على السياج الحدودي بينما عبر عدد من الفلسطينيين إلى الأراضي الاسرائيلية لمدة وجيزة.`,
			"2018-08-19 12:00", ied, false},
		{"a trial's charges of IEDs thrown at police stations", "SK-middleEast-773-20180404", "المؤبد للعشرات من أنصار الإخوان في مصر",
			`قضت محكمة مصرية، الأربعاء، بالسجن المشدد على 190 من أنصار جماعة الإخوان، لمدد تتراوح من 3 سنوات حتى المؤبد.
وتمت إدانة أنصار الإخوان بارتكاب 13 واقعة إحراق أبراج كهرباء وإشعال النيران على خطوط السكك الحديدية، وإلقاء عبوات ناسفة على عدد من أقسام ومراكز الشرطة في محافظة سوهاج، جنوبي مصر.`,
			"2018-04-04 12:00", ied, false},
		{"guard: a roadside bomb set off", "", "مقتل جنديين بانفجار عبوة ناسفة في سيناء",
			`قتل جنديان مصريان الأحد بانفجار عبوة ناسفة زرعها مسلحون على جانب طريق في مدينة العريش بشمال سيناء.`,
			"2018-04-01 12:00", ied, true},
		{"guard: an arrest of a man carrying a bomb, القبض between", "", "مقتل جنديين بانفجار عبوة ناسفة في سيناء",
			`قتل جنديان مصريان الأحد بانفجار عبوة ناسفة في مدينة العريش، وألقت قوات الأمن القبض على مشتبه به كان يحمل عبوة ناسفة ثانية.`,
			"2018-04-01 12:00", ied, true},
		{"guard: IEDs exploded at the fence, no throwing word", "SK-middleEast-308-20180315", "قصف إسرائيلي على غزة بعد تفجير عبوات ناسفة",
			`قصف الجيش الإسرائيلي بالمدفعية مواقع في قطاع غزة، بعد تفجير عبوات ناسفة على الحدود مع إسرائيل، وفق ما ذكر مراسل "سكاي نيوز عربية" في القطاع، الخميس.
ونقل مراسلنا عن الناطق بلسان الجيش الإسرائيلي قوله إن عبوات ناسفة انفجرت على السياج الحدودي شمالي قطاع غزة دون وقوع إصابات.`,
			"2018-03-15 12:00", ied, true},
	})
}
