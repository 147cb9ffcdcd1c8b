package facets

import "testing"

// TestEventTypesMoneyTaken pins moneyTaken (events_seized.go): a bare قبض
// whose object is money — right after the verb or past a "من X" of its
// payer — took a payment, no arrest. The round-42 blind audit aud42j coded
// no arrest in the report of Skripal's poisoning, whose "سكريبال قبض من
// وكالة الاستخبارات البريطانية ... مبلغ 100 ألف دولار" typed one; the corpus
// has the same sense in a lobbyist paid by Qatar, a property firm that
// "قبضت الثمن واختفت" and Syrian employees who "قبضوا رواتبهم". The false
// rows, corpus text, fail on the round's start (8edb74a). The true row is a
// guard: a القبض on men ("ألقت القبض على 14 شخصاً", an earlier
// class test's sentence) stays an arrest.
func TestEventTypesMoneyTaken(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Skripal took 100,000 dollars from MI6", "FR-internationalNews-277-20180306", "عميل روسي سابق للاستخبارات البريطانية يتعرض لعملية تسميم في جنوب إنكلترا",
			`وبحسب "بي بي سي" فإن سكريبال قبض من وكالة الاستخبارات البريطانية "أم آي 6" مبلغ 100 ألف دولار مقابل تزويدها بأسماء الجواسيس الروس الموجودين في بريطانيا.`,
			"2018-03-06 08:29", "arrests", false},
		{"a lobbyist took money for public relations", "AL-internationalNews-1785-20180626", "هل صبت قطر 1.45 مليون دولار في جيب لوبيات صهيونية؟",
			`كما كشفت الصحيفة الإسرائيلية أيضاً عن تلقي أحد أبرز رموز الجالية اليهودية في الولايات المتحدة تمويلاً قطرياً، وهو نيك موزين الذي قبض أموالاً من أجل القيام بأعمال علاقات عامة لصالح قطر في الولايات المتحدة.`,
			"2018-06-26 15:58", "arrests", false},
		{"a property firm took the price and vanished", "2015-07-21-375", "شراء العقارات في أوروبا ومخاطره",
			`ونظرا للروتين البطيء في دول مثل إسبانيا يمكن اكتشاف هذه الخدع بعد سنوات طويلة من شراء العقار في وقت تكون فيه شركة العقار قد قبضت الثمن واختفت.`,
			"2015-07-21 12:00", "arrests", false},
		{"employees drew their salaries from cash machines", "2015-08-11-115", "تعطل أجهزة الصرف الآلي بسبب «ورقة الألف ليرة» المطبوعة في روسيا.. وخوف من التضخم",
			`فوجئ الموظفون والعاملون في الدولة مطلع الشهر الحالي عندما قبضوا رواتبهم من الصرافات الآلية، بغياب الورقة النقدية الجديدة من فئة الألف ليرة سوريا، وبقاء الورقة القديمة فئة الألف ليرة البالية والمهترئة جدا.`,
			"2015-08-11 12:00", "arrests", false},
		// Guard: a القبض on men.
		{"guard: Turkish police arrested 14 ISIS suspects", "AL-internationalNews-1729-20180622", "قبيل الانتخابات.. تركيا تعتقل 14 داعشياً خططوا لهجوم",
			`قالت وكالة "الأناضول" التركية للأنباء، اليوم الجمعة، إن شرطة تركيا ألقت القبض على 14 شخصاً يشتبه بأنهم من أعضاء تنظيم "داعش" كانوا يجهزون لهجوم في أنقرة قبل الانتخابات المقررة يوم الأحد.`,
			"2018-06-22 12:00", "arrests", true},
	})
}
