package facets

import "testing"

// TestActorCiviliansDisasterStory pins the dead of a crash, a quake or a
// landslide that the title names, counted in a sentence without it
// (disasterStory, actors_civdisaster.go), as no civilians of an armed
// event; the not rows fail on main. The guard: a crash title over a
// text that tells of gunmen keeps the civilians they shot.
func TestActorCiviliansDisasterStory(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "2015-08-10-1180", title: "مقتل 19 شخصا بتصادم حافلتين بالسودان",
			text: "لقي 19 شخصا مصرعهم في ولاية الجزيرة وسط السودان. وأفادت مصادر طبية بأن القتلى هم 13 رجلا وطفلان و4 نساء، وذكرت وكالة الأنباء السودانية أن حادثة التصادم وقعت على بعد 240 كيلومترا عن الخرطوم.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-2585-20180711", title: "الهند.. مقتل أطفال في انهيارات أرضية",
			text: "قال مسؤول هندي إن أمطارا غزيرة تسببت في انهيارات أرضية شمال شرق البلاد، الأربعاء، مما أسفر عن مقتل ثمانية أطفال وامرأة.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-2759-20180721", title: "13 قتيلا في حادث سير بالمكسيك",
			text: "قتل 13 شخصا في حادث سير في ولاية فيراكروز شرق المكسيك. وأضاف أن القتلى هم 10 رجال و3 نساء، مشيرا إلى أن 12 من القتلى فارقوا الحياة على الفور، في حين لفظ القتيل الثالث عشر أنفاسه في المستشفى.",
			not:  []string{"civilians"}},
		// Guard: gunmen at the scene of a crash.
		{id: "made-up guard", title: "مقتل خمسة أشخاص في حادث قرب الحدود",
			text: "أطلق مسلحون النار على مجموعة من المدنيين قرب الحدود، ما أسفر عن مقتل خمسة مدنيين بينهم طفلان.",
			want: []string{"civilians"}},
	})
}
