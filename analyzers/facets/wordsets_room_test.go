package facets

import "testing"

// minFreeWordSets is the room the word sets must leave below maxWordSets.
// wordSet panics only once the bits run out, at start-up, in whichever round
// adds the set past the last: a round's helpers each add one to three sets,
// eight of them at once, so the wall was hit mid-round (2,017 of 2,048 in
// round 57) before anyone saw it coming. This test fails a round earlier,
// while there is still room to merge that round's rules: free bits first
// (a set read only whole at one word is plainWords, a set made only to be
// one of union's parts is a wordList, two sets of the same words are one),
// and widen maxWordSets only when nothing is left to free.
const minFreeWordSets = 100

func TestWordSetRoom(t *testing.T) {
	lex() // the lexicon's sets are made at init too; lex only fills them
	free := maxWordSets - wordSets
	t.Logf("word sets: %d of %d used, %d free", wordSets, maxWordSets, free)
	if free < minFreeWordSets {
		t.Errorf("only %d of maxWordSets' %d word-set bits are free (fewer than %d): free some before adding rules (see minFreeWordSets)", free, maxWordSets, minFreeWordSets)
	}
}
