package facets

import "testing"

// TestEventTypesVillagersAttacked pins the raid on villagers, farmers or
// villages told with its dead (villagersAttacked): gunmen killing the
// people of a village is an attack on civilians though the lead also names
// the suicide blasts or the clashes of the same assault, which stop
// civiliansAttacked. The rows fail on main (the blind codings' Nigerian
// raids, the pool's Sweida abductions). Guards: a settlers' raid the
// villagers fought off (the clash after it killed the man), air strikes on
// a village, and a raid whose dead were the rivals' fighters.
func TestEventTypesVillagersAttacked(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Boko Haram's fighters raided a village beside a suicide bombing", "2015-08-01-649", "نيجيريا: مقتل 16 شخصاً في هجومين جديدين ل «بوكو حرام»",
			`قتل 16 شخصاً في نيجيريا في هجومين منفصلين في شمال شرق البلاد أحدهما نفذته انتحارية والآخر شنه مقاتلو بوكو حرام على سكان إحدى القرى، فيما توعد قائد القوة الدولية الجديدة لقتال الجماعة أمس بالقضاء على التمرد "قريبا".
وجاء تعيين الجنرال اليا اباه في احتفال في ابوجا قائدا للقوة المشتركة المؤلفة من 8700 عسكري فيما قتل ستة اشخاص في هجوم نفذته انتحارية تستقل سيارة ذات ثلاث عجلات في سوق مزدحمة في مايدوغوري، كبرى مدن ولاية بورنو في شمال شرق نيجيريا.`,
			"2015-08-01 12:00", "attack-on-civilians", true},
		{"herders' attack on farmers amid clashes", "AL-internationalNews-1752-20180625", "86 قتيلاً في أعمال عنف في وسط نيجيريا",
			`قتل 86 شخصا على الأقل في هجوم مفترض لرعاة استهدف مزارعين في وسط #نيجيريا، بحسب ما أفادت الشرطة، الأحد.
وبحسب بيان لمديرية شرطة أوندي ادي، فإن تحقيقا في قرى بمنطقة باريكين لادي بولاية بلاتو التي تشهد موجة عنف، أتاح تحديد أن ما مجموعه "86 شخصا قد قتلوا".
وكان قد فرض في وقت سابق، الأحد، حظر تجول في هذه المنطقة التي تشهد منذ عدة أيام مواجهات بين رعاة ومزارعين.`,
			"2018-06-25 00:45", "attack-on-civilians", true},
		{"ISIS's attacks on Sweida and its villages", "SK-middleEast-3253-20180803", "موسكو تفاوض داعش لإطلاق مختطفي السويداء",
			`تتولى روسيا التفاوض مع تنظيم داعش لإطلاق سراح 30 سيدة وطفل خطفهم قبل أكثر من أسبوع، خلال هجوم شنه في محافظة السويداء، وفق ما قال الشيخ يوسف جربوع، أحد مشايخ عقل الطائفة الدرزية في سوريا لوكالة "فرانس برس"، الجمعة.
وشن التنظيم الإرهابي في 25 يوليو سلسلة هجمات متزامنة استهدفت مدينة السويداء وقرى في ريفها الشرقي، ما تسبب بمقتل 265 قتيلاً، وفق المرصد السوري لحقوق الانسان.`,
			"2018-08-03 12:00", "attack-on-civilians", true},
		{"guard: a settlers' raid the villagers fought off", "SK-middleEast-219-20180310", "مستوطنون يقتحمون قرية بالضفة.. ومقتل فلسطيني بالرصاص",
			`قتل شاب فلسطيني، السبت، برصاص الجيش الإسرائيلي خلال مواجهات اندلعت عقب تصدي الأهالي لهجوم شنه مستوطنون على قرية عوريف جنوبي نابلس بالضفة الغربية.`,
			"2018-03-10 12:00", "attack-on-civilians", false},
		{"guard: air strikes launched on a village", "2015-08-04-837", "نيجيريا: تحرير 180 رهينة",
			`حرر الجيش النيجيري 178 شخصا محتجزين رهائن لدى حركة بوكو حرام الإرهابية.
وأعلن الجيش أمس شن ضربات جوية على قرية بيتا على مقربة من غابة سامبيسا حيث كانت بوكو حرام تستعد لشن هجوم، وأفاد الجيش عن مقتل عدد من الإرهابيين بدون إضافة أي تفاصيل.`,
			"2015-08-04 12:00", "attack-on-civilians", false},
		{"guard: the raid's dead were rival fighters", "2015-08-09-753", "تنظيم «داعش» يقتل 37 من جماعات منافسة في حلب",
			`قال المرصد السوري لحقوق الإنسان إن تنظيم داعش قتل 37 على الأقل من مسلحي جماعات منافسة في هجوم شنه ليلا على قرية بمحافظة حلب السورية.`,
			"2015-08-09 12:00", "attack-on-civilians", false},
	})
}
