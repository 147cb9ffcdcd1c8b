package facets

import "testing"

// TestActorCaptivesToldBefore pins captives named again after the sentence
// that told their abduction (heldSoldiers, actors_civhostages.go): forces
// or fighters taken in the title or an earlier sentence are no civilians
// when a later sentence counts "المخطوفين"; the not rows fail on mid34j.
// The guard: people abducted with no fighter or force word stay civilians.
func TestActorCaptivesToldBefore(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-internationalNews-3513-20181016", title: "اختطاف 14 من عناصر حرس الحدود الإيراني",
			text: "نقلت وكالة رويترز عن مصادر إيرانية الثلاثاء، أن عناصر مسلحة قاموا بخطف 14 من قوات حرس الحدود الإيراني عند الحدود الشرقية للبلاد مع باكستان، ولم ترد تفاصيل عن هوية الجهة الخاطفة كما لم تتضح على الفور ملابسات الهجوم الذي أوقع هذا العدد الكبير من المخطوفين.",
			not:  []string{"civilians"}},
		{id: "2015-08-03-572", title: "جبهة النصرة تبث شريط فيديو يظهر «خطف» مقاتلين سوريين",
			text: "وتبنت جبهة النصرة خطف العناصر من الفرقة 30. وقال احد المختطفين المفترضين امام الكاميرا انه تم تجنيده من قبل الاميركيين عبر وسطاء.",
			not:  []string{"civilians"}},
		// Guard: villagers abducted, counted again in a later sentence.
		{id: "guard-villagers", title: "اختطاف 20 مدنيا في ريف حلب",
			text: "أقدم مسلحون على خطف 20 من سكان القرية. ولم يعرف مصير المخطوفين حتى الآن.",
			want: []string{"civilians"}},
	})
}
