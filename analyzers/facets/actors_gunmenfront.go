package facets

import "strings"

// The bare "gunmen" of Syria's war (المسلحين، المسلحون، مسلحين: the one-word
// "^" aliases of opposition in data/actors.tsv) name the opposition only
// tied to a front: round 48's ruling on the generic labels (adjudication
// README, rul48b-1) codes opposition for them when their sentence, or the
// one next to it, ties them to an area the opposition holds or a front of
// the war ("معاقل مسلحين في إدلب"، "يحقق الجيش مكاسب سريعة ضد المسلحين" in
// "جنوب سوريا"، "مسلحين هاجموا المدنيين" after the Ghouta's corridor), and
// leaves out the gunmen of no front: a press review's "قتل القوات
// الإسرائيلية لمن سمتهم بمسلحين" (their group unnamed), the Tanf zone's
// gunmen in Russian claims, "أولئك الذين يقتلون مسلحين أو مدنيين بواسطة
// الغاز", "معارضين كانوا مسلحين بعصي" (the adjective), "الحرس الثوري
// الإيراني وعملائه المسلحين".
//
// frontlessGunmen reports such a word in a sentence that, with the
// sentences either side of it, names no well-known Syrian town or
// governorate (syrianPlace) and no front word (frontNamed of
// events_offensive.go: an area, a town's or a province's noun, a compass
// quarter, the war's best-known fronts).
func frontlessGunmen(toks []token, ms []mention, m mention) bool {
	e := m.e
	if !e.syria || e.ids[0] != "opposition" || len(e.words) != 1 || !strings.Contains(e.words[0], "مسلح") {
		return false
	}
	// The sentences either side: sentence numbers skip at a paragraph's
	// end, so they are read off the tokens around the sentence. from is
	// the first token of the sentence before.
	from := sentStart(toks, m.start)
	if from > 0 {
		from = sentStart(toks, from-1)
	}
	lo, hi := toks[from].sent, toks[m.start].sent
	for j := m.start; j < len(toks); j++ {
		if toks[j].sent != toks[m.start].sent {
			hi = toks[j].sent
			break
		}
	}
	near := func(i int) bool { return toks[i].sent >= lo && toks[i].sent <= hi }
	for _, o := range ms {
		if syrianPlace(o.e) && near(o.start) {
			return false
		}
	}
	if !inArticle(toks, frontNamed) {
		return true
	}
	for i := from; i < len(toks) && near(i); i++ {
		if toks[i].has(frontNamed) {
			return false
		}
	}
	return true
}
