package facets

import "strings"

// Two bodies found are a toll of two. "الجيش النيجيري أنقذ 76 تلميذة وعثر على
// جثتي تلميذتين"، "العثور على جثتي شرطيين في منزلهما"، "انتشال جثتين من بئر
// ارتوازي": the dual of جثة counts the dead as قتيلين does, but only as the
// object of a finding or a recovery. Elsewhere it is a body handled
// ("تشريح الجثتين"، "احتجزت الشرطة جثتي فلسطينيين") or a first person's
// ("مدري جثتي من دفنها"). A round-37 blind sample read no toll for the
// Dapchi schoolgirls.

var (
	// bodyDuals are the dual of جثة, with its construct form.
	bodyDuals = wordSet("جثتين جثتان جثتي جثتا الجثتين الجثتان")
	// bodiesFoundWords find or recover bodies: "عثر على"، "العثور على"،
	// "انتشال"، "ينتشل".
	bodiesFoundWords = wordSet("عثر عثرت عثروا العثور يعثر انتشال انتشلت انتشل ينتشل تنتشل استخراج انتشلوا")
)

// bodiesFound reports a dual of جثة at token i that a finding or recovery
// word within two words before it, in its sentence, takes as its object
// ("عثر على جثتي"، "انتشال جثتين"), not a part of a count already told
// ("على جثتين جديدتين": the running toll of a disaster counts them).
func bodiesFound(toks []token, i int) bool {
	if !toks[i].has(bodyDuals) {
		return false
	}
	if i+1 < len(toks) && toks[i+1].sent == toks[i].sent && toks[i+1].has(bodiesMoreWords) {
		return false
	}
	return clauseBefore(toks, i, 2, bodiesFoundWords)
}

// bodiesMoreWords after the bodies make them more of a toll told: "جثتين
// جديدتين"، "جثتين أخريين".
var bodiesMoreWords = wordSet("جديدتين اخريين أخريين اضافيتين إضافيتين")

// bodyPlurals are the plurals of جثة and جثمان in the construct state, before
// the figure they count ("جثث 39 عاملا"، "جثامين تسعة أشخاص").
var bodyPlurals = wordSet("جثث جثامين")

// bodiesCounted reads the figure of people a plural of bodies counts when a
// finding or recovery word takes it as its object within two words, in the
// title or the first two paragraphs: "أعلنت وزيرة الخارجية الهندية العثور
// على جثث 39 عاملا هنديا، خطفهم مسلحون في العراق عام 2014" (the news is
// the finding of how many died: holdout-51 codes 39), "انتشال جثث ثلاثة
// إرهابيين" (3), as bodiesFound reads the dual. Further down a finding is
// as often a search's progress told beside the main toll. n is 0 if
// there is none. A finding sought is none: "قبرص تنبش ماضيها من أجل العثور
// على جثث 19 عسكرياً يونانياً فقدوا منذ 41 عاماً" (the corpus's
// 2015-08-08-759, a search for the dead of 1974).
func bodiesCounted(toks []token, i int) (n, used int) {
	if toks[i].para > 2 || i+1 >= len(toks) || toks[i+1].gap || !clauseBefore(toks, i, 2, bodiesFoundWords) {
		return 0, 0
	}
	if soughtBodies(toks, i) {
		return 0, 0
	}
	n, used = readNumber(toks, i+1)
	if used == 0 || n <= 0 || isYear(n) || !personAfter(toks, i+1+used) {
		return 0, 0
	}
	return n, used
}

// soughtBodies reports the finding word before the bodies at token i told as
// an aim, not a deed: "من أجل العثور على"، "بهدف انتشال"، "للعثور على".
func soughtBodies(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-2; k-- {
		if !toks[k].has(bodiesFoundWords) {
			continue
		}
		w := toks[k-1].w
		return strings.HasPrefix(toks[k].w, "ل") || w == "اجل" || w == "لاجل" || toks[k-1].has(aimWords)
	}
	return false
}
