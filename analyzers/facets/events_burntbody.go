package facets

// civiliansBurntBody returns the burning words past the title and lead
// that tell a child, a baby or a family burnt by settlers, extremists or
// terrorists named in the same sentence, in civiliansBurnt's shapes: a
// burning verb or masdar with its person within three words ("وادت الي حرق
// رضيع فلسطيني" in a sentence of "نفذها مستوطنون اسرائيليون"، "ردا علي
// احراق الرضيع الفلسطيني ... علي يد مستوطنين متطرفين"), or a death with
// the adverb حرقا. The reactions and measures of the days after an arson
// tell it as their cause past the lead, and the golds type it so
// (round 63, m63aoc: over the gold, such a sentence stands in pool 8
// coded articles and 0 not, blind 9 and 2). civiliansBurnt reads only
// the title and lead and wants its doer there, so these typed nothing.
// The doer must stand in the sentence (burnBodyDoers: no attack or crime
// noun, which a body's sentence holds of anything); none in a sentence
// of an accident, a fire, a suicide, a rape, soldiers or a year, or of a
// case, a charge, a plan or a memory (assassinationUndone: "الافراج عن
// المشتبه بهم في قضيه احراق مستوطنين يهود للرضيع", a press review), nor when
// the title tells a charge, a sentence or a confession (a trial of the
// burning), nor when the title or lead names aircraft, shells or bombs.
func civiliansBurntBody(toks []token, z leadZone) []int {
	if !inArticle(toks, burnBodyDoers) || !inArticle(toks, burnVictims) {
		return nil
	}
	var at []int
	for k := z.end; k < len(toks); k++ {
		if toks[k].title || z.heads(toks, k) {
			continue
		}
		if !burntPerson(toks, k) || !sentenceHas(toks, k, burnBodyDoers) || sentenceHas(toks, k, burnMishaps) ||
			sentenceHas(toks, k, notCivilianVictims) || sentenceHasYear(toks, k) ||
			sentenceHas(toks, k, assassinationUndone) {
			continue
		}
		at = append(at, k)
	}
	if len(at) == 0 || z.headHas(toks, killedHow, attackHow) || titleHas(toks, chargeWords, burnJudged) {
		return nil
	}
	return at
}

// burnBodyDoers in a burning's sentence tell who burnt the person:
// settlers, extremists, terrorists (burnDoers without the attack, crime
// and hand nouns).
var burnBodyDoers = wordSet("مستوطن مستوطنون مستوطنين المستوطنون المستوطنين مستوطنان المستوطنان متطرف متطرفون متطرفين المتطرفون المتطرفين متطرفان " +
	"متشددون متشددين المتشددون المتشددين ارهابي ارهابيون ارهابيين الارهابيون الارهابيين")
