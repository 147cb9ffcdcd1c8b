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
func (t *spellingTable) rewrite(term []byte) ([]byte, bool) {
	var out []byte // nil until the first replacement
	last := 0      // bytes of term copied to out so far
	prev, prevIdx := rune(0), -1
	for i := 0; i < len(term); {
		r, size := decodeRune(term[i:])
		idx := letterIndex(r)
		if prevIdx >= 0 && idx >= 0 && t.pairs[prevIdx]&(1<<idx) != 0 {
			start := i - utf8.RuneLen(prev)
			if rule, ok := t.match(term[start:], [2]rune{prev, r}); ok && start >= last {
				out = append(append(out, term[last:start]...), rule.to...)
				last = start + len(rule.from)
				i = last
				prev, prevIdx = 0, -1
				continue
			}
		}
		prev, prevIdx = r, idx
		i += size
	}
	if out == nil {
		return term, false
	}
	return append(out, term[last:]...), true
}

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
