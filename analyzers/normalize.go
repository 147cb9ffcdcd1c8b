// Package analyzers holds rasid's Arabic text analysis, registered with
// bleve, and the extraction of event facets (towns, actors, event types,
// casualties, dates) from Arabic news text. It depends on no other rasid
// package.
package analyzers

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds Arabic surface text for matching: NFKC (presentation
// forms), harakat, superscript alef and tatweel removed, alef/hamza seats,
// alef maqsura, teh marbuta and Persian/Urdu letters folded, every Unicode
// decimal digit turned into ASCII, and Latin lower-cased. Word boundaries
// are kept, so the result can be scanned for names; offsets are not kept,
// so it is not for highlighting (the bleve token filters are).
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r2, keep := FoldRune(r); keep {
			b.WriteRune(r2)
		}
	}
	return b.String()
}

// FoldRune folds one rune the way Normalize does; keep is false for runes
// that are dropped (harakat, tatweel, format controls).
func FoldRune(r rune) (folded rune, keep bool) {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640,
		r >= 0x06D6 && r <= 0x06ED && r != 0x06E5 && r != 0x06E6,
		r == 0x200C, r == 0x200D, r == 0x200E, r == 0x200F, r == 0xFEFF, r == 0x00AD:
		return 0, false
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ', 'ٵ':
		return 'ا', true
	case 'ؤ':
		return 'و', true
	case 'ئ', 'ى', 'ی', 'ێ', 'ې', 'ۍ', 'ے', 'ۓ':
		return 'ي', true
	case 'ة', 'ۃ', 'ە', 'ھ', 'ہ':
		return 'ه', true
	case 'ک', 'ڪ', 'گ':
		return 'ك', true
	case 'ٹ':
		return 'ت', true
	case 'ڤ':
		return 'ف', true
	case 'پ':
		return 'ب', true
	case 'چ':
		return 'ج', true
	case 'ژ':
		return 'ز', true
	case '٬', '،':
		return '،', true
	}
	if unicode.IsDigit(r) && (r < '0' || r > '9') {
		if d := digitValue(r); d >= 0 {
			return '0' + rune(d), true
		}
	}
	if r < 0x80 {
		return unicode.ToLower(r), true
	}
	return unicode.ToLower(r), true
}

// digitValue returns the value of a Unicode decimal digit (category Nd), or
// -1. Every Nd block is a run of ten code points starting at a zero.
func digitValue(r rune) int {
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	for zero := r; zero >= r-9; zero-- {
		if !unicode.Is(unicode.Nd, zero-1) || (r-zero == 9) {
			// zero is the first digit of the run containing r, provided runs
			// are aligned at multiples of ten from their start.
			return int(r-zero) % 10
		}
	}
	return -1
}
