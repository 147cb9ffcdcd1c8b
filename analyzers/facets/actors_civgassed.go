package facets

// Civilians choked by an attack's gas: "وقوع المئات من حالات الاختناق
// لأشخاص بينهم أطفال، إثر القصف بالغازات السامة". Choking is no harm word
// by itself, as children choke on toys and migrants in a lorry; beside a
// shelling or a chemical attack (attackWords) it is the attack's harm.

// chokeWords name choking.
var chokeWords = wordSet("اختناق الاختناق للاختناق بالاختناق اختناقا")

// gassedVictims reports a civilians mention in a sentence that tells both
// choking and an attack.
func gassedVictims(toks []token, m mention) bool {
	return sentenceHas(toks, m.start, chokeWords) && sentenceHas(toks, m.start, attackWords)
}
