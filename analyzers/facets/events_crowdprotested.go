package facets

import "time"

// crowdProtested reports a verb of protesting at token i (protestVerbs:
// تظاهر، تظاهرت, with و or ف, and the set's other forms, يتظاهرون، احتجوا،
// اعتصموا …, where the peaceful-protest phrase stands at i alone) whose
// subject right after it is a crowd's count: a figure
// ("تظاهر نحو 20 ألف شخص"، "تظاهر أكثر من 1500 من الأطباء") or the tens,
// hundreds or thousands ("وفي مدينة غزة تظاهر مئات الموظفين في المقر
// الرئيسي للأونروا"، "وتظاهر مئات الأشخاص بدعوة من منظمات عدة"). A crowd
// told protesting is a protest held, as specific as a phrase, wherever
// the article tells it: of the 28 pool and blind gold articles with the
// construction, 26 type a protest (the two others: an earlier month's
// Greek rallies, which otherMonthTold keeps out, and Russia's rallies
// behind a jailed leader's story). The singular verb with no count after
// it is mostly a pretence ("تظاهر بالإصابة"), which protestVerbAside reads.
func crowdProtested(toks []token, i int) bool {
	if !toks[i].has(protestVerbs) {
		return false
	}
	if nearBefore(toks, i, 1, whileWords) {
		// "فاندلعت مواجهات لدى تظاهر الآلاف عند الحدود": the verbal noun
		// after a word of time is the setting of what the sentence tells
		// (Gaza's march, typed by the fire it met), not a protest told.
		return false
	}
	return crowdCountAfter(toks, i)
}

// crowdCountAfter reports a crowd's count right after token i, past the
// fillers: a figure (numberAfter) or a vague count ("تظاهر مئات").
func crowdCountAfter(toks []token, i int) bool {
	if numberAfter(toks, i) > 0 {
		return true
	}
	j := pastFillers(toks, i)
	return j > 0 && crowdCounts[toks[j].w]
}

// crowdCounts are the vague counts of a crowd, read whole at one word.
var crowdCounts = plainWords("عشرات مئات آلاف ألوف الآلاف المئات العشرات")

// crowdProtestOlder reports a crowd's protest (crowdProtested) told in a
// sentence, or right after one, that names a year or a month other than
// the publication's (otherMonthTold): "وتظاهر مئات آلاف اليونانيين في
// شباط/فبراير" in July, "ونشر تقرير اللجنة في الثامن من يونيو/حزيران
// الماضي ... وتظاهر الآلاف أمام البرلمان" at the end of August: a story
// looked back on. The golds split there (two such protests typed, by other
// words too), so the count is no evidence of its own. The month two
// sentences back is out of reach: "وكانت الشرطة في غينيا قد اعتقلت في
// يناير ..." then a sentence, then "وتظاهرت مئات السيدات خارج مركز
// الشرطة" in April (BB-technology-136) is still typed, the rule's one
// wrong corpus move.
func crowdProtestOlder(toks []token, i int, pub time.Time) bool {
	if otherMonthTold(toks, i, pub, true) {
		return true
	}
	k := sentStart(toks, i) - 1
	return k >= 0 && otherMonthTold(toks, k, pub, true)
}
