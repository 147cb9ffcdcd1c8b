package facets

import "testing"

// TestEventTypesM51etfn2 pins the round-51 reader m51etfn2's two recall
// rules. A foiled smuggling of explosives named by the adjective ("إحباط
// عملية تهريب مواد متفجرة"، "تهريبِ لموادِ متفجرةِ": smuggledArms held the
// noun متفجرات only) is disrupted weapons use, as the golds code the
// Bahrain boat of July 2015. And a halt of operations or attacks told
// declared (haltAt in trucesTold: "يعلنون "وقفا مؤقتا" للعمليات"، "يعلنون
// وقف الهجمات من جانب واحد") is a one-sided truce, an agreement. The true
// rows fail on main. Guards: drugs smuggled, a halt called for and a halt
// refused.
func TestEventTypesM51etfn2(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Bahrain foils a smuggling of explosive materials", "2015-07-25-737", "الأمن البحريني يُحبط عملية تهريب مواد متفجرة شديدة الخطورة",
			`أعلنت وزارة الداخلية البحرينية انه تم إحباطُ عملية تهريبِ عن طريق البحر لكميةٍ من الموادِ المتفجرةِ شديدةِ الخطورة، بجانب عددٍ من الأسلحةِ الأوتوماتيكية والذخائرِ .`,
			"2015-07-25 12:00", "disrupted-weapons-use", true},
		{"an editorial on the foiled smuggling", "2015-07-26-1174", "البحرين: إحباط عملية تهريبِ لمواد متفجرة شديدةِ الخطورة، وأسلحةِ أوتوماتيكية وذخائرِ مصدرها إيران",
			`أعلنت وزارة الداخلية البحرنية عن إحباط عملية تهريبِ لموادِ متفجرةِ شديدةِ الخطورة، وأسلحةِ أوتوماتيكية وذخائرِ مصدرها إيران كان ينتوي الإرهابيون إدخالها إلى المملكة عن طريق البحر.`,
			"2015-07-26 12:00", "disrupted-weapons-use", true},
		{"guard: drugs smuggled", "", "الأمن يحبط عملية تهريب مواد مخدرة عبر الحدود",
			`أعلنت الجمارك إحباط عملية تهريب مواد مخدرة كانت مخبأة في شاحنة عند المنفذ الحدودي.`,
			"2015-07-25 12:00", "disrupted-weapons-use", false},
		{"the Houthis declare a temporary halt of naval operations", "BB-middleEast-822-20180801", `الحوثيون يعلنون "وقفا مؤقتا" للعمليات العسكرية البحرية في اليمن`,
			`أعلنت حركة أنصار الله الحوثية في اليمن وقفا مؤقتا لعملياتها العسكرية البحرية.`,
			"2018-08-01 12:00", "agreement", true},
		{"the Houthis declare a one-sided halt of attacks", "FR-internationalNews-2553-20180801", "اليمن: الحوثيون يعلنون وقف الهجمات من جانب واحد في البحر الأحمر لأسبوعين",
			`أعلن الحوثيون الثلاثاء، وقف الهجمات من جانب واحد في البحر الأحمر لأسبوعين، في بادرة لدعم جهود السلام في اليمن، وذلك اعتبارا من منتصف ليل 31 يوليو/تموز.`,
			"2018-08-01 12:00", "agreement", true},
		{"guard: a halt of attacks called for", "", "تركيا: أكراد سوريا ليسوا هدفا للعمليات",
			`وقال المسؤول إن الأكراد ليسوا هدفا، وحثت أنقرة على وقف الهجمات على قواتها.`,
			"2015-07-27 12:00", "agreement", false},
		{"guard: a halt of operations refused", "", "طالبان ترفض تمديد الهدنة",
			`أعلنت حركة طالبان رفضها وقف العمليات العسكرية بعد انتهاء عطلة العيد.`,
			"2018-08-01 12:00", "agreement", false},
	})
}
