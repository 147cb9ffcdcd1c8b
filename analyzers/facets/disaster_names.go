package facets

// بركان is a volcano and a name: the Israeli settlement of Barkan and its
// industrial zone ("مجاورة لمستوطنة "بركان""، "منطقة بركان الصناعية"،
// "بالمنطقة الصناعية بركان"), the Houthis' Burkan missile ("صاروخ بركان
// 1"، "من صواريخ البركان الباليستية"، "من طراز بركان H2") and Berkane's
// football club ("نهضة بركان"). Read as the word, the name made a
// settlers' shooting a disaster's victims (round 55, aud55d:
// SK-middleEast-3831). "منطقة بركان سينابونغ" is a volcano's area, so
// منطقة alone names nothing.

var (
	// volcanoNames are the forms of بركان a name takes.
	volcanoNames = plainWords("بركان البركان")
	// volcanoNameBefore name what بركان is the name of, right before it:
	// a settlement, a missile or its model, a club, an industrial zone.
	volcanoNameBefore = plainWords("مستوطنة بمستوطنة لمستوطنة مستعمرة بمستعمرة صاروخ صواريخ بصواريخ لصواريخ طراز نهضة الصناعية")
)

// volcanoNamed reports the disaster word at token j as بركان named for a
// place, a missile or a club (volcanoNameBefore right before it, or
// الصناعية right after: "منطقة بركان الصناعية").
func volcanoNamed(toks []token, j int) bool {
	if !volcanoNames[stripWa(toks[j].w)] {
		return false
	}
	if j > 0 && toks[j-1].sent == toks[j].sent && volcanoNameBefore[stripWa(toks[j-1].w)] {
		return true
	}
	return j+1 < len(toks) && toks[j+1].sent == toks[j].sent && stripWa(toks[j+1].w) == "الصناعيه"
}

// disasterSentence reports a disaster word (disasterWords) in the sentence
// of token i that is not بركان as a name (volcanoNamed).
func disasterSentence(toks []token, i int) bool {
	if !inArticle(toks, disasterWords) {
		return false
	}
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(disasterWords) && !volcanoNamed(toks, j) {
			return true
		}
	}
	return false
}
