package analyzers

import (
	_ "embed"
	"encoding/binary"
	"iter"
	"strings"
	"unsafe"

	"github.com/blevesearch/bleve/v2/analysis"
)

//go:embed data/stopwords_ar.txt
var stopwordsData string

// Flags of a normalized word in wordFlags: the word lists that hold it.
const (
	stopWord   uint8 = 1 << iota // data/stopwords_ar.txt
	listedWord                   // data/protected_ar.txt: never stemmed
	nameWord                     // data/name_words.txt: a word of a known name
)

// wordFlags is every word of the stop list, the protected list and the name
// words, normalized, with the lists it is on. It is built once from the
// embedded files and never written after.
//
// One map for the three lists, rather than a set each, lets the analysis
// ask once about a word what it used to ask up to four times (a stop word
// for the exact field, and for the stem field a stop word, a listed word, a
// name): those lookups were a fifth of the analysis's time.
var wordFlags = func() map[string]uint8 {
	m := make(map[string]uint8)
	for _, list := range []struct {
		data string
		flag uint8
	}{{stopwordsData, stopWord}, {protectedData, listedWord}, {nameWordsData, nameWord}} {
		for line := range dataLines(list.data) {
			m[line] |= list.flag
		}
	}
	return m
}()

// lookupWord returns the flags of the normalized word w (0 when no list
// holds it), as wordFlags[string(w)] does.
//
// It is asked about every token, once or more, and most words of a text
// are on no list: wordSieve turns nearly all of those away from one bit,
// and wordTable finds the others from the same hash. Together they cost
// about half of what the map's lookups did.
func lookupWord(w []byte) uint8 {
	h := wordHash(w)
	if wordSieve[h>>(64-sieveBits+6)]&(1<<(h>>(64-sieveBits)&63)) == 0 {
		return 0
	}
	for i := h & tableMask; ; i = (i + 1) & tableMask {
		e := wordTable[i]
		if e.n == 0 {
			return 0
		}
		if int(e.n) == len(w) && wordKeys[e.off:int(e.off)+len(w)] == string(w) {
			return e.flags
		}
	}
}

const (
	sieveBits = 17 // wordSieve's bits: about eight per listed word
	tableBits = 15 // wordTable's slots: about two per listed word
	tableMask = 1<<tableBits - 1
)

// wordSieve has the bit of each word of wordFlags set (the top sieveBits
// bits of its wordHash): a word whose bit is clear is on no list. About
// one word in ten that is on no list gets through to wordTable.
//
// wordTable is wordFlags as an open-addressing table, probed linearly from
// a word's wordHash; wordKeys holds the words one after the other.
//
// They are built by a variable's initializer rather than an init function,
// so that any other initializer that asks lookupWord runs after them.
var wordSieve, wordTable, wordKeys = buildWordIndex()

// wordEntry is a slot of wordTable.
type wordEntry struct {
	off   uint32 // the word's offset in wordKeys
	n     uint8  // its length; 0 for an empty slot
	flags uint8
}

func buildWordIndex() (sieve [1 << (sieveBits - 6)]uint64, table [1 << tableBits]wordEntry, keys string) {
	var b []byte
	for w, f := range wordFlags {
		if len(w) > 255 || len(wordFlags) > tableMask/2 {
			panic("analyzers: word lists too long for wordTable")
		}
		h := wordHash([]byte(w))
		sieve[h>>(64-sieveBits+6)] |= 1 << (h >> (64 - sieveBits) & 63)
		i := h & tableMask
		for table[i].n != 0 {
			i = (i + 1) & tableMask
		}
		table[i] = wordEntry{off: uint32(len(b)), n: uint8(len(w)), flags: f}
		b = append(b, w...)
	}
	return sieve, table, string(b)
}

// wordHash mixes a word's length with its first and last eight bytes (four
// Arabic letters each; all of a word of up to eight letters). It is
// cheaper than the map's hash: it reads the word at two places, not byte
// by byte.
func wordHash(w []byte) uint64 {
	n := len(w)
	var a, b uint64
	switch {
	case n >= 8:
		a = binary.LittleEndian.Uint64(w)
		b = binary.LittleEndian.Uint64(w[n-8:])
	case n >= 4:
		a = uint64(binary.LittleEndian.Uint32(w))
		b = uint64(binary.LittleEndian.Uint32(w[n-4:]))
	default:
		for _, c := range w {
			a = a<<8 | uint64(c)
		}
	}
	h := (a^uint64(n))*0x9E3779B97F4A7C15 ^ b*0xC2B2AE3D27D4EB4F
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	return h ^ h>>32
}

// IsStopWord reports whether the normalized word w is an Arabic stop word.
func IsStopWord(w string) bool { return lookupWord(stringBytes(w))&stopWord != 0 }

// stringBytes is s's bytes without a copy, for lookupWord, which only
// reads them.
func stringBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// stopFilter drops stop words. It runs after normalizeFilter, so one entry
// of the list covers every spelling that folds to it (إلى، الى، إلي).
// Positions are left as they are: a phrase keeps its gaps.
type stopFilter struct{}

func (stopFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	j := 0
	for _, t := range input {
		if lookupWord(t.Term)&stopWord != 0 {
			continue
		}
		input[j] = t
		j++
	}
	return input[:j]
}

// dataLines yields the lines of an embedded data file, normalized as the
// analyzers normalize, without '#' comments; blank lines are skipped.
func dataLines(data string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for line := range strings.Lines(data) {
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			if l := Normalize(strings.TrimSpace(line)); l != "" && !yield(l) {
				return
			}
		}
	}
}
