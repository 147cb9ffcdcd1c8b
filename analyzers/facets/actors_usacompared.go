package facets

// The United States or its army as the measure of another's strength: "إن
// القوات الروسية أساساً أضعف بكثير من القوات الأمريكية"، "وهو بذلك ثاني أكبر
// جيوش حلف شمال الأطلسي بعد الجيش الأميركي". The sentence weighs forces; it
// tells no act of the United States. Round 64's m64usax found the
// construction in two of the 8,437 pool and blind gold articles
// (BB-internationalNews-282, SK-internationalNews-337), neither coded usa,
// and main giving usa by it alone in both; no gold codes usa by it.

var (
	// usaComparedPreps right before the mention make it the term of a
	// comparison: "من" (than), "بعد" (after, in a ranking).
	usaComparedPreps = plainWords("من بعد")
	// usaComparatives are the comparatives of strength and size a
	// comparison of forces reads.
	usaComparatives = plainWords("أضعف أقوى أكبر أصغر")
)

// usaCompareReach is how far before the preposition the comparative may
// stand: "ثاني أكبر جيوش حلف شمال الأطلسي بعد" is five words.
const usaCompareReach = 5

// usaCompared reports a usa mention that is the term of a comparison of
// strength: a comparative within usaCompareReach words before a "من" or
// "بعد" right before the mention, all in its sentence. Each word is looked
// up whole (plainWords): no word set.
func usaCompared(toks []token, m mention) bool {
	j := m.start - 1
	if j < 1 || toks[m.start].gap || toks[j].sent != toks[m.start].sent || !usaComparedPreps[toks[j].w] {
		return false
	}
	s := toks[j].sent
	for k := j - 1; k >= 0 && k >= j-usaCompareReach && toks[k].sent == s; k-- {
		if usaComparatives[toks[k].w] {
			return true
		}
	}
	return false
}
