// Package analyzers holds rasid's Arabic text analysis, registered with
// bleve: tokenizer, normalization, stop words, spelling variants and the
// light stemmer. It depends on no other rasid package; the extraction of
// event facets, which uses it, is package analyzers/facets.
package analyzers

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds Arabic surface text for matching: NFKC (presentation
// forms), harakat, superscript alef and tatweel removed, alef/hamza seats,
// alef maqsura, teh marbuta and Persian/Urdu letters folded, every Unicode
// decimal digit turned into ASCII, and Latin lower-cased. Word boundaries
// are kept, so the result can be scanned for names; offsets are not kept,
// so it is not for highlighting (the bleve token filters are).
func Normalize(s string) string {
	if !nfkcStable(s) && !norm.NFKC.IsNormalString(s) {
		s = norm.NFKC.String(s)
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		case r >= 0x0600 && r <= 0x06FF:
			if f := arabicFold[r-0x0600]; f != 0 {
				b = utf8.AppendRune(b, f)
			}
		default:
			if f, keep := FoldRune(r); keep {
				b = utf8.AppendRune(b, f)
			}
		}
	}
	return string(b)
}

// arabicFold is FoldRune over the Arabic block, where nearly every rune of
// the text falls; 0 marks a dropped rune.
var arabicFold = func() (t [256]rune) {
	for i := range t {
		if f, keep := FoldRune(rune(0x0600 + i)); keep {
			t[i] = f
		}
	}
	return t
}()

// nfkcStable reports whether every rune of s is one NFKC leaves alone on its
// own and never composes with a neighbour: ASCII, the Arabic block but for
// the combining hamzas and the high-hamza letters, and the quotes and
// dashes of news text. That is nearly all text, and this check is much
// cheaper than the library's exact one, which decides the rest.
func nfkcStable(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80:
		case r >= 0x0600 && r <= 0x06FF:
			if (r >= 0x0653 && r <= 0x0655) || (r >= 0x0675 && r <= 0x0678) {
				return false
			}
		case r == 0x00AB, r == 0x00BB, r == 0x2013, r == 0x2014,
			r == 0x2018, r == 0x2019, r == 0x201C, r == 0x201D:
		default:
			return false
		}
	}
	return true
}

// FoldRune folds one rune the way Normalize does; keep is false for runes
// that are dropped (harakat, tatweel, format controls).
func FoldRune(r rune) (folded rune, keep bool) {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r, true
	}
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
	case 'ة', 'ۃ', 'ە', 'ھ', 'ہ', 'ۀ', 'ۂ':
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
	if d := digitValue(r); d >= 0 {
		return '0' + rune(d), true
	}
	if r >= 0x0600 && r <= 0x06FF {
		return r, true // Arabic has no case: skip the case tables
	}
	return unicode.ToLower(r), true
}

// digitValue returns the value of a Unicode decimal digit (category Nd), or
// -1. Unicode guarantees that Nd digits come in contiguous runs of ten from
// zero to nine, so within a range of the Nd table (which may join several
// adjacent runs, as the mathematical digits U+1D7CE..U+1D7FF do) a digit's
// value is its distance from the range's start, modulo ten.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x0660 && r <= 0x0669: // Arabic-Indic
		return int(r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9: // Extended Arabic-Indic (Persian, Urdu)
		return int(r - 0x06F0)
	case r < 0x0660:
		return -1
	}
	if r <= 0xFFFF {
		r16 := unicode.Nd.R16
		i := sort.Search(len(r16), func(i int) bool { return rune(r16[i].Hi) >= r })
		if i < len(r16) && rune(r16[i].Lo) <= r && r16[i].Stride == 1 {
			return int(r-rune(r16[i].Lo)) % 10
		}
		return -1
	}
	r32 := unicode.Nd.R32
	i := sort.Search(len(r32), func(i int) bool { return rune(r32[i].Hi) >= r })
	if i < len(r32) && rune(r32[i].Lo) <= r && r32[i].Stride == 1 {
		return int(r-rune(r32[i].Lo)) % 10
	}
	return -1
}
