package facets

// A civil defence report tells people trapped with the حجز root: "بلاغ عن
// احتجاز شخصين بداخل بئر"، "ووجود حالات احتجاز وإصابات" in a fire,
// "واحتجازهم داخل المركبة مما استدعى تدخل رجال الدفاع المدني لفك
// الاحتجاز"، "تحرير احتجاز 3 أشخاص من عقبة الأبناء". Round 49's corpus
// audit of event types (c49et) found 12 such reports typed arrests, none
// an arrest: the word is the trap the rescuers free, not a detention.

// civilDefenceHeads and civilDefenceWords make the civil defence's name,
// "الدفاع المدني", read as two words: المدني alone is the civil of a
// society or an aviation.
var (
	civilDefenceHeads = wordSet("الدفاع للدفاع والدفاع بالدفاع")
	civilDefenceWords = wordSet("المدني")
	// trapWords are the حجز root's arrest triggers (holdArrestWords) with
	// the suffixed nouns a trigger reads without its suffix: "واحتجازهم
	// داخل المركبة".
	trapWords = union(holdArrestWords, wordList("احتجازه احتجازها احتجازهم احتجازهما احتجزوا"))
)

// entrapped reports an arrest trigger of the حجز root (trapWords)
// at i in an article that names the civil defence, with no arresting
// force right after the verb ("احتجزت الشرطة ..." in a fire's story is an
// arrest): the people held are trapped, and the rescuers free them.
func entrapped(toks []token, i int) bool {
	if !toks[i].has(trapWords) || !inArticle(toks, civilDefenceWords) || nearAfter(toks, i, 2, arrestingForce) {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].has(civilDefenceWords) && toks[k-1].has(civilDefenceHeads) {
			return true
		}
	}
	return false
}
