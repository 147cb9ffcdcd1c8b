package facets

// A state's threat of a strike told by the threat noun and the state's
// adjective: "في ظل التهديد الأميركي بضرب سوريا"، "في ظل تهديد وتلويح
// أميركي وفرنسي بشن ضربات بشكل أحادي على النظام"، "بالتهديدات الأميركية
// بتوجيه ضربة عسكرية إلى". threatensForce (actors_threat.go) reads the
// state's name as the threat's agent ("هددت الولايات المتحدة بـ…"); the
// adjective after the noun names the same agent, and round 43's ruling
// 4(a) codes the state whose military act is threatened. The golds hold
// the construction in four articles (pool SK-middleEast-844,
// SK-internationalNews-906, AL-internationalNews-875; blind FR-middleEast-252
// by "تهديد الرئيس الأمريكي ... برد") and code the state in all four; main
// missed the first two. The threat's object must follow the adjective (or
// one state joined to it by و) as a بـ word of a military act: a threat of
// "measures" is actors_measurethreat.go's and is left out.

var (
	// threatNounForms are the threat as a noun with its proclitics (threatNouns,
	// actors_threatsource.go, holds the bare forms and danger words).
	threatNounForms = wordSet("تهديد التهديد تهديدات التهديدات وتهديد والتهديد وتهديدات والتهديدات بتهديد بالتهديد بتهديدات بالتهديدات " +
		"لتهديد للتهديد لتهديدات للتهديدات تلويح التلويح وتلويح والتلويح")
	// threatObjectStarts open the threat's object: a strike word
	// (threatStrikeWords) or a verbal noun of waging or directing one.
	threatObjectStarts = union(threatStrikeWords, wordList("بشن بتوجيه باستخدام بعمل بإجراء بتدخل بعملية"))
)

// threatAdjectiveEntries are the states such a threat stands for.
var threatAdjectiveEntries = map[string]*entry{}

func init() {
	for _, id := range []string{"usa", "russia", "iran", "turkey", "israel"} {
		threatAdjectiveEntries[id] = &entry{words: []string{"threat adjective"}, kind: kindActor, ids: []string{id}}
	}
}

// threatAdjectiveMentions returns a state mention for each threat noun
// followed, past at most one threat noun joined by و, by the state's
// adjective, past at most one other adjective joined by و, and then by the
// object of a military act (threatActAfter, with the object's first word
// one of threatObjectStarts).
func (l *lexicon) threatAdjectiveMentions(toks []token) []mention {
	if !inArticle(toks, threatNounForms) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, threatNounForms) {
		s := toks[i].sent
		in := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].sent == s }
		same := func(j int) bool { return in(j) && !toks[j].gap }
		j := i + 1
		if same(j) && toks[j].has(threatNounForms) {
			j++ // "تهديد وتلويح أميركي"
		}
		if !same(j) {
			continue
		}
		id := l.nationalityOf(&toks[j])
		e := threatAdjectiveEntries[id]
		if e == nil {
			continue
		}
		at := j
		j++
		if same(j) && (toks[j].has(nationalityWords) || toks[j].has(otherNationalities)) {
			j++ // "أميركي وفرنسي"
		}
		if !same(j) || !toks[j].has(threatObjectStarts) || !threatActAfter(toks, j-1, in) {
			continue
		}
		out = append(out, mention{e: e, start: at, end: at + 1})
	}
	return out
}
