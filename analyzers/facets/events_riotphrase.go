package facets

// riotDeeds and riotKinds make the riot phrase "أعمال عنف"، "أعمال شغب"
// (riotsInProtest); riotOccurred are the verbs that tell it happening to a
// protest: "تخللتها"، "شابتها"، "رافقتها"، "شهدت"، "تحولت إلى"، "اندلعت",
// and the ground of arrests ("اعتقال العشرات على خلفية أعمال عنف").
var (
	riotDeeds    = wordSet("اعمال")
	riotKinds    = wordSet("عنف شغب")
	riotOccurred = wordSet("شهد شهدت يشهد تشهد تخلل تخللت تخللها تخللتها تخلله رافقت رافقها رافقتها رافقه خلفيه صاحبت صاحبها صاحبتها شابت شابها شابتها شابه تحول تحولت يتحول تتحول وقعت اندلعت")
)

// riotVerbWords is how far before the riot phrase riotsInProtest reads its
// occurrence verb: a subject, "بعض الأحيان" or a preposition may stand
// between ("تحولت في بعض الأحيان إلى أعمال شغب").
const riotVerbWords = 5

// riotsInProtest returns the riot phrases (أعمال عنف، أعمال شغب) that a
// verb of occurrence tells happening, in a sentence naming a protest or
// protesters: "والمسيرات التي خرجت أمس ... تخللتها أعمال عنف وشغب"،
// "وتخلل بعضها أعمال عنف"، "وتشهد بعض المظاهرات أعمال شغب"، "بعد أسبوع من
// التظاهرات الاحتجاجية ... شهدت أعمال عنف"، "أعمال عنف اندلعت خلال
// تظاهرة"، "وأكدت اعتقال العشرات على خلفية أعمال عنف". The protest turned
// violent: a violent demonstration, which the pool and blind golds code in
// 13 of the 15 articles holding the phrase so (the others are Trump's claim
// that Iran "تشهد أعمال شغب" and Chemnitz's earlier marches, coded mob
// violence; rasid typed both already). Neither violentProtest (it wants a
// protester word doing the deed) nor an adjective reads it. The verb is
// asked so that a riot feared, prevented or charged ("تحسبا لأي أعمال
// عنف"، "لمنع وقوع أعمال عنف"، "ذريعة لإثارة أعمال عنف"، "بتهم ... ارتكاب
// أعمال عنف") is none; nor is one denied (a negation right before the
// verb), nor a period's ("منذ" right after the phrase).
func riotsInProtest(toks []token) []int {
	if !inArticle(toks, riotDeeds) || !inArticle(toks, riotKinds) || !inArticle(toks, riotOccurred) {
		return nil
	}
	var at []int
	for _, k := range setTokens(toks, riotDeeds) {
		if k+1 >= len(toks) || toks[k+1].sent != toks[k].sent || !toks[k+1].has(riotKinds) {
			continue
		}
		if k+2 < len(toks) && toks[k+2].sent == toks[k].sent && toks[k+2].w == "منذ" {
			// "البلاد التي تشهد أعمال عنف منذ سنتين": a period's unrest.
			continue
		}
		told := k+2 < len(toks) && toks[k+2].sent == toks[k].sent && toks[k+2].has(riotOccurred)
		for j := k - 1; !told && j >= 0 && j >= k-riotVerbWords && toks[j].sent == toks[k].sent; j-- {
			told = toks[j].has(riotOccurred) && !nearBefore(toks, j, 1, negationWords)
		}
		if told && (sentenceHas(toks, k, protestWords) || sentenceHas(toks, k, protesters)) {
			at = append(at, k)
		}
	}
	return at
}

// protestReported reports a protest type among hits that reaches its
// minimum on its own (minScoreOf): a protest the article reports, not one
// mention in passing.
func protestReported(hits map[string]ruleHits) bool {
	for _, id := range []string{"peaceful-protest", "protest-with-intervention", "excessive-force-against-protesters", "violent-demonstration"} {
		if h, ok := hits[id]; ok && h.score >= minScoreOf(id) {
			return true
		}
	}
	return false
}
