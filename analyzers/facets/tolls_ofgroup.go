package facets

// A first group told with its من phrase before the second group of one
// toll: "بمقتل 3 خبراء من ميليشيات حزب الله اللبناني، و4 يمنيين"، "مقتل 6
// مقاتلين من المقاومة، و11 حوثيا"، "مقتل 37 مسلحاً من داعش و16 من قوات
// البيشمركة". andGroup wants the و right after the first noun, and
// addedGroup wants the من right after the figure, so the second group was
// lost and the toll read as the first group alone; the guide sums the
// groups an event's toll lists. The order recurs in about ten corpus leads
// (Yemen and Iraq front reports, the Zabadani tally); a round-38 blind
// sample read 3 for the Saada strike's 7.

// ofGroupAnd reads the second group after the noun at token i: من right
// after the noun, then within maxGroupWords+1 words of its phrase (no
// figure, no kill verb or wounded noun among them) a figure joined to و
// whose noun is a person's (personNoun) or a من of its own group. Words of
// the phrase joined to و that are no figure ("من الجيش الوطني والمقاومة")
// stay in the phrase. Not "11 شخصا، من بينهم 7 مدنيين": the من opens a
// breakdown after a comma, and the figure inside it stops the phrase. It
// returns the group's count, the token of its number and the token after
// its noun, as andGroup does.
func ofGroupAnd(toks []token, i int) (n, at, end int) {
	j := i + 1
	if j+2 >= len(toks) || toks[i].gap || toks[i].has(hurtNouns) || toks[j].gap || toks[j].w != "من" || toks[j].sent != toks[i].sent {
		return 0, 0, 0
	}
	s := toks[i].sent
	for k := j + 1; k < len(toks) && k <= j+maxGroupWords+1 && toks[k].sent == s; k++ {
		if k > j+1 && (toks[k].w == "و" || stripWa(toks[k].w) != toks[k].w) {
			kk := k
			if toks[k].w == "و" {
				kk = k + 1
			}
			if kk >= len(toks) {
				return 0, 0, 0
			}
			m, used := readNumberWa(toks, kk)
			if used == 0 {
				continue
			}
			if m <= 0 || isYear(m) || kk+used >= len(toks) {
				return 0, 0, 0
			}
			noun := toks[kk+used]
			if noun.gap || noun.sent != s || noun.has(hurtNouns) || !(personNoun(noun) || noun.w == "من") {
				return 0, 0, 0
			}
			return m, kk, kk + used + 1
		}
		if toks[k].gap {
			return 0, 0, 0
		}
		if _, used := readNumber(toks, k); used > 0 || toks[k].has(killVerbs) || toks[k].has(hurtNouns) {
			return 0, 0, 0
		}
	}
	return 0, 0, 0
}
