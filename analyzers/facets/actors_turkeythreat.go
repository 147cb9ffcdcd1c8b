package facets

// Turkey by its bare name as the author of a threatened military act.
//
// A state that threatens or decides a military act of its own is a party
// the golds code (actors_threat.go: "التي هددت أيضا بإجراء عسكري"،
// "تعهدت روسيا ضرب جميع الصواريخ"), but threatensForce weighs only the
// lexicon's weak state names, and the lexicon reads "تركيا" as a village
// (actors_turkey.go), so Turkey's threats were never read: "وهددت تركيا
// مراراً بشن عملية عسكرية ضد المقاتلين الأكراد في منبج"، "تهدد تركيا بشن
// هجوم على منبج" (agency copy on the Manbij roadmap, whose Turkey the
// blind sample of round 37 codes). The same verb and act checks apply to
// the bare name here.

// turkeyThreatens reports the bare name at i as the agent of a threat verb
// whose object is a military act (threatensForce's reading).
func turkeyThreatens(toks []token, i int) bool {
	return threatensForce(toks, nil, mention{start: i, end: i + 1})
}
