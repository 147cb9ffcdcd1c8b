package facets

import "testing"

// TestSyriaFormNotInNames pins syriaForm (m65tsense, after audit c65town):
// سوري counts as Syria's name only with proclitics before it and a Syrian
// ending after it, not inside a foreign name (Soriano, Tsurenko, Sørensen,
// Osorio, Zurich) or a loan (surreal). Words from ant-all and SaudiNewsNet.
func TestSyriaFormNotInNames(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"سوريا", true}, {"وسوريا", true}, {"السوري", true}, {"السوريه", true}, {"بسوريه", true},
		{"للسوريين", true}, {"السوريون", true}, {"السوريات", true}, {"سوريتين", true}, {"سوريان", true},
		{"سوريتنا", true}, {"السورين", true}, {"وللسوريين", true},
		{"وسوريانو", false}, {"تسورينكو", false}, {"سورينسون", false}, {"اوسوريو", false},
		{"تسوريتش", false}, {"سوريالية", false}, {"سورينام", false}, {"سورين", false}, {"سوريل", false},
	} {
		if got := syriaForm(c.w); got != c.want {
			t.Errorf("syriaForm(%s) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestEverydayTownInNamesStory: an everyday town name (داريا, a first name
// here) in a story whose only سوري stands inside a player's name (Lesia
// Tsurenko) is no town; it fails on main, where تسورينكو named Syria. Guard:
// the town in a story that names Syria keeps it.
func TestEverydayTownInNamesStory(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "Daria Gavrilova beside Tsurenko", id: "SK-sport-1043-20180507", title: "أزارينكا تتألق في مدريد وتأهل المصنفات الأوليات",
			text:     "وانتصرت هاليب بسهولة على الروسية إيكاترينا مكاروفا 6-1و6-صفر وسيطرت وزرنياكي على منافستها الأسترالية داريا جافريلوف اوفازت 6-3 و6-1. وفازت بترا كفيتوفا المصنفة العاشرة عالميا، والفائزة ببطولة براغ المفتوحة، السبت على الأوكرانية ليسيا تسورينكو 6-1 و6-2.",
			notTowns: []string{"C2498"}, notGovs: []string{"SY03"}},
		// Guard: Darayya in a story that names Syria.
		{class: "Darayya's families", id: "BB-middleEast-821-20180801", title: "آلاف الأسر السورية تُبَلَّغُ بموت ذويها في المعتقلات",
			text:  "وكانت داريا من أكثر المناطق نشاطا في معارضة الحكم حتى سقوطها في يد القوات السورية بعد قصف روسي مكثف في عام 2016 حيث إنتهت المعارك هناك بإجلاء أهالي داريا إلى شمالي سوريا.",
			towns: []string{"C2498"}},
	})
}
