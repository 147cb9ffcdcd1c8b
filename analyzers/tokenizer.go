package analyzers

import (
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// TokenizerWords is the name rasid's tokenizer is registered under.
const TokenizerWords = "rasid_words"

// FieldBreak joins texts that are indexed as one field value, such as an
// article's title and body: the tokenizer leaves fieldBreakGap positions
// empty at it, so that no phrase, even one whose stop words leave gaps,
// matches words on both sides.
const FieldBreak = "\u2029" // PARAGRAPH SEPARATOR

const fieldBreakGap = 100

// wordTokenizer splits text into words: runs of letters, combining marks
// (harakat, which normalization then drops) and digits of any script, with
// a decimal or thousands separator kept inside a number (3.5, ١٬٠٠٠) and
// an apostrophe inside a Latin word. Each Han ideograph is a word of its
// own. Everything else separates words, the underscore of hashtags
// (#الغوطة_تباد) included.
//
// It does for Arabic news what bleve's Unicode (UAX #29) tokenizer does,
// several times faster: tokenizing was the largest single cost of
// indexing, paid once per analyzed field.
type wordTokenizer struct{}

// runeClass says how a rune takes part in a word.
type runeClass uint8

const (
	classNone  runeClass = iota // separates words
	classWord                   // letter or mark
	classDigit                  // decimal digit of any script
	classHan                    // an ideograph: a word by itself
	classJoin                   // separator that joins digits (., ٫ ,٬) or letters (')
)

// classify returns r's class; ASCII and the Arabic block, nearly every rune
// of the text, from a table built by classifyRune.
func classify(r rune) runeClass {
	if r < rune(len(classTable)) {
		return classTable[r]
	}
	return classifyRune(r)
}

var classTable = func() (t [0x0700]runeClass) {
	for r := range t {
		t[r] = classifyRune(rune(r))
	}
	return t
}()

func classifyRune(r rune) runeClass {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			return classWord
		case r >= '0' && r <= '9':
			return classDigit
		case r == '.' || r == ',' || r == '\'':
			return classJoin
		}
		return classNone
	case r >= 0x0621 && r <= 0x065F, r >= 0x0670 && r <= 0x06D3:
		return classWord // Arabic letters, tatweel, harakat, superscript alef
	case r >= 0x0660 && r <= 0x0669, r >= 0x06F0 && r <= 0x06F9:
		return classDigit
	case r == 0x066B || r == 0x066C || r == '’':
		return classJoin
	case r == 0x200C || r == 0x200D: // ZWNJ, ZWJ inside Persian and Urdu words
		return classWord
	case unicode.Is(unicode.Han, r):
		return classHan
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return classWord
	case unicode.IsDigit(r):
		return classDigit
	}
	return classNone
}

// joins reports whether the separator r, between a rune of class before
// and one of class after, stays inside the word.
func joins(r rune, before, after runeClass) bool {
	switch r {
	case '\'', '’':
		return before == classWord && after == classWord
	}
	return before == classDigit && after == classDigit
}

// Tokenize allocates the tokens in slabs rather than one by one: a token
// each was the chain's largest allocator (two in five of its bytes, and
// most of its allocations), and nothing keeps a token past its stream (an
// index copies what it needs into its frequencies). A text of news has a
// word every 11–14 bytes, so a slab of len/10 tokens nearly always holds
// them all; a text denser in words takes another slab sized on what is
// left of it. Slabs are never grown, since the stream points into them.
func (wordTokenizer) Tokenize(input []byte) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(input)/10+1)
	slab := make([]analysis.Token, cap(out))
	start, pos := -1, 1
	numeric := true
	last := classNone // class of the previous rune
	emit := func(end int, typ analysis.TokenType) {
		if len(slab) == 0 {
			slab = make([]analysis.Token, (len(input)-end)/8+8)
		}
		t := &slab[0]
		slab = slab[1:]
		*t = analysis.Token{Term: input[start:end], Start: start, End: end, Position: pos, Type: typ}
		out = append(out, t)
		pos++
		start = -1
	}
	typeOf := func() analysis.TokenType {
		if numeric {
			return analysis.Numeric
		}
		return analysis.AlphaNumeric
	}
	for i := 0; i < len(input); {
		r, size := rune(input[i]), 1
		if r >= utf8.RuneSelf {
			r, size = decodeRune(input[i:])
		}
		c := classify(r)
		if r == 0x2029 {
			if start >= 0 {
				emit(i, typeOf())
			}
			pos += fieldBreakGap
		}
		if c == classJoin && start >= 0 {
			next := classNone
			if i+size < len(input) {
				nr, _ := decodeRune(input[i+size:])
				next = classify(nr)
			}
			if joins(r, last, next) {
				last = c
				i += size
				continue
			}
			c = classNone
		}
		switch c {
		case classWord, classDigit:
			if start < 0 {
				start, numeric = i, true
			}
			if c == classWord {
				numeric = false
			}
		case classHan:
			if start >= 0 {
				emit(i, typeOf())
			}
			start = i
			emit(i+size, analysis.Ideographic)
		default:
			if start >= 0 {
				emit(i, typeOf())
			}
		}
		last = c
		i += size
	}
	if start >= 0 {
		emit(len(input), typeOf())
	}
	return out
}
