package facets

// An actor named as the teller of what a sentence reports, behind a
// preposition of attribution: "تمكن خلالها من السيطرة على نحو 65 بالمئة من
// هذه المنطقة المحاصرة، وفقا لوزارة الدفاع الروسية"، "وسيقتصر استخدام
// المعبر في مرحلة أولى، بحسب الجيش الإسرائيلي، على القوات الدولية"، "إلى
// مقتل 17 شخصا وإصابة 90 بجروح، وفق مصادر الشرطة العراقية"، "حسبما أعلن
// الجيش الإسرائيلي". The gold guide's news source is no actor ("Not an
// actor: news sources/monitors"); what the source itself did is told in
// its other mentions, which still count.

// sourceNames are the attributed source nouns that may stand between the
// preposition and the actor: "وفق مصادر الشرطة العراقية".
var sourceNames = map[string]bool{normName("مصادر"): true, normName("مصدر"): true}

// sitesWord opens the actor aliases "مواقع سورية"، "مواقع إيرانية", which
// the lexicon reads as a force's positions; after a verb of telling they
// are websites.
var sitesWord = normName("مواقع")

// attributedActor reports the mention m right after an attribution: one of
// attributionWords (وفق، وفقا، حسب، بحسب) before it, a source noun
// (sourceNames) allowed between; or a verb of telling (reportingVerbs)
// before it opened by "حسبما" or by "ما"/"لما" after one of
// attributionWords ("حسبما أعلن الجيش الإسرائيلي"، "بحسب ما ذكرت ..."); or
// websites (sitesWord) right after a verb of telling. No
// punctuation may stand between. "وفق تعليمات أمريكا" (a noun of its own
// between) and "لما استطاع الروس" (no attribution before لما) are not
// attributions.
func attributedActor(toks []token, m mention) bool {
	j := wordBeforePast(toks, m.start, sourceNames)
	if j < 0 {
		return false
	}
	if toks[j].has(attributionWords) {
		return true
	}
	if toks[j].has(reportingVerbs) && len(m.e.words) > 0 && m.e.words[0] == sitesWord {
		// "ونشرت مواقع إيرانية عدة تقارير مماثلة": websites telling
		// the news; "مواقع" is read as positions elsewhere.
		return true
	}
	if !toks[j].has(reportingVerbs) || !joinedBefore(toks, j-1) {
		return false
	}
	switch w := toks[j-1].w; w {
	case "حسبما", "وحسبما", "بحسبما":
		return true
	case "ما", "لما":
		return joinedBefore(toks, j-2) && toks[j-2].has(attributionWords)
	}
	return false
}

// joinedBefore reports token k as the word right before token k+1 in its
// sentence, with no punctuation between.
func joinedBefore(toks []token, k int) bool {
	return k >= 0 && toks[k].sent == toks[k+1].sent && !toks[k+1].gap
}

// wordBeforePast returns the word joined to token i before it (joinedBefore),
// past one word that skip holds ("وفق مصادر الشرطة"، "وجود آلاف
// الإرهابيين"), or -1.
func wordBeforePast(toks []token, i int, skip map[string]bool) int {
	j := i - 1
	if joinedBefore(toks, j) && skip[toks[j].w] {
		j--
	}
	if !joinedBefore(toks, j) {
		return -1
	}
	return j
}
