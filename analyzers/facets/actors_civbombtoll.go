package facets

// The dead of a bombing told by their count alone. "والهجوم الانتحاري، الذي
// ضرب حي الشعلة ... موقعا 4 قتلى"، "هجوما انتحاريا استهدف في كابول ...
// ما أسفر عن سقوط 31 قتيلا"، "انفجرت سيارة مفخخة ... أسفر عن سقوط 5 قتلى":
// a suicide or car bomb's toll names no person, so no civilians alias reads
// it, though the golds code the people a bombing killed as civilians (the
// Suruc and Kuwait mosque bombings, retold by a trial or an inquiry too).
// The dead count when a toll verb ("أوقع"، "خلف"، "موقعا"، "أسفر عن
// سقوط") stands before their number. Not when the sentence names a
// force, fighters or a fight (notCivilianVictims; "أوقع 14 قتيلا من قوات
// النظام"، "مقتل جنود"): their dead are the force's. A bare explosion
// ("انفجار") is left out: as often an arms depot's or an accident's.

var (
	// bombTollVerbs tell the toll a bombing left: tollVerbs and the
	// participle and present forms of أوقع.
	bombTollVerbs = union(tollVerbs, wordList("موقعا موقعه يوقع توقع"))
	// bombTollDead are the dead of the toll.
	bombTollDead = wordSet("قتيلا قتيل قتلى القتلى")
	// bombTollCounts are the counts a toll gives in words, beyond a
	// numeral.
	bombTollCounts = wordSet("عشرات العشرات مئات نحو قرابه حوالي اكثر من")
	// bombTollForces in the sentence make the dead a force's:
	// the police, security men, officers, gunmen (notCivilianVictims
	// holds soldiers, policemen and fighters).
	bombTollForces = wordSet("قوات القوات لقوات شرطه الشرطه للشرطه عناصر امن الامن الامنيه امنيين ضابط ضباط مسلحين المسلحين مسلحا عسكريه")
	// bombTollEntry is the civilians entry the dead stand for.
	bombTollEntry = &entry{words: []string{"bombing dead"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}
)

// bombTollMentions returns a civilians mention for each bombTollDead word
// no actor mention covers that follows a count and a toll verb (within
// four words before it; or "عن سقوط"), in a sentence with a suicide or
// car bomb (bombWords) and no force or fight (notCivilianVictims,
// bombTollForces).
func bombTollMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, bombTollDead) || !inArticle(toks, bombWords) {
		return nil // most articles tell no bombing's dead: skip the token scan
	}
	var out []mention
	for _, i := range setTokens(toks, bombTollDead) {
		if actorCovers(ms, i, i+1) || !bombTolled(toks, i) {
			continue
		}
		if !sentenceHas(toks, i, bombWords) || sentenceHas(toks, i, notCivilianVictims) || sentenceHas(toks, i, bombTollForces) {
			continue
		}
		out = append(out, mention{e: bombTollEntry, start: i, end: i + 1})
	}
	return out
}

// bombTolled reports a toll verb (or "عن سقوط") before the dead word at
// i, with only a count between: a numeral or bombTollCounts words.
func bombTolled(toks []token, i int) bool {
	counted := false
	for j := i - 1; j >= 0 && j >= i-5 && toks[j].sent == toks[i].sent; j-- {
		w := toks[j].w
		switch {
		case toks[j].has(bombTollVerbs) || w == "سقوط" && j > 0 && toks[j-1].w == "عن":
			return counted
		case toks[j].has(bombTollCounts):
			counted = true
		default:
			if n, _ := readNumber(toks, j); n > 0 {
				counted = true
				continue
			}
			return false
		}
	}
	return false
}
