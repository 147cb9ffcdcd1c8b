package facets

// An attack called "مفترض" is alleged, not possible. modalAfter reads the
// adjective after a trigger as what may happen ("ضربات جوية وصاروخية
// محتملة"، "هجوم مرتقب"), and so it is after a strike or a reply still
// threatened. After an attack noun it is what the attack is said to have
// been: "ردا على هجوم كيميائي مفترض" (the Douma gas attack, April 2018, that
// the Western strikes answered)، "التحقيق في الهجوم الكيميائي المفترض على
// دوما"، "بعد هجوم كيميائي مفترض آخر" (Khan Shaykhun, 2017). The corpus
// has 78 of these, every one an attack that took place and was blamed on
// someone; ACLED codes an attack by what is reported of it, and the golds
// code that attack where it is recent (holdout-20 Q54, holdout-21 Q26).

var (
	// allegedAttackNouns open the attack phrase that "مفترض" qualifies.
	allegedAttackNouns = wordSet("هجوم الهجوم هجوما هجمات الهجمات لهجوم بهجوم وهجوم والهجوم للهجوم بالهجوم اعتداء الاعتداء")
	// allegedWords are the forms of "مفترض".
	allegedWords = wordSet("مفترض مفترضه المفترض المفترضه")
)

// allegedAttack reports a trigger at i..end that an attack noun opens and
// whose first modal adjective after it (see modalAfter) is "مفترض": "هجوم
// كيماوي مفترض"، "الهجوم الكيميائي المفترض".
func allegedAttack(toks []token, i, end int) bool {
	if !toks[i].has(allegedAttackNouns) {
		return false
	}
	for j := end; j < len(toks) && j < end+3 && toks[j].sent == toks[end-1].sent; j++ {
		if toks[j].has(modalAdjectives) {
			return toks[j].has(allegedWords)
		}
		if toks[j].has(objectPrepositions) {
			return false
		}
	}
	return false
}
