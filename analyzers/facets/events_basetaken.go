package facets

// A base taken is not al-Qaeda's capture: "قامت المقاومة الشعبية ... باقتحام
// القاعدة والسيطرة عليها" (al-Anad air base, Yemen 2015). The actor facet
// already drops a bare "القاعدة" in an article about a military base
// (basesNamed, actors_match.go), but a capture's taker was read from every
// actor mention, so the base, nearer the capture word than the resistance
// that stormed it, made the capture al-Qaeda's: a non-state takeover where
// the pool's gold types the resistance's capture of al-Anad a government
// regain. A round-37 blind sample found it so.

// bareQaeda are the forms of a bare "القاعدة" that name a base as often as
// al-Qaeda.
var bareQaeda = wordSet("القاعده والقاعده بالقاعده للقاعده")

// baseNotTaker reports an al-Qaeda mention at token j that is a bare
// "القاعدة" in an article naming a military base: the base, not a taker.
func baseNotTaker(toks []token, actorAt []string, j int) bool {
	return actorAt[j] == "al-qaeda" && toks[j].has(bareQaeda) && basesNamed(toks)
}
