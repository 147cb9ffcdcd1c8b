package facets

// tyreBurners are the verbs of setting alight, and tyres the tyres they
// burn (tyresBurnt).
var (
	tyreBurners = wordSet("اشعل اشعلوا اشعلت يشعلون احرق احرقوا يحرقون اضرم اضرموا يضرمون")
	tyres       = wordSet("اطارات الاطارات")
)

// tyreWords is how far after a burning verb tyresBurnt reads its tyres: a
// subject and a count may stand between ("وأشعل شبان عشرات إطارات
// السيارات").
const tyreWords = 5

// tyresBurnt returns the burning verbs with tyres within tyreWords after
// them in their sentence: "وأشعل عدد من الشبان والفتية إطارات سيارات،
// وألقوا حجارة"، "إذ أحرق البعض إطارات وحاويات قمامة وأغلقوا طرقا". In a
// protest article they tell the protest violent though the burners are
// youths or "some", not a protester word violentProtest reads. Over the
// pool and blind golds a burning verb with tyres after it stands in 16
// articles; 14 golds code a violent demonstration, the two others Gaza
// Friday marches the coders typed by the fire alone. A verb only: the noun
// names a march ("مسيرة حرق الإطارات"). Not in a sentence of the past week
// or month (pastWeekSentence): "وكان أبناء القبيلة قد قطعوا الخط العام ...
// وأحرقوا الإطارات، الأسبوع الماضي" is the cause of the day's shooting, an
// earlier protest.
func tyresBurnt(toks []token) []int {
	if !inArticle(toks, tyres) || !inArticle(toks, tyreBurners) {
		return nil
	}
	var at []int
	for _, k := range setTokens(toks, tyreBurners) {
		if nearAfter(toks, k, tyreWords, tyres) && !pastWeekSentence(toks, k) {
			at = append(at, k)
		}
	}
	return at
}

// protestHit reports a protest type among hits: a crowd's protest, met or
// not, violent or not, or Gaza's return march (evMarch).
func protestHit(hits map[string]ruleHits) bool {
	for _, id := range []string{"peaceful-protest", "protest-with-intervention", "excessive-force-against-protesters", "violent-demonstration", evMarch} {
		if h, ok := hits[id]; ok && h.score > 0 {
			return true
		}
	}
	return false
}

// pastWeekSentence reports a sentence of token k that tells the past week
// or month ("الأسبوع الماضي"، "الشهر الماضي"), as lastWeekTold reads them
// (pastWeekAt).
func pastWeekSentence(toks []token, k int) bool {
	if !inArticle(toks, weekWords) {
		return false
	}
	s := toks[k].sent
	for j := sentStart(toks, k); j < len(toks) && toks[j].sent == s; j++ {
		if pastWeekAt(toks, j) {
			return true
		}
	}
	return false
}
