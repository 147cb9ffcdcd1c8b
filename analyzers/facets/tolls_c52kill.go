package facets

// otherKindAfter reports a month name or a span's noun (spanWords) right
// after a figure that ends at token k, in the same clause: the figure is a
// date ("ضحايا 11 سبتمبر") or a span's length ("حصيلة سبع سنوات من الحرب"),
// not a count of the dead. Round 52's c52kill audit read both as tolls in
// the corpus (the 9/11 victims' suits, Syria's seven-year tally).
func otherKindAfter(toks []token, k int) bool {
	return k < len(toks) && !toks[k].gap && (toks[k].has(monthWords) || toks[k].has(spanWords))
}

// anyoneAt reports أحد at token j standing alone, "anyone": its clause ends
// after it, or على، في، من follows ("لم يقتل أحد في الحادث"، "بمقتل أحد على
// الأرض"). أحد before its noun is one of them: "مقتل أحد المتظاهرين".
func anyoneAt(toks []token, j int) bool {
	if j >= len(toks) || toks[j].w != "احد" {
		return false
	}
	if k := j + 1; k < len(toks) && !toks[k].gap && toks[k].sent == toks[j].sent {
		if w := toks[k].w; w != "علي" && w != "في" && w != "من" {
			return false
		}
	}
	return true
}

// noOneKilled reports أحد alone (anyoneAt) at token j, read as one after the
// kill or hurt word at i, with a negation (negationWords) within five words
// before that word in its sentence: "حادث لم يسفر عن مقتل أحد"، "من دون أن
// يتسبب سقوطها بمقتل أحد على الأرض"، "لم ترد أنباء عن إصابة أحد" say no one
// died or was hurt (the guide: no losses is no toll). unharmedAt reads a
// kill word before a lone أحد as a lead that harmed no one.
func noOneKilled(toks []token, i, j int) bool {
	return anyoneAt(toks, j) && nearBefore(toks, i, 5, negationWords)
}
