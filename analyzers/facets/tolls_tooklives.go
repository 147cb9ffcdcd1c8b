package facets

// "انفجرت سيارة مفخخة ... مما أودى بحياة 12 شخصا": a consequence clause
// of "أودى بحياة" tells its own sentence's toll, as "مما أسفر عن مقتل"
// does. tookLivesBefore reads the verb only where it opens its sentence or
// stands in the title (newsClause), since inside a sentence it is mostly a
// relative clause's about an earlier event ("القصف العنيف الذي أودى بحياة
// أكثر من 560 مدنياً"). After مما or ما the verb is no relative clause:
// the sentence's event has the dead. Round 66's m66kill counted the form
// "مما/ما أودى/أودت بحياة" with a figure over the pool and blind golds: 3
// articles, all coded (pool 2015-07-22-340, blind 2015-07-22-693 and
// FR-internationalNews-1490), none coded null; m67toll read it again
// (rul67g-1's rounds changed none of them).

// consequenceOpeners open a consequence clause: "مما أودى"، "ما أودى".
var consequenceOpeners = plainWords("مما ما")

// tookLivesConsequence reports the tookLives verb at token k right after
// مما or ما in its sentence.
func tookLivesConsequence(toks []token, k int) bool {
	return k > 0 && toks[k-1].sent == toks[k].sent && consequenceOpeners[toks[k-1].w]
}
