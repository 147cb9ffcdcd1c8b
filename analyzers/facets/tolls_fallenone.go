package facets

// The singular قتيل right after سقوط, with no figure, tells one dead: "انفجارا
// وقع في مصنع للمعدات العسكرية ... مما أدى إلى سقوط قتيل"، "وأشارت الأنباء
// الواردة إلى سقوط قتيل وعدة جرحى خلال عملية الاقتحام". The noun is itself
// the count, as a title's bare قتيل is (tolls_titleone.go), but no reader took
// it in a body: round 65 (m65kill) found it among the tolls never read. Counted
// over the pool and blind golds (title and first three paragraphs): "سقوط
// قتيل" stands in 3 articles, all coded 1 (pool 1 and blind 1 lost, blind 1
// kept through another sentence), none coded otherwise. An ordinal ("سقوط
// أول قتيل"), a figure after the noun's place ("سقوط 14 قتيلا", read where
// the figure is) or a negation ("دون سقوط أي قتيل"، "عدم سقوط قتيل") is not
// this. Like the title's, it is an act's toll (toll.act): the toll only when
// the text gives no other.

// fallenOne reads "سقوط قتيل" at token i (سقوط, its واو taken off) as one dead.
func fallenOne(toks []token, i int) (toll, bool) {
	j := i + 1
	if j >= len(toks) || toks[j].w != "قتيل" || toks[j].gap || toks[j].sent != toks[i].sent {
		return toll{}, false
	}
	if j+1 < len(toks) && !toks[j+1].gap && toks[j+1].sent == toks[j].sent && toks[j+1].has(loneDeadNot) {
		// "سقوط قتيل وجريح": the dead and the wounded told as one.
		return toll{}, false
	}
	if i > 0 && toks[i-1].sent == toks[i].sent {
		switch stripWa(toks[i-1].w) {
		case "دون", "بدون", "عدم":
			return toll{}, false
		}
	}
	return toll{kind: killedKind, n: 1, tok: j, act: true}, true
}
