package facets

// yearCounted reports a four-digit figure at token j that counts people
// rather than names a year: a noun of the counted right after it, in its
// sentence and with no punctuation between ("اعتقال نحو 2000 شخص ينتمون
// لتنظيمات إرهابية"، "تحييد 1931 إرهابيا"، "وجود 2000 جندي أمريكي"), or a
// word of approximation right before it and من after it, the group it
// counts ("بسبب وجود ما يقارب 2000 من المعتقلين"). oldYear reads such a
// figure below the publication year as a past year and sets the news
// aside as history (2015-07-26-214: the title's arrest of 2000 people was
// no type at all). A year takes no counted noun; a hedge alone is not
// enough, since a span's end may be hedged ("من 2003 إلى نحو 2008").
func yearCounted(toks []token, j int) bool {
	s := toks[j].sent
	k := j + 1
	if k >= len(toks) || toks[k].sent != s || toks[k].gap {
		return false
	}
	if toks[k].has(countedPeople) || yearCountNouns[toks[k].w] {
		return true
	}
	return toks[k].w == "من" && j > 0 && toks[j-1].sent == s && !toks[j].gap && yearCountHedges[toks[j-1].w]
}

var (
	// yearCountNouns name the people a figure counts, in the singular a
	// figure of hundreds or thousands takes ("2000 شخص"، "2000 جندي") and
	// in the accusative and plural ("1931 إرهابيا"), besides countedPeople.
	// Not the dead or the hurt (قتيل، قتلى، جريح): "أحصت فيه المعارضة 2000
	// قتيل خلال حوالي شهرين من القتال" is a tally over a span, whose fight
	// the golds leave undated news (SK-middleEast-649), and which the
	// figure read as a year kept aside.
	yearCountNouns = plainWords("شخص اشخاص شخصا جندي جنديا جنود عنصر عنصرا عناصر مقاتل مقاتلا مقاتلين مدني مدنيا مدنيين طفل طفلا اطفال " +
		"مسلح مسلحا مسلحين ارهابي ارهابيا ارهابيين معتقل معتقلا معتقلين سجين سجينا لاجئ لاجئا مهاجر مهاجرا ضابط ضابطا")
	// yearCountHedges before a figure with من after it make it an
	// approximate count of a group.
	yearCountHedges = plainWords("نحو حوالي قرابة زهاء يقارب يناهز")
)
