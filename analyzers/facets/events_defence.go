package facets

import "slices"

// defenceIntercepted reports an interception told with the air defence
// that made it: a past intercepting, downing or repelling verb (اعترض،
// أسقط، تصدت، with its object pronoun: "صاروخ باليستي اعترضته الدفاعات
// الجوية السعودية"), or its present told as the news ("المضادات الجوية
// السورية تتصدى للضربات"; a threat, "سوف تسقط", is set aside before, by
// modalBefore), whose doer, an air defence (defenceDoers, or "الدفاع
// الجوي"), stands within defenceReach words after it or before it in its
// sentence, or after a بواسطة or an interceptor's ب ("بصواريخ باتريوت")
// that follows it. Told with the system that stopped the weapon, an
// interception is as specific as a phrase and types even from a body, as
// a counted one does (countedInterception): "تصدت
// منظومة القبة الحديدية لـ25 منها"، "وأسقط نظام القبة الحديدية الدفاعي
// الجوي الإسرائيلي أربعة صواريخ"، "أسقطت الدفاعات الجوية معظمها"، "أن
// المنظومة المضادة للصواريخ اعترضت إحدى قذيفتين"، "اعترض بعضها بواسطة
// منظومة القبة الحديدية". Not when the verb opens a relative clause about
// what was shown or found ("بقايا الصواريخ التي اعترضتها قوات الدفاع
// الجوي"), is negated ("لم يسقطوا منها صاروخا"), told in the pluperfect
// (كان ... before it: "وكانت الدفاعات السورية ... أسقطت مقاتلة ... في وقت
// سابق", an older downing), dated by منذ ("منذ أسقطت الدفاعات الجوية
// السورية طائرة تركية ... عام 2012"), tried or failed ("حاولت إسقاط"، "أخفقت في
// اعتراض"), or counted over months or years ("في الشهور الأخيرة"): those
// stay a word's weight; nor is fire that met aircraft ("تصدت للطائرات
// الاسرائيلية بواسطة مضادات أرضية"). The verbal nouns (اعتراض، إسقاط، التصدي) are left
// out: "تدمير منظومة دفاع جوي" destroys the defence, and "بإمكانها التصدي
// ... باستخدامها منظومة الدفاع الجوي" is a capability.
func defenceIntercepted(toks []token, e *entry, i, end int) bool {
	if !slices.Contains(e.ids, evIntercept) || !toks[i].has(defenceVerbs) || end > len(toks) {
		return false
	}
	if defenceVerbAside(toks, i) || nearBefore(toks, i, 3, failedWords) || nearBefore(toks, i, 3, attemptWords) {
		return false
	}
	s := toks[i].sent
	if toks[i].has(repelVerbs) && end < len(toks) && toks[end].sent == s && toks[end].has(confrontedCraft) {
		// "أعلنت حماس أنها تصدت للطائرات الاسرائيلية بواسطة مضادات
		// أرضية": fire met the aircraft, no weapon was stopped.
		return false
	}
	return defenceNamed(toks, i, end)
}

// defenceNamed reports an air defence (defenceAt) named within
// defenceReach words after the interception at [i, end) or before it in
// its sentence, or after a بواسطة that follows it. interceptType takes it
// as the air defence it asks for: "القبة الحديدية" and "باتريوت" are not
// among airDefence's words.
func defenceNamed(toks []token, i, end int) bool {
	s := toks[i].sent
	for j := end; j < len(toks) && j < end+defenceReach && toks[j].sent == s; j++ {
		if defenceAt(toks, j) {
			return true
		}
		if toks[j].has(defenceAgents) {
			for k := j + 1; k < len(toks) && k <= j+defenceReach && toks[k].sent == s; k++ {
				if defenceAt(toks, k) {
					return true
				}
			}
		}
	}
	return defenceBefore(toks, i)
}

// defenceBefore reports an air defence (defenceAt) within defenceReach+1
// words before the verb at i in its sentence, its doer: "أن المنظومة
// المضادة للصواريخ اعترضت"، "قوات الدفاع الجوي دمرت".
func defenceBefore(toks []token, i int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-defenceReach-1 && toks[j].sent == s; j-- {
		if defenceAt(toks, j) {
			return true
		}
	}
	return false
}

// defenceVerbAside reports the verb of an interception or a destruction at
// i told as no news of the day: opening a relative clause or negated (the
// word right before it), in the pluperfect (كان within eight words before
// it), dated by منذ, or in a sentence counting months or years. Shared by
// defenceIntercepted and defenceDestroyedAt, so that a destruction verb
// is set aside as an interception verb is.
func defenceVerbAside(toks []token, i int) bool {
	s := toks[i].sent
	if i > 0 && toks[i-1].sent == s && (toks[i-1].has(relativeWords) || toks[i-1].has(defenceNegations)) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-8 && toks[j].sent == s; j-- {
		if toks[j].has(pluperfectWords) {
			return true
		}
	}
	return monthsSpanned(toks, i) || nearBefore(toks, i, 2, sinceWords)
}

// defenceReach is how far from its verb an interception's air defence is
// named: "تصدت منظومة القبة"، "أن المنظومة المضادة للصواريخ اعترضت".
const defenceReach = 3

// defenceAt reports an air defence named at token j: a word of
// defenceDoers, "الدفاع الجوي" or "القبة الحديدية" (القبة alone is a
// dome or a place: "بالقرب من منطقة القبة").
func defenceAt(toks []token, j int) bool {
	if toks[j].has(defenceDoers) {
		return true
	}
	if j+1 >= len(toks) || toks[j+1].sent != toks[j].sent {
		return false
	}
	w := stripWa(toks[j].w)
	return (w == "الدفاع" || w == "دفاع") && toks[j+1].w == "الجوي" || w == "القبه" && toks[j+1].w == "الحديديه"
}

// monthsSpanned reports a span of months or years ("في الشهور الأخيرة"،
// "خلال الأشهر الماضية") in the sentence of token i: an interception
// counted over it is a tally, not the day's news.
func monthsSpanned(toks []token, i int) bool {
	if !sentenceHas(toks, i, spanPlurals) {
		return false
	}
	s := toks[i].sent
	for j := sentStart(toks, i); j+1 < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(spanPlurals) && toks[j+1].sent == s && toks[j+1].has(spanRecent) {
			return true
		}
	}
	return false
}

var (
	// defenceVerbs are the past verbs of an interception that
	// defenceIntercepted reads, with the object pronouns they take, and
	// their present.
	defenceVerbs = wordSet("اعترضت اعترض اعترضته اعترضتها اعترضها اعترضتهما اسقطت اسقط اسقطها اسقطته اسقطتها اسقطتهما تصدت تصدى تتصدى يتصدى تعترض يعترض تسقط يسقط")
	// defenceDoers name the air defence that intercepts.
	defenceDoers = wordSet("الدفاعات دفاعات المضادات مضادات منظومه منظومات المنظومه المنظومات باتريوت الباتريوت")
	// confrontedCraft are aircraft a repelling verb met: "تصدت للطائرات".
	confrontedCraft = wordSet("للطائرات لطائرات للطائره للمقاتلات الطائرات")
	// defenceNegations right before the verb deny the interception.
	defenceNegations = wordSet("لم لا لن ما")
	// pluperfectWords before the verb tell an older interception. They
	// are menKana's three forms of كان, so the set is shared, sparing a
	// set bit (maxWordSets).
	pluperfectWords = menKana
	// defenceAgents introduce the doer of a passive ("اعترض بعضها
	// بواسطة") or the interceptor a force fired, an air defence when one
	// follows: "أسقط الجيش الإسرائيلي بصواريخ باتريوت، الأربعاء، طائرة".
	defenceAgents = wordSet("بواسطه بصواريخ بصاروخ بصاروخي بصاروخين")
	// spanPlurals and spanRecent make a span of months or years:
	// "الشهور الأخيرة"، "الأشهر الماضية".
	spanPlurals = wordSet("الشهور الاشهر السنوات الاعوام السنين")
	spanRecent  = wordSet("الاخيره الماضيه")
)
