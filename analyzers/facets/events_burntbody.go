package facets

// civiliansBurntBody returns the burning words past the title and lead
// that tell a child, a baby or a family burnt by settlers, extremists or
// terrorists named in the same sentence, in civiliansBurnt's shapes: a
// burning verb or masdar with its person within three words ("وادت الي حرق
// رضيع فلسطيني" in a sentence of "نفذها مستوطنون اسرائيليون"، "ردا علي
// احراق الرضيع الفلسطيني ... علي يد مستوطنين متطرفين"), or a death with
// the adverb حرقا; since round 64 (m64leads) also a firebomb ("زجاجات
// حارقة") in a sentence that names a child, a baby or a family
// (firebombAtPerson), which no mishap word of the sentence undoes. The
// reactions and measures of the days after an arson tell it as their
// cause past the lead, and the golds type it so
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
		thrown := firebombAtPerson(toks, k)
		if !thrown && !burntPerson(toks, k) || !sentenceHas(toks, k, burnBodyDoers) || !thrown && sentenceHas(toks, k, burnMishaps) ||
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

// firebombAtPerson reports the token at k the adjective of a firebomb
// (firebombs after a bottle or bomb noun: "زجاجات حارقة"، "بالقنابل
// الحارقة") in a sentence that names a child, a baby or a family
// (burnVictims): "بعد إقدام اثنين من المستوطنين الإسرائيليين على إلقاء
// زجاجات حارقة شديدة الاشتعال على غرفة نوم العائلة". civiliansBurntBody
// reads it with its doer in the sentence, as it reads the burning verbs;
// a firebomb is no mishap, so the sentence's "الحادث الرهيب" does not
// make it an accident's. Over the pool and blind golds (round 64,
// m64leads) a firebomb with a settler, extremist or terrorist and a
// burnVictims word in its sentence stands in 3 articles coded
// attack-on-civilians and none not.
func firebombAtPerson(toks []token, k int) bool {
	return k > 0 && toks[k].has(firebombs) && bombBottles[stripWa(toks[k-1].w)] && sentenceHas(toks, k, burnVictims)
}

// bombBottles are the bottle and bomb nouns a firebomb adjective follows
// (plain: read whole at the one word before it).
var bombBottles = plainWords("زجاجات زجاجة الزجاجات الزجاجة بزجاجات بزجاجة بالزجاجات بالزجاجة قنابل قنبلة القنابل القنبلة بقنابل بقنبلة بالقنابل بالقنبلة")
