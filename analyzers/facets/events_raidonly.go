package facets

// A raid is an arrest only when someone is taken: "تمكنت قوات مكافحة
// الإرهاب من تصفية 6 إرهابيين ... أثناء مداهمة وكر الخلية"، "عملية أمنية
// تقتل 13 إرهابيا بمنزل واحد"، "مداهمة منزل منفذ الهجوم" tell men killed
// or a house searched. Round 49's c49et audit found it in its sample; the
// pool and blind golds hold 32 articles with a raid word and no arrest word,
// and none codes arrests.

// raidArrestWords tell someone taken: the arrest words (arrestWords) with
// their plurals and suffixed nouns, and a cell or men seized (ضبط).
var raidArrestWords = union(arrestWords, wordList("معتقلين المعتقلين معتقلا معتقل اعتقالات توقيفات موقوفين الموقوفين موقوف "+
	"اعتقاله اعتقالها اعتقالهم توقيفه توقيفها توقيفهم احتجازه احتجازهم ضبط ضبطت يعتقل تعتقل"))

// raidOnly reports a raid trigger (raidVerbs) in an article that tells no
// one arrested (raidArrestWords anywhere in it): the raid killed, searched
// or found, and typed nothing.
func raidOnly(toks []token, i int) bool {
	return toks[i].has(raidVerbs) && !inArticleAny(toks, raidArrestWords)
}
