package facets

import (
	"testing"
	"time"
)

// TestActorFol43aMarchDead pins round 43's ruling on Gaza's return-march
// dead (class 2; countedAtProtest, actors_civmarch.go): Palestinians
// counted by their nationality and killed or hurt at the border protests
// are not civilians. The first two rows fail before fol43a. Guards: a
// count killed in a strike is not the march's (round 52's m52afp reads it
// no civilians on another ground), and journalists shot at the march keep
// civilians (shotRoleMentions now reads the plural:
// FR-internationalNews-583, which the ruling keeps).
func TestActorFol43aMarchDead(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-middleEast-366-20180427 (lead)", title: "غزة: قتلى برصاص الجيش الإسرائيلي في مظاهرات الجمعة الخامسة من \"مسيرة العودة\"",
			text: "قتل ثلاثة فلسطينيين وأصيب أكثر من 400 آخرين، برصاص الجيش الإسرائيلي، خلال تظاهرات قرب الشريط الحدودي بين قطاع غزة وإسرائيل.",
			want: []string{"israel"}, not: []string{"civilians"}},
		{id: "FR-middleEast-458-20180513 (one sentence)", title: "إسرائيل تقر مشروع تلفريك مثير للجدل يربط القدس الغربية بحائط المبكى",
			text: "ومنذ بدء مسيرات العودة في قطاع غزة، في 30 آذار/مارس الماضي، قتل أكثر من 50 فلسطينيا برصاص الجنود الإسرائيليين إثر احتجاجات عند الحدود.",
			not:  []string{"civilians"}},
		// A strike's dead: not the march's, but since round 52 (m52afp,
		// struckNationals) a count a strike killed is not called
		// civilians either, as the golds of Gaza's strikes code it
		// (pool SK-middleEast-1973, FR-middleEast-764). The strike's
		// force stays.
		{id: "corpus: مقتل 3 فلسطينيين في قصف", title: "مقتل 3 فلسطينيين في قصف إسرائيلي على جنوب قطاع غزة",
			text: "قتل ثلاثة فلسطينيين في قصف إسرائيلي على جنوب قطاع غزة، بحسب وزارة الصحة.",
			want: []string{"israel"}, not: []string{"civilians"}},
		// Guard: journalists shot at the march.
		{id: "FR-internationalNews-583-20180406 (shortened)", title: "مقتل 8 فلسطينيين في مواجهات دامية للجمعة الثانية على التوالي على حدود قطاع غزة",
			text: "قتل ثمانية فلسطينيين وأصيب أكثر من 440 آخرين، بينهم 25 بجروح خطرة، برصاص الجيش الإسرائيلي على حدود قطاع غزة الجمعة، إثر تظاهرات فلسطينية حاشدة.\nكما أفادت نقابة الصحافيين الفلسطينين ومركز حقوقي أن ستة صحافيين فلسطينيين أصيبوا برصاص الجيش الإسرائيلي الجمعة.",
			want: []string{"civilians", "israel"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorFol43aShabaab pins round 43's ruling on al-Shabaab (class 5;
// shabaabAlias, qaedaTieSaid): "حركة الشباب" is al-Qaeda only in a story
// that states the tie in a sentence naming both. The first row fails
// before fol43a; the guards state the tie ("ذراع تنظيم القاعدة"، "الحركة
// الموالية لتنظيم القاعدة").
func TestActorFol43aShabaab(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-2274-20180610 (lead)", title: "بعد مقتل جندي أميركي.. سيارة ملغومة تستهدف قاعدة في الصومال",
			text: "أصيب سبعة جنود صوماليين في تفجير انتحاري لسيارة ملغومة عند قاعدة عسكرية في الصومال في ساعة متأخرة من مساء السبت وأعلنت حركة الشباب الإرهابية مسؤوليتها عن الهجوم.",
			not:  []string{"al-qaeda"}},
		{id: "SK-middleEast-2869-20180714 (shortened)", title: "قتلى بإحباط هجوم على قصر الرئاسة بمقديشو",
			text: "واتهمت حركة الشباب الإرهابية بتفجير شاحنة في أكتوبر في مقديشو أسفر عن مقتل أكثر من 500 شخص في أخطر هجوم في تاريخ البلاد.\nوغالبا ما تستهدف جماعة الشباب الصومالية، ذراع تنظيم القاعدة، مواقع حساسة في العاصمة مقديشو، وأعلنت مسؤوليتها عن الهجوم الذي وقع، السبت.",
			want: []string{"al-qaeda"}},
		{id: "SK-middleEast-1866-20180522 (shortened)", title: "مقتل 5 جنود في هجوم لحركة الشباب بالصومال",
			text: "قتل خمسة جنود صوماليين في هجوم شنته حركة الشباب على قاعدة عسكرية جنوبي البلاد.\nوتشن الحركة الموالية لتنظيم القاعدة هجمات إرهابية في الصومال منذ سنوات.",
			want: []string{"al-qaeda"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorFol43aBlamedState pins round 43's ruling on a state blamed for
// another party's attack (class 3; blamedForOthers, actors_blamedstate.go).
// The first two rows fail before fol43a. Guard: a state the article gives
// a military role of its own keeps the blame's mention (BB-middleEast-308,
// which the ruling keeps).
func TestActorFol43aBlamedState(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "AL-internationalNews-856-20180409 (shortened)", title: "واشنطن: الأسد لا يشن هجوم كيمياوي بدون دعم روسيا وإيران",
			text: "اعتبر البيت الأبيض، الاثنين، أن سوريا المتهمة بشن هجوم كيمياوي في مدينة دوما السورية، غير قادرة على شن هجمات من هذا النوع من دون مساعدة روسيا وإيران.\nوقالت ساره ساندرز، المتحدثة باسم الرئيس الأميركي دونالد ترمب: \"لقد شدد الرئيس على أن روسيا وإيران تتحملان مسؤولية هذه الأعمال، لأنها ما كان يمكن أن تحصل من دون مساعدتهما المادية\".",
			not:  []string{"russia", "iran"}},
		{id: "AL-internationalNews-855-20180409 (shortened)", title: "ترمب يحمل بوتين مسؤولية كيمياوي دوما.. وسأرد",
			text: "يدرس الرئيس الأميركي، دونالد ترمب، مع قادة عسكريين اتخاذ قرار بشأن الرد على كيمياوي دوما خلال ساعات مشيرا إلى أن بوتين ربما يكون مسؤولا عن الهجوم.\nواستنكر ترمب ما وصفه بـ \"الهجوم البشع على الأبرياء\" السوريين في دوما، أثناء افتتاحه اجتماع الحكومة في البيت الأبيض.",
			not:  []string{"russia"}},
		// Guard: Russia fights beside the government's forces.
		{id: "BB-middleEast-308-20180408 (shortened)", title: "الحرب في سوريا: \"عشرات القتلى في هجوم كيماوي\"",
			text: "وقالت وزارة الخارجية الأمريكية إنها تتابع التقارير الصادمة عن احتمال شن هجوم كيماوي في سوريا، وأضافت أن روسيا، التي تقاتل جنبا إلى جنب مع القوات الحكومية السورية، يجب أن تتحمل المسؤولية إن استخدمت في الواقعة أسلحة كيماوية مميتة.\nوأضافت أن \"روسيا تتحمل في نهاية المطاف مسؤولية الاستهداف الوحشي لهذا العدد الذي لا يحصى من السوريين بأسلحة كيماوية.\"",
			want: []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
