package facets

import "github.com/rasid-project/rasid/analyzers"

// closingWords are the words of shutting a place: "أغلقت كنيسة القيامة
// أبوابها"، "الذين أغلقوا محالهم"، "إغلاق أبواب عدد من المخابز"، "مغلقة
// لليوم الثاني". Not the future "سيغلق/ستغلق" (a threat, round 43's
// ruling 7: "سيغلق ميناء الحديدة كإجراء احتجاجي" is none).
var closingWords = wordSet("اغلق اغلقت اغلقوا اغلقها اغلقتها اغلقته يغلق تغلق يغلقون يغلقن اغلاق باغلاق واغلاق الاغلاق لاغلاق باغلاقها اغلاقها اغلاقه مغلقه مغلق مغلقا مغلقين اقفل اقفلت اقفلوا اقفال باقفال")

// closingThreat before a closing word makes it a closure threatened or
// planned, not one made: "هدد بإغلاق الميناء احتجاجا".
var closingThreat = wordSet("هدد هددت يهدد تهدد يهددون تهديد بالتهديد تعتزم يعتزم تنوي ينوي قد ستقوم سيقوم")

// adverbProtest is the adverb of protesting, "احتجاجا على", normalized: alone it is
// the cause of whatever act it follows (a statement, a recall, a walkout),
// so it types a protest only after a closure (closedInProtest).
var adverbProtest = analyzers.Normalize("احتجاجا")

// closedInProtest reports the protest adverb at token i after a place
// shut in protest: a closing word within eight words before it in its
// sentence, not threatened ("أغلقت كنيسة القيامة في القدس أبوابها
// احتجاجا على إجراءات ضريبية"، "التجار ... الذين أغلقوا محالهم في السوق
// الكبير احتجاجا على ارتفاع الأسعار"، "أغلقت بعض المخابز في العاصمة
// الليبية طرابلس أبوابها احتجاجا"). Round 43's ruling 7: a place its
// people shut in protest is a peaceful protest, as a strike is. An
// envoy summoned "احتجاجا" stays diplomacy (diplomaticProtest).
func closedInProtest(toks []token, i int) bool {
	if stripWa(toks[i].w) != adverbProtest {
		// "احتجاجاها": a possessive is a party's protest, not the adverb.
		return false
	}
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-8 && toks[j].sent == s; j-- {
		if toks[j].has(closingWords) && !nearBefore(toks, j, 3, closingThreat) {
			return true
		}
	}
	return false
}

// marchOfReturn reports the protest trigger e naming Gaza's return march
// (مسيرة العودة، مسيرات العودة): its second word is actors_civmarch.go's
// returnWord.
func marchOfReturn(e *entry) bool {
	return len(e.words) == 2 && returnWord.contains(e.words[1])
}
