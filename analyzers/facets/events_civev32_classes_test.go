package facets

import "testing"

// TestEventTypesArrestPluralsAndSlaveryNames pins two trigger-list fixes
// (eventTriggers, events.go): the plural of the arrest noun توقيفات counts
// as اعتقالات does ("حملة توقيفات"، "موجة توقيفات")، and the bare العبيد
// is no longer sexual violence: over the corpora it was a family name
// (ماجد العبيد، عبدالرحمن العبيد) or the slavery of history far more than
// ISIS's captives, whom سبايا and عبيد الجنس still name. The want rows
// fail on main; the guard keeps سبايا.
func TestEventTypesArrestPluralsAndSlaveryNames(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a campaign of arrests beside air strikes", "2015-07-26-460", "تركيا تشن ضربات على تنظيم داعش والأكراد",
			"وجاءت هذه الضربات التركية في اليوم نفسه لدخول انقرة بقوة في الحملة العسكرية لمواجهة داعش بشن اولى غاراتها الجوية على مواقع له في سوريا فجر الجمعة، بينما نفذت الشرطة حملة توقيفات «لمكافحة الارهاب» في مختلف انحاء البلاد.",
			"2015-07-26 04:00", "arrests", true},
		{"a new wave of arrests", "FR-internationalNews-1573-20180601", "مصر: موجة جديدة من الاعتقالات تطال شباب ثورة يناير",
			"قامت أجهزة الأمن المصرية بحملة توقيفات جديدة شملت معارضين ومدونين وصحافيين وناشطين على شبكات التواصل الاجتماعي في الوقت الذي يستعد فيه الرئيس المصري عبد الفتاح السيسي لأداء اليمين الدستوري السبت لولاية ثانية مدتها أربع سنوات .",
			"2018-06-01 14:53", "arrests", true},
		{"an actor's family name in a title", "2015-08-03-777", "العبيد: أوراق التوت شرّف الدراما السعودية",
			"اعتبر منتج وأحد أبطال المسلسل الرمضاني \"أوراق التوت\" الفنان ماجد العبيد أن المسلسل شرّف الدراما المحلية، وذلك بعد النجاح الذي لقيه العمل بعد عرضه في شهر رمضان الماضي عبر القناة السعودية الأولى وبعض القنوات المصرية.",
			"2015-08-03 19:59", "sexual-violence", false},
		{"a player's family name in a line-up", "2015-08-07-1218", "القادسية يخسر من دبي في ثاني تجاربه الودية بأبو ظبي",
			"خسر القادسية ثاني ودياته بمعسكره في ابوظبي من نادي دبي بهدفين مقابل هدف، وكان مدرب الفريق جميل قاسم دخل الشوط الاول بتشكيلة من محمد عسيري ومحمد عبده وفريد ملولي وصالح العمراني وعبدالرحمن العبيد وسعد الامير وحسن جعفري وروبينهو ومتعب النجراني وحسن العمري وهيكتور راموس.",
			"2015-08-07 06:27", "sexual-violence", false},
		// Guard: a group's captives named سبايا are still sexual violence.
		{"Boko Haram's captives", "SK-internationalNews-151-20180226", "تعزيزات جوية في نيجيريا للبحث عن \"سبايا بوكو حرام\"",
			"أكدت الحكومة النيجيرية الأحد أن 110 تلميذات مفقودات بعد هجوم شنته جماعة بوكو حرام الإرهابية على مدرستهن في دابشي في شمال شرق نيجيريا، بعد أيام من الصمت الرسمي، في حين أعلنت السلطات نشر تعزيزات جوية.",
			"2018-02-26 01:19", "sexual-violence", true},
	})
}

// TestEventTypesNegatedTriggers pins عدم right before a trigger (haltWords,
// events.go): the deed it names did not happen ("ورغم عدم اعتقال أي
// شخص"، "من حقها عدم احتجازها"). The want rows fail on main; the guard: an
// عدم further back negates another verb, and the arrest stands.
func TestEventTypesNegatedTriggers(t *testing.T) {
	checkTypes(t, []typeCase{
		{"no arrest made yet", "2015-08-04-1001", "إسرائيل توسع «الاعتقال الإداري» ليشمل اليهود",
			"ورغم عدم اعتقال أي شخص حتى الآن فيما يتصل بالهجوم فقد شكك بعض المحللين الإسرائيليين في مدى عزم الأجهزة الأمنية الإسرائيلية التي عندما تتعامل مع الهجمات الفلسطينية كثيرا ما تعتقل عددا كبيرا من المشتبه بهم في إطار تحقيقات سريعة.",
			"2015-08-04 18:22", "arrests", false},
		{"a right not to be held", "2015-07-31-219", "قاضية أمريكية: حيوانات الشمبانزي قد تمنح حقوق قانونية عما قريب",
			"وتقول القضية إنه نظرا لما تتمتع به حيوانات الشمبانزي من ارتفاع معدل الذكاء والاستقلالية في السلوك فمن حقها عدم احتجازها رغم ارادتها.",
			"2015-07-31 19:32", "arrests", false},
		// Guard: عدم negates the naming, not the arrest after it.
		{"an officer who asked not to be named", "SK-middleEast-1525-20180509", "المخابرات العراقية تحدد \"مربع\" زعيم داعش",
			"وأوضح الضابط، الذي طلب عدم كشف هويته لمجموعة من الصحفيين، خلال إعلانه القبض على 5 من كبار قيادات التنظيم، أن \"البغدادي موجود في منطقة الشريط الحدودي العراقي السوري، حيث تقع مناطق نفوذ التنظيم وهي منطقة الهجين الشدادي والصور ومركدة\".",
			"2018-05-09 14:35", "arrests", true},
	})
}
