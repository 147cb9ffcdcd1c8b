package facets

// iranSupplyWords name supplying, smuggling, arming or a flow of arms: the
// supply nouns of round 43's ruling 8 (تزويد/تهريب/تسليح/إمداد/تدفق).
var iranSupplyWords = wordSet("تسليح وتسليح تهريب وتهريب تزويد وتزويد إمداد وإمداد امداد تدفق وتدفق")

// titleIranSupply reports an Iran mention in the title with a supply word
// within three words before it, in a title that names the Houthis: "تهريب
// إيران الأسلحة للحوثي"، "الجنرال فوتيل: تسليح إيران للحوثيين يهدد
// استقرار المنطقة"، "أدلة تزويد إيران الحوثيين بالصواريخ"، "استمرار تدفق
// الأسلحة الإيرانية إلى الحوثيين". Round 43's ruling 8 codes Iran when
// its arming of the Houthis is the article's news (the title or the lead's
// main clause), where the Houthi-story check (actorCounts) reads Iran as
// the Houthis' patron adjective. A supply named only in the body ("وتتهم
// الرياض طهران بتزويدهم") or Iran as a modifier ("الحوثيين المدعومين من
// إيران") stays out.
func titleIranSupply(toks []token, m mention) bool {
	if !toks[m.start].title || !nearBefore(toks, m.start, 3, iranSupplyWords) {
		return false
	}
	for i := 0; i < len(toks) && toks[i].title; i++ {
		if toks[i].has(houthiWords) {
			return true
		}
	}
	return false
}
