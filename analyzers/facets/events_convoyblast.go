package facets

// motorcadeWords name a motorcade, the moving target of a bombing: an
// official's cars on the road (موكب رئيس الوزراء).
var motorcadeWords = wordSet("موكب الموكب موكبه موكبها موكبهم مواكب")

// convoyBlast reports a bombing noun (the token before end) whose object is
// a motorcade ("عباس يحمل حماس مسؤولية تفجير موكب الحمد الله"، "في تفجير
// موكب رئيس الوزراء"): a motorcade is blown up only by an attack on it, so
// the bombing needs no word of its occurrence or toll beside it. The
// foiled and planned bombings (محاولة، مخطط، لتفجير) are dropped before it
// is asked.
//
// Not when "about" (aboutWords: حول، بشأن) stands right before the noun
// ("السلطة تدحض رواية حماس حول تفجير موكب الحمد الله"): an account of a
// bombing six weeks old, which the golds leave untyped, as they do the
// inquiries "حول انفجار" that explosionAimed drops.
func convoyBlast(toks []token, i, end int) bool {
	if end >= len(toks) || toks[end].sent != toks[i].sent || !toks[end].has(motorcadeWords) {
		return false
	}
	return i == 0 || toks[i-1].sent != toks[i].sent || !toks[i-1].has(aboutWords)
}
