package facets

import (
	"strings"
	"unicode/utf8"
)

// The other side's dead told after مقابل (round 51, m51kill): "مشيراً إلى
// مقتل 45 من المسلحين الموالين للنظام من جنسيات غير سورية مقابل 26 من
// تنظيم داعش"، "أسفر عن مقتل 6 مسلحين موالين للنظام، مقابل 3 من تحرير
// الشام". The figure after مقابل counts the fighters the other party lost
// in the same fight; the golds add the two (blind SK-middleEast-2170 71,
// pool SK-middleEast-2288 9), as they do "مقابل 19 قتيلا في صفوف
// الفصائل" and "مقابل ستة مقاتلين من جيش الإسلام", which a figure's noun
// already reads. Only a group told by من or في صفوف after its figure: a
// bare "مقابل 74" is as often a price or a score.

// againstReach is how many words after a killed figure مقابل may stand in
// its sentence: the figure's group and its qualifiers ("من المسلحين
// الموالين للنظام من جنسيات غير سورية").
const againstReach = 10

// againstGroup reads "مقابل" within againstReach words from token i in its
// sentence, followed by a figure (after "نحو" or the like) and "من" or
// "في صفوف". It returns the figure and the token of its number.
func againstGroup(toks []token, i int) (n, at int) {
	if i >= len(toks) {
		return 0, 0
	}
	s := toks[i].sent
	for k := i; k < len(toks) && k < i+againstReach && toks[k].sent == s; k++ {
		if toks[k].w != "مقابل" {
			continue
		}
		j := k + 1
		for j < len(toks) && j <= k+3 && toks[j].sent == s && numberFillers.contains(toks[j].w) {
			j++
		}
		m, used := readNumber(toks, j)
		if used == 0 || m <= 0 || isYear(m) || j+used+1 >= len(toks) || toks[j+used].sent != s {
			return 0, 0
		}
		switch after := toks[j+used].w; {
		case after == "من", after == "في" && toks[j+used+1].w == "صفوف":
			return m, j
		}
		return 0, 0
	}
	return 0, 0
}

// againstBefore reports "مقابل" right before the figure at token i, or
// before the fillers ("مقابل نحو 220") that stand between them.
func againstBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && toks[k].sent == toks[i].sent; k-- {
		if toks[k].w == "مقابل" {
			return true
		}
		if !numberFillers.contains(toks[k].w) {
			return false
		}
	}
	return false
}

// pluralAdjective reports w as a plural nationality adjective that may
// follow a figure's noun before its verb ("4 عسكريين روس قتلوا"، "5
// مدنيين سوريين قتلوا"): an indefinite nisba plural (ـيين، ـيون) or one
// of the broken plurals of the nations the corpus's fighting names. Only
// asked in the title and the first paragraph (figureNounVerb): further down
// "7 جنود أتراك قتلوا" tells another event as often as the other side.
func pluralAdjective(w string) bool {
	switch w {
	case "روس", "اتراك", "اكراد", "افغان", "عرب":
		return true
	}
	return !strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 5 && (strings.HasSuffix(w, "يين") || strings.HasSuffix(w, "يون"))
}
