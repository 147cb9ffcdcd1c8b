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
