package facets

// Turkey opening its airbases to the coalition's war on ISIS: "تركيا تفتح
// قاعدة انجرليك الجوية أمام طائرات التحالف الدولي ضد داعش"، "وأكدت تركيا
// أنها فتحت قاعدة إنجرليك الجوية للطائرات الأمريكية"، "حققنا تقدما فيما
// يتعلق بفتح قواعدنا لاسيما انجرليك". Summer 2015's news of Turkey joining
// the war; the golds code turkey on every line whose text tells Turkey
// opening its bases (2015-07-23-953, 2015-07-24-1357, 2015-07-25-1437,
// 2015-08-06-405, 2015-08-06-1859, 2015-08-06-1562), as the military support
// a state gives in its own name (round 43 ruling 4(b)), but the bare
// "تركيا" is read as a village and "تفتح قاعدة" names no force, so rasid
// missed the titles that tell nothing more (round 47, m47state).
//
// The opening verb or noun must have a base noun within three words after
// it, and the sentence must name Turkey (or Incirlik) and the side the
// bases serve: the coalition, the US, ISIS or its aircraft. A base merely
// used ("يستخدم الناتو قاعدة إنجرليك"، "أن تستعمل الطائرات الأميركية قاعدة
// إنجيرليك", coded without turkey) is not opened by Turkey: baseUseMentions
// (actors_baseuse.go) gives the user, a state named before the using word,
// and Turkey only where it stands there too ("أن تركيا سمحت للولايات
// المتحدة باستخدام ... القواعد الجوية التركية").

var (
	// baseOpenWords open a base: the verb in its tenses and the noun.
	baseOpenWords = wordSet("فتح تفتح فتحت يفتح بفتح لفتح وفتحت فتحها تفتحها")
	// openedBaseNouns are the bases opened, with Turkey's pronoun.
	openedBaseNouns = wordSet("قاعدة القاعدة قواعد القواعد قواعدها قواعدنا قواعدهم قواعده")
	// turkeyBaseNames name Turkey, its adjective or Incirlik in the
	// sentence.
	turkeyBaseNames = wordSet("تركيا أنقرة انقرة التركي التركية تركية انجرليك إنجرليك أنجرليك إنجيرليك انجيرليك")
	// basesServedWords name the side the bases serve.
	basesServedWords = wordSet("التحالف الائتلاف الأمريكية الأميركية الأمريكي الأميركي أمريكا أميركا لأمريكا الولايات داعش الطائرات طائرات للطائرات لطائرات الطيران للطيران سلاح")
	// turkeyBasesEntry is Turkey as the state that opened them.
	turkeyBasesEntry = &entry{words: []string{"turkey-bases"}, kind: kindActor, ids: []string{"turkey"}}
)

// turkeyBasesMentions returns a Turkey mention for each opening word with a
// base noun within three words after it in a sentence that names Turkey or
// Incirlik and the side the bases serve.
func turkeyBasesMentions(toks []token) []mention {
	if !inArticle(toks, baseOpenWords) || !inArticle(toks, turkeyBaseNames) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, baseOpenWords) {
		j := firstAfter(toks, i, 3, openedBaseNouns)
		if j >= 0 && sentenceHas(toks, i, turkeyBaseNames) && sentenceHas(toks, i, basesServedWords) {
			out = append(out, mention{e: turkeyBasesEntry, start: i, end: j + 1})
		}
	}
	return out
}
