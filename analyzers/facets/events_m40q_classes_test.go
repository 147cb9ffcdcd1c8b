package facets

import "testing"

// TestEventTypesM40qClasses pins round 40's intercepted missile
// (interceptedMissile): a missile named as the object of its interception
// was fired, and the golds type the missile attack beside the
// interception. Guards: an aircraft downed, a missile its cause, the repelling
// noun naming a task, the ل of purpose, and missiles an air strike fired.
func TestEventTypesM40qClasses(t *testing.T) {
	const sh = "shelling-artillery-missile-attack"
	checkTypes(t, []typeCase{
		{"a ballistic missile intercepted", "SK-middleEast-990-20180412", `الدفاع الجوي السعودي يعترض صاروخا حوثيا باتجاه جازان`,
			`أعلن التحالف العربي لدعم الشرعية في اليمن، الخميس، أن قوات الدفاع الجوي السعودي تمكنت من اعتراض صاروخ باليستي أطلقته ميليشيا الحوثي الإيرانية باتجاه مدينة جازان جنوبي المملكة، وفق ما أوردت وكالة الأنباء السعودية "واس".`,
			"2018-04-12 12:00", sh, true},
		{"two missiles intercepted, the verb first", "SK-middleEast-2566-20180624", `السعودية.. اعتراض صاروخين حوثيين استهدفا الرياض`,
			`اعترضت قوات الدفاع الجوي الملكي السعودي، الأحد، صاروخين باليستيين أطلقتهما ميليشيا الحوثي الإيرانية من مدينة صعدة اليمنية باتجاه العاصمة السعودية.`,
			"2018-06-24 12:00", sh, true},
		{"the repelling noun told done", "SK-middleEast-1033-20180414", `دمشق: تصدينا "للعدوان"`,
			`وذكرت وكالة الأنباء الرسمية (سانا) أنه تم التصدي لـ13 صاروخا وإسقاطها بمنطقة الكسوة في ريف دمشق.`,
			"2018-04-14 12:00", sh, true},
		{"an airliner downed, a missile its cause", "CN-internationalNews-393-20180525", `هولندا وأستراليا تحملان روسيا رسميا مسؤولية اسقاط MH17`,
			`جاء البيان المشترك بعد يوم من إعلان فريق التحقيق أن إسقاط الطائرة سببه صاروخ من طراز باك يعود للواء 53 الروسي المضاد للطائرات.`,
			"2018-05-25 12:00", sh, false},
		{"the repelling noun names a task", "FR-internationalNews-863-20180422", `ماكرون يؤكد عدم وجود "خطة بديلة" للاتفاق النووي`,
			`وأكد "أريد التصدي للصواريخ البالستية، أريد احتواء نفوذ (إيران) الإقليمي".`,
			"2018-04-22 12:00", sh, false},
		{"what a system is for", "SK-middleEast-1141-20180420", `روسيا: الضربة الغربية على سوريا لم تتجاوز خطوطنا الحمراء`,
			`وكانت موسكو أبرمت عقدا مع دمشق لبيع الصواريخ المزودة بأجهزة رادار والمصممة لإسقاط الطائرات والصواريخ.`,
			"2018-04-20 12:00", sh, false},
		{"missiles an air strike fired", "CN-middleEast-534-20180409", `روسيا وسوريا تتهمان إسرائيل بغارة على قاعدة "تيفور" الجوية بحمص`,
			`وذكرت الوزارة أن الغارة شنتها مقاتلتان تابعتان للقوات الجوية الإسرائيلية، واعترضت الدفاعات الصواريخ الخمسة الأخرى.`,
			"2018-04-09 12:00", sh, false},
	})
}
