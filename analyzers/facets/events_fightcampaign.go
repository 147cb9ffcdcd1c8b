package facets

import "strings"

// campaignFoes, right after the bare "قتال", name the group a campaign is
// waged on: "في قتال «داعش»"، "فعالية في قتال تنظيم الدولة"، "في قتال
// مسلحي تنظيم".
var campaignFoes = wordSet("داعش تنظيم التنظيم مسلحي المتطرفين الارهابيين الارهاب")

// fightCampaign reports the indefinite "قتال" at i whose object is a
// campaign's foe, in a sentence where nobody is hurt: "لا يوجد نهج مشترك
// بيننا حاليا في قتال «داعش»"، "أثبتوا فعالية في قتال تنظيم الدولة"،
// "حليفا رئيسيا في قتال تنظيم داعش"، "لقواعدها الجوية في قتال التنظيم".
// Like "الحرب على داعش" (campaignMention) it names a policy, a role or an
// alliance's aim, not a fight of the news; a fight with a side is told with
// مع or بين ("قتال مع متمردين") or with the definite "القتال", which this
// leaves alone.
func fightCampaign(toks []token, i, end int, e *entry) bool {
	if e.ids[0] != "armed-clash" || end != i+1 || end >= len(toks) || strings.TrimPrefix(toks[i].w, "و") != "قتال" {
		return false
	}
	if toks[end].sent != toks[i].sent || toks[end].gap || !toks[end].has(campaignFoes) {
		return false
	}
	return !sentenceHas(toks, i, harmWords)
}
