package facets

import "strings"

// armsQuantities are the words of a quantity that a seizure or a find of
// arms counts: "ضبط كميات كبيرة من الأسلحة والذخائر"، "عثر بداخلها على
// كميات من الذخائر". A plain map, read only after a seizing word, to spare
// the word-set bits (maxWordSets). Read as written: a quantity with و
// ends a list of arms counted one by one ("وعثر بحوزتهم على 3 بنادق آلية
// وبندقيتي خرطوش وعبوتين ناسفتين ... وكمية كبيرة من الذخائر", a few arms
// after a shootout), not the head of what was seized.
var armsQuantities = plainWords("كميات كمية بكميات")

// armsQuantityReach is how far after a seizing word its quantity may stand:
// "وعثرت قوات المقاومة اليمنية خلال عمليات تمشيط وتطهير أوكار وجيوب
// المتمردين الحوثيين في المناطق التي تم تحريرها على كميات كبيرة من
// الأسلحة" puts seventeen words between them.
const armsQuantityReach = 20

// armsQuantitiesSeized returns the tokens of each seizing or finding word
// (armsSeizing: ضبط، عثر، صادرت، اكتشفت …) followed in its sentence, within
// armsQuantityReach words, by a quantity (armsQuantities) with firearms,
// ammunition or explosives (seizedArms) up to four words after it: "مشير
// إلى أن الجيش ضبط كميات كبيرة من الأسلحة والذخائر والسيارات المصفحة"،
// "كما عثرت المقاومة اليمنية على كميات كبيرة من الأسلحة و الذخائر"، "عثر
// بداخلها على كميات من الذخائر والأسلحة". Arms taken in quantities are a
// cache or a stock a force seized, which the golds code disrupted weapons
// use with or without an arrest (pool and blind gold articles: 10 coded, 2
// not). A seizure of a few arms counted one by one ("وعثر بحوزتهم على 3
// بنادق آلية") is not read: the golds split it after a shootout. Not a
// seizing word with the purpose's lam ("لضبط"), nor a quantity past
// punctuation and و, in another clause.
func armsQuantitiesSeized(toks []token) []int {
	if !inArticle(toks, armsSeizing) || !inArticle(toks, seizedArms) {
		return nil
	}
	var ks []int
	for _, k := range setTokens(toks, armsSeizing) {
		t := &toks[k]
		if strings.HasPrefix(t.w, "ل") {
			continue
		}
		if armsQuantityAfter(toks, k) {
			ks = append(ks, k)
		}
	}
	return ks
}

// armsQuantityAfter reports a quantity of arms after the seizing word at k
// in its sentence (armsQuantitiesSeized).
func armsQuantityAfter(toks []token, k int) bool {
	s := toks[k].sent
	for j := k + 1; j < len(toks) && j <= k+armsQuantityReach && toks[j].sent == s; j++ {
		if toks[j].gap && !toks[j].bracket && strings.HasPrefix(toks[j].w, "و") {
			// Punctuation then و opens another clause: "وهذه أغذية فيها
			// ضرر على المواطنين حُجزت، وهذه كمية من المتفجرات التي يراد
			// تهريبها بالفطنة كشفت" (a column's list of customs' deeds).
			// Punctuation alone does not: "عثرت قوات الجيش على مخزن
			// أسلحة ...، إضافة إلى كميات كبيرة من الألغام والعبوات".
			return false
		}
		if !armsQuantities[toks[j].w] {
			continue
		}
		for m := j + 1; m < len(toks) && m <= j+4 && toks[m].sent == s; m++ {
			if toks[m].has(seizedArms) && !(m+1 < len(toks) && toks[m+1].has(bladeArms)) {
				return true
			}
		}
	}
	return false
}
