package facets

// A state that denies an attack, told further from the denial than the four
// words denialWords are read in: "ونفى مسؤولان أمريكيان لـ CNN شن أمريكا أو
// التحالف أي ضربات جوية على القاعدة العسكرية"، "ونقلت عن البنتاغون نفيه أية
// علاقة له بالصواريخ". The state named as the subject of the denied "شن",
// or right before its own denial noun, is the attack's denier, not its
// author.

var (
	// deniedLaunchWords right before a state name the act the denial
	// is about: "شن أمريكا ... أي ضربات".
	deniedLaunchWords = wordSet(conjForms("شن بشن"))
	// denialNouns right after a state are its own denial: "البنتاغون
	// نفيه"، "واشنطن نفيها".
	denialNouns = wordSet("نفيه نفيها نفيهم نفي")
	// deniedStrikeSpan is how far before "شن" the denial verb may stand.
	deniedStrikeSpan = 8
)

// deniedStrike reports a mention at m that is the subject of a denied "شن"
// (a denial verb within deniedStrikeSpan words before it, with "شن" right
// before m or before the one-word item that "أو" joins m to), or that a
// denial noun follows.
func deniedStrike(toks []token, m mention) bool {
	s := toks[m.start].sent
	if m.end < len(toks) && toks[m.end].sent == s && toks[m.end].has(denialNouns) {
		return true
	}
	j := m.start - 1
	// "شن أمريكا أو التحالف": the second of a listed pair. The word is
	// normalized ("أو" is "او"), as every token's is.
	if j >= 1 && toks[j].sent == s && toks[j].w == "او" {
		j -= 2
	}
	return j >= 0 && toks[j].sent == s && toks[j].has(deniedLaunchWords) && nearBefore(toks, j, deniedStrikeSpan, denialWords)
}
