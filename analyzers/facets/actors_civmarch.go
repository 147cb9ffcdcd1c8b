package facets

// People counted by their nationality and killed or hurt at a protest or
// march: "قتل شاب فلسطيني برصاص جيش الاحتلال في احتجاجات الجمعة"، "ومنذ
// بدء مسيرات العودة ... قتل أكثر من 50 فلسطينيا برصاص الجنود
// الإسرائيليين"، "وقتل في مواجهات الأسبوع الماضي 21 فلسطينيا". Round 43's
// ruling (class 2): Gaza's return-march dead told as "فلسطينيا"، "شاب"،
// "متظاهرين" are not civilians; they stay civilians only where the text
// calls them so in its own voice ("دماء المدنيين", read by the lexicon's
// civilians words, not here), where a casualty has a role outside the
// march (a medic, a journalist: shotRoleMentions), or for another event
// (a strike in the same sentence: "قصف إسرائيلي ... أسفر عن مقتل 4
// فلسطينيين" keeps them). The bare singular after a person noun already
// asked so (shotInFight); the counts did not. The README's convention,
// "protesters are no civilians", is the same for any people, so the test
// is the sentence's protest, march or clash word, not Gaza.

var (
	// marchNouns name a march or protest gathering beside protestWords
	// and protesters: "مسيرات العودة"، "المسيرات الشعبية"، "صدامات". The
	// singular "مسيرة" is also a drone (طائرة مسيرة) and is read only
	// before "العودة" (marchReturn).
	marchNouns = wordSet("مسيرات المسيرات صدامات الصدامات تظاهرة التظاهرة مظاهرة المظاهرة احتجاجاتهم تظاهراتهم مظاهراتهم")
	// marchSingular and returnWord make "مسيرة العودة".
	marchSingular = wordSet("مسيرة المسيرة")
	returnWord    = wordSet("العودة")
	// marchProtestWords are every word that makes a sentence a protest's.
	marchProtestWords = union(protestWords, protesters, confrontationWords, marchNouns)
)

// countedAtProtest reports a nationality count (nationalVictimEntry) in a
// sentence that tells a protest, march or clash, or in a story whose
// title tells a protest (as shotInFight asks of the singular), and no
// strike or bombing in its sentence: the people counted are the
// protest's dead or hurt.
func countedAtProtest(toks []token, m mention) bool {
	if !sentenceHas(toks, m.start, marchProtestWords) && !marchReturnIn(toks, m.start) && !titleHas(toks, protestWords, protesters) {
		return false
	}
	return !sentenceHas(toks, m.start, strikeWords) && !sentenceHas(toks, m.start, blastWords)
}

// marchReturnIn reports "مسيرة العودة" in token i's sentence.
func marchReturnIn(toks []token, i int) bool {
	if !inArticle(toks, returnWord) {
		return false
	}
	s := toks[i].sent
	for j := sentStart(toks, i); j+1 < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(marchSingular) && toks[j+1].has(returnWord) && toks[j+1].sent == s {
			return true
		}
	}
	return false
}
