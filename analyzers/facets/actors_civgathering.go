package facets

// Civilians told only by the gathering or public place a blast struck.
// "انفجار يستهدف مسيرة مؤيدة لرئيس الوزراء الإثيوبي"، "قتلى وجرحى بانفجار
// في تجمع بحضور رئيس الوزراء"، "انفجارات تهز مراكز اقتراع في أفغانستان..
// وسقوط ضحايا"، "كندا: تفجير في مطعم": the dead or hurt are counted (or
// only "ضحايا"), and the one word that says who they were is the rally,
// the polling station or the restaurant. rul67f-2 (adjudication README,
// round 67) codes civilians where the text names the place hit as one where
// the public gathers: beside civilianSiteWords' markets, churches, schools,
// hospitals, restaurants and hotels, a rally or party gathering, a polling
// station, a stadium, a nightclub, a festival or wedding, a college and a
// cultural centre. civilianSiteMentions (actors_sites.go) reads a place
// after a targeting verb or "هجوم على"; a blast is as often told "في" the
// place, or as shaking it ("تهز"). Over the pool and blind golds this
// reader adds a span in pool 8 articles coded / 1 not and blind 7 / 0 (the
// not: a Mogadishu hotel blast coded before rul67f, whose civilians rasid
// already gave); it moves pool 4 / 0 (the Addis Ababa rally twice, the
// Afghan polling stations, the Mississauga restaurant). The mosque stays
// out as in civilianSiteWords (the Asir forces' mosque: 64 lines not coded
// with an attack word before it in the title or lead), and a drone
// ("طائرة مسيرة") or the Arab League ("جامعة الدول") is no place.
// The toll test is civilianSiteEntry's (actors_match.go): dead, hurt or a
// toll word in the sentence, or the lead's under a title.

var (
	// gatheringSiteWords name gatherings and public places beyond
	// civilianSiteWords: a rally, a polling station's ballot word, a
	// stadium, a nightclub, a festival, a wedding, a college, a cultural
	// centre.
	gatheringSiteWords = wordSet("تجمع تجمعا التجمع مسيرة المسيرة مهرجان المهرجان عرس العرس زفاف " +
		"اقتراع الاقتراع للاقتراع ملعب الملعب ملعبا ملهى الملهى كلية الكلية جامعة الجامعة ثقافي الثقافي")
	// gatheringShakeVerbs tell a blast shaking the place: "انفجارات تهز
	// مراكز اقتراع".
	gatheringShakeVerbs = plainWords("تهز يهز هز هزت")
	// gatheringNotAfter right after the word, with forceSiteOwners, make it
	// no public place: the Arab League, Gaza's return marches (rul66g), a
	// group's own gathering ("تجمعا لهم"، "لتجمع العناصر الإرهابية").
	gatheringNotAfter = plainWords("الدول العودة لهم لعناصر العناصر عناصر الإرهابيين للإرهابيين المسلحين للمسلحين الحوثيين للحوثيين لميليشيا للميليشيات المتمردين للمتمردين لمقاتلي للمقاتلين")
)

// gatheringSiteMentions returns a civilians mention (civilianSiteEntry) for
// each gathering word a blast struck as siteStruck reads it, and for each
// gathering or civilian place word right after في or داخل with a blast word
// within three words before it, or after a shaking verb within three words:
// "بانفجار في تجمع"، "تفجير في مطعم"، "انفجارات تهز مراكز اقتراع", in the
// title or the lead paragraph (inTitleOrLead): deeper, such a place is mostly an older
// attack recalled ("ولا سيما الهجوم على جامعة غاريسا ... في ابريل", behind
// a visit), which rul67f-2.c leaves out. A civilian place that siteStruck
// already reads is civilianSiteMentions'.
func gatheringSiteMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, blastWords) {
		return nil // most articles tell no blast: skip the token scan
	}
	out := uncoveredMentions(toks, ms, gatheringSiteWords, func(i int) (*entry, int) {
		if !inTitleOrLead(toks, i) || gatheringNotPlaceAt(toks, i) {
			return nil, 0
		}
		if siteStruck(toks, i) || blastAtPlace(toks, i) {
			return civilianSiteEntry, i + 1
		}
		return nil, 0
	})
	return append(out, uncoveredMentions(toks, ms, civilianSiteWords, func(i int) (*entry, int) {
		if inTitleOrLead(toks, i) && !siteStruck(toks, i) && blastAtPlace(toks, i) {
			return civilianSiteEntry, i + 1
		}
		return nil, 0
	})...)
}

// gatheringNotPlaceAt reports a gathering word at i that names no place:
// a drone before it ("طائرة مسيرة", reconAircraft's words), or a league,
// a march of return or a force's men after it.
func gatheringNotPlaceAt(toks []token, i int) bool {
	s := toks[i].sent
	return i > 0 && toks[i-1].sent == s && toks[i-1].has(reconAircraft) ||
		i+1 < len(toks) && toks[i+1].sent == s && (toks[i+1].has(forceSiteOwners) || gatheringNotAfter[toks[i+1].w])
}

// blastAtPlace reports the place at token i told as where a blast went off:
// في or داخل right before it (or one word before, "في أحد المطاعم") with a
// blast word within three words before that, or a shaking verb within
// three words before it; not where siteForceOrPast rules the place out (as
// siteStruck), nor after a hypothetical "أي".
func blastAtPlace(toks []token, i int) bool {
	if siteForceOrPast(toks, i) {
		return false
	}
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].sent == s; j-- {
		if gatheringShakeVerbs[toks[j].w] {
			return !nearBefore(toks, j, 4, noneWords)
		}
		if j >= i-2 && toks[j].has(usSoilPreps) { // في، داخل، بداخل
			return nearBefore(toks, j, 3, blastWords) && !nearBefore(toks, j, 5, noneWords)
		}
	}
	return false
}
