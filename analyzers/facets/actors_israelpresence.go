package facets

// Israel named in a sentence that tells Iran's presence in Syria: "وكانت
// إسرائيل حذرت مرارا بأنها لن تتسامح مع وجود عسكري إيراني دائم في سوريا
// المجاورة" (pool SK-middleEast-1460, the golds' rul45c-3 line on
// Netanyahu's warning), "وكانت إسرائيل كررت تحذيرها من أنها لن تقبل وجودا
// إيرانيا متخندقا في سوريا" (BB-middleEast-606), "بينما أكد أنه لن يسمح
// بوجود إيراني في سوريا" (SK-middleEast-965), "فقد سبق وأن أبدت إسرائيل
// اعتراضاتها ومخاوفها من الوجود الإيراني خاصة في الجنوب السوري" (blind
// SK-middleEast-3966). Israel's stand against Iran's forces in Syria is
// its side of the Israeli-Iranian fight there (round 45's rul45a-3 codes a
// state's prepared military action, rul45c-3 Israel's warnings): over the
// pool and blind codings 22 of the 25 gold articles with Israel in such a
// sentence code it, and rasid gave it in 16, since a warning, a fear or a
// red line held in the past perfect ("وكانت ... حذرت") is background to the
// weak name, whichever rule asked. The presence must be placed in Syria
// (iranPresenceAt, then syriaPlaceWords within iranPresenceSpan): "وجود
// عسكري لإيران على حدودها" in a story on Iran's nuclear deal (blind
// BB-middleEast-307, coded without Israel) is not.

// iranPresenceOpposer reports a weak Israel mention m in a sentence with
// Iran's presence placed in Syria (see above).
func iranPresenceOpposer(toks []token, m mention) bool {
	if !inArticle(toks, presenceNouns) || !inArticle(toks, iranPresenceNames) || !inArticle(toks, syriaPlaceWords) {
		return false
	}
	s := toks[m.start].sent
	for i := sentStart(toks, m.start); i < len(toks) && toks[i].sent == s; i++ {
		if j := iranPresenceAt(toks, i); j >= 0 && nearAfter(toks, j, iranPresenceSpan, syriaPlaceWords) {
			return true
		}
	}
	return false
}
