package facets

import "testing"

// TestActorStateUsesForce pins a state named by its bare name as the user
// of force on people (forceUseMentions, actors_forceuse.go) as a party:
// Israel's live fire and excessive force on Gaza's marchers told in the
// ICC's warning, the UN General Assembly's vote and a Turkish motion, and
// HRW's report on its arrests of children. The want rows fail before
// aud39r. The guards: a bare charge of another body ("واتهم إسرائيل
// باستخدام القوة المفرطة." in a story of the US leaving the Human Rights
// Council), "إسرائيل القوة القائمة بالاحتلال" (a title, no force used), and
// force with no using word keep no Israel.
func TestActorStateUsesForce(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "FR-internationalNews-625-20180408", title: "المحكمة الجنائية الدولية تحذر من ملاحقة كل من يرتكب جرائم حرب في غزة",
			text: "حذرت مدعية المحكمة الجنائية الدولية فاتو بنسودا الأحد من أن المحكمة يمكن أن تحاكم مركتبي الفظائع في قطاع غزة، داعية إلى إنهاء إراقة الدماء التي يشهدها القطاع.\nويزداد الاحتجاج على استخدام إسرائيل الرصاص الحي في قطاع غزة حيث قتل نحو 30 فلسطينيا خلال عشرة أيام من الاحتجاجات والصدامات على الحدود الشرقية للقطاع.",
			want: []string{"israel"}},
		{id: "FR-internationalNews-1799-20180614 (shortened)", title: "الأمم المتحدة تدين إسرائيل بشأن موجة العنف في غزة",
			text: "صوتت الجمعية العامة للأمم المتحدة الأربعاء بأغلبية كبيرة على مشروع قرار يدين استخدام إسرائيل القوة المفرطة ضد المدنيين الفلسطينيين في قطاع غزة.",
			want: []string{"israel"}},
		{id: "SK-internationalNews-1599-20180516 (shortened)", title: "المعارضة تفضح خطط حزب أردوغان بشأن إسرائيل",
			text: "وطرحت المعارضة مشروعها احتجاجا على استخدام إسرائيل القوة المفرطة في وجه محتجين فلسطينيين عزل، الاثنين، مما أدى إلى مقتل العشرات وإصابة المئات من أبناء قطاع غزة.",
			want: []string{"israel"}},
		{id: "2015-07-22-1188 (shortened)", title: "«هيومن رايتس ووتش» تدين استخدام إسرائيل القوة «غير المبررة» لاعتقال أطفال فلسطينيين",
			text: "اتهمت منظمة هيومن رايتس ووتش اسرائيل امس باستخدام \"القوة غير المبررة\" لاعتقال أطفال فلسطينيين تصل أعمار بعضهم إلى 11 عاماً.",
			want: []string{"israel"}},
		{id: "FR-internationalNews-1603-20180603 (shortened)", title: "مقتل مسعفة فلسطينية",
			text: "وتقول الأمم المتحدة إن معظم القتلى وآلاف المصابين كانوا من المدنيين العزل الذين استخدمت ضدهم إسرائيل القوة المفرطة.",
			want: []string{"israel"}},
		// Guard: one body's bare charge in a story of the US leaving the
		// Human Rights Council.
		{id: "SK-internationalNews-2153-20180615 (shortened)", title: "انسحاب أميركي \"وشيك\" من مجلس حقوق الإنسان",
			text: "وقالت مصادر دبلوماسية، إن السؤال ليس هل ستنسحب واشنطن من المجلس ولكن متى ستفعل ذلك.\nوكان المجلس المكون من 47 عضوا قد أيد الشهر الماضي فتح تحقيق في سقوط قتلى في غزة واتهم إسرائيل باستخدام القوة المفرطة. والولايات المتحدة وأستراليا هما الدولتان الوحيدتان اللتان صوتتا بلا.",
			not:  []string{"israel"}},
		// Guard: the occupying power is a title, no force used.
		{id: "2015-08-02-1289 (shortened)", title: "مجلس التعاون يدين جريمة المستوطنين",
			text: "وأكد المجلس في بيان صحفي، أن الجرائم والغطرسة التي تمارسها إسرائيل القوة القائمة بالاحتلال تكشف وجهها الحقيقي.",
			not:  []string{"israel"}},
		// Guard: force with no using word.
		{id: "made-up guard", title: "نتنياهو يتحدث عن الردع",
			text: "قال رئيس الوزراء إن إسرائيل القوة الأكبر في المنطقة وإنها لن تسمح بتهديد أمنها.",
			not:  []string{"israel"}},
	})
}
