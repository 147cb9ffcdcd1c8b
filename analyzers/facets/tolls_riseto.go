package facets

// A rising toll's figure after the preposition ل rather than إلى (round 58,
// m58kill): "كما ارتفعت حصيلة القتلى من المدنيين لأكثر من عشرة من بينهم
// نساء وأطفال" (SK-middleEast-2953, coded 10), "بارتفاع حصيلة قتلى
// المدنيين، الأربعاء، لـ 35 مدني" (SK-middleEast-298, coded 35, read on
// main by another reading), "ارتفاع حصيلة القتلى لأكثر من 800 قتيل"
// (BB-internationalNews-1103). runningTollAt read only "إلى" and risesTo
// (تتجاوز، تخطى …) after the toll noun, so the first stood as no toll.

// riseFillersL are the number fillers joined to ل: "لأكثر من عشرة"،
// "لنحو 40"، "لحوالي 30"، "لقرابة 20". Looked up whole at one token.
var riseFillersL = plainWords("لاكثر لنحو لحوالي لقرابه")

// riseToL reports token j, after a rising toll's noun, as the ل of the
// figure the toll rose to: a filler joined to ل (riseFillersL), or ل
// standing alone ("لـ 35") right before a number.
func riseToL(toks []token, j int) bool {
	w := toks[j].w
	if riseFillersL[w] {
		return true
	}
	if w != "ل" || j+1 >= len(toks) || toks[j+1].sent != toks[j].sent {
		return false
	}
	n, used := readNumber(toks, j+1)
	return used > 0 && n > 0
}
