package facets

// Russia held to be behind the Salisbury poisoning in a story whose news is
// something else: "وبعد ان رفضوا دعوة ترامب لإعادة روسيا الى مجموعة السبع،
// تبنى زعماء المجموعة اتهام بريطانيا لروسيا بالوقوف وراء تسميم العميل
// الروسي السابق سيرغي سكريبال" under "مجموعة السبع تخفق في التغلب على
// الخلافات التجارية" (round60-blinda FR-internationalNews-1731), "واشتعل
// الخلاف بين الدولتين، بعد اتهام لندن موسكو بالوقوف وراء تسميم الجاسوس
// السابق" under "موسكو ترد على لندن بصورة مخجلة لمنتخب إنجلترا" (corpus
// SK-sport-630), the Skripal sentence of a senator's insults (blind
// SK-internationalNews-870).
// Round 45's ruling rul45a-2 codes russia for the poisoning only when the
// attack, its inquiry, the evidence, the charges or the finding of who did
// it is the article's news, the subject of its title or lead; as the
// background of a summit, expulsions, sanctions or a quarrel it codes none.
// The golds agree: of the 28 pool and blind articles that name Skripal or
// Salisbury but no poisoning or nerve agent in the title or lead, 26 code
// no russia and the 2 that do have its role in Syria elsewhere (a military
// channel with the US, its part in the war). rasid coded it on such a
// sentence in 3 blind articles and in round60-blinda's G7 story; this
// takes it from 2 (SK-internationalNews-870 and FR-internationalNews-1731:
// FR-internationalNews-477 names Putin, whom this does not read, and
// SK-internationalNews-3489 keeps russia on its Douma sentence).
//
// poisonedOffLead reports a mention in a sentence that tells a deliberate
// poisoning (poisonWords) or a nerve agent with its carrier ("غاز
// للأعصاب"), or right after such a sentence ("ندين الهجوم باستخدام غاز
// للأعصاب ... في سالزبوري. نحن نتفق مع بريطانيا ... ان تكون روسيا مسؤولة
// عن الهجوم"), in an article whose title and first two body sentences tell
// neither and name no one of the case (skripalNames). A sentence that
// names Syria is left to the other rules (Russia's forces there, the Douma
// attack).
func poisonedOffLead(toks []token, m mention) bool {
	if !inArticle(toks, poisonWords) && !inArticle(toks, nerveAgentWords) {
		return false
	}
	if sentenceHas(toks, m.start, syrianWords) {
		return false
	}
	prev := sentStart(toks, m.start) - 1
	if !poisonSentence(toks, m.start) && (prev < 0 || toks[prev].title || !poisonSentence(toks, prev)) {
		return false
	}
	lead := firstBodySentences(toks, 2)
	for k := range toks {
		if (toks[k].title || lead[toks[k].sent]) && poisonSentence(toks, k) {
			return false
		}
	}
	return true
}

// poisonSentence reports a deliberate poisoning, a nerve agent with its
// carrier, or a name of the Salisbury case (skripalNames) in the sentence
// of token k.
func poisonSentence(toks []token, k int) bool {
	if sentenceHas(toks, k, poisonWords) || sentenceHas(toks, k, nerveAgentWords) && sentenceHas(toks, k, nerveCarriers) {
		return true
	}
	s := toks[k].sent
	for j := sentStart(toks, k); j < len(toks) && toks[j].sent == s; j++ {
		if skripalNames[toks[j].w] {
			return true
		}
	}
	return false
}

// skripalNames name the Salisbury case: the victims, the towns, the agent.
// A lead that names them ("أعلن المختبر البريطاني الذي حلل المادة
// المستخدمة ضد العميل المزدوج الروسي السابق سيرغي سكريبال", pool
// SK-internationalNews-784) tells the case as the news without a poisoning
// word. Looked up whole at one word only.
var skripalNames = plainWords("سكريبال سكريبل سالزبوري سالزبري سالسبوري سالسبري سالسبيري سالزبيري أميسبري نوفيتشوك نوفيتشك")
