package facets

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// indexBy finds what strings.Index finds, by any byte of sub, and
// alwaysWritten what the two spellings' Contains find.
func TestIndexBy(t *testing.T) {
	letters := []string{"د", "و", "م", "ا", "\u064b", "خ", " ", "\n", "a", "ى"}
	r := rand.New(rand.NewPCG(53, 2))
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(letters[r.IntN(len(letters))])
		}
		return b.String()
	}
	for s, want := range map[string]bool{"هو دوماً هنا": true, "دومًا": true, "دوما": false, "دوم ًا": false, "مدوماًً": true, "اً دوم": false} {
		if alwaysWritten(s) != want {
			t.Errorf("alwaysWritten(%q) = %v, want %v", s, !want, want)
		}
	}
	for range 20000 {
		s, sub := word(r.IntN(40)), word(1+r.IntN(4))
		for k := range len(sub) {
			if got, want := indexBy(s, sub, k), strings.Index(s, sub); got != want {
				t.Fatalf("indexBy(%q, %q, %d) = %d, want %d", s, sub, k, got, want)
			}
		}
		if got, want := alwaysWritten(s), strings.Contains(s, "دوماً") || strings.Contains(s, "دومًا"); got != want {
			t.Fatalf("alwaysWritten(%q) = %v, want %v", s, got, want)
		}
	}
}
