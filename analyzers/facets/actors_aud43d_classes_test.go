package facets

import "testing"

// TestActorStateWarlessStory pins the cut of a foreign state's forces in
// an article that names no war at all (warlessState, actors_warless.go):
// the Pentagon renaming a command or awarding a fighter contract takes
// part in no armed event. The first not row fails before aud43d; war43's
// rows add a ruling on phones and a navy's visit, and guards where a word
// of conflict (repression, harassment, a campaign) keeps the state; the
// contract row, which the arms-trade check already cuts, pins that the two
// agree. The guards: a
// strike the army announces, and the same ministry's count of its troops
// in Syria, keep the United States.
func TestActorStateWarlessStory(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		// aud43d's sample: a command renamed.
		{id: "SK-internationalNews-1880-20180531 (shortened)", title: "بسبب الهند.. أميركا تغير اسم قيادة عسكرية راسخة",
			text: "قررت وزارة الدفاع الأميركية (بنتاغون) تغيير اسم قيادتها العسكرية لمنطقة المحيط الهادئ، لتأخذ في الاعتبار الأهمية الاستراتيجية المتزايدة للهند في المنطقة، كما أعلن وزير الدفاع الأميركي، جيمس ماتيس، الأربعاء.\n" +
				"وتسلم الأدميرال فيليب ديفيدسون بذلك رسميا مهامه على رأس القيادة الأميركية لمنطقة الهند والمحيط الهادئ، خلفا للأدميرال هاري هاريس الذي تقاعد من القوات المسلحة، وأصبح سفيرا للولايات المتحدة في سيول.",
			not: []string{"usa"}},
		// A contract awarded (the corpus).
		{id: "FR-internationalNews-1980-20180623 (shortened)", title: "البحرين تدفع أكثر من مليار دولار لشراء مقاتلات إف-16 من الولايات المتحدة",
			text: "أعلنت وزارة الدفاع الأمريكية (البنتاغون) الجمعة فوز مجموعة لوكهيد مارتن الأمريكية الدفاعية واثنتين من الشركات التابعة لها بعقد بـلغت قيمته 1,12 مليار دولار لإنتاج طائرات إف 16 بلوك 70 القتالية لمملكة البحرين الصغيرة الواقعة في الخليج العربي.",
			not:  []string{"usa"}},
		// war43: the same ministry ruling on its soldiers' phones.
		{id: "war43 phones (constructed)", title: "البنتاغون يمنع جنوده من استخدام خاصية تحديد المواقع",
			text: "قررت وزارة الدفاع الأميركية منع أفراد الجيش الأميركي في مناطق الانتشار من استخدام خصائص تحديد المواقع على الهواتف الذكية والأجهزة الرياضية الإلكترونية.",
			not:  []string{"usa"}},
		// war43: a navy's port visit, its bare name beside it.
		{id: "war43 port visit (constructed)", title: "روسيا ترسل سفينة إلى الفلبين",
			text: "وصلت سفينة تابعة للبحرية الروسية إلى ميناء مانيلا في زيارة ودية تستمر أربعة أيام.",
			not:  []string{"russia"}},
		// war43 guards: a word of conflict keeps the state, with no
		// fighting named and no Syria. Repression.
		{id: "war43 repression (constructed)", title: "مظاهرات في طهران",
			text: "وحاولت قوات الأمن الإيرانية قمع المحتجين في العاصمة.",
			want: []string{"iran"}},
		// Harassment of another state's ship.
		{id: "war43 harassment (constructed)", title: "زوارق إيرانية قرب مدمرة",
			text: "قالت البحرية الأمريكية إن زوارق تابعة للحرس الثوري الإيراني تحرشت بمدمرة أمريكية في مضيق هرمز.",
			want: []string{"iran"}},
		// A campaign.
		{id: "war43 campaign (constructed)", title: "الجيش التركي يواصل حملته",
			text: "واصل الجيش التركي حملته العسكرية في جبال قنديل.",
			want: []string{"turkey"}},
		// Guard: the army announces its strike.
		{id: "SK-internationalNews-2145-20180615 (shortened)", title: "غارة أميركية تستهدف \"صيدا ثمينا\" بأفغانستان",
			text: "أعلن الجيش الأميركي، الخميس، أنه شن غارة في ولاية كونار شرقي أفغانستان، على الحدود مع باكستان، استهدفت إرهابيا كبيرا، لم يسمّه.",
			want: []string{"usa"}},
		// Guard: the ministry counts its troops in Syria.
		{id: "SK-middleEast-1030-20180414 (shortened)", title: "واشنطن ودمشق.. 75 عاما من الجفاء",
			text: "أعلنت وزارة الدفاع الأميركية في ديسمبر عام 2017، أن هناك نحو ألفي عسكري أميركي في سوريا، وهو عدد يعادل 4 أضعاف ما كان معلنا في السابق.",
			want: []string{"usa"}},
	})
}
