package facets

import "testing"

// TestEventTypesSeizedByCount pins ضبط followed by a count of men (ضبط 44
// عنصرا، ضبط 14 من العناصر، ضبط اثنين مطلوبين) as arrests: the Egyptian
// interior ministry and the Gulf's security services tell their arrests so,
// often with no other arrest word in the title or lead. The round-41 blind
// audit aud41j coded the Egyptian ministry's 44 Brotherhood members
// (2015-07-26-693) as arrests; the true rows fail on main. Guards: a bare ضبط
// (restraint, order kept: "صعوبة ضبط أمن الحدود") or a count of goods
// ("ضبطت 30 حبة دجاج"، "ضبطتها الجمارك") is no arrest (seizedPeople), not
// even one looked back on.
func TestEventTypesSeizedByCount(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Egypt's interior ministry seizes 44 Brotherhood members", "2015-07-26-693", "مصر: ضبط 44 عنصرا من القيادات الوسطى للإخوان والمتطرفين",
			`أعلنت وزارة الداخلية المصرية عن ضبط 44 عنصرا من تنظيم الإخوان والمتطرفين في إطار المتابعات الأمنية المكثفة وتوجيه الضربات الأمنية الاستباقية المُقننة التي تستهدف القيادات الوسطى لتنظيم الإخوان الإرهابي والموالين لهم على مستوى محافظات الجمهورية.`,
			"2015-07-26 12:00", "arrests", true},
		{"14 of the wanted elements seized", "2015-07-26-693", "الداخلية المصرية تعلن نتائج حملاتها",
			`ولفت إلى أن الأجهزة الأمنية تمكنت أيضا من خلال تنفيذ حملات مُكثفة على مستوى بعض المحافظات من ضبط 14 من العناصر المتطرفة المطلوب ضبطهم على ذمة قضايا، وأشار إلى أنه تم اتخاذ الإجراءات القانونية حيال جميع العناصر الإرهابية والعرض على النيابات المختصة.`,
			"2015-07-26 12:00", "arrests", true},
		{"Saudi security seizes 128 suspects in 19 days", "2015-08-09-763", "تحركات الـ19 يوما تطيح بـ128 متهما جديدا في قضايا إرهابية",
			`سبق حادثة تفجير مسجد قوات الطوارئ في عسير، 19 يوما من العمل الأمني، انتهى بضبط 128 متهما جديدا في قضايا الإرهاب وأمن الدولة.`,
			"2015-08-09 12:00", "arrests", true},
		// Guard: a count of goods.
		{"guard: a municipality seizes 30 spoilt chickens", "2015-08-04-1305", "شحنة دجاج فاسد تطيح بأحد محال ببلقرن",
			`وقالت البلدية في بيان لها إن فرقة إدارة صحة البيئة ومن خلال جولات ميدانية مستمرة ضبطت 30 حبة دجاج مبرد بعد أن تبين أنها تالفة ؛ والتي تستهلك خلال سبعة أيام من تاريخ إنتاجها .`,
			"2015-08-04 12:00", "arrests", false},
		// Guard: drugs the customs seized, told by ضبطتها.
		{"guard: drugs the customs seized in a year", "2015-08-08-400", "ملايين الريالات قيمة المضبوطات الأمنية و61 مليون حبة مخدرة ضبطتها الجمارك في عام!!",
			`إن وباء المخدرات طال شرائح المجتمع كافة، مع ارتفاع الكمّيات التي يتم ضبطها في مختلف الأنواع المخدرة.`,
			"2015-08-08 12:00", "arrests", false},
		// Guard: order kept at a border.
		{"guard: the difficulty of securing the border", "2015-07-22-530", "الإرهاب الداعشي وجه واحد.. ومصادر متعددة",
			`لذلك، مع استمرار المخاوف الأمنية للحكومة التونسية وصعوبة ضبط أمن الحدود بين تونس وليبيا على مدى السنوات الأربع الماضية، من المرجح أن نشهد هجمات مستقبلية لتنظيم «داعش».`,
			"2015-07-22 12:00", "arrests", false},
	})
}
