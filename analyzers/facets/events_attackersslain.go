package facets

// attackersSlain returns the attackers' nouns of the text told killed in
// a count: "فيما قتل ثمانية مهاجمين"، "في هجوم متزامن قتل فيه ستة
// مهاجمين"، "مقتل اثنين من المهاجمين"، "إن 7 مهاجمين قتلوا في الهجوم"،
// "أسفرت عن مقتل جميع المهاجمين". Attackers who fell several at a time
// fell in the fight their attack met: the coders type the attack on an
// army headquarters, an embassy or a hotel whose gunmen were killed an
// armed clash (round-45 audit m45clash: Ouagadougou, Sévaré, Kabul), as
// ACLED does. Not one attacker ("قتلت الشرطة المهاجم" after a stabbing,
// which the coders split on), nor attackers told as bombers ("مقتل 3
// مهاجمين انتحاريين"), whose deaths are their bombing.
func attackersSlain(toks []token) []int {
	if !inArticle(toks, slainAttackers) {
		return nil
	}
	var at []int
	for _, k := range setTokens(toks, slainAttackers) {
		s := toks[k].sent
		if k+1 < len(toks) && toks[k+1].sent == s && toks[k+1].has(bomberSubjects) {
			continue
		}
		if attackersCountedKilled(toks, k) {
			at = append(at, k)
		}
	}
	return at
}

// attackersCountedKilled reports the attackers' noun at k told killed:
// a count (a number above one, "جميع"، "كل") right before it, or before
// من right before it, with a killing word up to two words before the
// count or a verb of dying right after the noun; or the indefinite plural
// right after a killing word ("مقتل مهاجمين").
func attackersCountedKilled(toks []token, k int) bool {
	s := toks[k].sent
	c := -1 // where the count starts
	end := k
	if k > 0 && toks[k-1].sent == s && toks[k-1].w == "من" {
		end = k - 1
	}
	if end > 0 && toks[end-1].sent == s && toks[end-1].has(allOfThem) {
		c = end - 1
	}
	for t := max(0, end-3); c < 0 && t < end; t++ {
		if toks[t].sent != s {
			continue
		}
		if n, used := readNumber(toks, t); n > 1 && !isYear(n) && t+used == end {
			c = t
		}
	}
	if c < 0 {
		return toks[k].w == "مهاجمين" && k > 0 && toks[k-1].sent == s && toks[k-1].has(killWords)
	}
	if nearBefore(toks, c, 2, killWords) {
		return true
	}
	return k+1 < len(toks) && toks[k+1].sent == s && toks[k+1].has(diedVerbs)
}

var (
	// slainAttackers are the attackers a count names: the plural, not the
	// lone المهاجم.
	slainAttackers = wordSet("مهاجمين المهاجمين")
	// allOfThem count all the attackers: "مقتل جميع المهاجمين".
	allOfThem = wordSet("جميع كل كافه")
)
