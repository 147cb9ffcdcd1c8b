package facets

// Victims of a knife attack. "مقتل شخصين في حادث طعن وسط باريس": "حادث" is
// the news's word for any incident, and the accident test read the stabbing
// as a road mishap; a blade is no mishap, as a bomb (blastWords) or a
// kidnapping (abductionWords) already are not, and a knife attack's dead or
// hurt are its victims as a bombing's are.

// stabbedWords name a stabbing by its blade or its blow, not by "سلاح أبيض"
// (stabbingWeapons' "الأبيض" is also the White House's).
var stabbedWords = stabbingWeapons.without("ابيض", "الابيض")

// allegedAssailantWords near a person make him the one said to have
// stabbed: "مقتل شخص بالرصاص الإسرائيلي بزعم تنفيذه عملية طعن" is the
// alleged attacker, shot dead, not the knife's victim.
var allegedAssailantWords = wordSet("بزعم تزعم يزعم بدعوى بذريعة بحجة منفذ المنفذ")

// stabbedVictim reports a person at m in a sentence telling of a knife
// attack (stabbingSentence) and not said to be its assailant.
func stabbedVictim(toks []token, m mention) bool {
	return stabbingSentence(toks, m.start) && !nearWord(toks, m.start, m.end, 3, allegedAssailantWords)
}

// stabbingSentence reports a knife attack named in the sentence of token
// i: a stabbing word right after an attack or incident noun
// (stabbingPhrase, events.go): "حادث طعن"، "عملية طعن"، "هجوم بسكين". A
// stab word alone tells as often of a family murder ("قتل زوجته طعنا"),
// which no armed party did.
//
// It is asked for every civilians mention of an accident or harm sentence;
// the article's vocabulary bit answers first for the many with no blade.
func stabbingSentence(toks []token, i int) bool {
	if !inArticle(toks, stabbedWords) {
		return false
	}
	s := toks[i].sent
	for j := sentStart(toks, i) + 1; j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(stabbedWords) && toks[j-1].has(stabbingPhrase) && !toks[j-1].has(stabbedWords) {
			return true
		}
	}
	return false
}
