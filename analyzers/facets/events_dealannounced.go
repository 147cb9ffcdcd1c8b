package facets

// A war's deal announced with its other party: an announcing verb (past,
// or the present of a title's news) with عن and a deal noun right after
// it, the other party named by مع right after the deal: "أعلنت دمشق عن
// اتفاق مع فصيل "جيش الإسلام" الذي يسيطر على دوما لإجلائه منها"
// (FR-internationalNews-675), "الأكراد يعلنون عن اتفاق مع دمشق"
// (FR-middleEast-838). The guide types a deal reached an agreement; the
// deal told announced with a party is one made. Round 63's m63agree
// counted the construction over the pool and the blind codings (coded /
// not): pool 2 / 0, both typed nothing; blind 1 / 1, the uncoded an
// airline's deal with an Indian state, no party of the war. Without مع
// the announcing verb with عن and a deal splits (round 62: pool 2 / 0,
// blind 2 / 4: trade, a footballer's transfer, a deal awaited).
var (
	// dealAnnouncedWith follows the deal noun and names its other party.
	dealAnnouncedWith = plainWords("مع")
)

// dealsAnnounced returns the deal nouns of a deal announced with its
// other party: a verb of truceDeclared (not its verbal noun: "الإعلان عن
// الصفقة" is as often awaited) with at most three words between it and عن, a deal noun
// (dealWords or pluralDeals) right after عن and مع right after the deal,
// all in one sentence; not negated or failed (noDealWords, failedWords up
// to two words before the verb: "لم تعلن عن موقفها من الاتفاق"); a party
// of the war in the sentence (warPartyInSentence: not a company's or two
// foreign states' trade), or the sentence a Syrian article's title (a
// title names its parties in words the actors do not read: "الأكراد
// يعلنون عن اتفاق مع دمشق"). Threats, plans and history are left to the
// caller. Each returned pair is the verb and the deal noun.
func (l *lexicon) dealsAnnounced(toks []token, actorAt []string) [][2]int {
	if !inArticle(toks, truceDeclared) {
		return nil
	}
	var at [][2]int
	last := -1
	for _, i := range setTokens(toks, truceDeclared) {
		if toks[i].sent == last {
			continue
		}
		if w := stripWa(toks[i].w); w == "اعلان" || w == "الاعلان" {
			continue
		}
		s := toks[i].sent
		for c := i + 1; c+2 < len(toks) && c <= i+4 && toks[c+2].sent == s; c++ {
			if toks[c].w != "عن" {
				continue
			}
			j := c + 1
			if (toks[j].has(dealWords) || formIn(&toks[j], pluralDeals)) && dealAnnouncedWith[toks[j+1].w] &&
				!nearBefore(toks, i, 2, noDealWords) && !nearBefore(toks, i, 2, failedWords) &&
				(warPartyInSentence(l, toks, actorAt, j) || toks[j].title && mayHold(toks, holdsSyri)) {
				at = append(at, [2]int{i, j})
				last = s
			}
			break
		}
	}
	return at
}
