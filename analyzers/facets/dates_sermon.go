package facets

// Friday's name in the genitive of a sermon or a pulpit: "موسوعة خطب
// الجمعة" (the Saudi ministry's encyclopedia of Friday sermons), "منبر
// الجمعة وسيلة إعلامية مؤثرة"، "خطباء منابر الجمعة"، "أن يصدر خطباء الجمعة
// فتوى". The institution, not a day: the round-43 blind audit (aud43e) found
// a column on the Friday pulpit dated by it, and in the corpus some thirty
// SaudiNewsNet reports and columns are dated to a Friday by it, most of them
// the encyclopedia's distribution, crawled days after. Not "خطبة الجمعة"
// or "صلاة الجمعة", which as often name that week's sermon or prayer ("بعد
// صلاة الجمعة خرج المتظاهرون"); nor a Friday told as past or to come
// ("خطب الجمعة الماضية في المصلين": he preached last Friday).

// sermonNouns are the plural sermons, the pulpit and the preachers, whose
// Friday is the institution.
var sermonNouns = wordSet("خطب منبر منابر خطباء امامه")

// sermonFriday reports الجمعة at token i in the genitive of a sermonNoun
// just before it, with no punctuation between and no word after it that
// tells a past or coming day.
func sermonFriday(toks []token, i int) bool {
	if i == 0 || stripWa(toks[i].w) != "الجمعه" || toks[i].gap || toks[i-1].sent != toks[i].sent || !toks[i-1].has(sermonNouns) {
		return false
	}
	return !dayWordAfter(toks, i, pastWords) && !dayWordAfter(toks, i, nextWords)
}
