package facets

import "testing"

// Round 66's m66strike (events_barestrikes.go): strikes told only as ضربات,
// in an article that names no missile, warship or air word for them, take
// no strike type (rul66h-1), and a reaction citing them takes none either
// (rul66h-2); their triggers still date the report (evStrikes, a
// dates-only pseudo type). The first four type rows and the date row are
// gold articles typed shelling on main (each type row fails there, checked
// with the rule off); the date row fails where the strikes count for
// nothing. The guards keep shelling: a frigate in the strike's sentence
// (rul66h-1's warship word; blind, coded), and a bare قصف beside the
// strikes (pool, coded: rul66h's kind (d) is not ruled). The قصف row does
// not pin the ضربات-only test: its قصف shares a sentence with "صواريخ",
// so the missile word keeps the type with that test off. rev66b switched
// strikesToldBare's parts off one at a time: only the means-in-sentence
// test has a row that fails (the frigate); the explicit-type, the
// shelling-hit and the ضربات-only tests have none.
func TestBareStrikesUntyped(t *testing.T) {
	const (
		plansTitle = "صحيفة إسرائيلية تكشف \"أهداف ترامب\" في سوريا"
		plansBody  = "نقلت صحيفة \"يديعوت أحرونوت\" الإسرائيلية عن \"مسؤول أميركي رفيع\"، قوله إن الأهداف السورية المتوقع أن توجه لها الولايات المتحدة ضربات، هي \"مخازن للسلاح الكيماوي ومطارات عسكرية\".\n" +
			"وأشارت الصحيفة إلى أن بين الأهداف الأولى مطاران، أحدهما مطار الشعيرات الذي خرجت منه الطائرات المحملة بالسلاح الكيماوي، ومطار آخر لم تفصح عنه.\n" +
			"أما الهدف الثاني، بحسب الصحيفة، فسيكون مخازن ومراكز أبحاث تطوير السلاح الكيماوي.\n" +
			"وفي وقت سابق، نقلت قناة \"سي إن بي سي\" الأميركية عن مصدر لم تسمه، أن واشنطن تدرس توجيه ضربة لـ 8 أهداف في سوريا، تتضمن مطارين ومركز أبحاث ومنشأة للأسلحة الكيماوية.\n" +
			"وحسب المصدر، فإن النظام السوري نقل أجزاء كبيرة من عتاده الجوي إلى مطارات تخضع لإشراف روسي، على أمل ألا توجه واشنطن ضربات لهذه المطارات.\n" +
			"وأعلن البيت الأبيض أن الرئيس الأميركي دونالد ترامب، لم يتخذ بعد \"قراره النهائي\" بشأن طريقة الرد على هجوم يعتقد أنه تم بالأسلحة الكيماوية في سوريا، بعد اجتماع عقده الخميس مع كبار مستشاريه للأمن القومي.\n" +
			"وقالت المتحدثة باسم البيت الأبيض سارة ساندرز، إن ترامب سيجري في وقت لاحق محادثات مع نظيره الفرنسي إيمانويل ماكرون ورئيسة الوزراء البريطانية تيريزا ماي بشأن الإجراء الذي قد يتخذه الحلفاء."
	)
	checkTypes(t, []typeCase{
		{"the April strikes praised, told only as الضربات (blind, rul66h-1)", "AL-internationalNews-915-20180414", "ترمب يشيد بالضربات في سوريا ويعلن \"المهمة أنجزت\"",
			"أشاد الرئيس الأميركي دونالد ترمب بالضربات التي وجهت فجر اليوم إلى مواقع تابعة للنظام السوري.\nوقال #ترمب في تغريدة عبر حسابه على موقع التواصل الاجتماعي تويتر: \"ضربة منفذة بإحكام. شكرا لفرنسا وبريطانيا على حكمتهم وقوة جيوشهم. لا يمكن أن تحقق نتيجة أفضل من ذلك.. المهمة أنجزت\".",
			"2018-04-14 12:29", "shelling-artillery-missile-attack", false},
		{"the strikes as the news, the air word the target's air defence (blind, rul66h-1)", "CN-middleEast-606-20180414", "مسؤولان بأمريكا: ضربات الليلة بسوريا ليست النهاية.. ونراقب رد روسيا",
			"واشنطن، الولايات المتحدة الأمريكية (CNN)— قال مسؤولان بالإدارة الأمريكية، السبت، إن الضربات التي تم توجيهها ضد أهداف للبرنامج الكيماوي السوري لن تكون نهاية الرد الأمريكي على حد تعبيره.\n" +
				"وأوضح المسؤول إن جهودا استخباراتية مشتركة تبذل لجمع معلومات حول ما سيقوم به الروس على خلفية هذه الضربات بما في ذلك الحديث عن عمليات انتقامية، لافتا إلى أن القدرات العسكرية الروسية في سوريا تضاعفت منذ العام الماضي وخصوصا فيما يتعلق بموضوع الدفاعات الجوية.",
			"2018-04-14 04:12", "shelling-artillery-missile-attack", false},
		{"a later development timed by the strikes (pool, rul66h-2)", "FR-internationalNews-732-20180416", "واشنطن تعتزم فرض عقوبات على روسيا بسبب \"استخدام النظام السوري لأسلحة كيميائية\"",
			"وبعد ساعات على الضربات التي نفذتها الولايات المتحدة وفرنسا وبريطانيا فجر السبت ودمرت ثلاثة مواقع يشتبه بأنها مرتبطة ببرنامج السلاح الكيميائي السوري، أعلنت منظمة حظر الأسلحة الكيميائية على موقع تويتر وصول فريق تقصي حقائق الى دمشق ظهر السبت.",
			"2018-04-16 07:58", "shelling-artillery-missile-attack", false},
		{"Turkey's strikes told bare, another war (blind, gold air)", "2015-07-24-1590", "أردوغان: على الجماعات المتشددة أن تلقي أسلحتها أو تواجه العواقب",
			"قال الرئيس التركي رجب طيب اردوغان اليوم الجمعة إن الضربات التركية لقواعد تنظيم الدولة الاسلامية في شمال سوريا كانت \"خطوة أولى\" مشيرا إلى أن الاجراءات ضد المتشددين الاسلاميين والأكراد واليساريين ستستمر.",
			"2015-07-24 08:00", "shelling-artillery-missile-attack", false},
		{"guard: a frigate that took part in the strikes (blind, coded)", "SK-internationalNews-1052-20180420", "باريس تنفي تأجير فرقاطتين لليونان",
			"نفت وزيرة الدفاع الفرنسية فلورانس بارلي، الجمعة، مشروعا لتأجير اليونان فرقاطتين، الأمر الذي كانت أعلنته السلطات اليونانية في وقت سابق.\n" +
				"وعلى هامش زيارة لطولون (جنوب شرق)، قالت بارلي ردا على سؤال حول إحدى الفرقاطتين التي شاركت في ضربات لمواقع عسكرية سورية هذا الأسبوعـ إن \"هذا الخبر.. ليس صحيحا\".",
			"2018-04-20 15:15", "shelling-artillery-missile-attack", true},
		{"guard: a bare قصف beside the strikes (pool, coded)", "SK-middleEast-1597-20180511", "نصيحة إسرائيلية للأسد بعد \"ليلة الصواريخ\"",
			"دعا وزير الدفاع الإسرائيلي أفيغدور ليبرمان، الجمعة، الرئيس السوري بشار الأسد إلى \"طرد الإيرانيين\" من سوريا، وذلك غداة تصعيد عسكري غير مسبوق بين إيران وإسرائيل في سوريا.\n" +
				"وكان رئيس الحكومة الإسرائيلية بنيامين نتانياهو اتهم إيران بـ\"تجاوز خط أحمر\" بإطلاقها، ليل الأربعاء الخميس، صواريخ على مواقع إسرائيلية في هضبة الجولان، مما دفع إسرائيل للرد بقصف عشرات الأهداف الإيرانية في سوريا.\n" +
				"وأسفرت الضربات الإسرائيلية على مناطق عدة في سوريا عن مقتل 23 عنصرا على الأقل، هم خمسة من قوات النظام السوري و18 عنصرا من القوات الموالية له، حسبما أفاد المرصد السوري لحقوق الإنسان، الخميس.",
			"2018-05-11 11:18", "shelling-artillery-missile-attack", true},
		{"the planned strikes type nothing (blind, uncoded)", "SK-middleEast-1001-20180413", plansTitle, plansBody, "2018-04-13 09:36", "shelling-artillery-missile-attack", false},
	})
	checkDates(t, []dateCase{
		{"the strikes still date the report (blind, dated on publication)", "SK-middleEast-1001-20180413", plansTitle, plansBody, "2018-04-13 09:36", "2018-04-13"},
	})
}
