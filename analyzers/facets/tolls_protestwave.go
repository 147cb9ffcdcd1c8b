package facets

// A protest wave's dead: "وقتل 14 شخصا في هذه التظاهرات أحدهم برصاص قوات
// الأمن"، "وقتل الجيش في هذه التظاهرات 148 فلسطينيا"، "مما أسفر عن مقتل 31
// فلسطينيا خلال تلك التظاهرات". A toll told as fallen in "these" or "those"
// protests counts the wave the article named before — weeks of marches, a
// month of unrest — not one day's event (rul46c-4, a protest wave's dead).
// Counted over the 7,837 pool and blind gold articles: three hold the
// phrase beside a toll (pool SK-middleEast-3139, SK-middleEast-3028,
// BB-middleEast-746), none coded with its figure; over both corpora fifteen
// articles hold it, each a wave's tally. The fights' kin ("خلال تلك
// المواجهات"، "في تلك الاشتباكات") are not read: the golds code those
// (2015-07-31-1657, 2015-08-11-736).

// protestWaveReach is how far the demonstrative may stand from the toll's
// token in its sentence, before or after: "وقتل الجيش في هذه التظاهرات 148"،
// "مقتل 31 فلسطينيا خلال تلك التظاهرات".
const protestWaveReach = 6

// protestWaveToll reports a toll at token i whose sentence tells "في/خلال
// هذه/تلك" and a definite protest noun (definiteProtests) within
// protestWaveReach words of it. No word set added: the article is passed at
// once unless it holds a definite protest noun, and only a toll found is
// asked, over a dozen tokens.
func protestWaveToll(toks []token, i int) bool {
	if !inArticle(toks, definiteProtests) {
		return false
	}
	s := toks[i].sent
	for j := max(i-protestWaveReach, 1); j < i+protestWaveReach && j+1 < len(toks); j++ {
		if toks[j].sent != s || !toks[j+1].has(definiteProtests) || toks[j+1].sent != s {
			continue
		}
		if w := toks[j].w; w != "هذه" && w != "تلك" {
			continue
		}
		if p := stripWa(toks[j-1].w); toks[j-1].sent == s && (p == "في" || p == "خلال") {
			return true
		}
	}
	return false
}
