package facets

import "testing"

// TestEventTypesSupplyReach pins a supply verb standing more than three words
// before the weapon it supplies (weaponStock's supplyReach): "نفى الحرس
// الثوري الإيراني، الثلاثاء، تزويد الحوثيين في اليمن بصواريخ"، "بإمداد
// ميليشيات حزب الله في لبنان بصواريخ". The armed party is often a phrase of
// its own, and a window of three read the arming as a missile attack
// (aud42d's sample, CN-middleEast-396). The first two rows fail on main. Guard:
// missiles fired, with no supply verb before them, stay an attack.
func TestEventTypesSupplyReach(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the Guard denies arming the Houthis in Yemen with missiles", "CN-middleEast-396-20180327", "الحرس الثوري الإيراني ينفي تزويد الحوثي بالصواريخ",
			`طهران، إيران (CNN)-- نفى الحرس الثوري الإيراني، الثلاثاء، تزويد الحوثيين في اليمن بصواريخ ومعدات عسكرية، وذلك بعد الاتهامات التي وجهتها المملكة العربية السعودية لطهران بأنها زودت الحوثي بصواريخ قايم وزلزال.
ونقلت وكالة أنباء تسنيم الإيرانية على لسان اللواء جادالله جواني قوله "إن الجميع يعلم أن جميع الطرق لإرسال الأسلحة إلى اليمن محظورة وأن السعودية فرضت حصاراً كاملاً على اليمن المضطهد".
وأضاف جواني أن اليمن قادر على إنتاج أسلحته الدفاعية الخاصة به، بما في ذلك الصواريخ التي "لا يمكن أن يتصورها السعوديون."`,
			"2018-03-27 16:59", "shelling-artillery-missile-attack", false},
		{"Washington accuses Iran of arming the Houthis in Yemen with missiles", "AL-internationalNews-1800-20180629", "وزير الخارجية الأميركي يدعو لمحاسبة خامنئي",
			`وفي كلمته اتهم كوهين إيران بأنها تزوّد الحوثيين في اليمن بالصواريخ، في انتهاك لحظر دولي على تصدير الأسلحة إلى اليمن.`,
			"2018-06-29 05:19", "shelling-artillery-missile-attack", false},
		{"guard: rockets fired from Gaza, no supply told", "SK-middleEast-2899-20180714", `إسرائيل تتوعد بـ"إجراء قوي".. وسقوط قتيلين بغزة`,
			`قال مسؤول في الحكومة الإسرائيلية، السبت، إن بلاده قررت "اتخاذ إجراء قوي ضد عدوان غزة".
وقصف الجيش الإسرائيلي عشرات الأهداف لمسلحين في قطاع غزة، بينما أطلق مسلحون فلسطينيون عشرات الصواريخ عبر الحدود.
وأصيب 3 إسرائيليين على الأقل من جراء إطلاق صواريخ من غزة.`,
			"2018-07-14 16:35", "shelling-artillery-missile-attack", true},
	})
}

// TestEventTypesTruceReached pins a truce told reached with no deal noun
// (truceReached, events_agree.go): "قال مصدر رسمي أردني، الجمعة، إنه جرى
// التوصل إلى وقف لإطلاق نار في جنوب سوريا"، "أكدت حماس مساء السبت التوصل
// إلى وقف لإطلاق النار". The agreement phrases read a truce reached only
// through اتفاق ("التوصل إلى اتفاق"), so a ceasefire reached typed nothing
// (aud42d's sample, FR-internationalNews-2307, where no taxonomy party stands
// in the sentence, so it stays). Like "التوصل لاتفاق" it counts only told
// done (reachedTold). The true row fails on main. Guard: a truce sought
// ("بهدف التوصل إلى وقف دائم لإطلاق النار") is no agreement.
func TestEventTypesTruceReached(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a Jordanian source: a ceasefire reached in southern Syria", "SK-middleEast-2664-20180629", "مصادر أردنية: هدنة تمهّد لمصالحة جنوبي سوريا",
			`قال مصدر رسمي أردني، الجمعة، إنه جرى التوصل إلى وقف لإطلاق نار في جنوب سوريا مما يمهد إلى "مصالحة" بين المعارضة وقوات الحكومة، بحسب مراسلنا.`,
			"2018-06-29 16:13", "agreement", true},
		{"guard: the summit's aim of a lasting ceasefire", "FR-middleEast-197-20180404", "تركيا: القمة الثلاثية تتعهد بالتوصل لوقف إطلاق نار دائم في سوريا",
			`وأكد رجب طيب أردوغان وفلاديمير بوتين وحسن روحاني "عزمهم على التعاون المكثف في سوريا بهدف التوصل إلى وقف دائم لإطلاق النار بين أطراف النزاع"، وفق البيان.`,
			"2018-04-04 14:27", "agreement", false},
	})
}

// TestEventTypesPlanesIntercepted pins warplanes met in the air as no
// disrupted weapons use (planesIntercepted): "دفعت بطائرات عسكرية لاعتراض
// قاذفتين روسيتين حلقتا في مجالها الجوي". (The same night's story told
// "كوريا الجنوبية تعترض طائرتين روسيتين في أجوائها" stayed typed only while
// planesIntercepted compared the raw dual طائرتين, which no token holds;
// rev60b's row in events_rev60b_classes_test.go pins it now.) Jets sent up to meet intruding bombers are an airspace quarrel,
// not a weapon stopped (aud42d's sample, AL-internationalNews-1911). The
// first row fails on main. Guard: missiles intercepted stay disrupted weapons
// use.
func TestEventTypesPlanesIntercepted(t *testing.T) {
	checkTypes(t, []typeCase{
		{"South Korea sends jets to intercept two Russian bombers", "AL-internationalNews-1911-20180714", "كوريا الجنوبية تحتج على روسيا بعد انتهاك الأجواء 4 مرات",
			`استدعت #كوريا_الجنوبية مسؤولا بالسفارة الروسية، اليوم السبت، للتعبير عن "أسفها" من دخول طائرتين عسكريتين روسيتين مجالها الجوي والمطالبة بعدم تكرار ذلك. وقالت سيول إنها دفعت بطائرات عسكرية لاعتراض قاذفتين روسيتين حلقتا في مجالها الجوي أمس الجمعة أربع مرات.`,
			"2018-07-14 12:45", "disrupted-weapons-use", false},
		{"guard: a ballistic missile intercepted over Riyadh", "CN-middleEast-578-20180411", "السعودية: اعتراض صاروخ بالستي فوق الرياض وإسقاط طائرتين بدون طيار",
			`أعلنت قوات التحالف لدعم الشرعية في اليمن اعتراض صاروخ بالستي فوق الرياض.`,
			"2018-04-11 15:28", "disrupted-weapons-use", true},
	})
}
