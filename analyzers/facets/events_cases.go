package facets

// casesWords are the plural of a case (حالة), before an act's noun a
// tally of its kind: "وحالات الاختفاء القسري والتعذيب"، "شهدت مدن وبلدات
// المنطقة حالات إعدام وقطع أياد"، "وتتزايد حالات الاختفاء القسري".
var casesWords = wordSet("حالات الحالات")

// casesOf reports a trigger at i right after the plural of a case
// (casesWords) in its sentence: a rights report's or a profile's tally
// of a kind of act, no act of the news. The singular after a count ("78
// حالة اختفاء قسري") is left to the other readers: a report can document
// a count of the day's acts.
func casesOf(toks []token, i int) bool {
	return i > 0 && toks[i-1].sent == toks[i].sent && toks[i-1].has(casesWords)
}
