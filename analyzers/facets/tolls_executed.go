package facets

import "strings"

// An execution carried out, told by its figure (round 48, rul48c-1): "أعلنت
// وزارة العدل العراقية تنفيذ إحكام بإعدام 13 محكوما"، "تنفيذ أحكام الإعدام
// بحق 13 مدانا"، "نفذت الحكومة العراقية الجمعة حكم الإعدام ضد 12". The
// executed are the news's dead. The noun of execution with a figure alone
// ("أحكاما بإعدام 3") is a sentence as often as a death, so killActs reads
// no figure after it; a word of carrying out before it (carryOut: تنفيذ،
// نفذت) tells the death. A title's "إعدام سبعة أشخاص" counts its figure
// when the title or the lead tells the carrying out so. Not a call, an
// order or a purpose to carry it out ("أمر بتنفيذ"، "تمهيدا لتنفيذ"), nor
// one denied or put off (execAside: "لم تنفذ"، "وقف تنفيذ"); a count since
// the year began is a period tally, dropped by periodTold.

var (
	// execNouns name the execution after the word of carrying out:
	// الإعدام، بإعدام، بالإعدام، إعدام.
	// The same words as executionWords (events.go): the set is shared
	// (a set bit spared, see maxWordSets).
	execNouns = executionWords
	// execAside are words before the carrying out that make it none of the
	// news: a negation, a halt, a delay, a plan or a demand.
	execAside = wordSet("لم لن لا وقف وقفت اوقف اوقفت ايقاف تاجيل تاجل ارجاء ارجات يعتزم تعتزم تستعد يستعد تستعدان قرب موعد اقتراب طالب يطالب تطالب طالبت دعا دعت يدعو تدعو امر امرت يامر تامر")
	// execBy are the words between the execution noun and its figure: "بحق
	// 13"، "في 12"، "ضد 12"، "في حق 3".
	execBy = wordSet("بحق في ضد حق على")
)

// carriedExecution reports the word of carrying out at token i (carryOut)
// followed, within six words of its clause, by an execution noun
// (execNouns), in the title or the lead, not after a word of execAside or
// a threat in its sentence, and not itself the object of ب or ل ("أمر
// بتنفيذ"، "لتنفيذ"). It returns the token of the noun.
func carriedExecution(toks []token, i int) (int, bool) {
	if !toks[i].has(carryOut) || !inTitleOrLead(toks, i) {
		return 0, false
	}
	if w := stripWa(toks[i].w); strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") {
		return 0, false
	}
	if nearBefore(toks, i, 8, execAside) || threatBefore(toks, i) {
		return 0, false
	}
	for j := i + 1; j < len(toks) && j <= i+6 && toks[j].sent == toks[i].sent && !toks[j].gap; j++ {
		if toks[j].has(execNouns) {
			return j, true
		}
	}
	return 0, false
}

// executedFigure reads the figure of people an execution carried out names
// (carriedExecution at token i): after the noun, one or two words of
// execBy at most, then a figure of persons. It returns the toll and the
// last token read.
func executedFigure(toks []token, i int) (toll, int, bool) {
	e, ok := carriedExecution(toks, i)
	if !ok {
		return toll{}, 0, false
	}
	return figureOfExecuted(toks, e)
}

// figureOfExecuted reads the figure of persons right after the execution
// noun at token e, or after one or two words of execBy.
func figureOfExecuted(toks []token, e int) (toll, int, bool) {
	for k := e + 1; k < len(toks) && k <= e+3 && toks[k].sent == toks[e].sent && !toks[k].gap; k++ {
		if n, used := readNumber(toks, k); used > 0 {
			if n <= 0 || isYear(n) || !personAfter(toks, k+used) {
				return toll{}, 0, false
			}
			return toll{kind: killedKind, n: n, tok: e, executed: true}, k + used - 1, true
		}
		if !toks[k].has(execBy) {
			return toll{}, 0, false
		}
	}
	return toll{}, 0, false
}

// titleExecuted reads a title's execution noun at token i with its figure
// ("العراق: إعدام 12 مدانا بالإرهاب"، "اليابان: إعدام سبعة أشخاص") when the
// title or the lead tells an execution carried out (carriedExecution).
func titleExecuted(toks []token, i int) (toll, int, bool) {
	if !toks[i].title || !toks[i].has(execNouns) || toks[i].w != "اعدام" && toks[i].w != "واعدام" {
		return toll{}, 0, false
	}
	for j := i - 1; j >= 0 && toks[j].title; j-- {
		if toks[j].has(execAside) || toks[j].has(actAside) {
			return toll{}, 0, false
		}
	}
	carried := false
	for k := range toks {
		if !inTitleOrLead(toks, k) {
			break
		}
		if _, ok := carriedExecution(toks, k); ok {
			carried = true
			break
		}
	}
	if !carried {
		return toll{}, 0, false
	}
	return figureOfExecuted(toks, i)
}
