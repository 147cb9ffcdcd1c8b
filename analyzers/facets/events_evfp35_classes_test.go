package facets

import "testing"

// Round-35 event types the gold does not code (evfp35): classes of false
// values from the pool's extras. Every want row fails on the rules before
// it; the guards must stay.

// A strike counted vaguely across the whole Syrian war ("في الحرب
// السورية ... عشرات الغارات") is the war's tally, background (warTally).
func TestEventTypesEvfp35WarTally(t *testing.T) {
	const typ = "air-drone-strike"
	checkTypes(t, []typeCase{
		{"Israel's dozens of strikes in the civil war", "FR-internationalNews-652-20180410", "إسرائيل تدين الهجوم الكيميائي المفترض في سوريا وتصفه \"بجريمة ضد الإنسانية\"",
			"وسَعت إسرائيل إلى تجنب التدخل المباشر في الحرب الأهلية السورية، لكنها اعترفت بشن عشرات الضربات الجوية هناك لتوقف ما تقول إنه شحنات أسلحة متطورة مرسلة إلى عدوها \"حزب الله\".",
			"2018-04-10 10:00", typ, false},
		{"Israel's dozens of raids in the Syrian war", "FR-internationalNews-1001-20180430", "سوريا: قصف صاروخي يستهدف مواقع عسكرية للنظام وسط وشمال البلاد",
			"وسعت إسرائيل إلى تجنب التورط مباشرة في الحرب السورية، إلا أنها تؤكد شنها عشرات الغارات الجوية في سوريا لمنع إيصال أسلحة متطورة إلى حزب الله اللبناني الذي تعتبره عدوا لها.",
			"2018-04-30 10:00", typ, false},
		// Guard: hundreds of strikes of an offensive, no war named.
		{"hundreds of strikes on Daraa", "FR-middleEast-734-20180705", "سوريا: قصف مكثف على درعا",
			"نفذت قوات النظام السوري وحليفتها روسيا مئات الضربات الجوية على بلدات في محافظة درعا في جنوب سوريا، في تصعيد \"غير مسبوق\" منذ بدء الهجوم على المنطقة منذ أكثر من أسبوعين، وفق ما أفاد المرصد السوري لحقوق الإنسان.",
			"2018-07-05 10:00", typ, true},
	})
}

// An attack "to carry out" (لتنفيذ, the ل of purpose) up to two words
// before its trigger is a plot's aim, not an attack made (modalBefore).
func TestEventTypesEvfp35CarryPurpose(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a suicide attack being prepared", "FR-internationalNews-2103-20180702", "اتهام بلجيكيين اثنين بالإعداد لتفجير تجمع للمعارضة الإيرانية في فرنسا",
			"وذكر بيان النائب العام البلجيكي بأن الشخصين كانا يعدان لتنفيذ هجوم انتحاري السبت، في هذه الضاحية.",
			"2018-07-02 10:00", "suicide-bomb", false},
		{"a bomb attack being readied", "SK-internationalNews-1629-20180518", "إفشال محاولة اعتداء جديدة في فرنسا.. وتوقيف مصريين",
			"وقال وزير الداخلية الفرنسي إن \"هناك شابان من أصل مصري كانا يستعدان لتنفيذ اعتداء بعبوة ناسفة أو بمادة الريسين السامة\".",
			"2018-05-18 10:00", "remote-explosive-landmine-ied", false},
		{"wider powers to carry out air strikes", "SK-internationalNews-1155-20180425", "حركة طالبان تعلن انطلاق \"هجوم الربيع\"",
			"وأرسلت واشنطن آلاف الجنود إلى أفغانستان للمساعدة في تدريب الجيش ويتمتع قادتهم بسلطات أوسع لتنفيذ ضربات جوية ضد المسلحين، في تغيير كبير لسياسة انسحاب القوات الأميركية تدريجيا.",
			"2018-04-25 10:00", "air-drone-strike", false},
		// Guard: raids carried out, a purpose only after them.
		{"seven raids before the reinforcements arrived", "2015-08-01-1155", "الجيش الوطني والتحالف يفشلان تعزيزات الانقلابيين بالضالع وحرض",
			"إلى ذلك، أفادت مصادر إعلامية وشهود عيان بأن مقاتلات التحالف العربي دمرت أرتالا وتعزيزات للحوثيين بـ7 غارات قبيل وصولهم إلى منطقة حرض لاستهداف الحدود الجنوبية للمملكة.",
			"2015-08-01 10:00", "air-drone-strike", true},
	})
}

// A fight one joined, was recruited to or went to take part in
// ("التحقوا بالقتال"، "للمشاركة في القتال الدائر هناك") is a foreign
// fighter's story, no fight of the news (joinedFight); a party's share in
// a fight going on stays.
func TestEventTypesEvfp35JoinedFight(t *testing.T) {
	const typ = "armed-clash"
	checkTypes(t, []typeCase{
		{"relatives who joined the fighting beside ISIS", "AL-internationalNews-784-20180404", "ضابط صاعقة قطري لقتيل داعشي: \"تفخر بك الأمة\"!",
			"أما شقيق ضابط الصاعقة القطرية وهو \"محمد آل مشعاب\"، والذي يعمل في شركة قطر للبترول، ففضل الاحتفاء بعدد ممن التحقوا بالقتال إلى جانب تنظيم داعش في سوريا، من ذوي قرابته.",
			"2018-04-04 10:00", typ, false},
		{"foreign fighters crossing to take part", "2015-07-27-144", "اجتماع للأمم المتحدة في مدريد حول المقاتلين الأجانب",
			"وقالت تركيا إنها شددت تدابيرها الأمنية، في الآونة الأخيرة، في إطار الحد من عبور «المقاتلين الأجانب» إلى سوريا والعراق للمشاركة في القتال الدائر هناك.",
			"2015-07-27 10:00", typ, false},
		// Guard: Hezbollah's share in the Zabadani fight.
		{"Hezbollah's share in a fight going on", "2015-07-27-923", "سقوط 5 قتلى من حزب الله في الزبداني",
			"أكدت مصادر مقربة من حزب الله سقوط خمسة قتلى من عناصر الحزب الطائفي وإصابة آخرين أمس في مدينة الزبداني السورية، فيما زعمت قيادة الحزب أن عنصرين فقط لقيا حتفهما في الزبداني التي تشهد مشاركة الحزب في قتال إلى جانب قوات بشار الأسد.",
			"2015-07-27 10:00", typ, true},
	})
}
