package facets

import "testing"

// TestActorStatePolicesProtest48 pins round 48's rul48a-1: a state's police
// or security forces acting at home against the protest the article
// reports are the state's party. The acts the branch adds to the crushing
// words (actors_iranrepress.go): a clash with the protesters (forceActWords),
// an arrest verb with a crowd or a figure after it (newAct), tear gas in a
// sentence that names no protest (riotGearWords), Turkey's and Iraq's
// forces named by their adjective (repressEntries), and Turkey's bare
// police in a story whose title names Turkey (turkeySet). Every want row
// fails on main. The guards: a clash the sentence denies, an arrest of one
// named man over protests dated by a year, and a bare police in a Turkish
// story whose title names Syria.
func TestActorStatePolicesProtest48(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "FR-middleEast-693-20180627", title: "إيران: إضراب \"البازار الكبير\" لليوم الثاني وروحاني يدعو إلى الوحدة الوطنية",
			text: "وفي اليوم السابق، دارت مواجهات محدودة بين متظاهرين شباب والشرطة في وسط العاصمة.",
			want: []string{"iran"}},
		{id: "SK-internationalNews-2349-20180626", title: "غليان شعبي يتصاعد في طهران.. وفيديو يوثق إرهاب أمن النظام",
			text: "واعتقل الأمن، الاثنين، العشرات في محاولة لوقف المظاهرات، إلا أن تلك الخطوة باءت بالفشل مع تصاعد الغليان الشعبي ضد سياسات النظام الحاكم، الذي أدخل البلاد في نفق مظلم.",
			want: []string{"iran"}},
		{id: "SK-internationalNews-1295-20180501", title: "اعتقالات في إيران بعد تحدي المئات لـ\"حظر يوم العمال\"",
			text: "اعتقلت الشرطة الإيرانية 6 أشخاص على الأقل، الثلاثاء، بعدما تحدى المئات من الإيرانيين حظرا على الاحتجاجات احتفالا باليوم العالمي للعمال.",
			want: []string{"iran"}},
		{id: "BB-economy-173-20180625", title: "إضراب في بازار طهران احتجاجا على تدهور قيمة الريال الإيراني",
			text: "كما أظهرت مقاطع فيديو قوات الأمن وهي تطلق الغاز المسيل للدموع، مع تصاعد لسحب الدخان.\nوقال بعض المتظاهرين إنهم تعرضوا للضرب.",
			want: []string{"iran"}},
		{id: "2015-07-25-770", title: "الشرطة التركية تفرق تظاهرة ضد تنظيم داعش في اسطنبول",
			text: "فرقت الشرطة التركية مساء الجمعة في اسطنبول مئات المتظاهرين الذين كانوا يدينون تنظيم داعش بعد الهجوم الانتحاري الذي وقع مطلع الأسبوع الجاري في سوروتش جنوب البلاد ونسب للمتطرفين.",
			want: []string{"turkey"}},
		{id: "SK-internationalNews-508-20180322", title: "اعتقال العشرات في تركيا بسبب \"دعاية\"",
			text: "كما فضت الشرطة تظاهرة غير مرخص بها في مدينة باتمان ذات الأغلبية الكردية.",
			want: []string{"turkey"}},
		{id: "SK-internationalNews-1304-20180501", title: "اسطنبول.. اعتقال عشرات المتظاهرين في عيد العمال",
			text: "ألقت شرطة اسطنبول القبض على أكثر من 80 شخصا، وفرضت إجراءات أمنية على المدينة، فيما شهدت احتفالات عيد العمال مواجهات بين الشرطة متظاهرين.",
			want: []string{"turkey"}},
		{id: "SK-middleEast-2919-20180716", title: "احتجاجات العراق.. بين الاستياء الشعبي والبواعث الخارجية",
			text: "وأسفرت الاحتجاجات الشعبية عن وقوع قتلى وجرحى برصاص الأمن العراقي، كما أدت إلى وقف الحركة الجوية في مطار النجف وإقالة مسؤول أمني في المحافظة جراء عدم السيطرة على الوضع.",
			want: []string{"iraqi-forces"}},
		// Guards: a clash denied; one man arrested over 2009's protests; a
		// Turkish story whose title names Syria.
		{id: "SK-internationalNews-1896-20180601", title: "مئات الأتراك يتظاهرون ضد السلطة.. في \"ذكرى غيزي\"",
			text: "ولم يتمكن المتظاهرون من الوصول إلى حديقة غيزي بسبب طوق فرضته الشرطة، لكن لم تسجل أي اشتباكات واسعة النطاق بين الطرفين.",
			not:  []string{"turkey"}},
		{id: "FR-middleEast-344-20180422", title: "إيران: اعتقال مدع عام سابق بعد إدانته بتعذيب متظاهرين",
			text: "اعتقلت السلطات الإيرانية الأحد سعيد مرتضوي المدع العام السابق لطهران على خلفية اتهامات بارتكاب \"انتهاكات خطيرة\" لحقوق الإنسان خلال احتجاجات 2009 المعارضة للحكومة، وفقا لوكالة \"ميزان أونلاين\" التابعة للقضاء.",
			not:  []string{"iran"}},
		{id: "guard-syria-title", title: "تركيا تدفع بتعزيزات إلى الحدود مع سوريا",
			text: "كما فضت الشرطة تظاهرة غير مرخص بها في مدينة باتمان ذات الأغلبية الكردية.",
			not:  []string{"turkey"}},
	})
}

// TestActorStateArrestHomePlot48 pins round 48's rul48a-2(b): a state's
// police arresting suspected members of a group on its own soil for a
// domestic plot, with no tie to the war, is no party (homePlot,
// actors_statearrest.go); the group keeps its id. The want row fails on
// main. The guard: an arrest tied to the war by the arrested's rank keeps
// the state (rul48a-2(a)).
func TestActorStateArrestHomePlot48(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-internationalNews-2269-20180622", title: "الشرطة التركية تعتقل خلية داعشية خططت لهجمات قبل الانتخابات",
			text: "ألقت الشرطة التركية القبض على 14 شخصا يشتبه بأنهم من تنظيم داعش الإرهابي، كانوا يجهزون لهجوم في أنقرة قبل الانتخابات المقررة يوم الأحد.",
			want: []string{"isis"}, not: []string{"turkey"}},
		// Guard: the arrested are the war's fighters.
		{id: "guard-war-tie", title: "الشرطة التركية تعتقل خلية داعشية",
			text: "ألقت الشرطة التركية القبض على 14 شخصا يشتبه بأنهم من مقاتلي تنظيم داعش، كانوا يجهزون لهجوم في أنقرة قبل الانتخابات.",
			want: []string{"turkey"}},
	})
}

// TestActorStateCourtWarTie48 pins round 48's rul48a-3: an Iraqi court
// sentencing ISIS members is Iraq's party only where some sentence gives
// Iraq's state or forces a part in the war (courtWarTie,
// actors_statecourt.go). The want rows fail on main: a court whose article
// names only the Peshmerga at the battle, and one whose convict fought
// with no force of Iraq's named. The guards keep the court where Iraq
// declared its victory or the convict fought Iraq's units.
func TestActorStateCourtWarTie48(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "FR-middleEast-209-20180402", title: "العراق: الحكم بإعدام ست تركيات بتهمة الانتماء لتنظيم \"الدولة الإسلامية\"",
			text: "أصدرت محكمة عراقية الاثنين حكما بالإعدام بحق ست تركيات بتهمة الانتماء إلى تنظيم \"الدولة الإسلامية\"، بحسب ما أفاد مصدر قضائي.\nفيما رافق أطفال غالبية المدانات اللواتي قلن إنهن سلمن أنفسهن لقوات البشمركة الكردية بعدما فررن من تلعفر خلال عمليات استعادة هذه المدينة الواقعة في محافظة نينوى من الجهاديين.",
			want: []string{"isis"}, not: []string{"iraqi-forces"}},
		{id: "SK-middleEast-1859-20180522", title: "العراق.. حكم بالإعدام على \"داعشي\" بلجيكي",
			text: "أصدرت المحكمة الجنائية المركزية العراقية، الثلاثاء، حكما بالإعدام شنقا بحق متشدد بلجيكي كان يدعو في فيديوهات إلى ضرب فرنسا وبلجيكا، بتهمة الانتماء إلى تنظيم داعش.\nوقاتل البلجيكي في كوباني شمالي سوريا وفي تكريت ونينوى والرمادي التي أصيب فيها بقذيفة هاون، وفق ما قال أمام المحكمة.",
			want: []string{"isis"}, not: []string{"iraqi-forces"}},
		// Guards: Iraq before its win; the convict fought Iraq's units.
		{id: "SK-middleEast-52-20180225", title: "الإعدام لـ15 تركية \"داعشية\" في العراق",
			text: "أصدرت محكمة عراقية، الأحد، حكما بالإعدام بحق 15 امرأة تركية بتهمة الانتماء إلى تنظيم \"داعش\"، حسبما أفادت \"فرانس برس\".\nوفي ديسمبر من العام الماضي، أعلن العراق أنه حرر جميع أراضيه من تنظيم \"داعش\"، بعد عمليات عسكرية كان أكبرها في مدينة الموصل.",
			want: []string{"iraqi-forces", "isis"}},
		{id: "FR-middleEast-572-20180603", title: "محكمة عراقية تقضي بسجن الجهادية الفرنسية ميلينا بوغدير مدى الحياة",
			text: "قضت المحكمة الجنائية العراقية الأحد، بسجن الجهادية الفرنسية ميلينا بوغدير مدى الحياة بتهمة الانتماء لتنظيم \"الدولة الإسلامية\".\nقاتلت ضد الوحدات العراقية، لذلك تحاكم في العراق\".",
			want: []string{"iraqi-forces"}},
	})
}
