package facets

import "testing"

// Soldiers told among an attack's dead ("قتل أربعة أشخاص بينهم عسكريان
// ومهاجم ... في هجوم") are soldiers killed by it, as "مقتل عسكريين في
// هجوم" is (soldiersAttacked): the clash it was. A shooting with no attack
// word was kept out here; since round 46's ruling rul46b-2 a shooting that
// killed policemen is a clash too (securityAttacked, round-47 m47clash).
func TestEventTypesSoldiersAmongDead(t *testing.T) {
	const clash = "armed-clash"
	checkTypes(t, []typeCase{
		{"gunmen's attack on a Mali hotel, soldiers among the dead", "2015-08-07-1319",
			"أربعة قتلى في احتجاز رهائن في فندق يرتاده غربيون في مالي",
			"قتل أربعة أشخاص بينهم عسكريان ومهاجم الجمعة في هجوم استهدف فندقا يقيم فيه غربيون في مدينة سيفاري في وسط مالي، حسب مصدر عسكري مالي.",
			"2015-08-07 23:20", clash, true},
		// Once a near miss (a shooting, no attack word); rul46b-2 makes
		// the gunman who killed two policemen a clash.
		{"a Canadian shooting that killed two policemen", "SK-internationalNews-2947-20180810",
			"قتلى في إطلاق نار بكندا والشرطة تعتقل شخصا",
			"اعتقلت الشرطة الكندية مشتبها به بعد إطلاق نار أدى إلى مقتل أربعة أشخاص بينهم شرطيان في مدينة فردريكتون في شرق كندا، حسبما أفادت الشرطة المحلية.",
			"2018-08-10 12:07", clash, true},
	})
}
