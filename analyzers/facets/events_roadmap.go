package facets

// A roadmap two sides are told to have agreed on is an agreement, as the
// coders type one: "وكانت الولايات المتحدة وتركيا اتفقتا، الاثنين، على
// خريطة طريق لمدينة منبج"، "واتفقت الولايات المتحدة، وتركيا، الشهر
// الحالي، على "خارطة طريق" بشأن مدينة منبج". The agreement triggers read
// a deal only by its noun (اتفاق) after a word of reaching or signing, and
// the verb اتفق alone is mostly leaders agreeing on a call, a meeting or
// the need for a political solution ("اتفقا على مواصلة العمل عن كثب"،
// "اتفق الطرفان على تشكيل مجموعة عمل مشتركة": 45 pool and blind gold
// articles, none coding an agreement), so a roadmap agreed typed nothing.
var (
	// roadmapAgreedVerbs are the past forms of اتفق (with و, clitics
	// taken off). Not the present: "في حال اتفق الطرفان" and "يتفق"
	// tell a deal still to come as often as not.
	roadmapAgreedVerbs = wordSet("اتفق اتفقت اتفقتا اتفقا اتفقوا اتفقنا")
	// roadmapNouns head a roadmap: خارطة طريق، خريطة طريق.
	roadmapNouns = wordSet("خارطة خريطة")
)

// roadmapOn and roadmapRoad are read at one word each, right before and
// right after the roadmap noun: a plain map, no set bit (maxWordSets).
var (
	roadmapOn   = plainWords("على علي")
	roadmapRoad = plainWords("طريق الطريق")
)

// roadmapReach is how far after the verb its على may stand: the parties,
// a day and a comma between ("اتفقتا، الاثنين، على"، "واتفقت الولايات
// المتحدة، وتركيا، الشهر الحالي، على").
const roadmapReach = 7

// roadmapsAgreed returns the verbs of a roadmap agreed, one a sentence: a
// past form of اتفق (roadmapAgreedVerbs), then within roadmapReach words in
// its sentence "على" and a roadmap (خارطة / خريطة and طريق), in a Syrian
// story (one that says سوري anywhere, as busesOfWar asks). Counted over the
// pool and blind gold articles, the construction stands in four, all
// coding an agreement (the US–Turkish roadmap for Manbij,
// SK-middleEast-2165, -2190, -2476 and -2916, the last typed by another
// word); the roadmap told as the one "التي اتفقنا عليها" or "التي تم
// الاتفاق عليها" (BB-middleEast-597, -634, SK-middleEast-2454: the deal
// behind a withdrawal or a patrol, coded without an agreement) has the
// verb after it and is not read. Outside a Syrian story the roadmap is a
// dam's or a trade's ("الوزراء اتفقوا على خريطة طريق" of the Nile dam).
// Threats, plans and history are left to the caller.
func roadmapsAgreed(toks []token) []int {
	if !mayHold(toks, holdsSyri) || !inArticle(toks, roadmapNouns) || !inArticle(toks, roadmapAgreedVerbs) {
		return nil
	}
	var at []int
	last := -1 // the sentence of the last roadmap found
	for _, i := range setTokens(toks, roadmapAgreedVerbs) {
		if toks[i].sent == last {
			continue
		}
		s := toks[i].sent
		for j := i + 1; j+2 < len(toks) && j <= i+roadmapReach && toks[j+2].sent == s; j++ {
			if roadmapOn[toks[j].w] && toks[j+1].has(roadmapNouns) && roadmapRoad[toks[j+2].w] {
				at = append(at, i)
				last = s
				break
			}
		}
	}
	return at
}
