package facets

// Israel and Iran named together as the two sides of a conflict, a clash or
// a war: "مخاوف من صراع إسرائيلي إيراني في الجولان" (the blind codings of
// CN-middleEast-1215 and -1219), "الصحيفة قالت إن غيوم الحرب بين إيران
// وإسرائيل تتجمع" (FR-internationalNews-1020's press review), "المواجهة بين
// إسرائيل وإيران في سوريا". Round 45's rul45a-3 codes a state whose fighting
// in the war, or whose prepared military action, the article tells, and the
// golds code both states on such a phrase (10 of the 12 gold articles that
// hold it; rasid gave both in 6). Each name alone is a weak mention that a
// sentence with no fighting word leaves out, and the paired adjectives
// ("صراع إسرائيلي إيراني") stand after no force noun, so nothing read them.
//
// Only a fighting noun: the tension or the ties between the two ("التوتر
// بين إسرائيل وإيران") are diplomacy, which tensionParty cuts as rul45a-3
// asks. Not a war spoken of as a chance or one to be averted ("احتمال
// اشتعال حرب بين إيران وإسرائيل في حال ألغى الرئيس الأمريكي ...",
// CN-middleEast-827's op-ed): fightAverted before the noun.

var (
	// rivalClashNouns name the fighting between two sides.
	rivalClashNouns = wordSet("صراع الصراع مواجهة المواجهة مواجهات المواجهات حرب الحرب اشتباك الاشتباك اشتباكات الاشتباكات تصعيد التصعيد معركة المعركة")
	// rivalClashAdjectives may stand between the noun and the two sides:
	// "مواجهة عسكرية بين إسرائيل وإيران"، "حرب مفتوحة بين ...".
	rivalClashAdjectives = wordSet("عسكري العسكري عسكرية العسكرية مباشر المباشر مباشرة المباشرة مفتوح المفتوح مفتوحة المفتوحة شامل الشامل شاملة الشاملة")
	// rivalStateIDs are the two states by their country names (the
	// proclitics "و" "ب" come off by themselves).
	rivalStateIDs = normalizedKeys(map[string]string{"إسرائيل": "israel", "إيران": "iran", "ايران": "iran"})
	// rivalStateNames ask whether a token may be one of them.
	rivalStateNames = wordSet("إسرائيل إيران ايران")
)

// rivalStateAt returns "israel" or "iran" when token i names that state
// by its country name or by its nationality adjective, else "".
func (l *lexicon) rivalStateAt(toks []token, i int) string {
	if toks[i].has(rivalStateNames) {
		for _, f := range toks[i].forms {
			if id, ok := rivalStateIDs[f]; ok {
				return id
			}
		}
	}
	if id := l.nationalityOf(&toks[i]); id == "israel" || id == "iran" {
		return id
	}
	return ""
}

// israelIranClashMentions returns an Israeli and an Iranian forces
// mention for each fighting noun (rivalClashNouns) followed, past one
// adjective and "بين" at most, by the two states joined together: their
// names ("بين إسرائيل وإيران") or their adjectives ("صراع إسرائيلي
// إيراني"), in either order (see above).
func (l *lexicon) israelIranClashMentions(toks []token) []mention {
	if !inArticle(toks, rivalClashNouns) || !inArticle(toks, nationalityWords) && !inArticle(toks, rivalStateNames) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, rivalClashNouns) {
		if nearBefore(toks, i, 3, fightAverted) {
			continue
		}
		s := toks[i].sent
		in := func(j int) bool { return j < len(toks) && toks[j].sent == s && !toks[j].gap }
		j := i + 1
		if in(j) && toks[j].has(rivalClashAdjectives) {
			j++
		}
		if in(j) && toks[j].w == "بين" {
			j++
		}
		if !in(j) || !in(j+1) {
			continue
		}
		a, b := l.rivalStateAt(toks, j), l.rivalStateAt(toks, j+1)
		if a == "" || b == "" || a == b {
			continue
		}
		out = append(out, mention{e: forcePhraseEntries[a], start: j, end: j + 1}, mention{e: forcePhraseEntries[b], start: j + 1, end: j + 2})
	}
	return out
}
