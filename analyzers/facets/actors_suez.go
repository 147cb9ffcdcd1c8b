package facets

// The lexicon reads "العدوان الثلاثي" as the United States: Damascus's name
// for the American, British and French missile strike of April 2018 ("أن
// العدوان الثلاثي ضد سوريا انتهاك فاضح للقانون الدولي"). The same words
// name the Suez war of 1956, Britain, France and Israel against Egypt, in
// which no American force fought: "إحدى فدائيات بورسعيد خلال فترة العدوان
// الثلاثي على مصر في حرب عام 56" (an Egyptian honour for Djamila
// Bouhired), "وفي أثناء العدوان الثلاثي على بورسعيد عام 56" (a column on
// radio), "أعلنت السعودية التعبئة العامة لمواجهة العدوان الثلاثي على مصر",
// "وحين اقتحم العدوان الثلاثي المدينة" (a Port Said veteran's memory).
// The two-digit year is no year preWarYear reads, so the United States was
// kept in five corpus stories of Egypt's history (c50act's sample: the
// Bouhired story); the one the golds hold (blind 2015-07-25-526, Israel's
// wars since 1948) codes no usa (its usa stays on the 2003 Iraq war, told
// in another sentence). The 2018 strike is told of Syria, in stories that
// name Syria.

var (
	// suezPlaces are Egypt and the canal cities of the 1956 war.
	suezPlaces = wordSet("مصر بورسعيد السويس")
	// tripartiteWords are the two words of the alias, normalized as the
	// lexicon loads them.
	tripartiteWords = [2]string{normName("العدوان"), normName("الثلاثي")}
)

// suezAggression reports whether m is the alias "العدوان الثلاثي" told of
// the Suez war: its sentence names Egypt or a canal city, or the article
// names no Syria in its title or lead, nor twice.
func (c *articleCues) suezAggression(toks []token, m mention) bool {
	e := m.e
	if len(e.words) != 2 || e.words[0] != tripartiteWords[0] || e.words[1] != tripartiteWords[1] {
		return false
	}
	if sentenceHas(toks, m.start, suezPlaces) {
		return true
	}
	return !once(&c.syriaNamed, func() bool { return prominent(toks, c.leadOf(toks), syriaWords) })
}
