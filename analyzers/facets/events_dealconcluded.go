package facets

// A war's deal told concluded: an evacuation, reconciliation, settlement or
// surrender deal that the text says was concluded or reached, by a verb of
// concluding or reaching (past or verbal noun) before the deal, or by أبرمته
// after it: "وتمكنت روسيا خلال الأيام الأخيرة من إبرام اتفاقات "مصالحة""،
// "بعد يوم من إبرام جيش الإسلام لاتفاق على إجلاء عناصر"، "بعد التوصل إلى
// اتفاقات تسوية مع مقاتلي المعارضة"، "اتفاق تسوية أبرمته روسيا مع فصائل
// معارضة". The guide types a deal reached an agreement; these sentences
// stand in the body, where the deal phrases (اتفاق إجلاء، اتفاقات مصالحة)
// weigh as one word and the plural and the deal told apart from its verb
// (إبرام جيش الإسلام لاتفاق) match no phrase, so the article's one mention
// typed nothing. Round 62's m62agree counted the construction over the pool
// and the blind codings: pool 13 coded / 4 not, blind 5 / 1, the uncoded
// all a present verb ("يوقعون اتفاقيات مصالحة ... منذ مطلع أغسطس"، four
// copies of one story) or Brexit's "اتفاق الانسحاب", which the lists below
// leave out.
var (
	// dealConcludeWords conclude or reach a deal: the past and the verbal
	// noun, not the present ("يوقعون"، "يتوصل": what parties do or would do).
	// وقع is left out: as often "happened".
	dealConcludeWords = wordSet("ابرم ابرمت ابرموا ابرما ابرمتا ابرام توصل توصلت توصلوا توصلا توصلتا التوصل توقيع")
	// dealConcludedAfter after a deal tell it concluded: "اتفاق تسوية
	// أبرمته روسيا".
	dealConcludedAfter = plainWords("ابرمته ابرمتها ابرمها ابرمه ابرم ابرمت")
	// warDealKinds right after a deal noun (or after على) name a deal of
	// the war: evacuation, reconciliation, settlement, surrender, exit.
	// Not انسحاب: "اتفاق الانسحاب" is as often Brexit's; not تسليم, as
	// often arms delivered ("توقيع البلدين اتفاقية لتسليم أنظمة إس 400").
	warDealKinds = wordSet("مصالحه المصالحه تسويه التسويه استسلام الاستسلام اجلاء الاجلاء اخلاء الاخلاء خروج الخروج اخراج الاخراج ترحيل الترحيل")
	// pluralDeals are the plurals dealWords lacks: "اتفاقات مصالحة".
	pluralDeals = plainWords("اتفاقات الاتفاقات اتفاقيات الاتفاقيات صفقات الصفقات")
)

// warDealAt reports a deal noun at token j naming a war's deal: a deal word
// (dealWords or a plural) with a word of warDealKinds right after it, or
// after على ("اتفاق على إجلاء"), in its sentence.
func warDealAt(toks []token, j int) bool {
	t := &toks[j]
	if !t.has(dealWords) && !formIn(t, pluralDeals) {
		return false
	}
	s := t.sent
	k := j + 1
	if k < len(toks) && toks[k].sent == s && toks[k].w == "علي" {
		k++
	}
	return k < len(toks) && toks[k].sent == s && toks[k].has(warDealKinds)
}

// formIn reports a form of token t (its word, or without proclitics) in m.
func formIn(t *token, m map[string]bool) bool {
	for _, f := range t.forms {
		if m[f] {
			return true
		}
	}
	return false
}

// dealsConcluded returns, one a sentence, the deal nouns of a war's deal
// (warDealAt) told concluded: a word of dealConcludeWords up to seven words
// before in its sentence, not the ل of purpose ("للتوصل إلى اتفاق تسوية")
// nor after a word of aim, hope or failure (reachSought right before but
// من, which follows a managing or a time: "تمكنت روسيا ... من إبرام"، "بعد
// يوم من إبرام"; "من أجل" has أجل right before;
// dealHoped, failedToReach, failedWords or noDealWords up to three before:
// "سعيا إلى التوصل"، "لم يتم التوصل"), or a word of dealConcludedAfter up
// to three words after the deal's kind; and an actor in the sentence
// (actorInSentence), as for every deal phrase: a company's settlement is
// no deal of a war. Threats, plans and history are left to the caller.
// Each returned pair is the concluding word and the deal noun.
func dealsConcluded(toks []token, actorAt []string) [][2]int {
	if !inArticle(toks, warDealKinds) {
		return nil
	}
	var at [][2]int
	last := -1
	for j := range toks {
		if toks[j].sent == last || !warDealAt(toks, j) {
			continue
		}
		s := toks[j].sent
		k := -1
		for c := j - 1; c >= 0 && c >= j-7 && toks[c].sent == s; c-- {
			if toks[c].has(dealConcludeWords) {
				k = c
				break
			}
		}
		if k >= 0 {
			if hasPrefixWord(stripWa(toks[k].w), "ل") || k > 0 && toks[k-1].sent == s && toks[k-1].has(reachSought) && stripWa(toks[k-1].w) != "من" ||
				dealHoped(toks, k) || failedToReach(toks, k) || nearBefore(toks, k, 3, failedWords) || nearBefore(toks, k, 3, noDealWords) {
				k = -1
			}
		}
		if k < 0 {
			for c := j + 2; c < len(toks) && c <= j+5 && toks[c].sent == s; c++ {
				if dealConcludedAfter[stripWa(toks[c].w)] { // every word of the set opens with ا: stripWa leaves it whole
					k = j
					break
				}
			}
		}
		if k < 0 || !actorInSentence(toks, actorAt, j) {
			continue
		}
		at = append(at, [2]int{k, j})
		last = s
	}
	return at
}
