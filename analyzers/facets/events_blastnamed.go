package facets

import (
	"slices"
	"strings"
)

// blastNamed reports a bare bombing word (one of evBlast's one-word
// triggers: التفجير، التفجيرات) at token i named as a deed done by the word
// right before or right after it in its sentence: the incident, the
// crime or the wounded of the bombing, definite ("أدان النادي حادث التفجير
// الجبان"، "ووصف الدكتور آل عمرو حادث التفجير بأنه عمل إجرامي"، "بزيارة
// لمصابي التفجير الذي حدث في مسجد قوات الطوارئ"), or the adjective
// that judges it ("هذا التفجير الآثم"، "شهداء التفجير الغاشم لمسجد قيادة
// قوة الطوارئ"). So named it is as specific as the phrase "التفجير
// الإرهابي" and weighs as one anywhere in the text, as the reactions and
// columns that follow a bombing name it below their lead: a round-50
// reader (m50etfn) found reports of the Asir emergency-forces mosque
// bombing untyped, their one bombing word weighing 1 past the lead.
// blastType still asks it to be a bombing done and not foiled, planned or
// figurative.
//
// Not the indefinite construct after the incident noun ("حادث تفجير
// الطائرة بان امريكان فوق قرية لوكربي"، "بعد حادثة تفجير مسجد الإمام
// الصادق"، "في حادث تفجير برجي مركز التجارة العالمي"): it names its
// target, as an older bombing is recalled by its name; the definite one
// points back to the bombing the text is about.
func blastNamed(toks []token, e *entry, i, end int) bool {
	if len(e.words) != 1 || !slices.Contains(e.ids, evBlast) {
		return false
	}
	s := toks[i].sent
	if i > 0 && toks[i-1].sent == s && strings.HasPrefix(toks[i].w, "ال") &&
		(toks[i-1].has(crimeOfBlast) || toks[i-1].has(shootingPhrase) && toks[i-1].has(blastDone) || woundedOfBlast(toks, i)) {
		// حادث، حادثة: the nouns of an incident both sets hold; and the
		// wounded of it (hurtTally: "لمصابي التفجير").
		return true
	}
	return end < len(toks) && toks[end].sent == s && toks[end].has(blastJudged)
}

// woundedOfBlast reports the bombing word at token i told as the one its
// wounded suffered, by a noun of them right before it (hurtTally: "بزيارة
// لمصابي التفجير"، "يطمئن على مصابي التفجير"): a follow-up of a known
// bombing, which types it (blastType) but is not the day's news.
func woundedOfBlast(toks []token, i int) bool {
	return i > 0 && toks[i-1].sent == toks[i].sent && toks[i-1].has(hurtTally)
}
