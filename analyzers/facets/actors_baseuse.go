package facets

// A foreign state as the user of a military base: "أعلن مسؤول عسكري
// أميركي الخميس أن تركيا سمحت للولايات المتحدة باستخدام العديد من القواعد
// الجوية التركية ... في شن غارات على تنظيم الدولة" (2015-07-24-61,
// 2015-07-25-653), "الاتفاق الذي تم التوصل إليه مع الولايات المتحدة
// لاستخدام قاعدة إنجرليك ... لشن غاراتها" (blind 2015-07-27-78), "الضغط
// الذي تمارسه الإدارة الأميركية على تركيا بهدف استخدام قاعدة إنجرليك"
// (blind 2015-07-25-118). A base is used for war, and the golds code the
// state named before the using word in every article that holds the
// construction: usa 9 of 9, russia 4 of 4 ("يمنح الحق للقوات العسكرية
// الروسية باستخدام قاعدة حميميم"، "أن روسيا، تستخدم قاعدة سورية")، turkey,
// the base's owner named in the same sentence, 7 of 7 — none uncoded, over
// the pool and blind golds (round 58, m58state). Rasid already gave the
// state where its aircraft or forces used the base ("للطائرات الأميركية
// باستخدام")، and missed it where the state stood by its name alone in a
// permission or a deal ("للولايات المتحدة باستخدام") or an office.
//
// The using word (forceUseWords) must have a base noun (baseWords: the
// indefinite and plural forms, never "القاعدة", which is as often
// al-Qaeda, nor a rule's "قواعد الاشتباك", nonBaseNext) within three words
// after it, and the state a lexicon mention in the same sentence before
// it. Turkey opening its own bases is turkeyBasesMentions'.

// baseUseEntries are the states a base user's mention may stand for.
var baseUseEntries = actorEntries("base-use", false, "usa", "russia", "iran", "turkey", "israel")

// baseUseReach is how many words after the using word the base noun may
// stand: "باستخدام العديد من القواعد".
const baseUseReach = 3

// baseUseMentions returns a state mention for each lexicon mention of a
// foreign state that stands before a using word whose object is a military
// base, in one sentence.
func baseUseMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, forceUseWords) || !inArticle(toks, baseWords) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, forceUseWords) {
		if !baseAfterUse(toks, i) {
			continue
		}
		s := toks[i].sent
		for _, m := range ms {
			if m.e.kind != kindActor || m.end > i || toks[m.start].sent != s {
				continue
			}
			for _, id := range m.e.ids {
				if e := baseUseEntries[id]; e != nil {
					out = append(out, mention{e: e, start: m.start, end: m.end})
				}
			}
		}
	}
	return out
}

// baseAfterUse reports a base noun within baseUseReach words after the
// using word at i, in its sentence, that is no rule's or following's base
// (militaryBase: no nonBaseNext right after it).
func baseAfterUse(toks []token, i int) bool {
	s := toks[i].sent
	for j := i + 1; j < len(toks) && j <= i+baseUseReach && toks[j].sent == s; j++ {
		if toks[j].has(baseWords) {
			return militaryBase(toks, j)
		}
	}
	return false
}
