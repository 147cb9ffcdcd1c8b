package facets

// A killing told by أردى with its victim's pronoun: "باشروا بإطلاق النار
// عليه حتى أردوه قتيلاً"، "أطلق النار على الشاب فأرداه قتيلا"، "أردي قتيلا".
// The pronoun is the victim and carries the number as the fate of "لقي
// غواص حتفه" does (tolls_alone.go): a singular is one dead, a dual
// (أرداهما قتيلين) two; a plural (أرداهم قتلى) gives no figure. The
// phrase recurs some sixty times in the corpus, nearly always for a lone
// shooting; a round-37 blind sample read no toll for a young man the
// Houthis shot in Sanaa.

var (
	// felledOnes are أردى with a singular object pronoun, and its passive:
	// أرداه، أردته، أردوه، أرداها، أردتها، أردوها، أردي.
	felledOnes = wordSet("ارداه اردته اردوه ارداها اردتها اردوها اردياه اردي")
	// felledTwos are أردى with a dual object pronoun: أرداهما، أردتهما،
	// أردوهما.
	felledTwos = wordSet("ارداهما اردتهما اردوهما")
	// felledStates follow أردى as the victim's state: قتيلا، قتيلة،
	// قتيلين، صريعا.
	felledStates = wordSet("قتيلا قتيله قتيلين قتيلتين صريعا صريعه صريعين")
)

// felledToll reads "أرداه قتيلا" at token i as one dead and "أرداهما
// قتيلين" as two, at the verb, in the title or the lead, and not after a
// word of time or doubt or an anniversary (toldAside), nor in a sentence
// that dates it to another time (otherTime: "حتى أخبره عن تلك الوقعة قبل
// أربعين عاما وكيف أنه طعن فارسا ... وأرداه قتيلا" in a folk tale). It is
// an act's toll (toll.act): a figure the text gives comes first.
func felledToll(toks []token, i int) (toll, bool) {
	n := 0
	switch {
	case toks[i].has(felledOnes):
		n = 1
	case toks[i].has(felledTwos):
		n = 2
	default:
		return toll{}, false
	}
	if i+1 >= len(toks) || toks[i+1].gap || !toks[i+1].has(felledStates) {
		return toll{}, false
	}
	if !inTitleOrLead(toks, i) || toldAside(toks, i) || otherTime(toks, i) {
		return toll{}, false
	}
	return toll{kind: killedKind, n: n, tok: i, act: true}, true
}
