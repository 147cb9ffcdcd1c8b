package facets

import "testing"

// TestActorOutletPatron pins an actor named as the patron of a news outlet
// ("وكالة باسيج نيوز المقربة من الحرس الثوري", outletPatron,
// actors_match.go) as no party; the not rows fail on main. The guard:
// weapons sites "التابعة للنظام السوري" that were struck stay the
// regime's.
func TestActorOutletPatron(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "2015-08-06-342", title: "حملات من المتشددين للتصدي لـ«الغزو الثقافي» الغربي في إيران",
			text: "واعتبر عضو اللجنة المركزية في الائتلاف الأصولي في البرلمان الإيراني في تصريح لوكالة «باسيج نيوز» المقربة من الحرس الثوري تفاهم الزوجين على الطلاق من دعايات الغرب.",
			not:  []string{"iran"}},
		{id: "2015-08-04-949", title: "إيران تبحث عن تطبيع العلاقات مع السعودية ودول الجوار",
			text: "بينما قالت صحيفة السفير اللبنانية، المقربة من النظام السوري وإيران، والتي نشرت المقال أيضا إن الزيارة مهمة.",
			not:  []string{"syrian-government"}},
		// Guard: sites, not a website.
		{id: "AL-internationalNews-927-20180415", title: "فرنسا تحث روسيا على الانضمام إلى جهود السلام بسوريا",
			text: "وجاء ذلك بعد الضربات المشتركة التي شنتها الولايات المتحدة وفرنسا وبريطانيا على مواقع الأسلحة الكيمياوية التابعة للنظام السوري.",
			want: []string{"syrian-government"}},
	})
}
