package facets

import "testing"

// TestEventTypesWeaponShopAndOwnedProgramme pins the round-54 blind audit
// aud54a's weapon named by the place that makes it or by its owner's
// programme: "ورشة كيماوي"، "مصنع صواريخ دقيقة"، "ببرنامج سوريا للأسلحة
// الكيماوية"، "برنامجها للأسلحة الكيميائية" name a workshop, a factory or
// an arsenal, not a chemical attack or a missile fired (stockWords,
// weaponStock). The first four rows fail on main (the first is the audit's
// SK-middleEast-241, the second the blind AL-internationalNews-1354).
// Guards: a chemical attack told beside a workshop, a strike on a factory
// told by its own strike word, and the programme's name with nothing
// between it and the arms (already a stock on main).
func TestEventTypesWeaponShopAndOwnedProgramme(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a chemical workshop found in Ghouta", "SK-middleEast-241-20180312", `الجيش السوري يتحدث عن "ورشة كيماوي" بالغوطة`,
			`ذكرت وكالات روسية، الاثنين، أن الجيش السوري عثر على ورشة لمقاتلي المعارضة في الغوطة الشرقية تستخدم في إنتاج أسلحة كيماوية.
ونسبت وكالات الأنباء الروسية لعقيد سوري أن الجيش السوري عثر على ورشة لمقاتلي المعارضة في الغوطة الشرقية تستخدم في إنتاج أسلحة كيماوية.`,
			"2018-03-12 10:09", "chemical-weapon", false},
		{"a factory of precise missiles Iran set up in Lebanon", "AL-internationalNews-1354-20180527", "نتنياهو يلمح إلى استهداف حزب الله بالعمق اللبناني",
			`قال نتنياهو إن إسرائيل ستمنع نقل الأسلحة المعدة لحزب الله، وستمنع إنتاج هذه الأسلحة داخل لبنان، ما فُسِّر على أنه تلويح بإمكان استهداف ما تقول إسرائيل إنه مصنع صواريخ دقيقة أقامته إيران داخل لبنان.`,
			"2018-05-27 12:00", "shelling-artillery-missile-attack", false},
		{"sanctions on those tied to Syria's chemical weapons programme", "", "واشنطن تفرض عقوبات جديدة",
			`أعلنت وزارة الخزانة الأميركية، الأربعاء، فرض عقوبات على 5 كيانات و8 أفراد لهم صلة ببرنامج سوريا للأسلحة الكيماوية، بينهم شركة لبنانية.
وقالت الوزارة إن العقوبات تستهدف من يساعدون برنامج سوريا للأسلحة الكيماوية.`,
			"2018-07-25 12:00", "chemical-weapon", false},
		{"a call to disclose its chemical weapons programme", "", "وزراء مجموعة السبع يجتمعون في تورونتو",
			`دعا وزراء خارجية مجموعة السبع موسكو إلى الكشف عن تفاصيل برنامجها للأسلحة الكيميائية.
وطالب الوزراء روسيا بالكشف عن برنامجها للأسلحة الكيميائية كاملا.`,
			"2018-04-22 12:00", "chemical-weapon", false},
		{"guard: a chemical attack told beside a workshop", "", "هجوم كيماوي على بلدة في الغوطة",
			`قتل 20 مدنيا في هجوم كيماوي على بلدة في الغوطة الشرقية، الاثنين، بعد أن عثر الجيش على ورشة قرب البلدة.
وقال مسعفون إن الهجوم الكيماوي استهدف حيا سكنيا.`,
			"2018-03-12 12:00", "chemical-weapon", true},
		{"guard: a strike on a factory told by its own strike word", "", "غارات على مصنع في حماة",
			`قصفت طائرات حربية مصنعا في ريف حماة الاثنين، وقصفت المدفعية مواقع قرب المصنع.`,
			"2018-03-12 12:00", "air-drone-strike", true},
		{"guard: a programme with nothing between it and the arms", "", "واشنطن تفرض عقوبات جديدة",
			`فرضت الولايات المتحدة عقوبات على شركات مرتبطة ببرنامج الأسلحة الكيماوية السوري.`,
			"2018-07-25 12:00", "chemical-weapon", false},
	})
}
