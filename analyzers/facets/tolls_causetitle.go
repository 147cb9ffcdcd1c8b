package facets

// A title that names a killing only as what its news followed: "تصاعد
// التوتر بعد مقتل رجل أعزل في كاليفورنيا"، "فرنسا: أعمال عنف في مدينة نانت
// بعد مقتل شاب برصاص شرطي"، "بعد مقتل جندي أميركي.. سيارة ملغومة تستهدف
// قاعدة في الصومال"، "شاهد.. اعتقال لبناني وزوجته بعد قتل عاملة
// فلبينية بالكويت". Rul48c-2(a): an event named only in a "بعد / إثر /
// عقب / غداة مقتل" phrase is the cause, not the title's event, and its
// dead are no toll. afterCauseToll drops such a toll past the title; the
// title's own "بعد مقتل شاب" was still read (personCounts), and the lead
// that names the killing again inside a phrase of its own ("فيما يتعلق
// بمقتل أميركي"، "إثر شيوع خبر وفاة شاب"، "المشتبه به بقتل العاملة")
// gave it back. The toll stays when the lead tells the killing as its own
// news ("قتل محتج وأصيب 14 في تجدد للاحتجاجات" under "إعادة فرض حظر
// التجول بعد مقتل متظاهر"، "أثار مقتل شابة مغربية ... ضجة" under "صدمة
// إثر مقتل الشابة حياة"), and when the title's news is the fighting, the
// attack or the fire the dead fell in (afterOwnEvent).

// causeLeadReach is how many words after an "after" word (or بسبب) a
// kill word of the lead is still inside its cause phrase: "إثر شيوع خبر
// وفاة شاب"، "بسبب وفاة امرأة في ولاية أريزونا".
const causeLeadReach = 4

// leadCauseWords open a cause phrase in the lead: the "after" words and
// بسبب. Read only as written (after stripWa), never by a set bit, so a
// plain map (plainUnion) spares the bits a union takes.
var leadCauseWords = plainUnion(afterWords.m, plainWords("بسبب"))

// leadDeathWords tell a death as the lead's own news: a kill word
// (killVerbs), a verb of dying (dyingWords: "توفيت مساء الأحد امرأة
// بريطانية" under "ماي مصدومة بعد وفاة امرأة") or a plural one
// (riseDeadVerbs). A plain map, as leadCauseWords is.
var leadDeathWords = plainUnion(killVerbs.m, dyingWords.m, riseDeadVerbs.m)

// causeTitleStory reports a title whose only kill word is a kill noun
// (afterKillNouns) right after an "after" word (afterWords), whose news is
// not the fighting the dead fell in (afterOwnEvent), over a lead sentence
// that tells no death of its own: no word of death (leadDeathWords)
// standing bare — not joined to ب or ل ("بمقتل"، "بقتل") — and not within
// causeLeadReach words after a cause word (leadCauseWords).
func causeTitleStory(toks []token) bool {
	if !inArticle(toks, afterWords) || !inArticle(toks, afterKillNouns) {
		return false
	}
	at := -1
	for k := 0; k < len(toks) && toks[k].title; k++ {
		if !toks[k].has(killVerbs) && !toks[k].has(afterKillNouns) {
			continue
		}
		if at >= 0 || k == 0 || !afterKillNouns.contains(toks[k].w) || !afterWords.contains(stripWa(toks[k-1].w)) {
			return false // another kill word, or one outside the phrase
		}
		at = k
	}
	if at < 0 || afterOwnEvent(toks, at) {
		return false
	}
	first := leadStart(toks)
	if first < 0 {
		return false
	}
	after := -1
	for j := first; j < len(toks) && toks[j].sent == toks[first].sent; j++ {
		if leadCauseWords[stripWa(toks[j].w)] {
			after = j
			continue
		}
		if leadDeathWords[stripWa(toks[j].w)] && (after < 0 || j-after > causeLeadReach) {
			return false
		}
	}
	return true
}
