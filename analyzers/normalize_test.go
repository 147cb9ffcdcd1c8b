package analyzers

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkNormalizeWithMap asserts that NormalizeWithMap folds valid UTF-8 as
// Normalize does and that every folded word leads back to a non-empty range of s, on
// rune boundaries, that folds to that word (NFKC aside, which may fold a
// whole segment at once).
func checkNormalizeWithMap(t *testing.T, s string) {
	t.Helper()
	got, m := NormalizeWithMap(s)
	if want := Normalize(s); got != want && utf8.ValidString(s) {
		t.Fatalf("NormalizeWithMap(%q) = %q, Normalize gives %q", s, got, want)
	}
	if len(m.from) != len(got) || len(m.to) != len(got) {
		t.Fatalf("map of %q has %d/%d entries for %d bytes", s, len(m.from), len(m.to), len(got))
	}
	prev := 0
	for k := range got {
		lo, hi := m.Original(k, k+1)
		if lo < prev || lo >= hi || hi > len(s) {
			t.Fatalf("%q: byte %d maps to [%d,%d) after %d", s, k, lo, hi, prev)
		}
		prev = lo
		if utf8.ValidString(s) && (!utf8.RuneStart(s[lo]) || hi < len(s) && !utf8.RuneStart(s[hi])) {
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

func TestNormalizeWithMap(t *testing.T) {
	for _, s := range []string{
		"", "abc", "وبالبوكمال", "قُتِلَ ٣١ مدنيّاً في البوكمال", "ﻻ ﷲ ＡＢＣ ½", "ـــمدينةــ",
		"\xff\xfeقتل", "أإآ ى ة گ پ ۱۲۳", "Abu Kamal, ٣٫٥", "ا\u0654 ي\u0654", "x\u0301y", "\u200fالرقة\u200f",
	} {
		checkNormalizeWithMap(t, s)
	}
}

func FuzzNormalizeWithMap(f *testing.F) {
	for _, s := range []string{"قُتِلَ ٣١ مدنيّاً", "ﻻ ﷲ ＡＢＣ ½", "\xff", "ا\u0654"} {
		f.Add(s)
	}
	f.Fuzz(checkNormalizeWithMap)
}
