package facets

// The coalition against ISIS by its other Arabic name.
//
// The agency copy that Saudi papers carry calls the US-led coalition
// "الائتلاف الدولي" as often as "التحالف الدولي": "غارة جوية لقوات الائتلاف
// الدولي فوق سوريا"، "لطائرات الائتلاف الدولي بقيادة أميركية"، "نفذ الائتلاف
// الدولي بقيادة اميركية الجمعة غارات جوية". The lexicon holds only
// التحالف, so those stories lost the coalition (fresh-12, holdout-11). The
// pair is read here as a word set on the unstemmed tokens, not as an alias,
// so the analysis chain's name words, and the index built with them, need
// not change. Its mention is a strong one, as "التحالف الدولي" is, and goes
// through the same checks in actorCounts (another theatre's coalition).

var (
	// coalitionNameEntry is the coalition entry the pair stands for.
	coalitionNameEntry = &entry{words: []string{"الائتلاف", "الدولي"}, kind: kindActor, ids: []string{"coalition"}}
	// coalitionNameWords open the pair: "الائتلاف" with any proclitic
	// ("للائتلاف"، "والائتلاف").
	coalitionNameWords = wordSet("الائتلاف")
	// internationalWords close it. "الائتلاف الوطني" (the Syrian opposition's
	// political body) and "الائتلاف الحاكم" (a ruling party list) are
	// other bodies.
	internationalWords = wordSet("الدولي")
)

// coalitionNameMentions returns a coalition mention for each
// "الائتلاف الدولي" that no lexicon mention covers.
func coalitionNameMentions(toks []token, ms []mention) []mention {
	return uncoveredMentions(toks, ms, coalitionNameWords, func(i int) (*entry, int) {
		if i+1 >= len(toks) || toks[i+1].gap || toks[i+1].sent != toks[i].sent || !toks[i+1].has(internationalWords) {
			return nil, 0
		}
		return coalitionNameEntry, i + 2
	})
}
