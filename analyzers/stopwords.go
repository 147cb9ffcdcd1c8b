package analyzers

import (
	_ "embed"
	"iter"
	"strings"

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
// holds it).
func lookupWord(w []byte) uint8 { return wordFlags[string(w)] }

// IsStopWord reports whether the normalized word w is an Arabic stop word.
func IsStopWord(w string) bool { return wordFlags[w]&stopWord != 0 }

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
