package facets

import "strings"

// raidedVillages are the villages and towns an armed group's attack can
// fall on, looked up whole at the one word after على or ضد. No copy of
// the settlement cues: settlementCues and listHeads hold cities and lack
// the definite forms (القرية، البلدة), stormedPlaces holds homes and camps.
var raidedVillages = plainWords("قريه القريه قري القري قريتي قريتين بلده البلده بلدتي بلدتين بلدات")

// groupRaid returns each attack noun (هجوم، الهجوم، هجمات …: the
// assaultNouns that hold هج, not مسلح) whose doer is told after a verb of
// waging right after it (wagedBy: شنه، شنته، نفذه …) and is a force with
// no aircraft (a rebel or militia actor, or groundDoers: داعش، الحوثيون،
// الميليشيات …, past doerHeads: groundDoerAt, as groundDoer reads a
// strike's), and whose object, after على or ضد (againstWords) within six
// words of the doer, is a village or town (raidedVillages) or an armed
// target (armedTargets): "إثر هجوم شنه تنظيم داعش على قرية أسديرة" (pool
// SK-middleEast-981, the Wednesday attack on the village that killed PMF
// fighters, missed). An armed group's raid on a village is the clash the
// coders type. Counted over the pool and blind golds (round 63,
// m63clash), the noun with the waging verb and على a place or force:
// pool 4 coded armed-clash / 1 not, blind 3 / 0; the one not is settlers'
// attack on a village ("لهجوم شنه مستوطنون على قرية عوريف"), and
// settlers are no ground doer. Boko Haram's attack "على مدرستهن" and
// aircraft's ("هجوم شنته الطائرات الحربية التركية") stop at their doer
// or their object.
func (l *lexicon) groupRaid(toks []token, actorAt []string) []int {
	if !inArticle(toks, assaultNouns) || !inArticle(toks, wagedBy) {
		return nil
	}
	var at []int
	for _, k := range setTokens(toks, assaultNouns) {
		if !strings.Contains(toks[k].w, "هج") {
			continue
		}
		s := toks[k].sent
		j := k + 1
		if j >= len(toks) || toks[j].sent != s || !toks[j].has(wagedBy) {
			continue
		}
		d := l.groundDoerAt(toks, actorAt, j+1, s)
		if d < 0 {
			continue
		}
		for t := d + 1; t+1 < len(toks) && t <= d+6 && toks[t].sent == s; t++ {
			if toks[t].has(againstWords) && toks[t+1].sent == s && (raidedVillages[toks[t+1].w] || toks[t+1].has(armedTargets)) {
				at = append(at, k)
				break
			}
		}
	}
	return at
}
