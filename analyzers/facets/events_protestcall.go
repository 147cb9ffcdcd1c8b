package facets

import "strings"

// protestCallReach is how far before a protest word a call for it is
// looked for: "تدعو إلى سلسلة إضرابات"، "يدعون إلى تنظيم إضرابات".
const protestCallReach = 3

// protestCallWords call for a protest: the noun of a call and the speaker's
// own call ("دعوات لتنظيم احتجاجات جديدة"، "الدعوة إلى موجة إضرابات"،
// "ندعو إلى مظاهرة سلمية"، "نطالب بمظاهرة"), with the present call
// modalBefore reads only up to two words before a trigger (callForms).
var protestCallWords = union(callForms, wordList("دعوة الدعوة دعوات الدعوات ندعو أدعو نطالب"))

// protestTurnout is the going out to or taking part in a protest that a call
// asks of its addressees, between the call and the protest word: "جدد
// دعوته للعراقيين بالخروج في تظاهرة مليونية"، "دعوته الى العراقيين، للقيام
// بتظاهرة"، "ندعو المحافظات الأخرى إلى الخروج بمظاهرات". Across it the call
// is read further back (protestTurnoutReach), and the caller's own call
// (protestOwnCall: دعوته، دعوتها، دعوتهم) counts too.
var (
	protestTurnout = wordSet("الخروج بالخروج للخروج المشاركة بالمشاركة للمشاركة القيام بالقيام للقيام النزول بالنزول للنزول")
	protestOwnCall = wordSet("دعوته دعوتها دعوتهم دعوتنا دعواته دعواتها دعواتهم")
)

// protestTurnoutReach is how far before the turnout noun the call is looked
// for: the call, its addressee ("للعراقيين"، "الى العراقيين"، "المحافظات
// الأخرى إلى") and the noun.
const protestTurnoutReach = 4

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
	return turnoutCalled(toks, i)
}

// turnoutCalled reports a protest word at i that a turnout noun up to two
// words before it (protestTurnout: "بالخروج في"، "للقيام ب") joins to a call
// further back in its sentence (protestCallWords, protestOwnCall). The call
// must govern the turnout: the noun with its ب or ل ("دعوته للعراقيين
// بالخروج"، "دعوته الى العراقيين، للقيام") or إلى before it ("ندعو
// المحافظات الأخرى إلى الخروج"), not a turnout of its own ("جددوا دعوتهم
// للحكومة بعد المشاركة في تظاهرة"). Not a call answered ("بدعوة من"،
// "تلبية لدعوة"), as in protestCalled.
func turnoutCalled(toks []token, i int) bool {
	s := toks[i].sent
	for k := i - 1; k >= 0 && k >= i-2 && toks[k].sent == s; k-- {
		if !toks[k].has(protestTurnout) {
			continue
		}
		tw := stripWa(toks[k].w)
		if !strings.HasPrefix(tw, "ب") && !strings.HasPrefix(tw, "ل") && (k == 0 || toks[k-1].w != "الي") {
			return false
		}
		for j := k - 1; j >= 0 && j >= k-protestTurnoutReach && toks[j].sent == s; j-- {
			if toks[j].has(protestCallWords) || toks[j].has(protestOwnCall) {
				w := stripWa(toks[j].w)
				return !strings.HasPrefix(w, "ب") && !strings.HasPrefix(w, "ل")
			}
		}
		return false
	}
	return false
}
