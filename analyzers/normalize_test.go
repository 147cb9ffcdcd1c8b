package analyzers

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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

// Normalize's one-pass path for ASCII and Arabic gives what the general
// path gives.
func FuzzNormalizeFastPath(f *testing.F) {
	for _, s := range []string{"قُتِلَ ٣١ مدنيّاً", "ABC abc", "« البوكمال »", "ا\u0654", "\xff", "ﻻ", "تنظيم “الدولة” – ‘x’ — y", "\xe2\x80", "a\u00a0b\u200f", "\u202c•\u200b×"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Normalize(s), normalize(s); got != want {
			t.Fatalf("Normalize(%q) = %q, general path %q", s, got, want)
		}
	})
}

// The runes Normalize's fast path folds by itself outside ASCII and the
// Arabic block are the ones NFKC leaves alone (or, the no-break space,
// makes a space), with or without neighbours.
func TestNormalizeFastPathRunes(t *testing.T) {
	for _, s := range []string{
		"\u00a0", "a\u00a0b", "\u00a0\u064b", "\u00d7", "٣\u00d7٤", "\u200f\u200eالرقة\u202c", "\u200b\u202a\u202b\u202d\u202e",
		"• البند", "\u200c\u200d", "ا\u00a0\u0654", "\u00a0\u0301", "\u200f\u0654", "\u2026", "\u2002x\u2003", "\xe2\x80A", "\xe2\x80\u00a0",
	} {
		if got, want := Normalize(s), normalize(s); got != want {
			t.Errorf("Normalize(%q) = %q, general path %q", s, got, want)
		}
	}
	for i, v := range generalPunct {
		r := rune(0x2000 + i)
		if v != punctBail && norm.NFKC.String(string(r)) != string(r) {
			t.Errorf("%U: NFKC changes it, but the fast path folds it alone", r)
		}
	}
	if generalPunct[0x0F] != punctDrop || generalPunct[0x0B] != punctKeep || generalPunct[0x22] != punctKeep || generalPunct[0x26] != punctBail {
		t.Errorf("generalPunct: U+200F %d, U+200B %d, U+2022 %d, U+2026 %d", generalPunct[0x0F], generalPunct[0x0B], generalPunct[0x22], generalPunct[0x26])
	}
}
