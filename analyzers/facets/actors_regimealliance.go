package facets

// The regime named as what a military alliance backs.
//
// Reuters tells its sources as "قائد في التحالف العسكري الإقليمي الداعم
// للأسد"، "قائد في التحالف الإقليمي الذي يدعم الرئيس بشار الأسد": the
// regime's own war camp, whose side of the war the story tells (holdout-34's
// SK-middleEast-816 and the pool's FR-internationalNews-2368 code the
// regime). The bare "الأسد" there is a weak alias with no military word
// beside it, so the regime was lost. The alliance is the regime's only
// where the support goes to it: "التحالف الداعم للشرعية" (Yemen's) or
// "التحالف العسكري الداعم للقوات الحكومية بقيادة السعودية" name no Syrian
// side.

var (
	// regimeAllianceEntry is the regime that such an alliance backs.
	regimeAllianceEntry = &entry{words: []string{"backed by an alliance"}, kind: kindActor, ids: []string{"syrian-government"}}
	// allianceNounForms open the alliance's phrase.
	allianceNounForms = wordSet("التحالف تحالف")
	// allianceModifiers stand between the noun and its support word.
	allianceModifiers = plainWords("العسكري الإقليمي الاقليمي الدولي")
	// allianceSupportWords say whom the alliance backs: "الداعم"،
	// "المؤيد"، "الموالي"، "الذي يدعم".
	allianceSupportWords = plainWords("الداعم المؤيد الموالي المساند يدعم")
	// allianceRelatives stand before a support verb: "الذي يدعم".
	allianceRelatives = plainWords("الذي")
	// regimeTitles stand before the regime's name: "للرئيس بشار الأسد".
	regimeTitles = plainWords("للرئيس الرئيس")
)

// regimeAllianceMentions returns a regime mention for each alliance
// phrase (an alliance noun, up to two modifiers, a support word) whose
// object, right after it, is the regime by name ("للأسد"، "الرئيس بشار
// الأسد"، "للنظام السوري").
func regimeAllianceMentions(toks []token) []mention {
	if !inArticle(toks, allianceNounForms) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, allianceNounForms) {
		// The bit first: a map lookup at every token of the many articles
		// that name any alliance cost 2% of Extract.
		if !allianceNounForms.contains(toks[i].w) {
			continue
		}
		s := toks[i].sent
		same := func(j int) bool { return j < len(toks) && !toks[j].gap && toks[j].sent == s }
		j := i + 1
		for n := 0; n < 2 && same(j) && allianceModifiers[toks[j].w]; n++ {
			j++
		}
		if same(j) && allianceRelatives[toks[j].w] {
			j++
		}
		if !same(j) || !allianceSupportWords[toks[j].w] {
			continue
		}
		j++
		if same(j) && regimeTitles[toks[j].w] {
			j++
		}
		// The regime by its name, not Damascus (a capital is as often
		// where the alliance's men are) and not "القوات الحكومية", which
		// is any country's.
		if same(j) && toks[j].has(regimeNames) && toks[j].w != "دمشق" && toks[j].w != "لدمشق" {
			out = append(out, mention{e: regimeAllianceEntry, start: i, end: j + 1})
		}
	}
	return out
}
