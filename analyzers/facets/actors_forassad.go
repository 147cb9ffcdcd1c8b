package facets

// A state's intervention in the Syrian war told with what it was for:
// "ومنذ تدخلها في الحرب الأهلية السورية لصالح الرئيس بشار الأسد عام 2015،
// وروسيا تغض الطرف" (SK-middleEast-1448), "ومنذ التدخل لصالح الأسد عام
// 2015، غضت روسيا الطرف" (BB-middleEast-721), "وتعد روسيا من أبرز حلفاء
// الأسد حيث تدخلت عسكريا بشكل علني لدعمه" (SK-middleEast-171). The
// adjudicators' rul45a-3(ii) codes a state's intervention in the war,
// history of the same war included ("منذ التدخل لصالح الأسد عام 2015" is
// its own example); stateRoleMentions reads the intervention only with
// the state's name and "في سوريا" at once. An intervention word with a
// purpose word for Assad, the regime or Damascus within interveneSpan
// words after it is the state's part in the war: the state named by the
// adjective right after the noun ("التدخل العسكري الروسي ... دعما لنظام
// دمشق"), else the state name nearest the noun in its sentence. Counted
// over the pool and blind golds: a state's intervention for Assad, 7
// articles coded the state, 0 not where the intervener is Russia; the
// other states' one sentence is Iran's in a nuclear-deal explainer
// (FR-internationalNews-1136), left out as the article is not about Syria
// (aboutSyria: the rulings give a background clause in an article about
// something else no actor, rul45c-3). Not an
// intervention "لصالح ترامب" (the election: no Assad word), nor one with
// no purpose ("التدخل الروسي في الانتخابات").

var (
	// interveneWords are the intervention noun and verb, with the
	// possessive and the perfect: "التدخل"، "تدخلها"، "تدخلت".
	interveneWords = wordSet("تدخل التدخل تدخلها تدخله تدخلت")
	// interveneFor are the purpose words after it, looked up whole at one
	// form (no bit); the pronoun forms take no object after them.
	interveneFor = plainWords("لصالح لدعم دعما لإنقاذ لانقاذ لنصرة")
	// interveneForPronoun are the purpose words with their object in them:
	// "تدخلت عسكريا ... لدعمه".
	interveneForPronoun = plainWords("لدعمه لإنقاذه لانقاذه لنصرته لصالحه")
	// interveneObjects are Assad, the regime and its capital after a
	// purpose word ("لصالح الرئيس بشار الأسد"، "دعما لنظام دمشق").
	interveneObjects = plainWords("الأسد الاسد النظام نظام لنظام دمشق")
)

// interveneSpan is how far after the intervention word its purpose may
// stand: "تدخلها في الحرب الأهلية السورية لصالح" is five words on.
const interveneSpan = 8

// interveneForAssad reports a purpose for Assad or the regime within
// interveneSpan words after token i, in its sentence.
func interveneForAssad(toks []token, i int) bool {
	s := toks[i].sent
	in := func(j int) bool { return j < len(toks) && toks[j].sent == s && !toks[j].gap }
	for j := i + 1; j <= i+interveneSpan && in(j); j++ {
		if formIn(&toks[j], interveneForPronoun) {
			return true
		}
		if !formIn(&toks[j], interveneFor) {
			continue
		}
		for k := j + 1; k <= j+3 && in(k); k++ {
			if formIn(&toks[k], interveneObjects) {
				return true
			}
		}
		return false
	}
	return false
}

// intervenerAt returns the state of an intervention word at token i and
// the token range naming it: the state's adjective after the noun ("التدخل
// الروسي"، "التدخل العسكري الإيراني": the lexicon's nationality
// adjectives, "العسكري" may stand between), else the nearest state name in
// the sentence, commas between or not; either one of the states
// stateRoleID names.
func (l *lexicon) intervenerAt(toks []token, i int) (string, int, int) {
	s := toks[i].sent
	if j := skipRoleAdjectives(toks, i+1, s); j < len(toks) && toks[j].sent == s && !toks[j].gap {
		if id := l.nationalityOf(&toks[j]); stateRoleStates[id] {
			return id, j, j + 1
		}
	}
	// The name may stand past a comma: "عام 2015، غضت روسيا الطرف".
	inSent := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].sent == s }
	for d := 1; inSent(i-d) || inSent(i+d); d++ {
		for _, k := range [2]int{i - d, i + d} {
			if !inSent(k) {
				continue
			}
			if id, e := stateRoleID(toks, k); id != "" {
				return id, k, e
			}
		}
	}
	return "", 0, 0
}

// interveneMentions returns a force mention of the state for each
// intervention word with a purpose for Assad after it, in an article about
// Syria.
func (l *lexicon) interveneMentions(toks []token, aboutSyria bool) []mention {
	if !aboutSyria || !inArticle(toks, interveneWords) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, interveneWords) {
		if !interveneForAssad(toks, i) {
			continue
		}
		if id, a, b := l.intervenerAt(toks, i); id != "" {
			out = append(out, mention{e: forcePhraseEntries[id], start: a, end: b})
		}
	}
	return out
}
