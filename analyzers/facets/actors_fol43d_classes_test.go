package facets

import "testing"

// TestActorIranSupplyTitle pins round 43's ruling 8 (titleIranSupply,
// actors_iransupply.go): Iran's arming or smuggling of arms to the Houthis
// told in the title is the article's news and a military role, where the
// Houthi-story check read Iran as the Houthis' patron adjective (blind
// SK-middleEast-636, AL-internationalNews-637; pool SK-middleEast-120).
// The not rows: the supply only in a body line (FR-middleEast-368), and
// Iran as a modifier of the Houthis in the title.
func TestActorIranSupplyTitle(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-636-20180329", title: "تركي المالكي يكشف طريقة تهريب إيران الأسلحة للحوثي",
			text: "كشف المتحدث باسم التحالف العربي، تركي المالكي، عن طريقة تهريب إيران للأسلحة إلى ميليشيات الحوثيين، في اليمن.",
			want: []string{"iran"}},
		{id: "SK-middleEast-120-20180228 (shortened)", title: "الجنرال فوتيل: تسليح إيران للحوثيين يهدد استقرار المنطقة",
			text: "قال قائد القيادة المركزية الأميركية الجنرال جوزيف فوتيل إن الصواريخ التي يطلقها الحوثيون على السعودية تهدد استقرار المنطقة.",
			want: []string{"iran"}},
		{id: "AL-internationalNews-637-20180326 (shortened)", title: "التحالف العربي يعرض أدلة تزويد إيران الحوثيين بالصواريخ",
			text: "عرض المتحدث باسم التحالف العربي أدلة على تورط إيران في تزويد ميليشيات الحوثي بالصواريخ الباليستية.",
			want: []string{"iran"}},
		{id: "FR-middleEast-368 (shortened)", title: "اليمن: مصرع عشرات الحوثيين بينهم قياديان في غارة للتحالف العربي على صنعاء",
			text: "وتتهم الرياض طهران بتزويدهم بهذا النوع من السلاح وطائرات من دون طيار، ما تنفيه إيران بشدة.",
			not:  []string{"iran"}},
		{id: "modifier in the title (constructed from the corpus's phrase)", title: "التحالف يقصف مواقع الحوثيين المدعومين من إيران في صعدة",
			text: "شن طيران التحالف العربي غارات على مواقع ميليشيات الحوثي في صعدة.",
			not:  []string{"iran"}},
	})
}
