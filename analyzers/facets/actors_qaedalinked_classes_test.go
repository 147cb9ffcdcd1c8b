package facets

import "testing"

// TestActorQaedaLinkedGroupAttack pins a group with no id of its own,
// named only as "linked to al-Qaeda", that claims or makes an attack
// (linkedGroupAttack, actors_qaedalinked.go) as al-qaeda; the want rows
// fail on main. The guard: al-Nusra "linked to al-Qaeda" stays hts alone.
// The FR-internationalNews-564 row was a guard (linked groups driven out of
// a region years ago made no attack) until m41a: holdout-34's adjudicated
// gold codes al-Qaeda for that article on this sentence alone ("al-Qaeda-linked
// groups discussed as parties of the same conflict"), and tiedGroupAbroad
// keeps such a group outside Syria's stories (actors_m41a_classes_test.go).
func TestActorQaedaLinkedGroupAttack(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-internationalNews-2420-20180702", title: "جماعة مرتبطة بالقاعدة تتبنى \"هجوم القوات الفرنسية\" بمالي",
			text: "أعلنت جماعة مرتبطة بتنظيم القاعدة في مالي، مسؤوليتها عن هجوم تعرضت له القوات الفرنسية في بلدة غاو شمالي البلاد، الأحد.",
			want: []string{"al-qaeda"}},
		{id: "2015-08-11-432", title: "مقتل جنديين في هجوم لجماعة أبو سياف بالفلبين",
			text: "وقال البريجادير جنرال ألان أروجادو إن الجماعة المرتبطة بتنظيم القاعدة نصبت كمينا للضحيتين أول أمس الأحد على طريق سريع ناء في بلدة باتيكول في جزيرة جولو.",
			want: []string{"al-qaeda"}},
		// Guard: a named group of its own id.
		{id: "made-up guard", title: "اعتقال مشتبه بهم في إيطاليا",
			text: "وتبنت جبهة النصرة المرتبطة بالقاعدة الهجوم على الحاجز.",
			want: []string{"hts"}, not: []string{"al-qaeda"}},
		{id: "FR-internationalNews-564-20180405", title: "مالي: الانتخابات",
			text: "ورغم تشتيت الجماعات المرتبطة بالقاعدة وطردها إلى حد كبير من شمال مالي منذ العام 2013، لا تزال مناطق بأكملها من البلاد خارج نطاق سيطرة القوات المالية.",
			want: []string{"al-qaeda"}},
	})
}
