package facets

import "testing"

// TestActorArmsTrade pins a foreign state in a sentence of an arms sale or
// delivery with no fighting, harm, arming of fighters or Syria in it
// (armsTrade, actors_statediplomacy.go) as no party: Russia delivering
// the S-400 to Turkey, Russia's S-400 that Qatar would buy. The not rows
// fail on main. The guard: the Israeli army that foils an arms deal in
// Hebron stays a party.
func TestActorArmsTrade(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "AL-internationalNews-775-20180403", title: "بوتين: إمداد تركيا بصواريخ إس 400 أولوية",
			text: "وأكد بوتين أن روسيا \"ستسرّع\" وتيرة تسليم تركيا منظومة الدفاع الروسية المضادة للطائرات من طراز \"اس 400\".",
			not:  []string{"russia"}},
		{id: "FR-middleEast-566-20180602", title: "لوموند: السعودية تلوح بالتحرك عسكريا ضد قطر",
			text: "وأضافت الصحيفة أن \"المملكة السعودية وجهت مؤخرا رسالة إلى الرئاسة الفرنسية، أعربت فيها عن استعدادها للقيام بتحرك عسكري ضد قطر إذا ما قامت وفق ما أبدته من نية بشراء منظومة الدفاع الجوي الروسي إس400\".",
			not:  []string{"russia"}},
		// Guard: an army that foils an arms deal polices it.
		{id: "CN-middleEast-1196-20180814", title: "الجيش الإسرائيلي يعلن \"إحباط صفقة أسلحة\" في الخليل",
			text: "أعلن الجيش الإسرائيلي، الثلاثاء، اعتقال 21 فلسطينيا في الضفة الغربية، فضلا عن \"إحباط صفقة أسلحة في منطقة الخليل\".",
			want: []string{"israel"}},
	})
}

// TestActorVerbalAttack pins a state in a war of words, an attack noun
// that a description or an accusation tells was words (verbalAttack,
// actors_statediplomacy.go), as no party: Trump's "attack" on the New
// York Times. The not row fails on main. The guard: a party's statement
// that tells a missile strike keeps the state.
func TestActorVerbalAttack(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-internationalNews-1003-20180819", title: "تحقيق مولر: محامي البيت الأبيض \"كان متعاونا\"",
			text: "وشن ترامب هجوما جديدا على صحيفة نيويورك تايمز، يوم السبت، ووصف تقريرها بأنها \"قطعة مزيفة\".",
			not:  []string{"usa"}},
		// Guard: the statement tells a missile strike.
		{id: "CN-middleEast-1320-20180908", title: "12 قتيلا بقصف صاروخي على مقر للحزب الديمقراطي الكردستاني الإيراني",
			text: "وألقى الحزب اللوم في هذا الهجوم على إيران، قائلا في بيانه إن \"إيران استخدمت صواريخ بعيدة المدى في هجوم منسق على قاعدة للـPDKI ومخيم للاجئين\".",
			want: []string{"iran"}},
	})
}

// TestActorMigrantPatrol pins a foreign state's troops in a sentence of
// migrants or of Mexico with no attack, war, Syria or Iraq in it
// (migrantPatrol, actors_statedisaster.go) as no party: the National Guard
// sent to the Mexican border, the US army housing migrants. The not rows
// fail on main. The guard: a US strike in Libya on migrant smugglers
// keeps the state.
func TestActorMigrantPatrol(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-internationalNews-823-20180406", title: "ترامب يكشف عدد القوات المتوجهة لحدود المكسيك",
			text: "وعد الرئيس الأميركي دونالد ترامب، الخميس، بإرسال \"ما بين ألفين و4 آلاف\" جندي من الحرس الوطني إلى الحدود مع المكسيك، لمؤازرة قوات الأمن في ضبط أمن الحدود، ووقف تسلل المهاجرين غير الشرعيين للولايات المتحدة.",
			not:  []string{"usa"}},
		{id: "SK-internationalNews-2321-20180626", title: "قواعد عسكرية بتكساس لإيواء مهاجرين",
			text: "قال وزير الدفاع الأميركي جيم ماتيس يوم الاثنين، إن الجيش الأميركي يستعد لإيواء مهاجرين في قاعدتين عسكريتين بولاية تكساس.",
			not:  []string{"usa"}},
		// Guard: a strike on smugglers of migrants.
		{id: "made-up guard", title: "غارة أميركية في ليبيا",
			text: "وقالت القوات الأميركية إن غارة جوية استهدفت مهربي المهاجرين قرب صبراتة غرب ليبيا.",
			want: []string{"usa"}},
	})
}

// TestActorAlmanacState pins the states of an almanac column, an article
// titled "في مثل هذا اليوم" or "هذا اليوم في التاريخ" (almanacTitle,
// dates_onthisday.go), as no party: Iraq's forces invading Kuwait in
// 1990. The not row fails on main. The guard: "هذا اليوم" in a news title
// keeps the state.
func TestActorAlmanacState(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "2015-08-02-231", title: "في مثل هذا اليوم .. القوات العراقية تغزو الكويت",
			text: "1990- القوات العراقية تغزو الكويت.",
			not:  []string{"iraqi-forces"}},
		// Guard: today's news.
		{id: "made-up guard", title: "غارات إسرائيلية على غزة صباح هذا اليوم",
			text: "شنت الطائرات الإسرائيلية غارات على مواقع في قطاع غزة صباح اليوم.",
			want: []string{"israel"}},
	})
}
