package analyzers

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"
)

// Names under which rasid's analysis is registered with bleve. Importing this
// package registers them, so an index mapping can name them.
const (
	// AnalyzerExact indexes the normalized surface form of each word: digits
	// of every script as ASCII, NFKC, no harakat or tatweel, hamza seats,
	// alef maqsura, teh marbuta and Persian letters folded, Latin
	// lower-cased, stop words removed. Clitics stay attached (وبالبوكمال is
	// its own token), so it is the field for precise matches and phrases.
	AnalyzerExact = "rasid_ar_exact"
	// AnalyzerStem is AnalyzerExact with variant spellings of a word made
	// one (أميركي and أمريكي, ترمب and ترامب), followed by stacked-proclitic
	// stripping and light suffix stemming that honours protected words: the
	// field for recall (وبالبوكمال, البوكمال and بالبوكمال all index بوكمال).
	// Spellings are folded here only, so that the exact field still ranks
	// the spelling the user typed first.
	AnalyzerStem = "rasid_ar_stem"

	// FilterNormalize folds a token's term as Normalize does, keeping the
	// token's byte offsets into the original text.
	FilterNormalize = "rasid_ar_normalize"
	// FilterStop drops Arabic stop words; it expects normalized terms.
	FilterStop = "rasid_ar_stop"
	// FilterSpelling folds variant spellings of a word to one form; it
	// expects normalized terms.
	FilterSpelling = "rasid_ar_spelling"
	// FilterStem strips proclitics and suffixes; it expects normalized terms.
	FilterStem = "rasid_ar_stem"
)

func init() {
	mustRegister(registry.RegisterTokenizer(TokenizerWords,
		func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
			return wordTokenizer{}, nil
		}))
	mustRegister(registry.RegisterTokenFilter(FilterNormalize,
		func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return normalizeFilter{}, nil
		}))
	mustRegister(registry.RegisterTokenFilter(FilterStop,
		func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return stopFilter{}, nil
		}))
	mustRegister(registry.RegisterTokenFilter(FilterSpelling,
		func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return spellingFilter{}, nil
		}))
	mustRegister(registry.RegisterTokenFilter(FilterStem,
		func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return stemFilter{}, nil
		}))
	mustRegister(registry.RegisterAnalyzer(AnalyzerExact,
		func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
			return exactAnalyzer, nil
		}))
	mustRegister(registry.RegisterAnalyzer(AnalyzerStem,
		func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
			return stemAnalyzer, nil
		}))
}

func mustRegister(err error) {
	if err != nil {
		panic("analyzers: " + err.Error())
	}
}

// The analyzers hold no state of their own (the filters are empty structs and
// the tokenizer allocates per call), so one value of each serves every index
// and goroutine. Both begin with the same tokenizer and normalizeFilter;
// exactAfter and stemAfter are what each does after that, so that
// AnalyzeExactAndStem can run the shared part once.
var (
	exactAfter = []analysis.TokenFilter{stopFilter{}}
	// The second stop pass drops function words that only show once their
	// clitics are gone (وبعد → بعد).
	stemAfter     = []analysis.TokenFilter{spellingFilter{}, stopFilter{}, stemFilter{}, stopFilter{}}
	exactAnalyzer = &analysis.DefaultAnalyzer{
		Tokenizer:    wordTokenizer{},
		TokenFilters: append([]analysis.TokenFilter{normalizeFilter{}}, exactAfter...),
	}
	stemAnalyzer = &analysis.DefaultAnalyzer{
		Tokenizer:    wordTokenizer{},
		TokenFilters: append([]analysis.TokenFilter{normalizeFilter{}}, stemAfter...),
	}
)

// AnalyzeExactAndStem returns the token streams AnalyzerExact and
// AnalyzerStem give for text, tokenizing and normalizing it once. An index
// that feeds one text to a field of each pays for those two steps, more
// than half of the stem analyzer's time, only once.
//
// After normalizing, it runs both analyzers' filters (exactAfter and
// stemAfter) token by token in one loop rather than as passes over the
// stream: every one of them looks at one token alone, so the streams are
// the same, and one loop can ask the word lists once for a word that both
// fields ask about (a stop word in the exact field is the stem field's
// question too, and the stemmer's first). The two streams share a token
// whose stem is its exact term; neither stream is to be written to. A
// change to exactAfter or stemAfter must be made in the loop too:
// TestAnalyzeExactAndStem and FuzzAnalyze hold it to the analyzers.
func AnalyzeExactAndStem(text []byte) (exact, stem analysis.TokenStream) {
	normalized := normalizeFilter{}.Filter(wordTokenizer{}.Tokenize(text))
	// The stem side's tokens that differ from the exact side's, in slabs
	// of half the tokens left (about one stem in two differs from its
	// word), never grown, since the stream points into them.
	var copies []analysis.Token
	stem = make(analysis.TokenStream, 0, len(normalized))
	j := 0
	for i, t := range normalized {
		term := t.Term
		f := lookupWord(term)
		if f&stopWord == 0 { // exactAfter: stopFilter
			normalized[j] = t
			j++
		}
		// stemAfter: spellingFilter, stopFilter, stemFilter, stopFilter.
		s, respelt := spellings.rewrite(term)
		if respelt {
			f = lookupWord(s)
		}
		if f&stopWord != 0 {
			continue
		}
		st := s
		if !t.KeyWord {
			if arabicWord(s) {
				st = stemArabic(s, f)
			} else {
				st = stripNumberClitics(s)
			}
		}
		// A stem is a slice of its word: one as long as the word is the
		// word, whose stop verdict is already known.
		if len(st) != len(s) && lookupWord(st)&stopWord != 0 {
			continue
		}
		if !respelt && len(st) == len(term) {
			stem = append(stem, t) // the same term as the exact side's
			continue
		}
		if len(copies) == cap(copies) {
			copies = make([]analysis.Token, 0, (len(normalized)-i)/2+8)
		}
		copies = append(copies, *t)
		c := &copies[len(copies)-1]
		c.Term = st
		stem = append(stem, c)
	}
	return normalized[:j], stem
}

// AnalyzeExact returns the terms AnalyzerExact indexes for text.
func AnalyzeExact(text string) []string { return terms(exactAnalyzer.Analyze([]byte(text))) }

// AnalyzeStem returns the terms AnalyzerStem indexes for text.
func AnalyzeStem(text string) []string { return terms(stemAnalyzer.Analyze([]byte(text))) }

func terms(ts analysis.TokenStream) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t.Term)
	}
	return out
}

// normalizeFilter folds each term in one pass: NFKC where the term needs it,
// then FoldRune (digits of every script to ASCII, harakat and tatweel
// dropped, letter variants folded, lower case). It is a token filter, not a
// char filter, so Start and End keep pointing at the original bytes and
// highlighting of ٣١ stays right although the term is "31".
//
// Terms that need no change keep their slice of the input; changed ones are
// written into one buffer per call, so a document costs one allocation
// rather than one per token or rune. The input is never written to.
type normalizeFilter struct{}

func (normalizeFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	var arena, scratch []byte
	j := 0
	for i, t := range input {
		nfkc, change := scanTerm(t.Term)
		if change {
			if arena == nil {
				n := 0
				for _, u := range input[i:] {
					n += len(u.Term)
				}
				arena = make([]byte, 0, n+n/4)
			}
			src := t.Term
			if nfkc {
				scratch = norm.NFKC.Append(scratch[:0], src...)
				src = scratch
			}
			start := len(arena)
			arena = appendFolded(arena, src)
			t.Term = arena[start:len(arena):len(arena)]
		}
		if len(t.Term) == 0 {
			continue // only harakat or tatweel
		}
		input[j] = t
		j++
	}
	return input[:j]
}

// scanTerm reports whether term needs NFKC and whether it changes at all.
// NFKC is needed only outside the Arabic block (presentation forms,
// full-width letters, ligatures) and for the four Arabic letters with
// compatibility decompositions; inside the block, the combining hamza and
// madda that NFKC would compose are dropped by FoldRune, which folds the
// composed letter to the same base anyway (ا+ٔ and أ both give ا).
//
// It runs on every token, and nearly every rune of a term is ASCII or two
// bytes of the Arabic block: those are answered from termScan, by the
// rune's low eight bits, without decoding the rune or asking FoldRune.
func scanTerm(term []byte) (nfkc, change bool) {
	for i := 0; i < len(term); {
		c := term[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				change = true
			}
			i++
			continue
		}
		if c < 0xD8 || c > 0xDB || i+1 >= len(term) || term[i+1]&0xC0 != 0x80 {
			return true, true // outside the Arabic block, or not UTF-8
		}
		switch termScan[arabicIndex(c, term[i+1])] {
		case scanNFKC:
			return true, true
		case scanChange:
			change = true
		}
		i += 2
	}
	return false, change
}

// What scanTerm learns from one rune of the Arabic block.
const (
	scanKeep   = iota // folds to itself
	scanChange        // folds to something else, or is dropped
	scanNFKC          // has a compatibility decomposition: NFKC first
)

// termScan is scanTerm's verdict on each rune of the Arabic block
// (U+0600 + index), from FoldRune and the separators appendFolded turns
// into ASCII.
var termScan = func() (t [256]uint8) {
	for i := range t {
		r := rune(0x0600 + i)
		switch f, keep := FoldRune(r); {
		case r >= 0x0675 && r <= 0x0678:
			t[i] = scanNFKC
		case r == 0x066B || r == 0x066C || !keep || f != r:
			t[i] = scanChange
		}
	}
	return t
}()

// arabicIndex is the offset from U+0600 of the rune whose UTF-8 is the lead
// byte c (0xD8–0xDB) and the continuation byte d.
func arabicIndex(c, d byte) int { return int(c&3)<<6 | int(d&0x3F) }

// appendFolded appends src folded rune by rune. The Arabic decimal and
// thousands separators become '.' and ',' so that ٣٫٥ and ١٬٠٠٠ meet 3.5
// and 1,000 (FoldRune keeps them as punctuation for the facet extractor).
// Runes of the Arabic block are folded from termFold, the rest by FoldRune.
func appendFolded(dst, src []byte) []byte {
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
			f := &termFold[arabicIndex(c, src[i+1])]
			dst = append(dst, f.b[:f.n]...)
			i += 2
			continue
		}
		r, size := decodeRune(src[i:])
		i += size
		if f, keep := FoldRune(r); keep {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}

// termFold is the UTF-8 each rune of the Arabic block folds to in a term:
// FoldRune's fold (nothing for a dropped rune), and '.' and ',' for the
// decimal and thousands separators.
var termFold = func() (t [256]struct {
	b [utf8.UTFMax]byte
	n uint8
}) {
	for i := range t {
		r := rune(0x0600 + i)
		var b []byte
		switch f, keep := FoldRune(r); {
		case r == 0x066B:
			b = []byte{'.'}
		case r == 0x066C:
			b = []byte{','}
		case keep:
			b = utf8.AppendRune(nil, f)
		}
		t[i].n = uint8(copy(t[i].b[:], b))
	}
	return t
}()

// decodeRune is utf8.DecodeRune with the two-byte case, which covers the
// whole Arabic block, decoded inline: most runes of an Arabic text take it.
func decodeRune(p []byte) (rune, int) {
	if len(p) >= 2 && p[0]&0xE0 == 0xC0 && p[0] >= 0xC2 && p[1]&0xC0 == 0x80 {
		return rune(p[0]&0x1F)<<6 | rune(p[1]&0x3F), 2
	}
	return utf8.DecodeRune(p)
}
