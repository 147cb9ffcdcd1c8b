package facets

import "testing"

// TestIsraelTitleThreat pins round 65's m65israel class: Israel or its
// leader as the subject of a threat verb in the title (titleThreatener,
// actors_israelthreat.go). The want rows fail on main. Guard: a speaker's
// colon before the verb ("نتانياهو: يهددنا", the nuclear deal threatens)
// gives no Israel.
func TestIsraelTitleThreat(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		// pool holdout-48 (gold israel, syrian-government, iran).
		{id: "AL-internationalNews-1047-20180507", title: "إسرائيل تهدد بقتل الأسد لو سمح لإيران بضربها من سوريا",
			text: "هددت إسرائيل اليوم الاثنين، بشار #الأسد بالقتل إذا سمح للإيرانيين بالعمل ضدها من الأراضي السورية.",
			want: []string{"israel"}},
		// blind (gold israel, iran, hezbollah, russia).
		{id: "CN-middleEast-1452-20181009", title: "نتنياهو يتوعد إيران وحزب الله.. ويكشف عن أجندة لقائه المرتقب مع بوتين",
			text: "دبي، الإمارات العربية المتحدة (CNN)-- توعد رئيس الوزراء الإسرائيلي إيران وحزب الله اللبناني، مشددا على أن \"السيادة الإسرائيلية في الجولان تشكل ضمانا للاستقرار في المنطقة\".",
			want: []string{"israel"}},
		// pool holdout-45 2015-07-22-531 (gold: no israel).
		{id: "2015-07-22-531", title: "الاتفاق النووي.. ظريف: تنازلنا.. نتانياهو: يهددنا.. كوريا: لايهمنا",
			text: "يأتى هذا فيما التقى وزير الدفاع الأمريكي كارتر في القدس المحتلة رئيس الوزراء الإسرائيلي.",
			not:  []string{"israel"}},
	})
}

// TestIsraelAsPlace pins round 65's m65israel class: Israel's weak name as
// a border, an envoy's seat, a capital or a neighbour is no party
// (israelAsPlace, actors_israelplace.go). The not rows fail on main. Guard:
// Israel's southern soil struck keeps it; the row's sentence is cut at its
// comma, before "فيما قصفت إسرائيل", so that the struck soil is its only
// Israel and the row fails if a word before the name ("جنوب") were read as
// a place's.
func TestIsraelAsPlace(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		// blind SK-middleEast-2043-20180530 (gold: no israel).
		{id: "SK-middleEast-2043-20180530", title: "روسيا تشدد على انسحاب جميع \"القوات غير السورية\" من الجنوب",
			text: "قال وزير الخارجية الروسي، سيرغي لافروف، الأربعاء، إن على كل القوات غير السورية أن تنسحب من حدود سوريا الجنوبية مع إسرائيل، في أسرع وقت ممكن.",
			not:  []string{"israel"}},
		// pool holdout-55 SK-middleEast-2022-20180529 (gold: no israel).
		{id: "SK-middleEast-2022-20180529", title: "اجتماع \"ثلاثي\" في الجنوب السوري",
			text: "وكانت روسيا قالت، الاثنين، إن الجيش السوري وحده من يجب أن يكون على الحدود الجنوبية لسوريا مع الأردن وإسرائيل وذلك بعدما حذرت واشنطن من \"إجراءات حازمة\" ردا على انتهاكات الهدنة في المنطقة.",
			not:  []string{"israel"}},
		// blind AL-internationalNews-537-20180319 (gold: none).
		{id: "AL-internationalNews-537-20180319", title: "الرئيس الفلسطيني: سفير أميركا لدى إسرائيل.. \"ابن كلب\"",
			text: "في موقف غير مسبوق، شنَّ الرئيس الفلسطيني، #محمود_عباس، هجوماً عنيفاً على السفير الأميركي لدى إسرائيل، #دافيد_فريدمان، الذي دافع عن الاستيطان بزعم أن الإسرائيليين يبنون في أرضهم.",
			not:  []string{"israel"}},
		// blind AL-internationalNews-247-20180227 (gold hezbollah, isis).
		{id: "AL-internationalNews-247-20180227", title: "حزب الله يروج لحروبه عبر لعبة إلكترونية.. \"شحن وتعبئة\"",
			text: "بعد الخطاب الشهير لأمين عام #حزب_الله ، حسن نصرالله في ديسمبر الماضي، رداً على قرار الرئيس الأميركي دونالد #ترمب الاعتراف بالقدس عاصمة لإسرائيل، ودعوته الملايين للرد عبر تغريدات على تويتر، انتقل حزب الله على ما يبدو إلى الألعاب الإلكترونية.\nفقد أطلق الحزب الأسبوع الماضي لعبة ثلاثية الأبعاد، تحت اسم \"الدفاع المقدس\"، مروجاً لحربه في سوريا.",
			not:  []string{"israel"}},
		// blind FR-middleEast-916-20180811 (gold isis, civilians).
		{id: "FR-middleEast-916-20180811", title: "مصر: أجهزة الأمن تحبط محاولة مهاجم انتحاري استهداف كنيسة العذراء شمال القاهرة",
			text: "وقتل متشددون في محافظة شمال سيناء المئات من أفراد الجيش والشرطة في هجمات بالمحافظة المتاخمة لإسرائيل وقطاع غزة منذ عزل الرئيس السابق محمد مرسي.",
			not:  []string{"israel"}},
		// Guard: pool SK-middleEast-2053-20180530 (gold israel).
		{id: "SK-middleEast-2053-20180530", title: "نتانياهو: التصعيد الأخير في غزة \"بوحي إيراني\"",
			text: "وأطلقت الفصائل عشرات الصواريخ وقذائف المورتر على جنوب إسرائيل، الثلاثاء.",
			want: []string{"israel"}},
	})
}
