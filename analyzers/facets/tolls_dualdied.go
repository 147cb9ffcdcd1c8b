package facets

// Two dead told by a dual noun and a dual verb of dying (round-45 miner
// m45kill): "قال مصدر أمني ليبي إن شخصين على الأقل قتلا، وأصيب آخرون في
// تفجير"، "قال الجيش التركي إن جنديين قتلا وأصيب 31"، "أفادت وسائل إعلام
// محلية بأن شخصين قتلا في الحادث". The figure-noun-verb shape "4 مسلحين
// قتلوا" (killedAfterNoun) has no figure here: the dual noun is the count,
// as in "مقتل عنصرين". Only in reported speech (إن، أن، بأن right before
// the noun) and in the title or the first paragraph, as killedAfterNoun's
// shape is kept there: "رفات جنديين قتلا خلال حرب غزة عام 2014" and
// "والدي طفلين قتلا في مدرسة ساندي هوك في 2012" name older dead in
// passing, with no إن. Not when the verb has an object: "إن شرطيين قتلا
// مواطنا" is the two men's deed.

// diedDual are the dual verbs of dying after a dual noun.
var diedDual = wordSet("قتلا استشهدا")

// saidThat are the particles of reported speech right before the noun.
// The same words as thatWords (actors_match.go): the set is shared
// (a set bit spared, see maxWordSets).
var saidThat = thatWords

// dualDied reports a dual person noun at token i (personCounts' twos)
// opening a clause of reported speech and followed, after an optional
// "على الأقل", by a dual verb of dying with no object.
func dualDied(toks []token, i int) bool {
	// The particle's bit before the lookup of the noun's string: most words
	// follow none.
	if i == 0 || toks[i].para > 1 || toks[i].gap || !toks[i-1].has(saidThat) || personCounts[toks[i].w] != 2 {
		return false
	}
	k := i + 1
	if atLeast(toks, k) && k+2 < len(toks) && !toks[k+2].gap {
		k += 2
	}
	if k >= len(toks) || toks[k].gap || toks[k].sent != toks[i].sent || !toks[k].has(diedDual) {
		return false
	}
	if o := k + 1; o < len(toks) && !toks[o].gap && toks[o].sent == toks[k].sent {
		if _, ok := personCounts[toks[o].w]; ok || toks[o].has(shotPersons) {
			return false // "إن شرطيين قتلا مواطنا"
		}
		if n, used := readNumber(toks, o); used > 0 && n > 0 {
			return false
		}
	}
	return true
}
