package facets

// A weak or generic force word right after a stronghold noun names the
// holder of the ground: "محافظة إدلب، آخر معاقل المعارضة المتبقية"
// (CN-middleEast-1559)، "دوما آخر معقل للمعارضة في غوطة دمشق"
// (SK-economy-337)، "آخر معقل رئيسي للمعارضة قرب دمشق" (SK-middleEast-213).
// Holding ground is the military role heldBy reads after a control word
// ("خاضعة لسيطرة المعارضة"); the stronghold is the same hold in one noun.
// Over the pool and blind gold articles the opposition's own words after
// the noun (المعارضة، الفصائل، الثوار, with its ل/ب/و forms and رئيسي
// between) are coded opposition in 64 articles and left out in 2
// (FR-middleEast-252, AL-internationalNews-882); the regime's ("معقل
// الأسد"، "معاقل النظام في الساحل") coded in 2 of 2. Like heldBy, it is
// asked only in an article about Syria: elsewhere "معاقل المتمردين" are the
// Houthis' and "معاقل الإرهابيين" Sinai's or Derna's, whose generic words
// the earlier rules leave to their own land.

// strongholdNouns are the noun's forms, read whole at the word before the
// mention (or before رئيسي).
var strongholdNouns = plainWords("معقل ومعقل لمعقل بمعقل معقلا معاقل ومعاقل لمعاقل بمعاقل")

// strongholdChief may stand between the noun and the holder: "آخر معقل
// رئيسي للمعارضة".
var strongholdChief = plainWords("رئيسي الرئيسي")

// strongholdOf reports a mention right after a stronghold noun, with no
// punctuation between.
func strongholdOf(toks []token, m mention) bool {
	i := m.start
	if i == 0 || toks[i].gap {
		return false
	}
	if strongholdNouns[toks[i-1].w] {
		return true
	}
	return i >= 2 && !toks[i-1].gap && strongholdChief[toks[i-1].w] && strongholdNouns[toks[i-2].w]
}
