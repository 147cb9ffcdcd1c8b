package facets

// Persons whose data a cyber attack stole: "تسبب هجوم إلكتروني، استهدف
// نظام الصحة العامة بسنغافورة، في اختراق بيانات عدد قياسي من الأشخاص".
// The attack and its target are the war's words, but a hack harms no one
// in body and is no event of the conflict guide's: its victims are no
// civilians, as a volcano's or a road accident's are not.

var (
	// cyberAttackNouns are the attacks an electronic adjective makes a
	// hack.
	cyberAttackNouns = wordSet("هجوم الهجوم هجمات الهجمات هجوما اختراق الاختراق")
	// cyberAdjectives after such a noun: "هجوم إلكتروني"، "الهجمات
	// السيبرانية"، AFP's "هجمات معلوماتية" ("واتهمت الدول الغربية مرارا
	// روسيا بشن هجمات معلوماتية عليها"). Alone the adjective is as often
	// a news site's ("ذكر الموقع الإلكتروني") and says nothing.
	cyberAdjectives = wordSet("إلكتروني الإلكتروني إلكترونية الإلكترونية إلكترونيا سيبراني السيبراني سيبرانية السيبرانية " +
		"معلوماتي المعلوماتي معلوماتية المعلوماتية")
	// hackerWords name hacking and hackers by themselves.
	hackerWords = wordSet("قرصنة القرصنة قراصنة القراصنة المتسللين متسللين قرصنتها")
)

// cyberAttack reports a sentence, that of token i, that tells a hack: an
// attack noun with an electronic adjective right after it, or a word of
// hacking.
func cyberAttack(toks []token, i int) bool {
	if sentenceHas(toks, i, hackerWords) {
		return true
	}
	if !inArticle(toks, cyberAdjectives) {
		// Every civilians mention asks: most articles hold no such
		// adjective, and the article's vocabulary says so at once.
		return false
	}
	s := toks[i].sent
	for j := sentStart(toks, i); j+1 < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(cyberAttackNouns) && toks[j+1].sent == s && toks[j+1].has(cyberAdjectives) {
			return true
		}
	}
	return false
}

// cyberWarWords with an electronic adjective after them name a cyber war
// or espionage: "وحدة للحرب الإلكترونية"، "تجسس معلوماتي".
var cyberWarWords = union(cyberAttackNouns, wordList("الحرب حرب للحرب تجسس التجسس"))

// cyberTitle reports a title that tells a hack, a cyber war or cyber
// espionage: "الهجمات الإلكترونية الروسية: هولندا تدافع عن قرارها"،
// "واشنطن تتحصن.. بوحدة للحرب الإلكترونية".
func cyberTitle(toks []token) bool {
	for j := 0; j < len(toks) && toks[j].title; j++ {
		if toks[j].has(hackerWords) {
			return true
		}
		if j+1 < len(toks) && toks[j+1].title && toks[j].has(cyberWarWords) && toks[j+1].has(cyberAdjectives) {
			return true
		}
	}
	return false
}

// cyberStoryState reports a state named in a story of a hack or of cyber
// espionage, in a sentence that tells the hack or no fighting at all:
// "هجمات قرصنة إلكترونية متطورة من روسيا والصين"، "يشتبه بأنهم عملاء روس".
// A state that hacks or spies takes no part in the war the gold guide
// codes; its strikes, told in their own sentence, count. The title is
// read once per article (c.cyber), not once per state mention.
func cyberStoryState(toks []token, m mention, c *articleCues) bool {
	return once(&c.cyber, func() bool { return cyberTitle(toks) }) && (cyberAttack(toks, m.start) || !sentenceHas(toks, m.start, fightWords) && !sentenceHas(toks, m.start, militaryWords))
}
