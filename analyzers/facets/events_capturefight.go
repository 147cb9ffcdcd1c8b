package facets

// bodyCaptureFight types a retaking and the fighting it was won by when
// each is told once, below the lead, and nothing else reaches a type
// (the retaking may weigh 2 already, dated to its day: datedCapture): a
// feature or a follow-up that opens on its scene or its history and tells
// the day's news in paragraph three ("وفي وقت سابق من الخميس، حرر الجيش
// الليبي منطقة البلاد وسط درنة" … "خلال اشتباكات مع المتشددين"). One lone
// body trigger is as often an aside as news (a lone body clash word is a
// gold clash 7 times in 77), but a retaking told with the army that did it,
// right after its verb, and a fight in the same report bear each other
// out. A bare سيطرة or a retaking with no doer after it is as often a
// goal, a fear or a state ("من السيطرة على المدينة").
func bodyCaptureFight(toks []token, hits map[string]ruleHits, regainAt, clashAt []int) {
	const regain = "government-regains-territory"
	c, okc := hits[regain]
	f, okf := hits["armed-clash"]
	if !okc || !okf || c.title+c.lead > 0 || f.score > 2 || len(regainAt) != 1 || len(clashAt) != 1 {
		return
	}
	for id, h := range hits {
		if id != regain && id != "armed-clash" && h.score >= minScoreOf(id) {
			return
		}
	}
	i := regainAt[0]
	if !toks[i].has(retakeDoneWords) || fightAside(toks, clashAt[0]) {
		return
	}
	if !(i+1 < len(toks) && toks[i+1].sent == toks[i].sent && toks[i+1].has(retakeDoers)) && !retakeAnnounced(toks, i) {
		return
	}
	if c.score < 2 {
		c.score++
		c.leadScore++
	}
	if f.score < 2 {
		// A fight told going on weighs as a phrase already (fightTold).
		f.score++
		f.leadScore++
	}
	hits[regain] = c
	hits["armed-clash"] = f
}

var (
	// retakeDoneWords are the past verbs of freeing or retaking a place
	// and their verbal nouns, which name the doer right after them
	// ("بعد تحرير الجيش الليبي لمعظم أحياء المدينة").
	retakeDoneWords = wordSet("حرر حررت وحرر وحررت استعاد استعادت واستعاد واستعادت تحرير بتحرير وتحرير استعاده باستعاده واستعاده")
	// retakeDoers are the army or forces named right after such a word.
	// The same words as forceWords (events.go): the set is shared
	// (a set bit spared, see maxWordSets).
	retakeDoers = forceWords
)

// retakeAnnounced reports the retaking word at token i told as the army's
// own announcement: a verb of announcing with the army or forces right
// after it, up to retakeAnnounceReach words before in the sentence, names
// the doer as the word right after would ("كما أعلن "الجيش الوطني الليبي"
// بقيادة حفتر الخميس "استعادة السيطرة بالكامل" على منشأتين نفطيتين"، a
// round-44 blind audit's miss; "أعلن الجيش السوري، السبت، استعادة السيطرة
// على جميع مدن وبلدات الغوطة"). Not a word of purpose or a call between
// (the verbal noun after لـ is an aim).
func retakeAnnounced(toks []token, i int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-retakeAnnounceReach && toks[j].sent == s; j-- {
		if toks[j].has(retakeAnnounceVerbs) {
			return j+1 < i && toks[j+1].has(retakeDoers)
		}
	}
	return false
}

const retakeAnnounceReach = 8

// retakeAnnounceVerbs are the past verbs of announcing (see
// retakeAnnounced).
var retakeAnnounceVerbs = wordSet("اعلن اعلنت واعلن واعلنت")
