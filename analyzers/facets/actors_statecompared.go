package facets

// A state, its army or an alliance as the measure of another's strength:
// "إن القوات الروسية أساساً أضعف بكثير من القوات الأمريكية"، "وهو بذلك ثاني
// أكبر جيوش حلف شمال الأطلسي بعد الجيش الأميركي"، "فها هو يقصف مواقعه بما
// يظهره أقوى من التحالف الدولي". The sentence weighs forces; it tells no act
// of the party it weighs against. Round 64's m64usax found the construction
// with usa in two of the 8,437 pool and blind gold articles
// (BB-internationalNews-282, SK-internationalNews-337), neither coded usa,
// and main giving usa by it alone in both; no gold codes a party by it. The
// reading is every external or state party's, not the United States' alone
// (the round's re-read): over pool and blind it moves nothing more, and in
// the corpora one more value (the coalition above, an op-ed's yardstick).

var (
	// comparedPreps right before the mention make it the term of a
	// comparison: "من" (than), "بعد" (after, in a ranking).
	comparedPreps = plainWords("من بعد")
	// comparatives are the comparatives of strength and size a comparison
	// of forces reads.
	comparatives = plainWords("أضعف أقوى أكبر أصغر")
)

// compareReach is how far before the preposition the comparative may
// stand: "ثاني أكبر جيوش حلف شمال الأطلسي بعد" is five words.
const compareReach = 5

// stateCompared reports a mention that is the term of a comparison of
// strength: a comparative within compareReach words before a "من" or "بعد"
// right before the mention, all in its sentence. Each word is looked up
// whole (plainWords): no word set.
func stateCompared(toks []token, m mention) bool {
	j := m.start - 1
	if j < 1 || toks[m.start].gap || toks[j].sent != toks[m.start].sent || !comparedPreps[toks[j].w] {
		return false
	}
	return plainBefore(toks, j, compareReach, comparatives)
}
