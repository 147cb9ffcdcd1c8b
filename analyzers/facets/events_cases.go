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

// fameVerbs tell what someone is known for (اشتهر): "خلية اشتهرت بذبح
// رهائن في شمال سوريا"، "اشتهرت في العالم بتعذيب وقتل وقطع رؤوس رهائن
// أجانب"، "مسجد الصحابة ... الذي اشتهرت باحته بتنفيذ داعش إعدامات فيها".
var fameVerbs = wordSet("اشتهر اشتهرت اشتهروا اشتهرا يشتهر تشتهر")

// fameReach is how far before a trigger fameVerbs reach: the known-for
// verb's subject or a place may stand between ("اشتهرت في العالم بتعذيب
// وقتل وقطع رؤوس رهائن").
const fameReach = 7

// knownFor reports a trigger at i told as what a group or a place is known
// for (fameVerbs within fameReach words before it in its sentence): a
// reputation made of acts of before, no act of the news.
func knownFor(toks []token, i int) bool {
	return inArticle(toks, fameVerbs) && nearBefore(toks, i, fameReach, fameVerbs)
}
