package facets

import "testing"

// TestEventTypesM40i pins round 40's arrests of a crime's lone suspect
// (suspectArrest): past the title, the arrest of the doer, the suspect or a
// man or woman not yet named, in an article that names no armed party, is
// police work on a crime, not an ACLED arrest (the pool's Capital Gazette
// report, the blind codings' Paris, China and Germany attacks). The want
// rows are corpus text that typed arrests on main. Guards: a title that
// tells the arrest, ten held (a number before the man and the woman), an
// ISIS man, terrorism in the arrest's sentence. The attack on a minister was
// a guard until m52etfp2: its attacker seized at the scene ends the attack
// (attackerCaught), as the blind coding of the same shooting has it.
func TestEventTypesM40i(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a newsroom shooter's arrest", "SK-internationalNews-2375-20180628", `مقتل 5 على الأقل في إطلاق نار بمكتب صحيفة أميركية`,
			`قالت السلطات إن ما لا يقل عن خمسة أشخاص قتلوا وأصيب عدد آخر عندما أطلق مسلح النار عبر باب زجاجي في صحيفة محلية بأنابوليس عاصمة ولاية ماريلاند الأميركية وأمطر غرفة الأخبار بالرصاص.
وقال زعماء سياسيون في المنطقة إن السلطات اعتقلت المشتبه به وإنه لم يعرف بعد الدافع وراء الهجوم الذي حدث عند مكتب صحيفة كابيتال غازيت.`,
			"2018-06-28 19:29", "arrests", false},
		{"a school knife attack's suspect", "SK-internationalNews-1217-20180427", `مقتل 7 تلاميذ طعنا بالسكين في الصين`,
			`أعلنت السلطات الصينية مقتل 7 أطفال، وإصابة 19 آخرين، في هجوم طعنا بالسكين، أثناء عودتهم من المدرسة في شمال الصين، الجمعة.
واعتقلت السلطات المشتبه به، بينما يخضع الجرحى للعلاج، بحسب ما نقلت وكالة فرانس برس عن سلطة الإعلام في منطقة ميجي بمقاطعة شانغي على موقعها الرسمي للتواصل الاجتماعي.`,
			"2018-04-27 13:24", "arrests", false},
		{"a man arrested, told before the arrest word", "SK-internationalNews-3188-20180909", `باريس.. هجوم بالسكين يسفر عن وقوع ضحايا`,
			`أصيب 7 أشخاص بجروح، مساء الأحد في باريس، بعد أن تعرضوا لهجوم شنه رجل تم إلقاء القبض عليه وكان يحمل سلاحا أبيض وقضيبًا من حديد.
ونقلت وكالة الصحافة الفرنسية عن مصدر في الشرطة إن الرجل اعتقل بأيدي فريق من مكتب مكافحة الجريمة.`,
			"2018-09-09 23:50", "arrests", false},
		{"a man who blew up his house", "2015-08-01-575", `وسط خلافات عائلية..   ألماني يفجر منزله`,
			`ألقت الشرطة في ولاية بادن فورتمبيرج جنوب غرب ألمانيا القبض على رجل أقدم على تفجير منزله ببلدة بيتيجهايم-بيسنجن القريبة من مدينة لودفيجسهافن وبداخله زوجته وإحدى بناته.
وقالت شرطة مكافحة الجريمة إنها ألقت القبض على الرجل (55 عاما) مساء الخميس في غابة صغيرة على أطراف المدينة.`,
			"2015-08-01 15:24", "arrests", false},
		{"a father who shot his son", "2015-08-03-1152", `أب يقتل ابنه ويصيب زوجته بطلق ناري`,
			`أقدم أب يعاني من مشاكل نفسية في قرية المجصة أمس الأول على قتل ابنه البالغ من العمر 11 عاما وأطلق النار على زوجته (28 عاما)، ما أدى إلى إصابتها في منطقة الفخذ.
وأوضح الناطق الإعلامي لشرطة منطقة حائل الرائد سامي بن فهيد الشمري أن المختصين بالشرطة باشروا إجراءات الضبط والتحقيق والقبض على الجاني وضبط السلاح المستخدم في الجريمة، وإيقاف المتهم لاستيفاء الإجراءات اللازمة.`,
			"2015-08-03 20:25", "arrests", false},
		// Guards.
		{"a title that tells a lone suspect's arrest (round 43 ruling 11: no arrests)", "BB-internationalNews-1038-20180827", `الشرطة في هولندا تعتقل مشتبها به في قتل طفل في عام 1998`,
			`أعلنت الشرطة الهولندية، التي كانت تحقق في اختفاء وقتل تلميذ يُدعى نيكي فيرستابن في عام 1998، اعتقال المشتبه به الرئيسي في إسبانيا.
وجاء اعتقال جوس في أعقاب نداء عام من جانب الشرطة الأسبوع الماضي، نشر خلاله المحققون صورا للمشتبه به.`,
			"2018-08-27 10:10", "arrests", false},
		{"an attack on a minister: its attacker seized", "AL-internationalNews-1027-20180506", `إصابة وزير الداخلية الباكستاني في هجوم مسلح بالبنجاب`,
			`قال مسؤولون إن وزير الداخلية الباكستاني إحسان إقبال نجا من محاولة اغتيال اليوم الأحد.
وقال ميك أحمد خان، المتحدث باسم الحكومة، إن إقبال تجاوز مرحلة الخطر، وإن السلطات ألقت القبض على المهاجم.`,
			"2018-05-06 18:26", "arrests", false}, // m52etfp2: the attacker seized at the scene is part of the attack (attackerCaught; blind SK-internationalNews-1410, the same shooting, types no arrests)
		{"ten held: a number before the man and the woman", "BB-internationalNews-709-20180628", `فرنسا توجه الاتهام لعشرة أشخاص "خططوا لمهاجمة مسلمين"`,
			`وجهت السلطات الفرنسية لاتهام لعشرة من المتطرفين اليمينيين فيما يتعلق بمؤامرة مزعومة للهجوم على مسلمين، حسبما قال مصدر قضائي الخميس.
وألقي القبض على تسعة رجال وامرأة تتراوح أعمارهم بين 32 و69 عاما في مداهمات في مناطق مختلفة من فرنسا السبت.`,
			"2018-06-28 08:52", "arrests", true},
		{"an ISIS man held", "AL-internationalNews-103-20180219", `كان قيادياً في داعش.. الفلبين توقف مصرياً يحمل متفجرات`,
			`أعلن رئيس الشرطة الفلبينية، الاثنين، أن السلطات أوقفت رجلاً مصرياً يعتقد أنه كان قيادياً سابقاً في تنظيم داعش على الحدود السورية والتركية، في مداهمة استهدفت شقة سكنية في مانيلا.`,
			"2018-02-19 16:47", "arrests", true},
		// Probe row (written for the rule, not corpus text).
		{"terrorism in the arrest's sentence", "probe-m40i-1", `مقتل شخصين في هجوم بسكين في مدينة ألمانية`,
			`قتل شخصان وأصيب ثلاثة آخرون في هجوم بسكين وسط المدينة مساء السبت.
وألقت الشرطة القبض على رجل للاشتباه بارتكابه عملا إرهابيا.
وقالت الشرطة إنها اعتقلت رجلا آخر بعد دقائق من الهجوم الإرهابي.`,
			"2018-07-21 12:00", "arrests", true},
	})
}
