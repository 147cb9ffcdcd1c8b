package facets

// A taxonomy group glossed as al-Qaeda's wing or kin a few words after its
// name: "جبهة النصرة الجناح العسكري المرتبط بتنظيم القاعدة في سوريا"،
// "هيئة تحرير الشام، الجناح السابق لتنظيم القاعدة في سوريا"، "هيئة تحرير
// الشام التي ترتبط بتنظيم القاعدة". namedGroupTie reads the gloss only when
// the tie word follows the name at once, and affiliateMention misses the
// forms "المرتبط"، "ترتبط" and "الجناح"; with a noun or "التي" between,
// al-Qaeda was counted a party. The group named is the party and al-Qaeda
// its allegiance (ruling rul45d-2(c), testdata/adjudication/README.md): the
// golds code hts alone for each (pool BB-middleEast-953 "al-Qaeda only as
// HTS's former parent", blind AL-internationalNews-1972, SK-middleEast-3874).

// branchTieWords tie the named group to al-Qaeda: linked to it (linkedWords'
// forms and the verbs), under it (التابعة), its wing, arm or branch.
var branchTieWords = wordSet("مرتبط مرتبطة المرتبطة المرتبط مرتبطين المرتبطين ترتبط يرتبط ارتبطت التابعة التابع الجناح جناح الذراع ذراع الفرع فرع")

// glossedBranch reports an al-Qaeda mention right after a tie word
// (branchTieWords; "السابق" or "من" may stand between: "الجناح السابق
// لتنظيم القاعدة") whose sentence names an armed group with an id of its own
// (rebel or militia, not al-Qaeda) ending within four words before the tie
// word, with no group noun between: the gloss of that group. A list
// ("هيئة تحرير الشام والجماعات المرتبطة بالقاعدة") names other groups,
// al-Qaeda's affiliates (rul45d-2(a)), and is left to tiedGroupAbroad.
func glossedBranch(toks []token, ms []mention, m mention) bool {
	s := toks[m.start].sent
	j := m.start - 1
	if j >= 0 && (toks[j].w == "من" || toks[j].has(formerWords)) {
		j--
	}
	if j < 1 || toks[j].sent != s || !toks[j].has(branchTieWords) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-4 && toks[k].sent == s; k-- {
		if armedGroupEndsAt(ms, s, k+1, toks) {
			return true
		}
		if toks[k].has(tiedGroupNouns) {
			return false // "والجماعات المرتبطة": other groups
		}
	}
	return false
}

// armedGroupEndsAt reports a mention of ms, in sentence s, of an armed group
// named with an id of its own other than al-Qaeda that ends at token end. A
// generic name ("المجموعات المسلحة التابعة لتنظيم القاعدة", anonymous) is
// al-Qaeda's own fighters, as namedGroupTie reads it.
func armedGroupEndsAt(ms []mention, s, end int, toks []token) bool {
	l := lex()
	for _, o := range ms {
		if o.end != end || o.e.kind != kindActor || o.e.ids[0] == "al-qaeda" || anonymous(o.e) || toks[o.start].sent != s {
			continue
		}
		if a := l.actors[o.e.ids[0]]; a != nil && (a.kind == "rebel" || a.kind == "militia") {
			return true
		}
	}
	return false
}
