package facets

// A crime with no armed group takes no event type (round 66, rul66a-1): a
// lone gunman who fires in a cinema or a newsroom, a knifeman in a shop or
// a school, a driver who rams a crowd, tied to no armed group and called
// terrorist by no one in the text's own voice or an official's, is no
// ACLED event, as rul46a-1 already leaves its victims out of civilians.
// The article is read as the actors read it (loneAttack, actors_civlone.go:
// a lone gunman's, a stabbing's, a ramming's or a smuggling gang's lead,
// no group, no foiled plot in the title, no bomb in the title or first
// sentence, no unnegated terror word anywhere, no hostage, army or
// fighting in the article). A lone attack that meets
// rul46a-1's (a) group tie or (b) terror label keeps the type (rul66a-2):
// loneAttack refuses it by its group and terror words.
//
// Counted (round 66, m66lone) over the pool and blind gold articles: the
// test holds in 31, of which none codes attack-on-civilians; rasid typed it
// in 15 of them (pool 9: the Lafayette, Nashville, Annapolis, Münster,
// IKEA and Idaho crimes; blind 6), every one an extra. The attack's
// triggers still date the report, as the crime's own news (evCrime), as
// loneStabbing's knife phrase does.

// loneCrimeUntyped moves the attack-on-civilians hits of a lone attacker's
// crime (loneAttack) to the crime's news of the day (evCrime). Asked only
// where an attack on civilians was counted.
func loneCrimeUntyped(toks []token, hits map[string]ruleHits) {
	if _, ok := hits["attack-on-civilians"]; ok && loneAttack(toks) {
		mergeHits(hits, evCrime, "attack-on-civilians")
	}
}
