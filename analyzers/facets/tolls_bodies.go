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
	bodiesFoundWords = wordSet("عثر عثرت عثروا عثرنا العثور عثور يعثر انتشال انتشلت انتشل ينتشل تنتشل استخراج انتشلوا")
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
var bodiesMoreWords = wordSet("جديدتين اخريين أخريين اضافيتين إضافيتين جديدة أخرى إضافية")

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
		if toks[k].has(bodiesFoundWords) {
			return findingSought(toks, k)
		}
	}
	return false
}

// findingSought reports the finding word at token k told as an aim: "من
// أجل العثور"، "بهدف انتشال"، "للعثور".
func findingSought(toks []token, k int) bool {
	if strings.HasPrefix(toks[k].w, "ل") {
		return true
	}
	if k == 0 {
		return false
	}
	w := toks[k-1].w
	return w == "اجل" || w == "لاجل" || toks[k-1].has(aimWords)
}

// maxBodiesFound is how many words may stand between a finding or
// recovery word and the figure of the bodies it takes: its subject and a
// day ("عثرت قوات الأمن العراقية، الأربعاء، على 8 جثث").
const maxBodiesFound = 6

// bodiesFigured reads the figure before جثة or a plural of it that a
// finding or recovery word takes as its object, in its sentence, in the
// first two paragraphs: "عثرت قوات الأمن العراقية، الأربعاء، على 8 جثث قرب
// طريق بغداد كركوك" (8), "حررنا أربع رهائن، ولكن للأسف عثرنا على ثلاث جثث
// في المكان" (3), "إنقاذ 83 مهاجرا غير شرعي وانتشال 11 جثة" (11).
// bodiesCounted reads the figure after the plural ("جثث 39 عاملا"); here
// the figure comes first and the noun counts the dead. 0 if there is none.
// Not in the title: a title's figure of bodies is a part the lead counts
// whole ("العثور على 10 جثث معلقة" over "عثرت على 11 فردا من عائلة واحدة
// قتلى"). Not more bodies of a count told ("انتشال 11 جثة جديدة": the
// running toll is the disaster's), a finding sought ("للعثور على"), nor
// bodies olderBodies tells of another death.
func bodiesFigured(toks []token, i int) int {
	if toks[i].para > 2 || toks[i].title {
		return 0
	}
	if w := toks[i].w; w != "جثه" && w != "جثث" && w != "جثامين" {
		return 0
	}
	if i+1 < len(toks) && toks[i+1].sent == toks[i].sent && toks[i+1].has(bodiesMoreWords) {
		return 0
	}
	for used := 1; used <= 3 && used <= i; used++ {
		j := i - used
		m, u := readNumber(toks, j)
		if u != used {
			continue
		}
		if m <= 0 || isYear(m) {
			return 0
		}
		for k := j - 1; k >= 0 && k >= j-maxBodiesFound && toks[k].sent == toks[i].sent; k-- {
			if !toks[k].has(bodiesFoundWords) {
				continue
			}
			if findingSought(toks, k) || olderBodies(toks, i) {
				return 0
			}
			return m
		}
		return 0
	}
	return 0
}

// olderBodies reports bodies at token i whose sentence tells a death by
// its own words or a grave. A word of killing or dying anywhere in it
// (killVerbs, riseDeadVerbs, dyingWords): the bodies are of a death told
// apart, whose toll is read from its words or is another's ("على 20 جثة
// لمدنيين، بينهم نساء وأطفال، قضوا نتيجة القصف" of an earlier shelling,
// pool SK-middleEast-1437, coded none; "لقي شخصان مصرعهما ... بينما عثرت
// الشرطة العراقية على ثلاث جثث" under a title that counts the two;
// "انتشلت 3 جثث فيما توفي شخص آخر", four dead). A grave (مقبرة، مقابر):
// the dead of months before ("اكتشاف ثلاث مقابر جماعية تضم 25 جثة").
func olderBodies(toks []token, i int) bool {
	s := toks[i].sent
	for k := sentStart(toks, i); k < len(toks) && toks[k].sent == s; k++ {
		if k != i && (toks[k].has(riseDeadVerbs) || toks[k].has(killVerbs) || toks[k].has(dyingWords)) {
			return true
		}
		if w := toks[k].w; strings.Contains(w, "مقبر") || strings.Contains(w, "مقابر") {
			return true
		}
	}
	return false
}
