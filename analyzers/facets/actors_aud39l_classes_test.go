package facets

import "testing"

// TestActorIranHomeArrest pins Iran jailing people at home, outside any war
// (homeArrestStory, actors_homearrest.go), as no party: environmental
// activists held on spying charges with the Revolutionary Guard running the
// case, and a British-Iranian lecturer the Guard arrested in Tehran
// (holdout-36 codes no actor for BB-internationalNews-408). The not rows
// fail before aud39l. The guards: Iran jailing ISIS members, a Bahraini
// cell tied to the Guard, and the Guard's security forces crushing a
// protest keep Iran.
func TestActorIranHomeArrest(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-internationalNews-149-20180226", title: "إيران تعتقل نشطاء آخرين بعد وفاة عالم بيئي",
			text: "قالت السلطة القضائية في إيران الأحد إن قوات الأمن الإيرانية احتجزت ثلاثة نشطاء آخرين في مجال البيئة بتهم تجسس وذلك بعد أسابيع من موجة اعتقالات أولى ووفاة محتجز كندي من أصل إيراني كان يرأس هيئة تعني بالحياة البرية.\nومن المعتقد أن الحرس الثوري المتشدد هو الذي يتولى أمر هذه القضية.",
			not:  []string{"iran"}},
		{id: "SK-internationalNews-1171-20180426", title: "إيران تحتجز خبير كمبيوتر بريطانيا ولندن تحقق",
			text: "قال مركز حقوق الإنسان في إيران ومقره نيويورك إن الحرس الثوري الإيراني احتجز أستاذا جامعيا يحمل الجنسية البريطانية في منتصف أبريل نيسان.\nوذكرت وكالة رويترز في نوفمبر تشرين الثاني أن الحرس الثوري الإيراني اعتقل 30 على الأقل من مزدوجي الجنسية منذ عام 2015 غالبيتهم بمزاعم التجسس.",
			not:  []string{"iran"}},
		// Guard: the arrested are ISIS members, the war's fighters.
		{id: "SK-internationalNews-1406-20180506 (shortened)", title: "إيران تسجن 16 امرأة بتهمة الانتماء لداعش",
			text: "اعتقلت قوات الأمن الإيرانية 16 امرأة بتهمة الانتماء لتنظيم داعش، وقال الحرس الثوري إنهن خططن لهجمات.",
			want: []string{"iran"}},
		// Guard: a terror cell abroad the Guard formed, no arrest in Iran.
		{id: "FR-internationalNews-242-20180303 (shortened)", title: "البحرين: اعتقال 116 شخصا لاتهامهم بالانتماء إلى خلية \"إرهابية\" مرتبطة بإيران",
			text: "أعلنت السلطات البحرينية اعتقال 116 شخصا لاتهامهم بالانتماء إلى خلية إرهابية مرتبطة بالحرس الثوري الإيراني.",
			want: []string{"iran"}},
		// Guard: a protest crushed by the Guard, not an arrest alone.
		{id: "made-up guard", title: "اعتقالات في إيران مع استمرار الاحتجاجات",
			text: "اعتقلت السلطات في طهران عشرات المحتجين، وفرقت قوات الحرس الثوري المظاهرة بالقوة وأطلقت الرصاص على المتظاهرين.",
			want: []string{"iran"}},
	})
}
