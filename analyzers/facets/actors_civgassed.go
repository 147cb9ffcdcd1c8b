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

// gassedPersons reports plain persons (شخصا، أشخاص) counted in a sentence
// that names a gas or a chemical weapon (gasWords), in an article that
// nowhere names civilians, residents, women, children or the innocent
// (gassedNamedWords): "الهجوم الكيميائي المزعوم الذي أودى بحياة أكثر من
// 40 شخصاً"، "نفذ بغاز سام في سوريا وأسفر عن مقتل ما لا يقل عن 60 شخصا".
// The golds follow round 43's ruling 6 (adjudication README): a chemical
// attack's dead or hurt told only as a number or as persons are no
// civilians. The ruling leaves aside articles with a civilian word
// elsewhere ("خاصة ضد المدنيين"، "وحش يقتل شعبه بالغاز") and Salisbury's
// named victims of a nerve agent ("الشخصين المصابين كانا مستهدفين"), so a
// sentence naming the nerve agent (الأعصاب) keeps its persons.
func gassedPersons(toks []token, m mention) bool {
	return sentenceHas(toks, m.start, gasWords) && !sentenceHas(toks, m.start, nerveAgentWords) && !inArticleAny(toks, gassedNamedWords)
}

var (
	// gassedNamedWords name the people a chemical attack hit as
	// civilians: the civilians words, residents, women, children, the
	// innocent, or a ruler's own people ("يقتل شعبه").
	gassedNamedWords = union(civilianWords, wordSet("الأهالي أهالي النساء نساء الأطفال أطفال أطفالا سكان السكان المواطنين مواطنين الأبرياء أبرياء شعبه"))
	// nerveAgentWords name the nerve agent of Salisbury's poisoning.
	nerveAgentWords = wordSet("الأعصاب للأعصاب")
)
