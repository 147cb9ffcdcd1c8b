package facets

import "strings"

// Residents as a population counted: "نزوح أكثر من نصف عدد سكان سوريا قبل
// الحرب عن منازلهم" (blind FR-internationalNews-2495), "بهدف إمداد السكان
// البالغ عددهم 38 مليون نسمة" (blind BB-middleEast-810). The count says how
// many live there, not who was harmed; the golds code no civilians for
// either line.

// populationCount reports a civilians mention right after "عدد" ("عدد
// سكان"، "عدد السكان"), right before "البالغ/يبلغ عددهم" ("السكان البالغ
// عددهم"), or counted by a dwelling clause (dwellingCount).
func populationCount(toks []token, m mention) bool {
	if m.start > 0 && toks[m.start-1].w == "عدد" && toks[m.start-1].sent == toks[m.start].sent {
		return true
	}
	if dwellingCount(toks, m) {
		return true
	}
	j := m.end
	if j+1 >= len(toks) || toks[j+1].sent != toks[m.start].sent {
		return false
	}
	switch toks[j].w {
	case "البالغ", "يبلغ", "البالغين":
		return strings.HasPrefix(toks[j+1].w, "عدد")
	}
	return false
}

// A place's people counted by the clause that says they live there: "إيران
// استهدفت العاصمة الرياض، وفيها 8 ملايين مدني" (blind AL-internationalNews-637,
// coded no civilians: the missiles were intercepted), "العاصمة التي يسكنها 3,5
// ملايين شخص ستحتاج إلى مراجعة اجراءاتها الأمنية"، "المنطقة، التي يقطنها
// حوالي 400 ألف شخص، للحصار"، "الهجوم على هذه المنطقة التي يعيش فيها نحو
// 400 ألف مدني". The figure tells how many live in the place, not who was
// harmed, even when an attack on the place shares the sentence (the attack
// word is what let the mention stand).
var (
	// dwellingWords, as written, say who lives in a place just named: the
	// verb with the place's pronoun, and "وفيها" opening a clause.
	dwellingWords = plainWords("يسكنها يقطنها يسكنه يقطنه يسكنهما يقطنهما ويسكنها ويقطنها ويسكنه ويقطنه وفيها وفيه")
	// livingVerbs before "فيها" or "فيه" say the same: "يعيش فيها".
	livingVerbs = plainWords("يعيش تعيش يعيشون ويعيش يقيم تقيم يقيمون ويقيم")
	// inItWords are the pronouns a living verb takes the place by.
	inItWords = plainWords("فيها فيه")
)

// dwellingCount reports a civilians mention right after a figure (digits,
// number words, thousands and millions, with "نحو"، "حوالي"، "أكثر من"
// before it) that a dwelling clause opens: "يسكنها 3,5 ملايين شخص"،
// "وفيها 8 ملايين مدني"، "يعيش فيها نحو 400 ألف مدني".
func dwellingCount(toks []token, m mention) bool {
	s := toks[m.start].sent
	figure := false
	j := m.start - 1
	for ; j >= 0 && j >= m.start-6 && toks[j].sent == s; j-- {
		t := &toks[j]
		if opensWithDigit(t.w) || t.is(thousandFigures) || t.is(millionFigures) || t.has(numberWordSet) {
			figure = true
			continue
		}
		if t.has(numberFillers) {
			continue
		}
		break
	}
	if !figure || j < 0 || toks[j].sent != s {
		return false
	}
	if dwellingWords[toks[j].w] {
		return true
	}
	return inItWords[toks[j].w] && j > 0 && toks[j-1].sent == s && livingVerbs[toks[j-1].w]
}
