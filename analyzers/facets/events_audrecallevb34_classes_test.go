package facets

import "testing"

// Round-34 second recall audit of event types (audrecallevb34): a seeded
// sample of fresh war-titled corpus articles coded blind and compared with
// rasid's event types. A protest the police dispersed, told after the
// protest word ("واشتبكت شرطة مكافحة الشغب مع المحتجين وأطلقت الغاز المسيل
// للدموع لتفريق الحشود") or by the present تفرق before it ("الشرطة التركية
// تفرق تظاهرة"), is a protest with intervention (protestDispersed); a bomb
// told by its making or fixing ("عبوة يدوية الصنع"، "عبوة لاصقة") is a
// remote explosive; soldiers killed "في صدام مسلح" fell in an armed clash.
// The want rows fail on main; the guards keep protesters who went home,
// a march's period tally, bombs being made and a feared clash.
func TestEventTypesDispersalMadeBombsAndArmedEncounter(t *testing.T) {
	checkTypes(t, []typeCase{
		{"tear gas fired after the protest word", "SK-internationalNews-2390-20180629", "النظام الإيراني يلجأ إلى \"المعممين\" لمواجهة الاحتجاجات",
			"واشتبكت شرطة مكافحة الشغب مع المحتجين وأطلقت الغاز المسيل للدموع لتفريق الحشود.",
			"2018-06-29 12:00", "protest-with-intervention", true},
		{"the present تفرق in a title", "2015-07-25-770", "الشرطة التركية تفرق تظاهرة ضد تنظيم داعش في اسطنبول",
			"فرقت الشرطة التركية مساء الجمعة في اسطنبول مئات المتظاهرين الذين كانوا يدينون تنظيم داعش بعد الهجوم الانتحاري الذي وقع مطلع الأسبوع الجاري في سوروتش جنوب البلاد ونسب للمتطرفين.",
			"2015-07-25 12:00", "protest-with-intervention", true},
		{"protesters who dispersed themselves", "FR-internationalNews-2013-20180625", "إضراب في بازار طهران احتجاجا على تدهور قيمة الريال الإيراني",
			"وتفرق المحتجون الذين كانوا يهتفون \"ادعمونا أيها الإيرانيون\" عندما بدأ عناصر الشرطة بالاقتراب منهم.",
			"2018-06-25 12:00", "protest-with-intervention", false},
		{"a march's tally since a date", "SK-middleEast-3018-20180720", "نيران إسرائيل تقتل 4 فلسطينيين في غزة",
			"وتجمع مئات الفلسطينيين على الحدود الشرقية لقطاع غزة، الجمعة، ضمن فعاليات مسيرة العودة المستمرة منذ 4 أشهر، وأصيب 120 منهم برصاص الجيش الإسرائيلي وقنابله المسيلة للدموع.",
			"2018-07-20 12:00", "protest-with-intervention", false},
		{"a home-made bomb", "SK-middleEast-480-20180322", "تركيا تعلن مقتل 3 جنود في عفرين",
			"أعلن رئيس الوزراء التركي، بن علي يلدريم، مقتل 3 جنود أتراك، الخميس، في انفجار عبوة يدوية الصنع خلال عملية نزع قنابل في منطقة عفرين شمال غربي سوريا.",
			"2018-03-22 12:00", "remote-explosive-landmine-ied", true},
		{"a sticky bomb", "SK-middleEast-160-20180301", "اتهام المخابرات الإيرانية باستهدف معارضين في كردستان العراق",
			"وكان بيان أمني في أربيل قال إن سيارة مدنية كانت تقل اثنين من مقاتلي الحزب الديمقراطي الكردستاني الإيراني- المعارض انفجرت في الساعة الرابعة من مساء اليوم الخميس في ضاحية بنصلاوة التابعة لمدينة أربيل، بفعل عبوة لاصقة كانت قد وضعت أسفل السيارة، وكلاهما من مقاتلي الحزب الديمقراطي.",
			"2018-03-01 12:00", "remote-explosive-landmine-ied", true},
		{"bombs being made", "SK-middleEast-3882-20181015", "الشرطة المصرية تداهم \"كهف الإرهابيين\" وتقتل عددا منهم",
			"وأفادت المعلومات بحيازة الإرهابيين \"أسلحة نارية متنوعة، وإعدادهم عبوات متفجرة، واعتزامهم التحرك خلال الفترة المقبلة لتنفيذ سلسلة من العمليات العدائية، تستهدف المنشآت الهامة والحيوية بالبلاد\".",
			"2018-10-15 12:00", "remote-explosive-landmine-ied", false},
		{"a soldier killed in an armed encounter", "2015-07-24-1984", "تركيا ترتدي قفازات الحرب على داعش",
			"وقتل عسكري تركي وجرح اثنان آخران قرب كيليس (جنوب تركيا) في صدام مسلح مع تنظيم داعش في سوريا على الحدود بين البلدين - بحسب رئاسة أركان الجيش التركي.",
			"2015-07-24 12:00", "armed-clash", true},
		{"a feared armed clash", "2015-07-23-654", "هل تغير «سوروج» شكل الحرب على «داعش»؟",
			"وتخشى تركيا أن تؤدي عملية \"سوروج\" إلى صدام مسلح مع الأكراد، لاسيما أن العملية حدثت في مركز ثقافي احتشد فيه أكراد كانوا بصدد الذهاب إلى رحلة مخصصة إلى \"كوباني\" من أجل المشاركة في إحدى فعاليات إعمارها.",
			"2015-07-23 12:00", "armed-clash", false},
	})
}
