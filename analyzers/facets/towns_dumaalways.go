package facets

// dumaAlways reports a bare دوما that is the adverb "always", not Duma:
// a mention with no place word, preposition, strike word or place after it
// (the caller's pending flags), in an article that names neither the Ghouta
// nor Damascus. No one position tells the adverb from the town, as both
// stand before punctuation, a verb or a preposition ("حل الخلافات دوما،"
// and "استهدف دوما، آخر معقل"; "يرتبط دوما بالفوز" and "شطر دوما وهي"), so
// townPosition lets it through wherever a سوري word stands anywhere. The
// article tells them apart: Duma's news names the Ghouta or the capital it
// lies beside. Over the pool and blind golds (round 65, c65town), the
// articles whose every دوما stands bare and which name neither are 0 coded /
// 34 not (with Damascus but not the Ghouta 1 / 1, with the Ghouta 14 / 1);
// over ANT and SaudiNewsNet rasid gave Duma in six such articles, every one
// the adverb ("شديدة اللهجة دوما على"، "كما هي دوما–"، "الكويت دوما كانت"،
// "فأنا حريص على الرجوع إليه دوما»"، "جمهورنا الرائع دوما"، "يكررها دوما").
// Asked only at a bare mention of دوما; the scan for دمشق runs once.
func dumaAlways(toks []token, e *entry, p pending, damascus *lazyTest) bool {
	if !e.word || e.words[0] != "دوما" || p.cue || p.next || p.prep || p.struck {
		return false
	}
	return !ghouta(toks) && !damascus.holds()
}

// namesDamascus reports whether a word of the text is دمشق, bare or with a
// proclitic (بدمشق، ودمشق، لدمشق).
func namesDamascus(toks []token) bool {
	for i := range toks {
		for _, f := range toks[i].forms {
			if f == "دمشق" {
				return true
			}
		}
	}
	return false
}
