package facets

import "testing"

// TestActorQaedaTiedGroupAbroad pins a group with no id of its own that the
// text ties to al-Qaeda (linked, close or loyal to it) in a story set in one
// of its affiliates' lands and naming Syria nowhere (tiedGroupAbroad,
// actors_qaedalinked.go) as al-qaeda, whether or not its sentence tells an
// attack: the pool and the blind codings code al-Qaeda for each (2015-08-08-147,
// holdout-34's adjudicated FR-internationalNews-564, round 40's Derna codings
// BB-middleEast-471 and SK-middleEast-1497). The want rows fail before m41a. The guards:
// the same words in a story of Syria name Hayat Tahrir al-Sham's groups (the
// golds code no al-Qaeda there: BB-middleEast-979), a group named by the
// taxonomy keeps al-Qaeda as its tie, and a named network with no group
// noun ("شبكة حقاني ... القريبة من تنظيم القاعدة", coded without al-Qaeda
// twice) is not read.
func TestActorQaedaTiedGroupAbroad(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "2015-08-08-147 (shortened)", title: "تحرير رهائن مع إنهاء حصار فندق في مالي",
			text: "ويسلِّط الهجوم الذي وقع جنوب معقل الإسلاميين المتطرفين في الصحراء، الضوء على الخطر الذي تمثله فلول المتشددين المرتبطين بتنظيم القاعدة الذين صعّدوا حملتهم ضد قوات مالي وقوات الأمم المتحدة.",
			want: []string{"al-qaeda"}},
		{id: "BB-middleEast-471-20180508 (shortened)", title: "درنة مدينة استراتيجية ليبية تعاقبت جماعات إسلامية مسلحة على السيطرة عليها",
			text: "وشهدت المدينة حالة من الفوضى، إذ سيطرت عليها جماعات مختلفة، ففي عام 2011 فرضت جماعة \"أنصار الشريعة\" المرتبطة بتنظيم القاعدة سيطرتها على المدينة.",
			want: []string{"al-qaeda"}},
		{id: "SK-middleEast-1988-20180527 (shortened)", title: "الجيش الليبي يسيطر على معقلين للإرهابيين في درنة",
			text: "وسيطرت \"جماعة أنصار الشريعة\" القريبة من تنظيم القاعدة الإرهابي على المدينة، بين عامي 2011 و 2014.",
			want: []string{"al-qaeda"}},
		// Guard: Idlib's groups linked to al-Qaeda are HTS's; a Libya named beside Syria
		// does not make the story one abroad.
		{id: "constructed after BB-middleEast-979-20180908", title: "طائرات سورية وروسية \"تشن أعنف غارات على إدلب منذ أسابيع\"",
			text: "وتقول روسيا إنها تتحاشى المدنيين وتشن غاراتها على مواقع للجماعات المتشددة المرتبطة بتنظيم القاعدة في ليبيا وسوريا.",
			not:  []string{"al-qaeda"}},
		// Guard: a named group keeps al-Qaeda as its tie.
		{id: "constructed", title: "هجوم في شمال مالي",
			text: "وتبنت جبهة النصرة المرتبطة بتنظيم القاعدة الهجوم على معسكر في مالي.",
			not:  []string{"al-qaeda"}},
		// Guard: a named network, no group noun.
		{id: "2015-07-31-181 (shortened)", title: "طالبان تعين الملا منصور زعيماً جديداً لها خلفاً للملا عمر",
			text: "وسراج الدين حقاني نجل جلال الدين حقاني زعيم شبكة حقاني المتشددة القريبة من تنظيم القاعدة في باكستان والمسؤولة عن العديد من الهجمات ضد قوات الامن الافغانية والاميركية.",
			not:  []string{"al-qaeda"}},
	})
}
