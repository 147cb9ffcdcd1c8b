package facets

// closingWords are the words of shutting a place: "أغلقت كنيسة القيامة
// أبوابها"، "الذين أغلقوا محالهم"، "إغلاق أبواب عدد من المخابز"، "مغلقة
// لليوم الثاني". Not the future "سيغلق/ستغلق" (a threat, round 43's
// ruling 7: "سيغلق ميناء الحديدة كإجراء احتجاجي" is none).
var closingWords = wordSet("اغلق اغلقت اغلقوا اغلقها اغلقتها اغلقته يغلق تغلق يغلقون يغلقن اغلاق باغلاق واغلاق الاغلاق لاغلاق باغلاقها اغلاقها اغلاقه مغلقه مغلق مغلقا مغلقين اقفل اقفلت اقفلوا اقفال باقفال")

// closingThreat before a closing word makes it a closure threatened or
// planned, not one made: "هدد بإغلاق الميناء احتجاجا".
var closingThreat = wordSet("هدد هددت يهدد تهدد يهددون تهديد بالتهديد تعتزم يعتزم تنوي ينوي قد ستقوم سيقوم")

// protestAdverbs are the adverb of protesting, "احتجاجا على": alone it is
// the cause of whatever act it follows (a statement, a recall, a walkout),
// so it types a protest only after a closure (closedInProtest); and the
// adjective of protesting that
// names a closure's step or measure ("وأغلقت الكنيسة أبوابها بمفاتيحها
// التاريخية في إجراءات احتجاجية"، "أغلقوا متاجرهم كخطوة احتجاجية"): the
// round-50 blind audit aud50d found the Holy Sepulchre's closure told so
// untyped, though round 43's ruling 7 names that very closure. Alone the
// adjective is any protest's (حركة احتجاجية، رسالة احتجاجية), so it too
// types a protest only after a closure.
var protestAdverbs = plainWords("احتجاجا احتجاجية احتجاجي")

// closedInProtest reports the protest adverb (or adjective, see
// protestAdverbs) at token i after a place
// shut in protest: a closing word within eight words before it in its
// sentence, not threatened ("أغلقت كنيسة القيامة في القدس أبوابها
// احتجاجا على إجراءات ضريبية"، "التجار ... الذين أغلقوا محالهم في السوق
// الكبير احتجاجا على ارتفاع الأسعار"، "أغلقت بعض المخابز في العاصمة
// الليبية طرابلس أبوابها احتجاجا"). Round 43's ruling 7: a place its
// people shut in protest is a peaceful protest, as a strike is. An
// envoy summoned "احتجاجا" stays diplomacy (diplomaticProtest).
func closedInProtest(toks []token, i int) bool {
	if !protestAdverbs[stripWa(toks[i].w)] {
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
