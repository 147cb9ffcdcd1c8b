package facets

// A ministry named by its building, where the building is the place of a
// meeting or a briefing: "خلال لقائهما في البنتاغون الأسبوع الماضي"، "وقال
// نائب قائد التحالف الدولي ... للصحافيين في البنتاغون"، "وخلال لقاء في
// البنتاغون بين ولي العهد السعودي ..."، "في مقر البنتاغون". The gold guide
// codes a state only when the article is about its military role; a
// venue is none (the blind SK-internationalNews-1299 and SK-middleEast-1540
// code no usa for it). The Pentagon's own words or deeds ("البنتاغون يعلن"،
// "قال البنتاغون") are other mentions and still count.

var (
	// seatNames are the actor aliases that name a building: the
	// Pentagon (actors.tsv's usa).
	seatNames = map[string]bool{normName("البنتاغون"): true, normName("البنتاجون"): true}
	// venueWords put a building as the place of something: "في"،
	// "داخل"، "مقر" ("في مقر البنتاغون").
	venueWords = map[string]bool{normName("في"): true, normName("داخل"): true, normName("مقر"): true}
)

// seatAsVenue reports a mention of a building alias (seatNames) right
// after a word of place (venueWords), no punctuation between.
func seatAsVenue(toks []token, m mention) bool {
	if len(m.e.words) != 1 || !seatNames[m.e.words[0]] {
		return false
	}
	j := m.start - 1
	return joinedBefore(toks, j) && venueWords[toks[j].w]
}
