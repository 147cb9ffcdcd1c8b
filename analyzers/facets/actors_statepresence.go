package facets

// A foreign state, by its country's or its capital's name, said to be
// present somewhere in an article about Syria: "روسيا وإيران و حزب الله لهم
// وجود في المطار" (holdout-29: the airbase a strike hit), "روسيا وإيران
// اللتين تؤكدان أنهما موجودتان في سوريا". The gold guide codes a state whose
// forces are in the war as a party discussed; its name alone counts only in
// a sentence about fighting, and a presence clause names no fighting word.
//
// The state's own presence is told as often with the possessive and the
// adjective: "تعزيز طهران وجودها العسكري في سوريا"، "تحذر إسرائيل إيران
// من ترسيخ وجودها العسكري في سوريا"، "إيران تستغل وجودها في سوريا"
// (round 38's blind audit; about a dozen corpus articles whose Iran or
// Russia this alone names). The feminine possessive is the state's, and
// "العسكري" may stand before "في".

var (
	// presenceWords say that someone is present: "لهم وجود"، "موجودتان".
	presenceWords = wordSet("وجود تواجد موجودة موجودتان موجودون موجودين موجود وجودها تواجدها")
	// presenceAdjectives may stand between a presence word and its "في":
	// "وجودها العسكري في سوريا".
	presenceAdjectives = wordSet("العسكري")
	// presenceSpan is how many words may stand between the state's name
	// and its presence: the rest of a list ("وإيران و حزب الله لهم") or a
	// relative clause ("وإيران اللتين تؤكدان أنهما").
	presenceSpan = 6
)

// statePresent reports a weak foreign-state mention by a country's or
// capital's name (wagingStateNames) that a presence word within
// presenceSpan words after it, joined to it with no punctuation or
// negation between, places "في" somewhere (after "العسكري" at most): the
// state is present there.
// "ليس لها وجود فيها" denies it; "وجود عسكري تركي" is another's phrase,
// the name coming after.
func statePresent(toks []token, m mention) bool {
	if !wagingStateNames.contains(toks[m.start].w) || placeAfterIn(toks, m) || nearBefore(toks, m.start, 4, denialWords) {
		return false
	}
	s := toks[m.start].sent
	for j := m.end; j < m.end+presenceSpan && j+1 < len(toks) && toks[j].sent == s && !toks[j].gap; j++ {
		if toks[j].has(threatNegations) {
			return false
		}
		if toks[j].has(presenceWords) {
			k := j + 1
			if !toks[k].gap && toks[k].sent == s && toks[k].has(presenceAdjectives) && k+1 < len(toks) {
				k++
			}
			return !toks[k].gap && toks[k].sent == s && toks[k].w == "في"
		}
	}
	return false
}
