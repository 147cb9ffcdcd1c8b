package facets

// A running toll told figure first, the Syrian Observatory's order: "ارتفع
// إلى 15 على الأقل، من ضمنهم 8 إيرانيين على الأقل عدد العناصر الذين
// قتلتهم الضربات الصاروخية"، "ارتفع إلى 7 عدد القتلى الذين سقطوا برصاص
// الجيش الإسرائيلي"، "ارتفع إلى 27 على الأقل عدد عناصر قوات النظام". The
// rise verb's إلى comes before the toll noun, so runningTollAt, which wants
// the noun first ("ارتفع عدد القتلى إلى 29"), and tallyReached, which wants
// عدد first, read no figure. The order recurs about a dozen times in the
// corpus; a round-38 blind sample missed the Kiswah strike's 15 dead under
// "وارتفاع عدد قتلى إيران".

// riseDeadVerbs are the plural verbs of dying in the relative clause after
// the tally's noun: "عدد العناصر الذين قتلتهم الضربات"، "عدد مقاتلي
// الفصائل ممن قضوا في القصف"، "عدد القتلى الذين سقطوا".
var riseDeadVerbs = wordSet("قتلوا قتلتهم قتلهم قضوا لقوا سقطوا استشهدوا ماتوا توفوا")

// riseRelatives open the relative clause of the dead: الذين، ممن.
var riseRelatives = wordSet("الذين ممن")

// riseFigureFirst reads the figure-first toll at the rise word i: إلى right
// after it, the figure within the fillers ("على الأقل"), then, in the same
// sentence within twelve words, عدد with a word of the dead (tallyNouns) in
// its next two words or a relative (riseRelatives) and a verb of dying
// (riseDeadVerbs) in its next six. Not "ارتفع إلى 16 عدد الغارات": no dead
// are counted. The toll is running, as runningTollAt's.
func riseFigureFirst(toks []token, i int) (toll, bool) {
	j := i + 1
	if j >= len(toks) || toks[j].gap || toks[j].sent != toks[i].sent || toks[j].w != "الي" {
		return toll{}, false
	}
	n, at := 0, 0
	for k := j + 1; k < len(toks) && k <= j+4 && toks[k].sent == toks[i].sent; k++ {
		if v, used := readNumber(toks, k); used > 0 && v > 0 && !(used == 1 && isYear(v)) {
			n, at = v, k+used
			break
		}
		if !numberFillers.contains(toks[k].w) && toks[k].w != "ال" {
			return toll{}, false
		}
	}
	if n == 0 {
		return toll{}, false
	}
	s := toks[i].sent
	for k := at; k < len(toks) && k <= at+12 && toks[k].sent == s; k++ {
		if stripWa(toks[k].w) != "عدد" {
			continue
		}
		for m := k + 1; m < len(toks) && m <= k+6 && toks[m].sent == s; m++ {
			if m <= k+2 && toks[m].has(tallyNouns) && !pairBetween(toks, k, m+2) {
				return toll{kind: killedKind, n: n, tok: i, running: true}, true
			}
			if toks[m].has(riseRelatives) && m+1 < len(toks) && toks[m+1].sent == s && toks[m+1].has(riseDeadVerbs) {
				return toll{kind: killedKind, n: n, tok: i, running: true}, true
			}
		}
		return toll{}, false
	}
	return toll{}, false
}
