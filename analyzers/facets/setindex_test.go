package facets

import (
	"slices"
	"testing"

	"github.com/rasid-project/rasid/analyzers/internal/corpus"
)

// checkSetTokens fails unless setTokens answers for every indexed set what
// a walk of every token answers (the positions of the tokens that have the
// set, ascending), for a whole article from tokenize's index and for a
// part of it and tokens of no article by the walk.
func checkSetTokens(t *testing.T, name string, toks []token) {
	t.Helper()
	if len(toks) > 0 && articleOf(toks) == nil {
		t.Fatalf("%s: tokenize's tokens are no article", name)
	}
	for _, tc := range tokenViews(toks) {
		for _, set := range indexedSets {
			var want []int
			for i := range tc.toks {
				if tc.toks[i].has(set) {
					want = append(want, i)
				}
			}
			if got := setTokens(tc.toks, set); !slices.Equal(got, want) {
				t.Fatalf("%s %s: setTokens of set %d = %v, want %v", name, tc.name, set.bit, got, want)
			}
		}
	}
}

// The index is what tokenize knows of an article's indexed sets: it must
// stay equal to the tokens' bits, over the seeds and the first 500 ant-syria
// articles read in turn with one buffer (whose arrays each article reuses).
func TestSetTokensMatchWalk(t *testing.T) {
	lex()
	b := &tokenBuf{seen: new(vocabSeen)}
	b.carvePositions() // as the pool's buffers are; tokenize's are not
	for _, seed := range []string{"000_29e69d567a082153.txt", "001_cf68c4a37876e045.txt"} {
		title, body := readSeed(t, seed)
		checkSetTokens(t, seed, tokenize(title, body))
		checkSetTokens(t, seed+" (pooled)", b.tokenize(title, body))
	}
	n := 0
	eachCorpusArticle(t, "ant-syria.jsonl.gz", 500, func(a corpus.Article) {
		n++
		checkSetTokens(t, a.Title, b.tokenize(a.Title, a.Body))
	})
	if n != 500 {
		t.Fatalf("read %d ant-syria articles, want 500", n)
	}
}

// Every word's slots must say what its sets say of the indexed sets.
func TestVocabSlots(t *testing.T) {
	lex()
	for w, v := range vocab {
		for k, set := range indexedSets {
			if got := v.slots[k/64]&(1<<(k%64)) != 0; got != v.sets.holds(set) {
				t.Fatalf("%s: slot %d is %v, its sets say %v", w, k, got, !got)
			}
		}
	}
	for k, set := range indexedSets {
		if int(set.slot) != k+1 {
			t.Fatalf("indexedSets[%d] has slot %d", k, set.slot)
		}
	}
}

// A walk turned to setTokens of an openings union must meet every token
// at which its old first test held: the union must hold each such token,
// over the seeds and 500 ant-syria articles.
func TestOpeningsHoldFirstTests(t *testing.T) {
	lex()
	for _, tc := range []struct {
		name  string
		set   *words
		first func(toks []token, i int) bool // the walk's old first test
	}{
		{"stateRoleMentions", stateRoleOpenings, func(toks []token, i int) bool {
			id, _ := stateRoleID(toks, i)
			return toks[i].has(stateRoleNouns) || id != ""
		}},
		{"operationKills", operationKillOpenings, func(toks []token, i int) bool {
			return toks[i].has(killWords) || riddanceDone(toks, i)
		}},
	} {
		check := func(name string, toks []token) {
			for i := range toks {
				if tc.first(toks, i) && !toks[i].has(tc.set) {
					t.Fatalf("%s: %s: token %d %q passes the first test but is not in its openings", tc.name, name, i, toks[i].w)
				}
			}
		}
		for _, seed := range []string{"000_29e69d567a082153.txt", "001_cf68c4a37876e045.txt"} {
			title, body := readSeed(t, seed)
			check(seed, tokenize(title, body))
		}
		eachCorpusArticle(t, "ant-syria.jsonl.gz", 500, func(a corpus.Article) {
			check(a.Title, tokenize(a.Title, a.Body))
		})
	}
	// The words the first tests compare w with, in the phrases they read.
	for _, tc := range []struct {
		phrase string
		set    *words
		at     int
	}{
		{"الولايات المتحدة", stateRoleOpenings, 0},
		{"للولايات المتحدة", stateRoleOpenings, 0},
		{"والولايات المتحدة", stateRoleOpenings, 0},
		{"تم القضاء على", operationKillOpenings, 1},
	} {
		toks := tokenize("", tc.phrase)
		if !toks[tc.at].has(tc.set) {
			t.Errorf("%q: token %d is not in its openings", tc.phrase, tc.at)
		}
	}
}

// triggerWalk must meet exactly the tokens at which mayTrigger holds, in
// order, from the index and without it, over the seeds and 500 ant-syria
// articles (a fresh buffer and a pooled one).
func TestTriggerWalkMatchesMayTrigger(t *testing.T) {
	l := lex()
	b := tokenBufs.Get().(*tokenBuf)
	defer tokenBufs.Put(b)
	check := func(name string, toks []token) {
		for _, tc := range tokenViews(toks) {
			var want, got []int
			for i := range tc.toks {
				if l.mayTrigger(&tc.toks[i]) {
					want = append(want, i)
				}
			}
			w := l.triggerWalk(tc.toks)
			if w.indexed != (tc.article && len(tc.toks) > 0) {
				t.Fatalf("%s %s: indexed %v", name, tc.name, w.indexed)
			}
			for i := w.next(0); i < len(tc.toks); i = w.next(i + 1) {
				got = append(got, i)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%s %s: triggerWalk meets %v, want %v", name, tc.name, got, want)
			}
		}
	}
	for _, seed := range []string{"000_29e69d567a082153.txt", "001_cf68c4a37876e045.txt"} {
		title, body := readSeed(t, seed)
		check(seed, tokenize(title, body))
		check(seed+" (pooled)", b.tokenize(title, body))
	}
	eachCorpusArticle(t, "ant-syria.jsonl.gz", 500, func(a corpus.Article) {
		check(a.Title, b.tokenize(a.Title, a.Body))
	})
}
