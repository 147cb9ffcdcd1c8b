package facets

// A drone with a state's nationality is that state's force, as the golds code
// Iran for "طائرة إيرانية بدون طيار" downed over the Golan and the United
// States for "غارة شنتها طائرة أميركية بدون طيار". forcePhraseMentions leaves
// the singular "طائرة" out (an airliner: "تحطم طائرة إيرانية ... في رحلة
// داخلية"), and its modifiers do not reach over "بدون طيار", so a round-37
// blind sample missed Iran in the Israeli investigation of the February drone
// and F-16 (SK-middleEast-45). The drone words are what make the aircraft
// military here; a drone "روسية الصنع" carrying mail is a product, not a force.

var (
	// droneNouns name a drone by a loan word, with no modifier needed.
	droneNouns = wordSet("درون الدرون")
	// droneUnmanned are the words of "(من) (ب)دون طيار" before "طيار".
	// The same words as withoutWords (actors_blamedstate.go): the set is shared
	// (a set bit spared, see maxWordSets).
	droneUnmanned = withoutWords
	// droneMarks are the one-word drone modifiers: "طائرة مسيرة".
	// The same words as marchSingular (actors_civmarch.go): the set is shared
	// (a set bit spared, see maxWordSets).
	droneMarks = marchSingular
	// dronePilot is the "طيار" of "بدون طيار".
	dronePilot = wordSet("طيار")
	// madeIn after a nationality makes it where a drone was made: "طائرة
	// بدون طيار روسية الصنع".
	madeIn = wordSet("الصنع صنع")
)

// droneModifierEnd returns the token after a drone modifier that starts at
// j ("بدون طيار"، "دون طيار"، "من دون طيار"، "مسيرة") in sentence s, or -1.
func droneModifierEnd(toks []token, j, s int) int {
	in := func(k int) bool { return k < len(toks) && toks[k].sent == s && !toks[k].gap }
	if !in(j) {
		return -1
	}
	if toks[j].has(droneMarks) {
		return j + 1
	}
	if toks[j].w == "من" {
		j++
	}
	if in(j+1) && toks[j].has(droneUnmanned) && toks[j+1].has(dronePilot) {
		return j + 2
	}
	return -1
}

// droneHead returns the first token of a drone whose nationality list runs
// from p to i, or -1: an aircraft noun and a drone modifier right before the
// list ("طائرة بدون طيار إيرانية"، "طائرة مسيرة أميركية"), an aircraft
// noun right before it and a drone modifier right after it ("طائرة إيرانية
// بدون طيار"), or a loan word right before it ("الدرون الإيرانية"). Not a
// nationality that says where the drone was made ("روسية الصنع").
func droneHead(toks []token, p, i int) int {
	s := toks[i].sent
	if p == 0 || toks[p].gap || toks[p-1].sent != s || i+1 < len(toks) && toks[i+1].sent == s && toks[i+1].has(madeIn) {
		return -1
	}
	if toks[p-1].has(droneNouns) {
		return p - 1
	}
	if toks[p-1].has(reconAircraft) && droneModifierEnd(toks, i+1, s) > 0 {
		return p - 1
	}
	// Back over the modifier before the list to its aircraft.
	for q := p - 2; q >= 0 && q >= p-4 && toks[q].sent == s && !toks[q+1].gap; q-- {
		if toks[q].has(reconAircraft) {
			if droneModifierEnd(toks, q+1, s) == p {
				return q
			}
			return -1
		}
	}
	return -1
}
