package facets

import "testing"

// A tokenView is one way a rule may be handed tokens: the whole article
// tokenize made, whose answers may come from what tokenize knows of it
// (articleSets, setTokens), a part of it, or tokens that know no article
// and are walked one by one.
type tokenView struct {
	name    string
	toks    []token
	article bool
}

// tokenViews returns the three views of toks, an article's tokens.
func tokenViews(toks []token) []tokenView {
	loose := append([]token(nil), toks...)
	for i := range loose {
		loose[i].art = nil
	}
	return []tokenView{{"article", toks, true}, {"part", toks[len(toks)/2:], false}, {"no article", loose, false}}
}

// articleSets stands in for every token's bits in the walks that ask it
// first (findTolls): it must hold every bit of every token of the
// article, of a part of it too, and every bit for tokens it knows no
// article of.
func TestArticleSetsCoverTokens(t *testing.T) {
	lex()
	for _, seed := range []string{"000_29e69d567a082153.txt", "001_cf68c4a37876e045.txt"} {
		title, body := readSeed(t, seed)
		toks := tokenize(title, body)
		for _, tc := range tokenViews(toks) {
			in := articleSets(tc.toks)
			for i := range tc.toks {
				for b, bits := range tc.toks[i].sets {
					if bits&^in[b] != 0 {
						t.Fatalf("%s %s: token %d (%s) has bits %x in word %d that articleSets lacks", seed, tc.name, i, tc.toks[i].w, bits&^in[b], b)
					}
				}
			}
		}
	}
	for b, bits := range allSets {
		if bits != ^uint64(0) {
			t.Fatalf("allSets word %d is %x, not all ones", b, bits)
		}
	}
}
