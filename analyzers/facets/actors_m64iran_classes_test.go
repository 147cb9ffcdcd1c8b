package facets

import "testing"

// TestIranRepressionM64 pins round 64's m64iran class: Iran's police or
// security forces acting against a protest at home are Iran (ruling
// rul48a-1, iranRepressionMentions, actors_iranrepress.go), now also where
// the title names the Iranian regime ("النظام الإيراني") rather than Iran
// or Tehran as a place (iranRegimeTitle), and where the protest is the
// definite singular "المظاهرة" (protestAny). The want rows fail on main.
// Guard: a foreign government's condemnation of the repression under such
// a title tells no act of the forces (rul48a-1's "do not code").
func TestIranRepressionM64(t *testing.T) {
	const regimeWorkers = "شبح 1979.. العمال الغاضبون يحاصرون النظام الإيراني"
	checkStateClass(t, []stateClassCase{
		// pool holdout-58 SK-internationalNews-2390-20180629 (gold iran).
		{id: "SK-internationalNews-2390-20180629", title: "النظام الإيراني يلجأ إلى \"المعممين\" لمواجهة الاحتجاجات",
			text: "واشتبكت شرطة مكافحة الشغب مع المحتجين وأطلقت الغاز المسيل للدموع لتفريق الحشود.",
			want: []string{"iran"}},
		// pool holdout-54 2015-07-23-682 (gold iran).
		{id: "2015-07-23-682", title: "اعتقال أكثر من 200 مدرس خلال تظاهرة في طهران",
			text: "وأضاف في بيان أن قوات الأمن التي انتشرت بأعداد كبيرة فرقت المظاهرة بالقوة.",
			want: []string{"iran"}},
		// blind SK-economy-491-20180507 (gold iran, rul48a-1; its twin
		// SK-economy-530 the same).
		{id: "SK-economy-491-20180507", title: regimeWorkers,
			text: "ففي مارس الماضي اقتحمت قوات الأمن منازل أكثر من عشرة من عمال الصلب المضربين بحسب راديو فاردا.",
			want: []string{"iran"}},
		// Guard: blind SK-internationalNews-2327-20180627 (gold no iran).
		{id: "SK-internationalNews-2327-20180627", title: "واشنطن: النظام الإيراني يبدد موارد شعبه.. والاحتجاجات منطقية",
			text: "ودانت الخارجية الأميركية \"أساليب السلطات الإيرانية التي تعتمد على القمع وسجن المتظاهرين وحرمانهم من حقوقهم\".",
			not:  []string{"iran"}},
	})
}
