package facets

import "testing"

// TestHundredsCounted pins a people counted in hundreds or thousands by
// the bare singular, the genitive Arabic puts after a hundred or a
// thousand ("أعدم ألفي عراقي"), as the accusative below a hundred
// ("16 عراقياً") already counts. The want rows fail on start37. The
// guards: the count as a reason given after "بعدما", and a count of
// residents no one harmed.
func TestHundredsCounted(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "2015-08-08-145", title: "«داعش» يعدم ما يزيد على ألفي عراقي في محافظة نينوى",
			text: "قال وزير الدفاع العراقي أمس الجمعة، في تصريح مسجل، إن أكثر من ألفي عراقي في محافظة نينوى بشمال العراق، أعدموا على أيدي متشددي تنظيم داعش الذين يسيطرون على المنطقة.",
			want: []string{"civilians"}},
		{id: "BB-middleEast-271-20180331", title: "حداد في الأراضي الفلسطينية على قتلى يوم الأرض في غزة",
			text: "وقال مندوب فلسطين لدى الأمم المتحدة رياض منصور إن أكثر من 1400 فلسطيني أصيب بجراح.",
			want: []string{"civilians"}},
		// Guard: the count as a reason a minister gives.
		{id: "2015-08-11-190", title: "الجبير: الأسد فقد شرعيته",
			text: "وقال الجبير إن الأسد فقد شرعيته بعد أن قتل أكثر من 300 ألف سوري ولا مكان له بمستقبل سوريا.",
			not:  []string{"civilians"}},
		// Guard: a count of people no one killed or hurt.
		{id: "2015-07-21-1035", title: "الجوازات تصحح أوضاع 354 ألف يمني",
			text: "بدأت المديرية العامة للجوازات أمس الاثنين تصحيح أوضاع 354 ألف يمني في المملكة.",
			not:  []string{"civilians"}},
	})
}
