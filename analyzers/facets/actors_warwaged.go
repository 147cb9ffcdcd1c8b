package facets

// A state named as the one that wages a war on terror or on an armed group:
// "أن تركيا تخوض حربا ضد الإرهاب"، "وتقود الولايات المتحدة الحرب على
// الإرهاب"، "الحرب التي تشنها تركيا على الارهاب المتمثل بتنظيم داعش". The
// golds code the state in every pool and blind article that holds one of the
// three orders with a war noun (11 coded, none not; round 59, m59amiss).
// campaignClauseAuthor (actors_forces.go) reads operations and strikes in the
// relative order; a war noun was read by none, and the subject before or
// after its verb by none.
//
// The war must be an armed one: its foe, right after "على" or "ضد" after the
// war noun (or after the state in the relative order), is terror (terrorWords)
// or a name the lexicon reads, an actor's or a place's ("على حلب"), right
// after the preposition or after "(ال)تنظيم". A war on corruption or drugs,
// a trade war ("الحرب التجارية التي تشنها الولايات المتحدة": an adjective
// between noun and clause) and a war of words are no party's.
var (
	// warObjectNouns are the war a state wages, as a whole word.
	warObjectNouns = plainWords("حرب الحرب حربا")
	// warWageVerbs wage or lead it with the state as subject, before or
	// after the name: "تركيا تخوض حربا"، "وتقود الولايات المتحدة الحرب".
	// Not wagingVerbs (actors_turkey.go): that set adds the verbs of a
	// campaign or a strike (أطلقت، بدأت، نفذت، قصفت) and lacks تقود; read
	// through it, "بدأت الولايات المتحدة الحرب على" would count as well.
	warWageVerbs = plainWords("تخوض يخوض خاضت خاض تشن يشن شنت شن تقود يقود قادت") // read through stripWa: وتقود too
	// warClauseVerbs carry the war as object pronoun after a relative:
	// "الحرب التي تشنها تركيا".
	warClauseVerbs = plainWords("تشنها يشنها شنتها تخوضها يخوضها خاضتها تقودها يقودها قادتها")
)

// warWager reports a state mention m that wages an armed war (see above): the
// verb right before the name and the war noun right after it, the verb right
// after the name and the war noun right after the verb, or the war noun
// heading a relative clause whose verb stands right before the name.
func warWager(toks []token, ms []mention, m mention) bool {
	s := toks[m.start].sent
	in := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].sent == s }
	i, e := m.start, m.end
	switch {
	case in(i-1) && warWageVerbs[stripWa(toks[i-1].w)] && in(e) && warObjectNouns[toks[e].w]:
		// "وتقود الولايات المتحدة الحرب على الإرهاب"
		return armedFoeAfter(toks, ms, e+1)
	case in(e+1) && warWageVerbs[stripWa(toks[e].w)] && warObjectNouns[toks[e+1].w]:
		// "أن تركيا تخوض حربا ضد الإرهاب"
		return armedFoeAfter(toks, ms, e+2)
	case in(i-3) && warClauseVerbs[toks[i-1].w] && toks[i-2].has(relativeWords) && warObjectNouns[toks[i-3].w]:
		// "الحرب التي تشنها تركيا على الارهاب"
		return armedFoeAfter(toks, ms, e)
	}
	return false
}

// armedFoeAfter reports "على" or "ضد" at j, in the sentence of toks[j-1],
// with terror or a mention of ms (an actor, or a place: "على حلب") right
// after it, or right after "(ال)تنظيم" after it: "ضد الإرهاب"، "على تنظيم
// داعش".
func armedFoeAfter(toks []token, ms []mention, j int) bool {
	if j+1 >= len(toks) || toks[j].sent != toks[j-1].sent || toks[j+1].sent != toks[j].sent || !toks[j].has(againstWords) {
		return false
	}
	if toks[j+1].has(terrorWords) {
		return true
	}
	for _, o := range ms {
		if o.start == j+1 || o.start == j+2 && (toks[j+1].w == "تنظيم" || toks[j+1].w == "التنظيم") {
			return true
		}
	}
	return false
}
