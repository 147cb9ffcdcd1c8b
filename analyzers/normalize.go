// Package analyzers holds rasid's Arabic text analysis, registered with
// bleve: tokenizer, normalization, stop words, spelling variants and the
// light stemmer. It depends on no other rasid package; the extraction of
// event facets, which uses it, is package analyzers/facets.
package analyzers

import (
	"sort"
	"strings"
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
	// Nearly all text is ASCII and the Arabic block, which NFKC leaves
	// alone: fold it in one pass, and start again on the general path at
	// the first rune that needs more thought. Most of its bytes stay as
	// they are: they are copied a run at a time, and text with nothing to
	// fold is returned as it is.
	var b strings.Builder
	run := 0 // start of the bytes not yet copied to b
	// A no-break space (one text in twenty has one) is a space to NFKC.
	// The general path would NFKC the whole text, which reorders the
	// Arabic block's kept marks (U+0610–U+061A, of differing combining
	// classes) where they stand together: a text with both takes it.
	nbsp, marks := false, false
	flush := func(i int) {
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[run:i])
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				flush(i)
				b.WriteByte(c + 'a' - 'A')
				run = i + 1
			}
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 && arabicPlain[int(c-0xD8)<<6|int(s[i+1]&0x3F)] {
			i += 2 // a letter of the Arabic block kept as it is: most of the text
			continue
		}
		if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 {
			switch s[i+2] {
			case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D: // – — ‘ ’ “ ”: kept as they are
				i += 3
				continue
			}
			// Direction marks, zero-width spaces and bullets (in one text
			// of eight that leaves the fast path): NFKC leaves them
			// alone, so they are kept or dropped as FoldRune says.
			if c3 := s[i+2]; c3&0xC0 == 0x80 {
				switch generalPunct[c3&0x3F] {
				case punctKeep:
					i += 3
					continue
				case punctDrop:
					flush(i)
					run = i + 3
					i += 3
					continue
				}
			}
		}
		if c&0xE0 != 0xC0 || c < 0xC2 || i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
			return normalize(s)
		}
		r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
		if r == 0x00AB || r == 0x00BB || r == 0x00D7 { // « » ×
			i += 2
			continue
		}
		if r == 0x00A0 {
			if marks {
				return normalize(s)
			}
			nbsp = true
			flush(i)
			b.WriteByte(' ')
			run = i + 2
			i += 2
			continue
		}
		if r < 0x0600 || r > 0x06FF || (r >= 0x0653 && r <= 0x0655) || (r >= 0x0675 && r <= 0x0678) {
			return normalize(s)
		}
		if r >= 0x0610 && r <= 0x061A {
			if nbsp {
				return normalize(s)
			}
			marks = true
		}
		if f := arabicFold[r-0x0600]; f != r {
			flush(i)
			if f != 0 {
				b.WriteRune(f)
			}
			run = i + 2
		}
		i += 2
	}
	if run == 0 {
		return s
	}
	flush(len(s))
	return b.String()
}

// normalize is Normalize for any text.
func normalize(s string) string {
	if !nfkcStable(s) && !norm.NFKC.IsNormalString(s) {
		s = norm.NFKC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r >= 0x0600 && r <= 0x06FF:
			if f := arabicFold[r-0x0600]; f != 0 {
				b.WriteRune(f)
			}
		default:
			if f, keep := FoldRune(r); keep {
				b.WriteRune(f)
			}
		}
	}
	return b.String()
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

// arabicPlain marks the runes of the Arabic block (U+0600..U+06FF, by
// their offset in it) that Normalize's fast path keeps as they are and
// passes without more thought: not folded or dropped, not a kept mark
// (U+0610..U+061A) and not one that leaves the fast path. The block is
// nearly all of the text, and one lookup spares each of its letters the
// fast path's tests in turn.
var arabicPlain = func() (t [256]bool) {
	for i := range t {
		r := rune(0x0600 + i)
		t[i] = arabicFold[i] == r && !(r >= 0x0610 && r <= 0x061A) && !(r >= 0x0653 && r <= 0x0655) && !(r >= 0x0675 && r <= 0x0678)
	}
	return t
}()

// What Normalize's fast path does with a rune of U+2000..U+203F, by its
// last byte: punctBail leaves the fast path, punctKeep keeps the rune and
// punctDrop drops it.
const (
	punctBail = iota
	punctKeep
	punctDrop
)

// generalPunct is, for each rune of U+2000..U+203F, whether NFKC leaves it
// alone whatever its neighbours (inert: no decomposition, no composition,
// no combining class) and FoldRune keeps it as it is or drops it; any
// other rune of the block (spaces and dots NFKC rewrites) takes the general
// path.
var generalPunct = func() (t [64]uint8) {
	for i := range t {
		r := rune(0x2000 + i)
		if !norm.NFKC.PropertiesString(string(r)).BoundaryAfter() {
			continue
		}
		switch f, keep := FoldRune(r); {
		case !keep:
			t[i] = punctDrop
		case f == r:
			t[i] = punctKeep
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

// OffsetMap leads from byte offsets of Normalize(s) back to s. Nearly
// every rune folds to a rune of the same length (an Arabic letter to an
// Arabic letter, Latin to lower case), which keeps offsets as they are; the
// map lists only the runes that do not (harakat and tatweel dropped,
// Arabic-Indic digits made ASCII, NFKC rewrites), so it is small and cheap
// to build.
type OffsetMap struct {
	units []offsetUnit
	n     int // length of the normalized text
}

// offsetUnit says that the normalized bytes [n, n+nl) came from the
// original bytes [o, o+ol), as one piece; nl is 0 for a dropped rune.
type offsetUnit struct{ n, nl, o, ol int32 }

// Len returns the length of the normalized text the map is for.
func (m OffsetMap) Len() int { return m.n }

// Original returns the byte range of the original text that the
// normalized bytes [start, end) came from. It needs 0 <= start < end <=
// Len(); on valid UTF-8 the range starts and ends on rune boundaries and is
// never empty. Dropped runes right before start or after end are left out.
func (m OffsetMap) Original(start, end int) (int, int) {
	from, _ := m.source(start)
	_, to := m.source(end - 1)
	return from, to
}

// source returns the original range of the piece normalized byte x came
// from: a whole unit, or the one byte x maps to outside units.
func (m OffsetMap) source(x int) (int, int) {
	// the last unit starting at or before x; where a dropped rune and a
	// digit share a start, the digit (listed after it) is the one.
	k := sort.Search(len(m.units), func(k int) bool { return int(m.units[k].n) > x }) - 1
	if k < 0 {
		return x, x + 1
	}
	u := m.units[k]
	if x < int(u.n+u.nl) {
		return int(u.o), int(u.o + u.ol)
	}
	o := int(u.o+u.ol) + x - int(u.n+u.nl)
	return o, o + 1
}

// MapNormalized returns the offset map of Normalize(s).
func MapNormalized(s string) OffsetMap {
	if m, ok := mapStable(s); ok {
		return m
	}
	if norm.NFKC.IsNormalString(s) {
		return mapRunes(s)
	}
	return mapNFKC(s)
}

func (m *OffsetMap) unit(nl, o, ol int) {
	m.units = append(m.units, offsetUnit{n: int32(m.n), nl: int32(nl), o: int32(o), ol: int32(ol)})
}

// mapStable maps text that NFKC leaves alone rune by rune (what
// nfkcStable checks, in the same pass): ASCII and the Arabic block through
// a length table. It gives up (ok false) at the first rune it cannot vouch
// for.
func mapStable(s string) (m OffsetMap, ok bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII keeps its length
			m.n++
			i++
			continue
		}
		r, size := rune(0), 2
		if c&0xE0 == 0xC0 && c >= 0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F) // two bytes: the whole Arabic block
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		var nl int
		switch {
		case r >= 0x0600 && r <= 0x06FF:
			if (r >= 0x0653 && r <= 0x0655) || (r >= 0x0675 && r <= 0x0678) {
				return OffsetMap{}, false
			}
			nl = int(arabicFoldLen[r-0x0600])
		case r == 0x00AB, r == 0x00BB, r == 0x2013, r == 0x2014,
			r == 0x2018, r == 0x2019, r == 0x201C, r == 0x201D:
			nl = size
		default:
			return OffsetMap{}, false
		}
		if nl != size {
			m.unit(nl, i, size)
		}
		m.n += nl
		i += size
	}
	return m, true
}

// mapRunes maps text in NFKC form rune by rune.
func mapRunes(s string) OffsetMap {
	var m OffsetMap
	var buf [utf8.UTFMax]byte
	for i, r := range s {
		size := utf8.RuneLen(r)
		if r == utf8.RuneError {
			_, size = utf8.DecodeRuneInString(s[i:])
		}
		nl := len(appendFoldedRune(buf[:0], r))
		if nl != size {
			m.unit(nl, i, size)
		}
		m.n += nl
	}
	return m
}

// mapNFKC maps text that NFKC rewrites. NFKC rewrites a segment (a starter
// and its marks, a ligature) at a time, and the iterator may hand one
// segment over in several pieces before its position moves on: the bytes of
// all the pieces come from the whole segment.
func mapNFKC(s string) OffsetMap {
	var m OffsetMap
	var it norm.Iter
	it.InitString(norm.NFKC, s)
	from, nl, nr := 0, 0, 0 // nr: runes the segment folds to
	var out []byte
	for !it.Done() {
		for _, r := range string(it.Next()) {
			out = appendFoldedRune(out[:0], r)
			nl += len(out)
			if len(out) > 0 {
				nr++
			}
		}
		if p := it.Pos(); p > from {
			// A segment of one rune that folds to one rune of its length
			// maps byte for byte, as the text outside units does, for every
			// query on rune boundaries (all that Original is asked): a unit
			// for it (most runes of such a text) only made the map long to
			// build.
			if _, size := utf8.DecodeRuneInString(s[from:p]); size != p-from || nl != size || nr != 1 {
				m.unit(nl, from, p-from)
			}
			m.n += nl
			from, nl, nr = p, 0, 0
		}
	}
	if nl > 0 || from < len(s) {
		m.unit(nl, from, len(s)-from)
		m.n += nl
	}
	return m
}

// arabicFoldLen is the length in bytes of each Arabic-block rune once
// folded: 2, or 0 when dropped, or 1 for a digit.
var arabicFoldLen = func() (t [256]uint8) {
	for i, f := range arabicFold {
		if f != 0 {
			t[i] = uint8(utf8.RuneLen(f))
		}
	}
	return t
}()

// appendFoldedRune appends r as Normalize folds it (nothing for a dropped
// rune).
func appendFoldedRune(b []byte, r rune) []byte {
	switch {
	case r < 0x80:
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	case r >= 0x0600 && r <= 0x06FF:
		if f := arabicFold[r-0x0600]; f != 0 {
			return utf8.AppendRune(b, f)
		}
		return b
	}
	if f, keep := FoldRune(r); keep {
		return utf8.AppendRune(b, f)
	}
	return b
}
