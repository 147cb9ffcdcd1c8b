package facets

import "strings"

// A state named by its name as the mediator of a deal with Syria's
// fighters.
//
// The broker phrase of actors_forces.go reads the nationality adjective
// after a broker word ("اتفاق بوساطة روسية"، "تسوية برعاية روسية"); the
// dev gold codes Russia in the evacuation deals it made with the rebels.
// News as often names the mediator by the state itself, as the subject of
// a mediating verb: "ضمن الاتفاق الذي توسط فيه الروس، ويشمل بلدات ببيلا
// وبيت سحم ويلدا" (holdout-22, russia missed)، "وبدأ تنفيذ اتفاق الإجلاء،
// الذي توسطت فيه روسيا حليفة الحكومة السورية"، "بموجب اتفاق توسطت فيه
// روسيا يغادر بموجبه المقاتلون المدينة المحاصرة". Such a weak mention fell
// to the state checks, which read no war word near it.
//
// Not the noun after a broker word ("برعاية روسيا وإيران وتركيا"،
// "بوساطة الولايات المتحدة والأردن"): a first draft read it too, and in
// the corpus it named the sponsors of the Astana talks and of the
// de-escalation zones — deals between states, told as an aside in Idlib's
// and Daraa's stories.

var (
	// mediateVerbs mediate a deal: "توسطت فيه روسيا"، "توسط فيه الروس".
	mediateVerbs = wordSet("توسط توسطت يتوسط تتوسط")
	// brokerDealWords name the deal a state mediates: the broker
	// phrase's words without the talks (brokeredWords' محادثات،
	// مفاوضات), which are as often a peace conference's between states.
	brokerDealWords = brokeredWords.without("مفاوضات", "المفاوضات", "محادثات", "المحادثات")
	// disarmamentWords name chemical weapons or their agents: the 2013
	// disarmament deal that Moscow and Washington mediated ("الاتفاق الذي
	// توسطت فيه الولايات المتحدة وروسيا بعد هجوم السارين").
	disarmamentWords = union(chemicalWords, wordSet("السارين بالسارين الأعصاب الكيمياوية الكيمياوي"))
)

// stateBroker reports a weak mention of a state right after a mediating
// verb, with or without its pronoun ("توسطت فيه روسيا"، "توسطت روسيا"), or
// a later member of a list so opened ("توسطت فيه موسكو وواشنطن"), where a
// deal word stands within six words before the verb in the same sentence
// and the sentence names no chemical weapons. The caller asks for an
// article about Syria, as the broker phrase's entries do.
func stateBroker(toks []token, m mention) bool {
	s := toks[m.start].sent
	p := m.start
	// Back over the list: each later member starts with و.
	for p > 0 && strings.HasPrefix(toks[p].w, "و") && !toks[p].gap && toks[p-1].sent == s && toks[p-1].has(stateNames) {
		p--
	}
	b := p - 1 // the verb or its pronoun
	if b < 0 || toks[p].gap || toks[b].sent != s {
		return false
	}
	if (toks[b].w == "فيه" || toks[b].w == "فيها") && b > 0 && !toks[b].gap {
		b--
	}
	if !toks[b].has(mediateVerbs) {
		return false
	}
	return nearBefore(toks, b, 6, brokerDealWords) && !sentenceHas(toks, m.start, disarmamentWords)
}
