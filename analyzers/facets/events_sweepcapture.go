package facets

// A capture told over a whole country's extent sums a war's course up; it
// takes no place of the news. Refugee-return and policy stories give it as
// their background ("حث اللاجئين السوريين على العودة إلى بلادهم خصوصاً
// بعدما استعادت قوات النظام السيطرة على مناطق واسعة"، "مع استعادة الرئيس
// بشار الأسد سيطرته على معظم أنحاء البلاد"، "استعاد السيطرة على نصف
// أراضي البلاد"، "واستعادت القوات الحكومية مساحات شاسعة من الأراضي منذ
// ذلك الوقت"), and so do wishes and claims ("رغبته باستعادة السيطرة على
// كامل الأراضي السورية"). The pool's coders typed none of them. A vast
// area of a named province or district stays news: "الجيش اليمني يحرر
// مساحات واسعة من تعز"، "تحرير مساحات واسعة في مديرية برط العنان".

var (
	// sweepAreas are the area nouns vastWords grade: مناطق واسعة.
	sweepAreas = wordSet("مناطق المناطق مساحات اراض اراضي")
	// vastWords grade an area as vast.
	vastWords = wordSet("واسعه شاسعه")
	// sweepShares take a share of a land: معظم أنحاء، نصف أراضي.
	sweepShares = wordSet("معظم اغلب غالبيه نصف كامل كل")
	// sweepLands are the lands a share is taken of; with a pronoun they
	// are the country's own ("كل أراضيها").
	sweepLands    = wordSet("اراضي الاراضي انحاء ارجاء المدن")
	sweepOwnLands = wordSet("اراضيها اراضيه")
	// countryWords name a country or its land as a whole.
	countryWords = wordSet("البلاد سوريا سوريه السوريه اليمن اليمنيه العراق العراقيه ليبيا الليبيه الاراضي")
)

// sweepingCapture reports a capture trigger ending at end whose object,
// within sweepReach tokens of its sentence, is a country's extent: a vast
// area (sweepAreas then vastWords) that ends the sentence or is of the
// country (من البلاد، من سوريا، من الأراضي) or dated from a war's turn
// (منذ), or a share of the country's land (معظم أنحاء البلاد، نصف أراضي
// سوريا، أغلب المدن السورية، كل أراضيها). See above.
func sweepingCapture(toks []token, end int) bool {
	if end >= len(toks) {
		return false
	}
	s := toks[end-1].sent
	same := func(k int) bool { return k < len(toks) && toks[k].sent == s }
	for j := end; j < end+sweepReach && same(j); j++ {
		switch {
		case toks[j].has(sweepShares) && same(j+1):
			if toks[j+1].has(sweepOwnLands) {
				return true
			}
			if toks[j+1].has(sweepLands) && same(j+2) && toks[j+2].has(countryWords) {
				return true
			}
		case toks[j].has(sweepAreas) && same(j+1) && toks[j+1].has(vastWords):
			k := j + 2
			if !same(k) || toks[k].has(sinceWords) /* "منذ ذلك الوقت": from a war's turn */ {
				return true
			}
			return toks[k].w == "من" && same(k+1) && toks[k+1].has(countryWords)
		}
	}
	return false
}

// sweepReach is how far after a capture word its object is looked for:
// "استعادة الرئيس بشار الأسد سيطرته على معظم" puts six words between.
const sweepReach = 7
