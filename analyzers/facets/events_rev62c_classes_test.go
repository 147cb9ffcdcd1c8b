package facets

import "testing"

// TestEventTypesRev62cCampaignRelative pins the review rev62c's mend of
// m62air's campaignRelative, with made-up sentences after m62air's lead and
// a title that types nothing (m62airNeutralTitle). The cleft's pronoun is
// read from copulaPronouns, so "وهي التي شنت" names who made the strike
// just told as "هي التي شنت" does (the first row fails on main; the corpus
// holds no such sentence, so no article moves). A comma inside the relative
// clause leaves it the campaign's (the pronoun search is not
// relativePronounBefore's, which stops at a comma). The aircraft guard,
// now nearBefore, bites on warplanes as the relative's head (the last row
// fails with the guard off; m62air's own aircraft row is typed by another
// reader either way).
func TestEventTypesRev62cCampaignRelative(t *testing.T) {
	const air = "air-drone-strike"
	checkTypes(t, []typeCase{
		{"guard: the cleft with its و, وهي التي", "", m62airNeutralTitle,
			m62airLead + "وقالت المصادر إن إسرائيل، وهي التي شنت الغارات الجوية على مطار التيفور العسكري، لم تعلق.",
			"2018-08-12 12:00", air, true},
		{"a comma inside the campaign's relative clause", "", m62airNeutralTitle,
			m62airLead + "ويشارك الأردن في التحالف الدولي الذي، بحسب بيانه، شن ضربات جوية على تنظيم \"الدولة الإسلامية\" في سوريا والعراق.",
			"2018-08-12 12:00", air, false},
		{"guard: warplanes head the relative clause", "", m62airNeutralTitle,
			m62airLead + "وقالت المصادر إن مقاتلات التحالف التي شنت غارات على المعسكر عادت إلى قواعدها.",
			"2018-08-12 12:00", air, true},
	})
}
