package facets

// Israel by its prisons and its interrogators.
//
// "يقبعون في سجون الاحتلال"، "المحتجزتين في سجن إسرائيلي"، "يظهر فيه
// محققان إسرائيليان يهددان الطفلة": the prison and the interrogators are
// the occupation's organs acting on Palestinians, and round 45's agreed
// kind (rul45b: "Israel's army, military courts, prisons or blockade
// acting on Palestinians" → israel, 15 of 15 lines) codes the state. The
// lexicon names no such organ, so a hunger-strike or a prisoner's story
// told only by "سجون الاحتلال" (holdout49 2015-08-10-768, blind
// 2015-08-11-859) or an interrogation by "محققان إسرائيليان" (blind
// AL-internationalNews-851, SK-middleEast-872) named no Israeli party at
// all. Counted over the pool and blind golds before it was written (aud67b),
// a prison or interrogator noun with "الاحتلال", an Israeli adjective or
// the state's name after it: pool 5 coded / 0 not, blind 8 / 2 (main gave
// israel in 3 and 6 of them by other words). The two blind nots (a release
// story's "في سجون إسرائيل", a force-feeding law) hold the state's bare
// name, which the lexicon already reads; this finder adds a mention only
// where no lexicon mention covers the phrase, so they do not move.
// "الاحتلال" followed by another state's adjective ("سجون الاحتلال
// التركي") is that occupier's, as otherOccupier reads the aliases, and the
// bare "الاحتلال" counts only where the article names Israel or the
// Palestinians, as occupationSoldierMentions asks.

var (
	// wardNouns are a prison, in the singular or the plural, and
	// interrogators, in every number: "سجون الاحتلال"، "سجن إسرائيلي"،
	// "المحققين الإسرائيليين"، "محققان إسرائيليان".
	wardNouns = wordSet("سجن السجن سجون السجون محقق المحقق محققان المحققان محققين المحققين محققون المحققون محققو محققي")
	// israelWardEntry is the entry such a phrase stands for.
	israelWardEntry = &entry{words: []string{"israeli-ward"}, kind: kindActor, ids: []string{"israel"}}
)

// israelWardMentions returns an Israel mention for each prison or
// interrogator noun followed, in its sentence, by "الاحتلال" (with no other
// state's adjective after it) or by an Israeli adjective, that no lexicon
// mention covers.
func (l *lexicon) israelWardMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, occupationWords) && !inArticle(toks, israelWords) {
		return nil // no occupation or Israeli word: the phrase cannot be read
	}
	return uncoveredMentions(toks, ms, wardNouns, func(i int) (*entry, int) {
		j := i + 1
		if !inTitleOrLead(toks, i) || j >= len(toks) || toks[j].gap || toks[j].sent != toks[i].sent {
			// deeper down a prison locates a prisoner's biography ("السجين
			// اللبناني المحرر من السجون الإسرائيلية") or a law's object
			// (the force-feeding bill), where the golds and the corpus read
			// no Israeli party
			return nil, 0
		}
		if toks[j].has(occupationWords) {
			if l.otherOccupier(toks, mention{e: israelWardEntry, start: i, end: j + 1}) {
				return nil, 0 // "سجون الاحتلال التركي"
			}
			if !inArticle(toks, palestinianWords) && !inArticle(toks, israelWords) {
				return nil, 0
			}
			return israelWardEntry, j + 1
		}
		if l.nationalityOf(&toks[j]) == "israel" {
			return israelWardEntry, j + 1
		}
		return nil, 0
	})
}
