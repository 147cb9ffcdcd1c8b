package facets

import "testing"

// TestActorQaedaTiedGroupAbroad pins a group with no id of its own that the
// text ties to al-Qaeda (linked, close or loyal to it) in a story set in one
// of its affiliates' lands and naming Syria nowhere (tiedGroupAbroad,
// actors_qaedalinked.go) as al-qaeda, whether or not its sentence tells an
// attack: the pool and the blind codings code al-Qaeda for each (2015-08-08-147,
// holdout-34's adjudicated FR-internationalNews-564, round 40's Derna codings
// BB-middleEast-471). The want rows fail before m41a. The guards:
// a group named by the taxonomy keeps al-Qaeda as its tie, and a named
// network with no group noun ("شبكة حقاني ... القريبة من تنظيم القاعدة",
// coded without al-Qaeda twice) is not read. Ruling rul45d-2 (round 45)
// turned two rows, now in actors_fol45d_classes_test.go's terms: a group
// only "close to" al-Qaeda (SK-middleEast-1988, SK-middleEast-1497) is not
// al-Qaeda, and Idlib's groups linked to al-Qaeda that Russia strikes
// (BB-middleEast-979) are.
func TestActorQaedaTiedGroupAbroad(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "2015-08-08-147 (shortened)", title: "تحرير رهائن مع إنهاء حصار فندق في مالي",
			text: "ويسلِّط الهجوم الذي وقع جنوب معقل الإسلاميين المتطرفين في الصحراء، الضوء على الخطر الذي تمثله فلول المتشددين المرتبطين بتنظيم القاعدة الذين صعّدوا حملتهم ضد قوات مالي وقوات الأمم المتحدة.",
			want: []string{"al-qaeda"}},
		{id: "BB-middleEast-471-20180508 (shortened)", title: "درنة مدينة استراتيجية ليبية تعاقبت جماعات إسلامية مسلحة على السيطرة عليها",
			text: "وشهدت المدينة حالة من الفوضى، إذ سيطرت عليها جماعات مختلفة، ففي عام 2011 فرضت جماعة \"أنصار الشريعة\" المرتبطة بتنظيم القاعدة سيطرتها على المدينة.",
			want: []string{"al-qaeda"}},
		// Ruling rul45d-2(b): close to al-Qaeda is not part of it.
		{id: "SK-middleEast-1988-20180527 (shortened)", title: "الجيش الليبي يسيطر على معقلين للإرهابيين في درنة",
			text: "وسيطرت \"جماعة أنصار الشريعة\" القريبة من تنظيم القاعدة الإرهابي على المدينة، بين عامي 2011 و 2014.",
			not:  []string{"al-qaeda"}},
		// Ruling rul45d-2(a): the linked groups Russia strikes in Syria
		// are al-Qaeda's affiliates.
		{id: "constructed after BB-middleEast-979-20180908", title: "طائرات سورية وروسية \"تشن أعنف غارات على إدلب منذ أسابيع\"",
			text: "وتقول روسيا إنها تتحاشى المدنيين وتشن غاراتها على مواقع للجماعات المتشددة المرتبطة بتنظيم القاعدة في ليبيا وسوريا.",
			want: []string{"al-qaeda"}},
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
