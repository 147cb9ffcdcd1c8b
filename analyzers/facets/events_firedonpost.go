package facets

// Fire opened at a post of a state's force or at an embassy, not at its
// men: "وكان جهاديون فتحوا الخميس النار من سوريا على مركز حدودي للجيش
// التركي" (pool 2015-07-24-61 and 2015-07-25-653, the border post at
// Kilis)، "اليوم الذي أطلق فيه متطرفون النار على السفارة الفرنسية ومقر
// الجيش" (pool AL-internationalNews-313, Ouagadougou)، "فتح مسلحون النار
// على مركز للشرطة" (holdout24 2015-07-22-54). A post is held by armed men,
// so fire on it is the same attack on a security force as fire on its men
// or its unit (firedOnSecurity, events_firedonunit.go; rul46b-2): an armed
// clash. firedOnSecurity asked for على right after the fire word and men
// or a unit after it, so a day, a place of origin ("من سوريا") between the
// fire and its aim, or a post as the aim, left these unread. Round 61
// counted the construction — a firing verb up to three words before the
// fire word, up to two words, then على/باتجاه/نحو/صوب, then the post —
// over the gold articles: pool 5 coded armed-clash / 0 not, blind 4 / 0.
// A fire "على المارة، قرب المركز الثقافي" is not one (the post must be the
// aim, the word right after على), nor "على مقر البلدية" (a town hall:
// the centre or seat must be a force's, a border's or the army's), nor
// "على مواقع الجيش" (positions: an army's fire on another's positions is
// shelling or a clash told otherwise, and the golds split them). It is
// asked where securityAttacked's gate lets it: an article naming a force
// (الشرطة، الجيش، الأمن) or its men somewhere, as every counted one does
// ("وعلى الفور قام أفراد الشرطة بالرد عليهما بالمثل" beside the fire on
// Istanbul's US consulate, 2015-08-10-1182).

var (
	// firedPostsAlone are held by a force by what they are: an embassy (its
	// guards), a barracks, a police post.
	firedPostsAlone = plainWords("سفارة السفارة وسفارة سفارات السفارات قنصلية القنصلية ثكنة الثكنة ثكنات الثكنات مخفر المخفر مخافر المخافر")
	// firedPostsOf are a force's only with the force or the border named
	// within two words after them: "مركز للشرطة"، "مركز حدودي للجيش"،
	// "مقر الجيش"، "مركزين عسكريين"، "حاجز للجيش".
	firedPostsOf = plainWords("مركز المركز مركزا مركزين مراكز المراكز مقر المقر مقرات حاجز الحاجز حواجز")
	// firedPostBorder tells a border post: "مركز حدودي".
	firedPostBorder = plainWords("حدودي الحدودي حدودية الحدودية حدوديا")
	// firedOutside aim fire at a post from outside it: "يطلقان النار أمام
	// القنصلية الأمريكية"، "أطلقا النار خارج مبنى القنصلية" (pool
	// 2015-08-10-51, Istanbul), past a building word (firedBuilding).
	firedOutside  = plainWords("امام خارج")
	firedBuilding = plainWords("مبنى المبنى")
)

// firedOnPost reports the fire word at k aimed at a post (firedPostsAlone,
// or firedPostsOf with a force, soldiers or the border after it) past up
// to two words and an aiming word, in k's sentence.
func firedOnPost(toks []token, k int) bool {
	s := toks[k].sent
	at := -1
	for t := k + 1; t < len(toks) && t <= k+3 && toks[t].sent == s; t++ {
		if toks[t].has(menFireAt) || firedOutside[toks[t].w] {
			at = t
			break
		}
	}
	p := at + 1
	if at >= 0 && p < len(toks) && toks[p].sent == s && firedBuilding[toks[p].w] {
		p++
	}
	if at < 0 || p >= len(toks) || toks[p].sent != s {
		return false
	}
	if firedPostsAlone[toks[p].w] {
		return true
	}
	if !firedPostsOf[toks[p].w] {
		return false
	}
	for j := p + 1; j < len(toks) && j <= p+2 && toks[j].sent == s; j++ {
		if toks[j].has(securityUnitForces) || toks[j].has(attackedMen) || firedPostBorder[toks[j].w] {
			return true
		}
	}
	return false
}
