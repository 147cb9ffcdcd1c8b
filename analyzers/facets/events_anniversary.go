package facets

import "strings"

// An event whose anniversary the article marks is history, told without its
// year: "آلاف الأكراد يحيون الذكرى الثلاثين للهجوم الكيميائي على حلبجة"،
// "في ذكرى القصف النووي لناغازاكي"، "بمحاسبة المسؤولين بعد عام من الهجوم
// بغاز السارين في بلدة خان شيخون"، "مرور 70 عاما على أول هجوم نووي".

var (
	// anniversaryWords name an anniversary; anniversaryOfWords are its
	// construct forms, joined to what it is of: "ذكرى القصف النووي".
	anniversaryWords   = wordSet("ذكري الذكري للذكري بذكري وذكري")
	anniversaryOfWords = wordSet("ذكري بذكري وذكري")
	// yearsSpan count the years since: "بعد عام من"، "مرور 70 عاما على".
	yearsSpan = wordSet("عام عاما عامين اعوام سنه سنوات سنتين")
	// sinceLinks join a span of years to the event it is counted from.
	sinceLinks = wordSet("من علي")
)

// anniversaryOf reports a trigger at i whose anniversary its sentence
// marks: right after the construct ذكرى ("ذكرى القصف")، or joined by its
// ل to an anniversary word up to three words before it ("الذكرى الثلاثين
// للهجوم")، or right after a span of years with من or على. Not the
// anniversary as a subject: "أثارت الذكرى مظاهرات" tells protests held.
func anniversaryOf(toks []token, i int) bool {
	if i == 0 || toks[i-1].sent != toks[i].sent {
		return false
	}
	if toks[i-1].has(anniversaryOfWords) || strings.HasPrefix(toks[i].w, "ل") && nearBefore(toks, i, 3, anniversaryWords) {
		return true
	}
	return i > 1 && toks[i-2].sent == toks[i].sent && toks[i-1].has(sinceLinks) && toks[i-2].has(yearsSpan)
}

// caseWords name a case, before a court or in the news: "في قضية".
var caseWords = wordSet("قضيه قضيتي")

// caseOf reports a trigger that names a case, right after قضية or one word
// on, in an article that dates something to a past year: "في قضية إسقاط
// طائرة الخطوط الجوية الماليزية" (2014)، "إحالة أوراق 75 إسلاميا إلى المفتي
// في قضية فض اعتصام رابعة العدوية" (2013). The case is what courts,
// investigators and diplomats now handle; the event that named it is
// history, told again without its year (a corpus audit found the MH17
// downing and the Rabaa dispersal typed as the day's news). Where the
// article names no past year the case is fresh and the event is news:
// "جلسة طارئة لمجلس الأمن لمناقشة قضية الهجوم الكيماوي" two days after
// Douma. past caches pastYearTold (-1 until asked).
func caseOf(toks []token, i, published int, past *int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-2 && toks[j].sent == s; j-- {
		if toks[j].has(caseWords) {
			if *past < 0 {
				*past = 0
				if pastYearTold(toks, published) {
					*past = 1
				}
			}
			return *past == 1
		}
	}
	return false
}

// pastYearTold reports a year before the publication year anywhere in the
// article.
func pastYearTold(toks []token, published int) bool {
	if published == 0 {
		return false
	}
	for j := range toks {
		if pastYear(toks[j].w, published) {
			return true
		}
	}
	return false
}
