package facets

import "testing"

// A bomb or mine its sentence tells found, seized or cleared did not go
// off: it is disrupted weapons use where the title or lead tells it, and no
// remote explosive anywhere; one to be cleared (with the ل of purpose) is
// neither. A mine that blew up stays a remote explosive though a clearing
// stands earlier in its sentence.
func TestEventTypesBombFound(t *testing.T) {
	const ied, disrupted = "remote-explosive-landmine-ied", "disrupted-weapons-use"
	tunisia := "قال وزارة الداخلية التونسية إن قوات الأمن قتلت اليوم الجمعة مسلحا إسلاميا واعتقلت 16 آخرين وضبطت أسلحة في محافظة بنزرت الواقعة في شمال البلاد في سعيها للتضييق على الجماعات المسلحة بعد هجوم دامي على سياح الشهر الماضي.\n" +
		"والقوات التونسية في حالة تأهب قصوى بعد هجوم الشهر الماضي على منتجع ساحلي في مدينة سوسة أدى إلى مقتل 38 سائحا معظمهم بريطانيون.\n" +
		"وأوضح البيان أنه تمت مصادرة أسلحة من نوع كلاشنيكوف وذخيرة وعبوات ناسفة."
	russia := "أعلنت أجهزة الأمن الروسية، الأحد، أنها أحبطت اعتداء قرب ساراتوف في جنوب غرب روسيا وقتلت \"إرهابيين\" من دون أن تحدد عددهم.\n" +
		"وأضاف البيان \"وقع تبادل لإطلاق النار بين المجرمين وقوات الأمن أصيب خلاله بشكل مميت (مجرمون)\" دون تحديد عددهم.\n" +
		"وأوضح البيان أن قوات الأمن عثرت لدى \"الإرهابيين على مسدسات وقنابل يدوية وعبوة ناسفة تحوي ثلاثة كلغ من مادة تي ان تي\"."
	saada := "تمكنت القوات المشتركة للتحالف \"تحالف دعم الشرعية في اليمن\" من نزع مئات الألغام الأرضية المتنوعة، وكذلك العديد من العبوات المبتكرة في عدد من المناطق المختلفة أثناء تقدم العمليات العسكرية في مديرية باقم شمالي صعدة."
	france := "كشفت وزارة الدفاع الفرنسية الجمعة أن باريس تدرس عملية لإزالة الألغام، للسماح بدخول ميناء الحديدة في اليمن عند اكتمال العملية العسكرية التي ينفذها التحالف بقيادة السعودية.\n" +
		"وأكدت الوزارة أن باريس لا تنفذ في هذه المرحلة أي عمليات عسكرية في منطقة الحديدة."
	lahj := "تمكنت المقاومة الشعبية من السيطرة على المدينة الخضراء والحوطة مركز محافظة لحج، بعد طرد الحوثيين ومرتزقة علي عبدالله صالح منه، وعثرت المقاومة على كميات كبيرة من الألغام كانت قد زرعتها مليشيا الحوثي وصالح في محاولة منها لمنع تقدم المقاومة الشعبية في مناطق متفرقة من لحج، وكان 16 مسلحا من المقاومة لقوا مصرعهم الثلاثاء في انفجار الغام في لحج."
	checkTypes(t, []typeCase{
		{"arms seized, bombs among them", "2015-07-24-702", "قوات الأمن التونسية تقتل مسلحاً متشدداً وتعتقل آخرين شمال البلاد",
			tunisia, "2015-07-24 17:41", ied, false},
		{"a bomb found on the dead", "AL-internationalNews-430-20180311", "روسيا تعلن إحباط اعتداء وقتل \"إرهابيين\"",
			russia, "2018-03-11 22:07", ied, false},
		{"mines cleared, in the title", "SK-middleEast-2486-20180619", "نزع مئات الألغام والعبوات الناسفة في باقم شمالي صعدة",
			saada, "2018-06-19 23:40", disrupted, true},
		{"a clearing studied", "FR-internationalNews-1831-20180615", "اليمن: فرنسا تدرس عملية لإزالة الألغام في ميناء الحديدة",
			france, "2018-06-15 12:28", ied, false},
		// Guards: a clearing to come is no disrupted weapons use; a mine
		// that blew up after others were found is still a bomb.
		{"a clearing studied", "FR-internationalNews-1831-20180615", "اليمن: فرنسا تدرس عملية لإزالة الألغام في ميناء الحديدة",
			france, "2018-06-15 12:28", disrupted, false},
		{"mines found, then mines blew up", "2015-08-06-1743", "بحاح: حصانة صالح لا تعفيه من الملاحقة القانونية",
			lahj, "2015-08-06 18:54", ied, true},
	})
}

// A title's bombing of a mosque is one done, the day's story or the
// reactions to it; the plural, houses of worship as a group's targets, is
// no bombing told.
func TestEventTypesMosqueBombingTitle(t *testing.T) {
	const typ = "remote-explosive-landmine-ied"
	checkTypes(t, []typeCase{
		{"a governor's condemnation", "2015-08-09-389", "محافظ القطيف: تفجير مسجد الطوارئ بعسير عمل جبان",
			"استنكر محافظ القطيف خالد بن عبدالعزيز الصفيان الحادث الإجرامي الآثم الذي استهدف رجال قوات الطوارئ الخاصة وهم يؤدون صلاة الظهر ونتج عنه استشهاد عدد من رجال الأمن وإصابة آخرين.\n" +
				"وأكد الصفيان أن هذا الفعل جبان ارتكبته فئة ضالة إرهابية تهدف لزعزعة الأمن والاستقرار.",
			"2015-08-09 17:40", typ, true},
		{"the funeral of the fallen", "2015-08-08-173", "السعوديون يودعون شهداء تفجير مسجد قوات الطوارئ في أبها",
			"أدى الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير، صلاة الميت على الشهداء الذين طالتهم يد الغدر والعدوان في مسجد قوات الطوارئ الخاصة في المنطقة أمس الأول، وذلك بعد صلاة عصر أمس في جامع الملك فيصل بأبها.",
			"2015-08-08 06:13", typ, true},
		// Guard: the plural, a group's kind of target.
		{"mosques as a group's targets", "2015-07-22-1565", "مختصون: «داعش» يثير الفتنة بتفجير المساجد ويستهدف المؤسسات الأمنية",
			"أوضح مختصون بالجانب الأمني، أن المملكة أمام تحدٍ كبير، ولكن في المقابل لديها كفاءات تستطيع مجابهة تلك التنظيمات التي تركز على دائرتين، الأولى إثارة الفتنة الطائفية عبر استهداف مساجد المواطنين الشيعة، والأخرى استهداف المؤسسات الأمنية سواء الأفراد أو المنشآت.",
			"2015-07-22 10:39", typ, false},
	})
}

// A body's mines cleared by an army's engineering teams are the army's own
// deed, disrupted weapons use as a counted clearing is; the same clearing
// without its teams, or a team hurt by the mines, is not read so.
func TestEventTypesEngineerTeamsClearing(t *testing.T) {
	const disrupted = "disrupted-weapons-use"
	lead := "أعلنت قوات ألوية العمالقة العاملة ضمن المقاومة اليمنية المشتركة، وبإسناد من التحالف العربي، الأحد، إحكام حصارها على مركز مديرية الدريهمي بمحافظة الحديدة غربي اليمن، بعد تكبيد ميليشيات الحوثي الإيرانية خسائر فادحة.\n" +
		"وقالت ألوية العمالقة إنها باتت تحاصر مركز المديرية من أربع جهات، بعد قطع التعزيزات عن الانقلابيين.\n" +
		"وأضافت أنه لم يبق سوى جيوب للحوثيين داخل مركز المدينة، حيث يتحصنون في منازل المدنيين الذين اتخذوهم دروعا بشرية.\n"
	teams := "وبدأت الفرق الهندسية بنزع الألغام التي زرعها الحوثيون في المزارع والمتنزه السياحي والطرقات الرئيسة المؤدية إلى مدينة الدريهمي."
	bare := "وبدأت القوات بنزع الألغام التي زرعها الحوثيون في المزارع والمتنزه السياحي والطرقات الرئيسة المؤدية إلى مدينة الدريهمي."
	asked := "ويطالب سكان القرى المحررة بالساحل الغربي الفرق الهندسية التابعة لتحالف دعم الشرعية بتكثيف نشاطهم وتفكيك حقول الألغام التي زرعها الحوثيون في مناطقهم."
	hurt := "ولفت إلى أن عددًا من ضباط وﺃفراد تلك الفرق الهندسية المختصة أصيبوا هم أيضًا جراء تلك الألغام."
	title := "ألوية العمالقة تحكم حصارها على مركز الدريهمي"
	checkTypes(t, []typeCase{
		{"engineering teams clear mines", "SK-middleEast-3368-20180812", title,
			lead + teams, "2018-08-12 16:25", disrupted, true},
		// Guards: no teams named; a clearing asked of them; teams hurt by
		// the mines.
		{"mines cleared, no teams", "SK-middleEast-3368-20180812", title,
			lead + bare, "2018-08-12 16:25", disrupted, false},
		{"a clearing asked of the teams", "SK-middleEast-2682-20180630", title,
			lead + asked, "2018-06-30 12:00", disrupted, false},
		{"teams hurt by mines", "2015-08-09-140", title,
			lead + hurt, "2015-08-09 12:00", disrupted, false},
	})
}
