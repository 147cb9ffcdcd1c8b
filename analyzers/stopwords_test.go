package analyzers

import (
	"os"
	"path/filepath"
	"testing"
)

// TestLookupWordAsMap checks lookupWord's sieve and table against the map
// they are built from: every listed word, each with a letter more or less
// at either end (near misses that share most of its bytes), and every
// normalized word of the seed articles.
func TestLookupWordAsMap(t *testing.T) {
	check := func(w string) {
		t.Helper()
		if got, want := lookupWord([]byte(w)), wordFlags[w]; got != want {
			t.Errorf("lookupWord(%q) = %03b, the map has %03b", w, got, want)
		}
	}
	check("")
	for w := range wordFlags {
		check(w)
		for _, x := range []string{"ا", "ه", "ي", "و", "a", "1"} {
			check(w + x)
			check(x + w)
		}
		for n := 1; n <= 2 && n < len(w); n++ {
			check(w[n:])
			check(w[:len(w)-n])
		}
	}
	files, _ := filepath.Glob("../examples/*.txt")
	if len(files) == 0 {
		t.Fatal("no seed articles in ../examples")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range (normalizeFilter{}).Filter((wordTokenizer{}).Tokenize(b)) {
			check(string(tok.Term))
		}
	}
}
