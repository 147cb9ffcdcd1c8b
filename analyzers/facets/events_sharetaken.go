package facets

// shareTaken reports a capture word ending before token end whose object
// is a share of an area, told by its figure: "كما سيطرت على نحو 80 في
// المائة من مساحة الغوطة"، "بعدما باتت تسيطر على أكثر من تسعين في المئة
// منها"، "مؤكدا استعادة السيطرة على سبعين بالمئة من المناطق". A war's
// monitors and armies count an offensive's gains so, and the coders type
// them a regain or a takeover as they type a town taken: the blind
// codings and the pool typed it so at sixteen of nineteen such sentences
// naming the government, rasid at ten, one word in a body (weight 1) and
// its taker often named further back than captureReach. Up to two words
// may stand between the capture word and على ("استعادة السيطرة على"،
// "سيطرت خلاله على"، "يسيطر حالياً على"), a hedge between على and the
// figure (agoHedges: نحو، أكثر من …), and the share is of something
// (من، منها، منه after the percent word), not a market's or an
// economy's own figure ("انخفضت بنسبة 30 في المئة"). A share held, not
// taken, is told in the present, which triggerType leaves be unless
// control is told come to (becameHolder); nor does a figure written with
// "%", which the tokens do not keep, count. Nor does the bare noun of
// control, which tells a hold ("استمرار سيطرة «داعش» على 90 في المائة من
// مساحة الأنبار") unless a taking's word or a verb of managing's من
// stands before it ("استعادة السيطرة على"، "تمكنت من السيطرة على").
func shareTaken(toks []token, i, end int) bool {
	if end >= len(toks) {
		return false
	}
	if end == i+1 && toks[i].has(controlNouns) && (i == 0 || toks[i-1].w != "من" && !toks[i-1].has(retakeWords)) {
		return false
	}
	s := toks[end-1].sent
	j := end
	for k := end; k < len(toks) && k <= end+2 && toks[k].sent == s && !toks[k].gap; k++ {
		if toks[k].w == "علي" {
			j = k + 1
			break
		}
	}
	if j == end {
		return false
	}
	for j < len(toks) && j <= end+6 && !toks[j].gap && toks[j].has(agoHedges) {
		j++
	}
	if j >= len(toks) || toks[j].gap {
		return false
	}
	n, used := readNumber(toks, j)
	if used == 0 || n <= 0 || n > 100 || !percentAt(toks, j+used) {
		return false
	}
	k := j + used + 1
	if toks[j+used].w == "في" {
		k++
	}
	return k < len(toks) && !toks[k].gap && (toks[k].w == "من" || toks[k].w == "منها" || toks[k].w == "منه")
}

// controlNouns are the noun سيطرة, bare or with its article (or a
// proclitic, which has takes off).
var controlNouns = wordSet("سيطره السيطره")
