package facets

// People who stage a protest are its authors, not victims: "نفذ أكثر من
// ألف شخص اعتصامًا عند دوار الزراعة في مدينة اللاذقية احتجاجًا على قتل
// سليمان هلال الأسد ... للعقيد حسان الشيخ" — the killing the sit-in
// protests holds a harm word, and the persons read as its civilians
// (holdout-21's gold codes none). protestPeople reads "المحتجين"
// and "المتظاهرين"; this reads a person word or the citizens where the
// protest is theirs: a protest act right after them ("ألف شخص اعتصاما"،
// "مئات الأشخاص احتجاجا") or a protest verb just before them ("تظاهر
// عشرات الآلاف من المواطنين"). A crowd bombed or shelled ("تفجير استهدف
// متظاهرين") keeps its victims, as protestPeople does.

var (
	// protestActs right after the people make them a protest's
	// subject: "شخص اعتصاما"، "الأشخاص احتجاجا". The accusative of the
	// act alone — "قتل خمسة أشخاص في مظاهرة" puts the dead in it.
	protestActs = wordSet("اعتصاما احتجاجا تظاهرة مظاهرة وقفة")
	// protestStageVerbs before the people make them its subject: "تظاهر
	// آلاف الأشخاص"، "احتشد أكثر من مليون شخص".
	protestStageVerbs = wordSet("تظاهر تظاهرت يتظاهر يتظاهرون تظاهروا اعتصم اعتصمت احتشد احتشدت اعتصموا احتشدوا")
)

// protestSubjects reports a civilians mention m that names the people
// who staged a protest: a protest act right after it or a protest verb
// within four words before it, in a sentence that tells of no bombing or
// attack.
func protestSubjects(toks []token, m mention) bool {
	if !(m.end < len(toks) && toks[m.end].sent == toks[m.start].sent && toks[m.end].has(protestActs)) &&
		!nearBefore(toks, m.start, 4, protestStageVerbs) {
		return false
	}
	return !sentenceHas(toks, m.start, attackWords) && !sentenceHas(toks, m.start, assaultWords)
}
