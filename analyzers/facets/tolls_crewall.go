package facets

import "strings"

// A crash's whole complement told by a definite figure after the noun of
// the craft's people: "تحطم طائرة إيرانية ومقتل ركابها الـ66"، "مقتل
// ركابها الخمسة ونجاة الطيار"، "وقتل في الحادث ركاب الطائرة الخمسة و5
// آخرون على الأرض" (round 57, m57kill). The figure follows its noun with
// the article (الـ66، الخمسة), so no reader took it: the kill word's own
// loop stops at the noun. Over the pool and blind gold articles the
// construction stands in two (pool SK-internationalNews-415, blind
// CN-middleEast-6), both coded the figure (10 with the ground's five, 66).

// crewWords are the nouns of a craft's people: its passengers and crew.
var crewWords = wordSet("ركاب ركابها ركابه طاقمها طاقمه طاقم")

// crewAll reads the figure of a craft's people at token i, a crew word
// right after a kill word (killVerbs; "جميع" or "في الحادث" may stand
// between), in the title or the first two paragraphs: "ومقتل ركابها
// الـ66" is 66, "بمقتل أفراد الطاقم الخمسة" 5. At most one word (the
// craft: الطائرة، المروحية) between the noun and its figure. It returns
// the figure and the token after it; 0 when there is none.
func crewAll(toks []token, i int) (n, next int) {
	if toks[i].para > 1 || toks[i].gap {
		return 0, 0
	}
	s := toks[i].sent
	// the kill word before: right before, or before "جميع", "أفراد" or
	// "في" and an event noun.
	k := i - 1
	if k >= 0 && toks[k].sent == s && (stripWa(toks[k].w) == "جميع" || stripWa(toks[k].w) == "افراد") {
		k--
	}
	if k >= 1 && toks[k].sent == s && toks[k].has(tollEvents) && toks[k-1].w == "في" {
		k -= 2
	}
	if k < 0 || toks[k].sent != s || !toks[k].has(killVerbs) || toks[k].has(summaryWords) {
		return 0, 0
	}
	for j := i + 1; j < len(toks) && j <= i+2 && toks[j].sent == s && !toks[j].gap; j++ {
		if m, used := definiteFigure(toks, j); m > 1 {
			return m, j + used
		}
		if !strings.HasPrefix(toks[j].w, "ال") {
			return 0, 0
		}
	}
	return 0, 0
}

// definiteFigure reads a figure with the article at token j: "الخمسة"
// (one token) or "الـ66" (the article, then the digits). It returns the
// figure and the tokens it took.
func definiteFigure(toks []token, j int) (n, used int) {
	w := toks[j].w
	if w == "ال" && j+1 < len(toks) && !toks[j+1].gap && toks[j+1].sent == toks[j].sent {
		if d, ok := digits(toks[j+1].w); ok && !isYear(d) {
			return d, 2
		}
		return 0, 0
	}
	if !strings.HasPrefix(w, "ال") {
		return 0, 0
	}
	rest := strings.TrimPrefix(w, "ال")
	if d, ok := digits(rest); ok && !isYear(d) {
		return d, 1
	}
	if v, ok := numberWords[rest]; ok && v > 1 && v < 1000 {
		return v, 1
	}
	return 0, 0
}
