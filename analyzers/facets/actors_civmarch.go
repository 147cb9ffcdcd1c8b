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

// al-Shabaab is an al-Qaeda alias of data/actors.tsv ("حركة الشباب"), but
// round 43's ruling (class 5) codes al-qaeda for it only where the text
// states the tie ("حركة الشباب الصومالية المتطرفة المرتبطة بتنظيم
// القاعدة"، "ذراع تنظيم القاعدة في الصومال"): an affiliate is coded by
// what the text calls it. shabaabAlias tells the alias; qaedaTieSaid a
// sentence that names both.

var (
	shabaabWord  = wordSet("الشباب")
	movementWord = wordSet("الحركة")
)

// shabaabAlias reports the al-Qaeda entry whose words name al-Shabaab.
func shabaabAlias(e *entry) bool {
	if e.kind != kindActor || len(e.ids) == 0 || e.ids[0] != "al-qaeda" {
		return false
	}
	for _, w := range e.words {
		if shabaabWord.m[w] {
			return true
		}
	}
	return false
}

// qaedaTieSaid reports a sentence of the article that names al-Shabaab
// ("الشباب" after any noun) and al-Qaeda by a name of its own (the tie stated: "حركة الشباب التي
// ارتبطت بالقاعدة"); once stated, every al-Shabaab mention of the story
// is al-Qaeda's affiliate's.
func qaedaTieSaid(ms []mention, toks []token) bool {
	// The sentences that name al-Shabaab by any noun: "جماعة الشباب
	// الصومالية، ذراع تنظيم القاعدة" (SK-middleEast-2869) is no alias.
	// In a story that names al-Shabaab, "الحركة" is the movement too:
	// "وتشن الحركة الموالية لتنظيم القاعدة هجمات"، "الحركة التي ...
	// بايعت تنظيم القاعدة".
	shabaab := map[int]bool{}
	if inArticle(toks, shabaabWord) {
		for k := range toks {
			if toks[k].has(shabaabWord) || toks[k].has(movementWord) {
				shabaab[toks[k].sent] = true
			}
		}
	}
	for _, o := range ms {
		if shabaabAlias(o.e) {
			continue
		}
		if o.e.kind == kindActor && len(o.e.ids) > 0 && o.e.ids[0] == "al-qaeda" && shabaab[toks[o.start].sent] {
			return true
		}
	}
	return false
}
