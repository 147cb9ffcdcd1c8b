package analyzers

import (
	"bytes"
	_ "embed"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

//go:embed data/spellings_ar.txt
var spellingsData string

// spellingRule rewrites one variant spelling to the form kept.
type spellingRule struct{ from, to []byte }

// spellingTable finds variant spellings inside normalized terms. Nearly
// every term holds none, so a bitmap of the letter pairs that start a
// variant rejects most positions without a lookup.
type spellingTable struct {
	pairs [64]uint64                 // bit b of pairs[a]: a variant starts with letters a, b
	rules map[[2]rune][]spellingRule // by the variant's first two letters, longest first
}

var spellings = loadSpellings(spellingsData)

// letterIndex maps the letters of normalized Arabic (U+0620–U+065F) to
// 0–63, and everything else to -1.
func letterIndex(r rune) int {
	if r >= 0x0620 && r < 0x0660 {
		return int(r - 0x0620)
	}
	return -1
}

func loadSpellings(data string) *spellingTable {
	t := &spellingTable{rules: map[[2]rune][]spellingRule{}}
	for line := range dataLines(data) {
		f := strings.Fields(line)
		if len(f) < 2 {
			panic("analyzers: spelling line without variants: " + line)
		}
		for _, v := range f[1:] {
			a, size := utf8.DecodeRuneInString(v)
			b, _ := utf8.DecodeRuneInString(v[size:])
			ia, ib := letterIndex(a), letterIndex(b)
			if ia < 0 || ib < 0 || utf8.RuneCountInString(v) < 4 {
				panic("analyzers: spelling variant " + v + " must be at least four Arabic letters")
			}
			t.pairs[ia] |= 1 << ib
			k := [2]rune{a, b}
			t.rules[k] = append(t.rules[k], spellingRule{[]byte(v), []byte(f[0])})
		}
	}
	for _, rs := range t.rules {
		sort.Slice(rs, func(i, j int) bool { return len(rs[i].from) > len(rs[j].from) })
	}
	return t
}

// rewrite returns term with every variant replaced, and whether it changed.
// term is not written to.
//
// It runs on every token of the stem field, and nearly every rune of a
// term is two bytes: letters are indexed from their bytes, and other runes
// only measured, rather than each decoded. A term shorter than the
// shortest variant (four letters) is not scanned at all.
func (t *spellingTable) rewrite(term []byte) ([]byte, bool) {
	if len(term) < minVariantBytes {
		return term, false
	}
	var out []byte // nil until the first replacement
	last := 0      // bytes of term copied to out so far
	prevIdx := -1  // letter index of the previous rune, which is two bytes
	for i := 0; i < len(term); {
		c := term[i]
		idx, size := -1, 1
		switch {
		case (c == 0xD8 || c == 0xD9) && i+1 < len(term) && term[i+1]&0xC0 == 0x80:
			size = 2
			if k := arabicIndex(c, term[i+1]) - 0x20; k >= 0 && k < 64 {
				idx = k // U+0620–U+065F, as letterIndex
			}
		case c >= utf8.RuneSelf:
			_, size = decodeRune(term[i:])
		}
		if prevIdx >= 0 && idx >= 0 && t.pairs[prevIdx]&(1<<idx) != 0 {
			start := i - 2
			k := [2]rune{rune(0x0620 + prevIdx), rune(0x0620 + idx)}
			if rule, ok := t.match(term[start:], k); ok && start >= last {
				out = append(append(out, term[last:start]...), rule.to...)
				last = start + len(rule.from)
				i = last
				prevIdx = -1
				continue
			}
		}
		prevIdx = idx
		i += size
	}
	if out == nil {
		return term, false
	}
	return append(out, term[last:]...), true
}

// minVariantBytes is the length of the shortest variant loadSpellings
// accepts: four Arabic letters of two bytes each.
const minVariantBytes = 8

func (t *spellingTable) match(p []byte, k [2]rune) (spellingRule, bool) {
	for _, rule := range t.rules[k] {
		if bytes.HasPrefix(p, rule.from) {
			return rule, true
		}
	}
	return spellingRule{}, false
}

// spellingFilter folds variant spellings of the same word (أميركي and
// أمريكي, ترمب and ترامب, الكيميائي and الكيماوي) to one form, listed in
// data/spellings_ar.txt. It runs after normalizeFilter in the stem
// analyzer only, so the exact field keeps the spelling as written.
type spellingFilter struct{}

func (spellingFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if term, changed := spellings.rewrite(t.Term); changed {
			t.Term = term
		}
	}
	return input
}
