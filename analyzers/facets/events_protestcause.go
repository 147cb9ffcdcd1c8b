package facets

// A protest told as what something provoked is that thing's consequence,
// told in a story about it: "وأثار مقتل الرجل الصيني تظاهرات منددة
// بالعنصرية" in the killers' sentencing two years on, "قرار هدم قرية بدوية
// ... باتت سببا لاحتجاجات فلسطينية" in a village's profile. The gold types
// neither a protest.

// protestCauseWords are the verbs of provoking and "a cause" that stand
// before the protest they tell.
var protestCauseWords = wordSet("أثار أثارت أثارا أثاروا وأثار وأثارت يثير تثير أشعل أشعلت وأشعل وأشعلت سببا")

// protestCauseReach is how many words the provoking word may stand before
// the protest word: the provoker's subject comes between ("أثار مقتل الرجل
// الصيني تظاهرات").
const protestCauseReach = 4

// protestProvoked reports a protest word at token i in the body told as
// what something provoked (see protestCauseWords). A title's is its news
// ("قرار يثير احتجاجات"), and so is one whose sentence names this day or
// the day before (recentDayWords): "وأُزيح الستار عن التمثال اليوم، فيما
// أثارت الذكرى مظاهرات".
func protestProvoked(toks []token, i int) bool {
	return !toks[i].title && nearBefore(toks, i, protestCauseReach, protestCauseWords) &&
		!sentenceHas(toks, i, recentDayWords)
}
