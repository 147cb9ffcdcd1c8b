package facets

import "testing"

// Round 37's blind audit (audblindk37): people arrested at a protest ("اعتقل
// ... خلال/في" the protest) met the state's intervention, however far the
// arrest stands before the protest word (protestSettingArrest,
// events_protestarrest.go). The want rows fail on the rules before; the
// guards keep an arrest on suspicion of a planned protest and one in a
// sentence that names a past year.
func TestEventTypesAudblindk37ProtestArrest(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Russia: اعتقلت اليوم السبت ما يزيد على ألف من المشاركين في احتجاجات", "AL-internationalNews-991-20180505", "الشرطة الروسية تعتقل أكثر من 1000 محتج ضد بوتين",
			"قالت منظمة معنية بحقوق الإنسان إن الشرطة في روسيا اعتقلت اليوم السبت ما يزيد على ألف من المشاركين في احتجاجات بأنحاء البلاد ضد الرئيس فلاديمير بوتين.",
			"2018-05-05 19:23", "protest-with-intervention", true},
		{"Chad: اعتقل العشرات خلال المظاهرات", "FR-culture-3-20180215", "تشاد: لماذا استقال المخرج محمد صالح هارون من منصب وزير الثقافة؟",
			"اعتقل العشرات خلال المظاهرات، وأكد أمس وكيل الجمهورية لدى محكمة العاصمة نجامينا أن لا تسامح مع من يخالف القانون.",
			"2018-02-15 13:39", "protest-with-intervention", true},
		{"Jordan: اعتقال 60 شخصا خلال الاحتجاجات الأخيرة", "SK-middleEast-2138-20180604", "الأمن الأردني: جنسيات\"عربية\" شاركت بالاحتجاجات",
			"أعلن مدير الأمن العام الأردني، اللواء فاضل الحمود، الاثنين، اعتقال 60 شخصا خلال الاحتجاجات الأخيرة، قائلا إن ثمانية ممن جرى إلقاء القبض عليهم من جنسيات عربية.",
			"2018-06-04 07:42", "protest-with-intervention", true},
		{"guard: arrested on suspicion of planning protests", "SK-internationalNews-478-20180320", "تركيا تعتقل أكثر من 100 كردي في احتفالات النوروز",
			"ذكرت وسائل إعلام رسمية في تركيا، أن سلطات البلاد اعتقلت، الثلاثاء، أكثر من 100 من المسلحين الأكراد للاشتباه في تخطيطهم لمظاهرات أو التآمر لشن هجمات خلال احتفالات عيد النوروز.",
			"2018-03-20 19:19", "protest-with-intervention", false},
		{"guard: Tiananmen, 1989", "SK-internationalNews-1955-20180604", "أحداث تيانامين.. 29 عاما والحقيقة غائبة",
			"في دعوة جديدة حث وزير الخارجية الأميركي مايك بومبيو الصين على الكشف عن عدد من قتلوا أو اعتقلوا أو فقدوا خلال قمع الاحتجاجات المطالبة بالديمقراطية التي قادها طلاب في ميدان تيانانمين في العاصمة بكين عام 1989.",
			"2018-06-04 10:58", "excessive-force-against-protesters", false},
	})
}
