package facets

import "strings"

// protestCallReach is how far before a protest word a call for it is
// looked for: "تدعو إلى سلسلة إضرابات"، "يدعون إلى تنظيم إضرابات".
const protestCallReach = 3

// protestCallWords call for a protest: the noun of a call and the speaker's
// own call ("دعوات لتنظيم احتجاجات جديدة"، "الدعوة إلى موجة إضرابات"،
// "ندعو إلى مظاهرة سلمية"، "نطالب بمظاهرة"), with the present call
// modalBefore reads only up to two words before a trigger (callForms).
var protestCallWords = union(callForms, wordSet("دعوة الدعوة دعوات الدعوات ندعو أدعو نطالب"))

// protestCalled reports a protest word at token i that a call before it in
// its sentence asks for: a protest called for is not yet held, the way
// modalBefore sets aside an event threatened or planned. Not a call answered
// ("خرجت مظاهرات بدعوة من"، "تلبية لدعوة"), whose ب or ل tells the protest
// held at the call. The call must open its object, as readiness does
// (readyFor): the protest word right after it or إلى or ل next ("تأتي
// الدعوات في أعقاب تظاهرة حاشدة" calls for something else, after a
// protest held).
func protestCalled(toks []token, i int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-protestCallReach && toks[j].sent == s; j-- {
		if toks[j].has(protestCallWords) {
			w := stripWa(toks[j].w)
			return !strings.HasPrefix(w, "ب") && !strings.HasPrefix(w, "ل") && (j+1 == i || readyFor(toks, j))
		}
	}
	return false
}
