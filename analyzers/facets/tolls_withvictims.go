package facets

// Victims one meets, not victims dead: a count of ضحية/ضحايا right after
// "مع" names living people a party settles with or hears ("وافقت مطرانية
// سان بول ومينيابوليس على تسوية قيمتها 210 مليون دولار مع 450 ضحية
// لانتهاكات قساوسة جنسية"، "استندت إلى مقابلات مع 174 ضحية وشاهدا من ساحة
// المعركة"). Round 49's c49kill audit read both as tolls; over the corpus
// the shape holds five articles, none of them a count of the dead. The
// figure is a vague toll, as "33 قتيلا وجريحا" is: victims are counted and
// the dead are not, so no lesser figure of the text (the witness's "جثتي
// قريبيها" in the same report) stands in for it.

// withVictims reports the figure opening at token i, before a ضحية/ضحايا
// noun at token j, as the object of "مع": the word before it, or before
// the fillers that may stand between (نحو، أكثر من، حوالي), is مع, with no
// punctuation between.
func withVictims(toks []token, i, j int) bool {
	if w := toks[j].w; w != "ضحيه" && w != "ضحايا" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k+1].gap {
			return false
		}
		if toks[k].w == "مع" {
			return true
		}
		if !numberFillers.contains(toks[k].w) {
			return false
		}
	}
	return false
}
