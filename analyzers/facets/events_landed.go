package facets

// landed reports a lone weapon noun at i told landing by a past form of
// وقع just before it, with at most a count between: "ووقعت 3 قذائف قرب
// مطار معيتيقة"، "وقع صاروخ على منزل". A shell or rocket that fell is one
// fired, as "سقوط قذائف" is (fireActs), but وقع is not a fire act around a
// weapon (it signs, happens and befalls: "وقع الاتفاق"، "الخلل الذي وقع
// في الصاروخ"), so only this order reads it. Not into someone's hands
// ("وقعت الصواريخ في أيدي التنظيم", heldHands up to three words after).
// A condition ("إذا وقع صاروخ ما على مطار") needs no test here: fired is
// asked only of a trigger modalBefore passed, and its six words back hold
// the condition word before وقع (modalWords: إذا، لو، حال، أي).
func landed(toks []token, i int) bool {
	// A count between the verb and the noun, with no stop on either side
	// of it (toks[v].gap here, toks[i].gap below).
	v := i - 1
	if v > 0 && isCount(toks[v].w) && !toks[v].gap {
		v--
	}
	if v < 0 || toks[v].sent != toks[i].sent || toks[i].gap || !(landedVerbs[toks[v].w] || landedVerbs[stripWa(toks[v].w)]) {
		return false
	}
	return !nearAfter(toks, i, 3, heldHands)
}

// landedVerbs are the past of وقع, looked up whole, as written or after
// stripWa (its own و is the root's: stripWa of وقعت is قعت).
var landedVerbs = plainWords("وقع وقعت")
