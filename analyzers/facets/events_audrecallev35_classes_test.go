package facets

import "testing"

// Round-35 recall audit of event types (audrecallev35): a seeded sample of
// fresh war-titled corpus articles coded blind and compared with rasid's
// event types. A tank's fire is shelling ("وكانت دبابة إسرائيلية فتحت
// النار"، "بقذائف الدبابات والمدفعية" past the lead), a car bomb destroyed
// before it went off is a disrupted weapon's use, in a body too when it is
// counted ("تمكنت من تدمير خمس عجلات مفخخة", destroyedBomb), and Yemen's
// "قوات دعم الشرعية" are the government's side that takes a place (govCue).
// The want rows fail on main; the guards keep a found old tank shell, a
// truck bomb that destroyed a quarter and the coalition's tally since it
// began what they were.
func TestEventTypesAudit35Recall(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a tank opened fire", "FR-internationalNews-1391-20180523", "الأراضي الفلسطينية: غارة إسرائيلية جديدة على مواقع لحركة حماس بقطاع غزة",
			"وكانت دبابة إسرائيلية فتحت النار الثلاثاء على موقع لحماس في أعقاب عملية التسلل هذه.",
			"2018-05-23 12:00", "shelling-artillery-missile-attack", true},
		{"tank shells past the lead", "2015-08-08-1138", "المعارضة السورية تقترب أكثر من المناطق الموالية لنظام الأسد",
			"أعلنت قوات المعارضة السورية عن تقدمها في ريف حماة امس، وأعلن جيش الفتح عن سيطرته على قريتي المشيك والقرقور وتل القرقور في سهل الغاب بريف حماة الغربي.\nوأشارت وكالة مسار برس إلى أنه بسيطرة المعارضة الجمعة على تل القرقور الاستراتيجي أصبحوا يكشفون القرى الموالية لنظام الأسد بعمق 20 كم غربا.\nوأفادت أن مقاتلي المعارضة استهدفوا مواقع لقوات الأسد في محيط قرى تل واسط والزيارة وجورين في سهل الغاب بقذائف الدبابات والمدفعية والصواريخ، لتدور بعدها اشتباكات بين الطرفين في محاولة من المعارضة للسيطرة على القرى المذكورة.",
			"2015-08-08 12:00", "shelling-artillery-missile-attack", true},
		{"counted car bombs destroyed in a body", "2015-07-27-1045", "مقتل 28 من عناصر «داعش» في عمليات أمنية غرب العراق",
			"لقي 28 شخصاً من عناصر تنظيم داعش الإرهابي مصرعهم في حوادث أمنية متفرقة غربي العراق.\nمن جهة أخرى أعلنت مصادر أمنية أن 20 عنصراً من داعش قتلوا كما تم تدمير وكر تابع لهم. كما دمرت القوات الأمنية العراقية ثلاث عجلات مفخخة كانت معدة لاستهداف آليات الجيش وقوات التدخل السريع قرب معمل الزجاج شرقي الرمادي.",
			"2015-07-27 12:00", "disrupted-weapons-use", true},
		{"car bombs destroyed in the lead", "SK-middleEast-2771-20180705", "مقتل \"دواعش\" خلال عمليات شمالي العراق",
			"وقالت القوات المشتركة العراقية في بيان أن العملية العسكرية المستمرة منذ 3 أيام أسفرت عن تدمير 5 سيارات مفخخة كان معدة لاستهداف مقرات حكومية على ما يبدو.",
			"2018-07-05 12:00", "disrupted-weapons-use", true},
		{"the forces supporting legitimacy take positions", "SK-middleEast-3848-20181013", "قوات دعم الشرعية تسيطر على مواقع استراتيجية بمعقل الحوثي",
			"تمكنت قوات دعم الشرعية في اليمن، السبت، من السيطرة على مواقع استراتيجية في محافظة صعدة معقل المتمردين الحوثيين، في حين قتل عدد من أفراد ميليشيات الحوثي الإيرانية، في محافظة البيضاء جنوبي البلاد.",
			"2018-10-13 12:00", "government-regains-territory", true},
		{"an old tank shell found", "2015-07-27-862", "رجل في ألمانيا يعثر على قذيفة دبابة قديمة ويحملها إلى مكتبه",
			"عثر رجل في مدينة إرفورت شرقي ألمانيا على قذيفة دبابة قديمة، ودون أن يشعر بذعر أمسك الرجل القذيفة وحملها إلى مكتب.",
			"2015-07-27 12:00", "shelling-artillery-missile-attack", false},
		{"a truck bomb destroyed a quarter", "2015-08-09-162", "مقتل 20 في هجوم على الشرطة في كابل",
			"وقبل أقل من 24 ساعة على هذا الهجوم دمر انفجار شاحنة مفخخة حيا سكنيا في وسط كابل وتسبب بمقتل 15 شخصا على الأقل.",
			"2015-08-09 12:00", "disrupted-weapons-use", false},
		{"the coalition's operations supporting legitimacy", "SK-middleEast-538-20180324", "إنفوغرافيك.. إيران وتهريب الأسلحة للحوثيين",
			"تتوالى خسائر ميليشيات الحوثي الإيرانية في الأرواح والمعدات، فيما تواصل تراجعها حيث استعاد التحالف العربي منذ بدء عملياته الداعمة للشرعية في اليمن معظم الأراضي.",
			"2018-03-24 12:00", "government-regains-territory", false},
	})
}

// A title's clash word beside its protests is the protests' riot, not an
// armed clash: "في قلب طهران.. احتجاجات واشتباكات وغليان ضد النظام". The
// guard keeps a title's clash of armed sides an armed clash.
func TestEventTypesAudit35TitleProtestClash(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a title's protests and clashes", "SK-internationalNews-2314-20180625", "في قلب طهران.. احتجاجات واشتباكات وغليان ضد النظام",
			"اندلعت اشتباكات بين محتجين غاضبين إزاء اقتصاد إيران المتداعي وبين قوات الشرطة أمام البرلمان، الاثنين، في تصاعد لافت للغليان الشعبي ضد سياسات النظام الحاكم.",
			"2018-06-25 12:00", "armed-clash", false},
		{"a title's clashes with the police as protests go on", "BB-middleEast-739-20180716", "مقتل اثنين في اشتباكات مع الشرطة العراقية مع استمرار الاحتجاجات",
			"قتل شخصان في اشتباكات بين الشرطة العراقية ومحتجين في محافظة الديوانية جنوبي البلاد.",
			"2018-07-16 12:00", "armed-clash", false},
		{"a title's clash of armed sides", "2015-07-24-991", "اشتباكات عنيفة بين قوات النظام والفصائل في حلب",
			"دارت اشتباكات على أطراف حي الخالدية وعلى محاور دوار شيحان والليرمون شمال حلب، بين قوات النظام مدعمة بقوات الدفاع الوطني من طرف، وغرفة عمليات فتح حلب من طرف آخر.",
			"2015-07-24 12:00", "armed-clash", true},
	})
}
