package facets

// evScuffle (صدامات، أعمال عنف بين) is a violent demonstration when
// protesters are named in its sentence: "وقعت صدامات بين قوات الأمن
// المغربية ومتظاهرين في مدينة جرادة"، "فرنسا: صدامات بين متظاهرين وقوات
// الأمن في مدينتي نانت ومونبلييه"، "رومانيا: أعمال عنف بين الشرطة وآلاف
// المحتجين". Violence between two sides is no force one side met
// (protestForce leaves عنف بين to it). Protesters fighting the police are a riot in ACLED's coding
// (as اشتبك محتجون is, see triggerType), while the word alone is as often
// a clash of armies or of words, which it leaves to the clash words.
const evScuffle = "scuffle"

// scuffleType types a scuffle word at token i: a violent demonstration
// when its sentence names protesters; an armed clash when it names gunmen
// or fighters instead ("وجرت صدامات ... بين قوات الأمن ومسلحين أطلقوا النار
// على مركز الشرطة"), who fight, not riot; else nothing.
func scuffleType(toks []token, i int) string {
	if sentenceHas(toks, i, protesters) {
		return "violent-demonstration"
	}
	if sentenceHas(toks, i, rebelMenNouns) {
		return "armed-clash"
	}
	return ""
}
