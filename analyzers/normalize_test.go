package analyzers

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkMapNormalized asserts that MapNormalized maps every byte of
// Normalize(s), in order, and that every folded word leads back to a
// non-empty range of s, on rune boundaries, that folds to text holding the
// word (NFKC may fold a whole segment at once).
func checkMapNormalized(t *testing.T, s string) {
	t.Helper()
	got, m := Normalize(s), MapNormalized(s)
	if m.Len() != len(got) {
		if !utf8.ValidString(s) {
			return // NFKC stops at invalid bytes in Normalize, not in the map
		}
		t.Fatalf("map of %q is for %d bytes, Normalize gives %d (%q)", s, m.Len(), len(got), got)
	}
	prev := 0
	for k := range got {
		lo, hi := m.Original(k, k+1)
		if lo < prev || lo >= hi || hi > len(s) {
			t.Fatalf("%q: byte %d maps to [%d,%d) after %d", s, k, lo, hi, prev)
		}
		prev = lo
		runeStart, runeEnd := utf8.RuneStart(got[k]), k+1 == len(got) || utf8.RuneStart(got[k+1])
		if utf8.ValidString(s) && (runeStart && !utf8.RuneStart(s[lo]) || runeEnd && hi < len(s) && !utf8.RuneStart(s[hi])) {
			t.Fatalf("%q: byte %d maps to [%d,%d), not rune boundaries", s, k, lo, hi)
		}
	}
	// Each word of the folded text maps back to original text that folds
	// to a string holding it.
	start := -1
	for i, r := range got + " " {
		word := isWordish(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			lo, hi := m.Original(start, i)
			if w := got[start:i]; !strings.Contains(Normalize(s[lo:hi]), w) {
				t.Fatalf("%q: word %q maps to %q", s, w, s[lo:hi])
			}
			start = -1
		}
	}
}

func isWordish(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x0621 && r <= 0x064A
}

func TestMapNormalized(t *testing.T) {
	for _, s := range []string{
		"", "abc", "وبالبوكمال", "قُتِلَ ٣١ مدنيّاً في البوكمال", "ﻻ ﷲ ＡＢＣ ½", "ـــمدينةــ",
		"\xff\xfeقتل", "أإآ ى ة گ پ ۱۲۳", "Abu Kamal, ٣٫٥", "ا\u0654 ي\u0654", "x\u0301y", "\u200fالرقة\u200f",
	} {
		checkMapNormalized(t, s)
	}
}

func FuzzMapNormalized(f *testing.F) {
	for _, s := range []string{"قُتِلَ ٣١ مدنيّاً", "ﻻ ﷲ ＡＢＣ ½", "\xff", "ا\u0654"} {
		f.Add(s)
	}
	f.Fuzz(checkMapNormalized)
}
