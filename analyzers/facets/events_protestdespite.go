package facets

// A protest told as what a decision went ahead despite is an objection the
// decision overrode, not a protest held: "قررت المحكمة العسكرية
// الإسرائيلية الاثنين جعل جلسات محاكمة عهد التميمي مغلقة، رغم احتجاجات
// الدفاع" (the defence's objection in court). Over the pool and blind
// golds the construction stands in 8 articles and 1 codes a protest type
// (FR-internationalNews-581's rail strikes, told by their own nouns
// elsewhere).

// despiteWords are رغم and its spellings with ب and و, and الرغم, which
// takes من before its noun ("على الرغم من"، "بالرغم من").
var despiteWords = wordSet("رغم ورغم برغم وبرغم الرغم بالرغم وبالرغم")

// protestDespite reports a protest word at token i straight after رغم, or
// after الرغم من, in its sentence: "رغم احتجاجات الدفاع"، "على الرغم من
// الاحتجاجات".
func protestDespite(toks []token, i int) bool {
	s := toks[i].sent
	if i >= 1 && toks[i-1].sent == s && toks[i-1].has(despiteWords) {
		return true
	}
	return i >= 2 && toks[i-1].sent == s && toks[i-2].sent == s && toks[i-1].w == "من" && toks[i-2].has(despiteWords)
}
