package facets

// The regime as the party Russia or Iran backs. A sentence of war or
// control that names the regime weakly or by the bare surname right before
// a backing of Russia or Iran ("ويحاول الأسد إحكام سيطرته على المناطق
// المجاورة للعاصمة بدعم من روسيا"، "بشار الأسد، المدعوم من إيران وروسيا،
// في الهجوم") names it as a party: over the pool and blind golds the rule
// fires in 11 articles, all coded for the regime, 9 given by other words
// (m60state). The sentence test leaves out the bare description ("للسوريين
// المعارضين لنظام بشار الأسد الذي تدعمه موسكو" in a World Cup story).
// The bare "الأسد" is no lexicon actor (a village's name,
// actors_masskiller.go), so it gets a mention of its own (bareAssadMentions);
// a weak mention (النظام، الحكومة السورية، الرئيس السوري) is kept by
// actorCounts.

// backerAfter reports, in a sentence of war or control, a backing word
// (offensiveBackingWords) within twelve words after token end, with "من"
// or "من قبل" and then a mention of Russia or Iran right after it, and no
// actor but the regime named between end and the backing word.
func backerAfter(toks []token, ms []mention, end int) bool {
	s := toks[end-1].sent
	if !inArticle(toks, offensiveBackingWords) {
		return false // no backing word: asked at every weak regime mention
	}
	if !sentenceHas(toks, end-1, militaryWords) && !sentenceHas(toks, end-1, harmWords) && !sentenceHas(toks, end-1, offensiveActWords) && !sentenceHas(toks, end-1, claimedControlWords) {
		return false
	}
	for j := end; j < len(toks) && j < end+12 && toks[j].sent == s; j++ {
		if otherActorAt(ms, j) {
			return false
		}
		if !toks[j].has(offensiveBackingWords) {
			continue
		}
		k := j + 1
		if k < len(toks) && toks[k].w == "من" {
			k++
			if k < len(toks) && toks[k].w == "قبل" {
				k++
			}
		}
		if k >= len(toks) || toks[k].sent != s {
			return false
		}
		for _, o := range ms {
			if o.start == k && o.e.kind == kindActor && backerKinds[o.e.ids[0]] {
				return true
			}
		}
		return false
	}
	return false
}

// backedAssadMentions returns a mention of the regime for each bare
// "الأسد" no actor mention covers, in an article about Syria, that
// backerAfter reads as backed by Russia or Iran.
func backedAssadMentions(toks []token, ms []mention, aboutSyria bool) []mention {
	if !aboutSyria || !inArticle(toks, bareAssad) || !inArticle(toks, offensiveBackingWords) {
		return nil
	}
	return bareAssadMentions(toks, ms, func(m mention) bool { return backerAfter(toks, ms, m.end) })
}

// otherActorAt reports an actor mention other than the regime's that
// starts at token j.
func otherActorAt(ms []mention, j int) bool {
	for _, o := range ms {
		if o.start == j && o.e.kind == kindActor && o.e.ids[0] != "syrian-government" {
			return true
		}
	}
	return false
}
