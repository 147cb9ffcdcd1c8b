package facets

import "testing"

// TestCiviliansBareNationality pins a man counted by a bare singular
// nationality as a civilian where a death or wound noun and a person noun
// stand before it, or a bullet right after it (nationalSingularWords,
// shotNational); the want rows fail on main. The guards: a sermon's
// hadith, a brawl's stabbing, a man killed in the confrontations, a
// protest story's dead and an assailant shot after a stabbing are none.
func TestCiviliansBareNationality(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "AL-internationalNews-1131-20180511", title: "مقتل فلسطيني برصاص قوات الاحتلال شرق خان يونس",
			text: "أعلنت وزارة الصحة الفلسطينية مقتل فلسطيني شرق خان يونس.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-703-20180401", title: "فيديو يكشف جرائم إسرائيلية.. قنص شاب فلسطيني من الخلف",
			text: "وثق تسجيل مصور مقتل شاب فلسطيني غير مسلح برصاص قناصة إسرائيليين على حدود قطاع غزة.",
			want: []string{"civilians"}},
		{id: "2015-07-25-1155", title: "جازان.. مصرع عامل يمني جراء سقوط مقذوف عسكري من الأراضي اليمنية",
			text: "سقط مقذوف عسكري من الأراضي اليمنية على قرية القنبورة بمحافظة أحد المسارحة.",
			want: []string{"civilians"}},
		// Guard: a hadith in a sermon.
		{id: "2015-08-08-641", title: "إمام الحرم النبوي: سفك دم المسلم موجب لغضب الله ولعنته",
			text: "وقال صلى الله عليه وسلم «لزوال الدنيا أهون عند الله من قتل رجل مسلم».",
			not:  []string{"civilians"}},
		// Guard: a brawl's stabbing.
		{id: "SK-internationalNews-2173-20180616", title: "الطعن حتى الموت لشاب مغربي في البوسنة",
			text: "قتل شاب مغربي عمره 24 عاما طعنا في شجار بين مهاجرين في بلدة بشمال غرب البوسنة بحسب ما أكدته الشرطة السبت.",
			not:  []string{"civilians"}},
		// Guard: a man killed in the confrontations (holdout-16 Q82).
		{id: "CN-middleEast-1346-20180911", title: "مقتل صبي في الـ 16 من عمره من قبل جنود إسرائيليين",
			text: "قُتل شاب فلسطيني آخر بعد أن أطلق الجنود الإسرائيليون النار عليه خلال اشتباكات الجمعة الماضية على طول السياج الذي يفصل بين غزة وإسرائيل.",
			not:  []string{"civilians"}},
		// Guard: a protest story's dead.
		{id: "FR-middleEast-809-20180722", title: "ارتفاع عدد ضحايا الاحتجاجات التي تشهدها مدن عراقية إلى 11 قتيلا",
			text: "وقتل مواطن عراقي آخر جراء إصابته برصاص مجهولين.",
			not:  []string{"civilians"}},
		// Guard: an assailant shot after a stabbing.
		{id: "made-up guard", title: "مقتل فلسطيني بالرصاص بعد عملية طعن في الضفة الغربية",
			text: "وقال الجيش الإسرائيلي إن المهاجم قتل.",
			not:  []string{"civilians"}},
	})
}
