package facets

import "testing"

// TestRegionAdjectiveAbroad pins a Lebanese region's adjective right after a
// town's name (البقاعية، البقاعي) as placing the town abroad, as the
// country adjectives (اللبنانية، العراقية …) already did in foreignAdjectives
// (round 62, m62town). Over the pool and blind gold articles the construction
// "<name> البقاعية/البقاعي" is 1 coded no town / 0 coded; the row from the
// pool (2015-07-21-88, Kafraya read as Idlib's) fails on main.
// Guards: Idlib's Kafraya without the adjective stays, and a camp's
// adjective (مخيم اليرموك الفلسطيني) reads as before.
func TestRegionAdjectiveAbroad(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "بلدة X البقاعية", id: "2015-07-21-88", title: "اختطاف 5 تشيكيين في منطقة البقاع اللبناني",
			text:     "وحسب المعلومات عثر على السيارة التي أقلتهم من مطار رفيق الحريري الدولي في بيروت مساء الجمعة صباح يوم أمس في بلدة كفريا البقاعية وبداخلها جوازات سفرهم وكاميراتهم وحقائبهم وأوراق مبعثرة.",
			notTowns: []string{"C3952"}, notGovs: []string{"SY07"}},
		// Guards.
		{class: "Idlib's Kafraya, no adjective", id: "guard", title: "قصف على ريف إدلب",
			text:  "وسقطت قذائف على بلدتي كفريا والفوعة في ريف إدلب الشمالي صباح اليوم.",
			towns: []string{"C3952"}, govs: []string{"SY07"}},
		{class: "a camp of Palestinians in Syria, as before", id: "guard", title: "حصار اليرموك",
			text:  "وقصفت قوات النظام مخيم اليرموك الفلسطيني جنوب دمشق صباح اليوم.",
			towns: []string{"C1002"}},
	})
}
