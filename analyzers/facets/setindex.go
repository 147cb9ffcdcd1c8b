package facets

import "math/bits"

// The set index: where in an article the tokens of a few sets stand.
//
// Dozens of rule passes walk every token of an article and act only at the
// words of one set (uncoveredMentions' finders, the actor passes of
// actors*.go, findTolls' cues): each walk loads every token, 96 bytes, to
// read one bit, and those loads were most of has's sixth of extraction.
// tokenize writes down, for each indexed set, the positions of the tokens
// that hold it, and such a pass walks those (setTokens).
//
// Only the sets listed in indexedSets are indexed. An index of every set a
// token holds (about eleven of them a token on the seeds, 4,700 positions
// an article) cost tokenize as much as a hundred of the walks it would
// save; an index built at a set's first ask costs the walk it replaces,
// and few sets are walked twice. A listed set costs tokenize one OR per
// form in a set (vocabWord.slots) and an append per token that holds it.

// maxIndexed is the number of sets indexedSets may list: the bits of a
// slotMask.
const maxIndexed = 128

// slotMask has a bit for each indexed set (the set's slot-1).
type slotMask [maxIndexed / 64]uint64

// or adds o's slots to m.
func (m *slotMask) or(o *slotMask) {
	for w := range m {
		m[w] |= o[w]
	}
}

// indexedSets are the sets whose tokens tokenize indexes: the sets of the
// whole-article passes that act only at their words. A set joins by
// being listed here (indexSets gives it its slot); a pass that walks
// setTokens of a set not listed still gets the right answer, by a walk
// of every token.
var indexedSets = indexSets(
	// uncoveredMentions' first words.
	burningWords, attackTollNouns, familyVictimWords, groupVictimNouns,
	quarterNouns, settlerVictimWords, civilianTargetNouns, coalitionNameWords,
	indefiniteCoalitionWords, enemyWords, forceHeadNouns, victimOrRoleWords,
	nationalFirstWords, leaderOpenings, soldierPhraseNouns, residentialNouns,
	occupationSoldierNouns, civilianSiteWords, amongWordsOf,
	// The passes of actors*.go and events*.go over every token that
	// act only at a word of their set.
	ascribedArms, offensiveBackingForms, forceUseWords, ownRegimeWords,
	bombTollDead, israeliCountWords, civilianRanks, shellVictimNouns,
	detentionWords, interveneWords, organWords, iranLedMilitiaNouns,
	lebanonHezbollahWords, rivalClashNouns, bareAssad, militiaNouns,
	pkkWarForceWords, rebelMenNouns, bulletNouns, courtHeads, regimeBaseNouns,
	stateStrikeNouns, pastJailVerbs, threatNounForms, factionGroupNouns,
	baseOpenWords, obsPostNouns, slainAttackers, assaultNouns, infilFoilVerbs,
	riotDeeds, roadmapAgreedVerbs,
	// Walks whose body acts at a word of their set only, or that stop at
	// the first such word.
	regimeAllyNouns, loneTerrorWords, forceMosques, baseWords,
	allianceNounForms, courtStateWords, protesters, groundWords, sportWords,
	siegeEndWords, captiveWords, armsSeizing, rammingWords, truceDeclared,
	offensiveHeads, tyreBurners, pairWords, filmWords, countedWith,
	fighterNouns,
	// Unions made to be indexed, below: walks that act at a word of any
	// of a few sets.
	shotKillWords, ongoingWords, securityHitWords, loyalOpenWords,
	iraqServiceOpenings, turkeyBackedOpenings, shotRoleOpenings,
	stateRoleOpenings, operationKillOpenings,
	// The first words of the lexicon's triggers, for eventHits'
	// walk (triggerWalk).
	triggerStarts,
)

// The unions indexed above (shotKillWords … operationKillOpenings) are
// made to be walked: each holds the words at which one pass reads first,
// and stands beside that pass, so that a test the pass adds at its first
// step is written beside the union it must join.

// indexSets gives each of sets its slot, in order, and returns them. It
// runs while the package's variables are initialized, before any
// tokenize; a set listed twice or past maxIndexed panics there.
func indexSets(sets ...*words) []*words {
	if len(sets) > maxIndexed {
		panic("facets: more than maxIndexed indexed sets")
	}
	for k, s := range sets {
		if s.slot != 0 {
			panic("facets: a set indexed twice")
		}
		s.slot = uint8(k + 1)
	}
	return sets
}

// indexVocab gives every vocab word the slots of the indexed sets it is
// in. lex calls it once vocab holds every word of every set, so that a
// form's slots say the same as its sets: slot k's bit is set exactly when
// the word's sets hold indexedSets[k].
func indexVocab() {
	for _, v := range vocab {
		v.slots = slotMask{}
		for k, s := range indexedSets {
			if v.sets.holds(s) {
				v.slots[k/64] |= 1 << (k % 64)
			}
		}
	}
}

// indexTokens appends position i to the positions of each indexed set
// whose slot m has. tokenize calls it for each token in order, so that each
// set's positions ascend.
func (b *tokenBuf) indexTokens(i int, m *slotMask) {
	for w, x := range m {
		for x != 0 {
			k := w*64 + bits.TrailingZeros64(x)
			b.pos[k] = append(b.pos[k], i)
			x &= x - 1
		}
	}
}

// slotRoom is how many positions each indexed set of a new pooled buffer
// has room for before its array grows on its own: most sets hold fewer in
// an article.
const slotRoom = 8

// carvePositions gives each indexed set of b, a new pooled buffer, room
// for slotRoom positions in one array. Grown from nothing by append, the
// sets' arrays were some 35 allocations for every buffer the pool made
// anew (a few hundred articles of the corpus). Each set's part is capped
// (a full slice expression), so that a set past its room grows into an
// array of its own rather than over the next set's.
func (b *tokenBuf) carvePositions() {
	room := make([]int, len(indexedSets)*slotRoom)
	for k := range indexedSets {
		b.pos[k] = room[k*slotRoom : k*slotRoom : (k+1)*slotRoom]
	}
}

// setTokens returns the positions in toks of the tokens that hold set
// (has), in ascending order: from tokenize's index when toks is a whole
// article (articleOf) and set is indexed; otherwise by walking every token,
// into a new array. A pass over every token that acts only at the words
// of set walks these instead, with the same answers in the same order.
func setTokens(toks []token, set *words) []int {
	if set.slot != 0 {
		if art := articleOf(toks); art != nil && art.pos != nil {
			return art.pos[set.slot-1]
		}
	}
	var at []int
	for i := range toks {
		if toks[i].has(set) {
			at = append(at, i)
		}
	}
	return at
}

// triggerWalk is eventHits' walk of the tokens at which mayTrigger holds:
// from the index, where toks is an article, the positions of
// triggerStarts' tokens and of the other tokens at which possessiveForms
// holds (tokenize's possessive) merged; otherwise a walk of every token
// with mayTrigger.
type triggerWalk struct {
	l       *lexicon
	toks    []token
	indexed bool
	starts  []int // the positions of l.triggerIx.starts' tokens not yet passed
	poss    []int // the positions of the other possessives not yet passed
}

// triggerWalk returns the walk of toks' tokens that may start a trigger.
func (l *lexicon) triggerWalk(toks []token) triggerWalk {
	w := triggerWalk{l: l, toks: toks}
	if art := articleOf(toks); art != nil && art.pos != nil && l.triggerIx.starts.slot != 0 {
		w.indexed = true
		w.starts = art.pos[l.triggerIx.starts.slot-1]
		w.poss = *art.possessive
	}
	return w
}

// next returns the first position from i at which mayTrigger holds,
// len(toks) when there is none. The positions asked must not go back.
func (w *triggerWalk) next(i int) int {
	if !w.indexed {
		for ; i < len(w.toks); i++ {
			if w.l.mayTrigger(&w.toks[i]) {
				return i
			}
		}
		return len(w.toks)
	}
	for len(w.starts) > 0 && w.starts[0] < i {
		w.starts = w.starts[1:]
	}
	for len(w.poss) > 0 && w.poss[0] < i {
		w.poss = w.poss[1:]
	}
	at := len(w.toks)
	if len(w.starts) > 0 {
		at = w.starts[0]
	}
	if len(w.poss) > 0 && w.poss[0] < at {
		at = w.poss[0]
	}
	return at
}
