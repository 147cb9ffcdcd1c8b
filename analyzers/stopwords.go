package analyzers

import (
	_ "embed"
	"iter"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
)

//go:embed data/stopwords_ar.txt
var stopwordsData string

// stopWords holds the stop list in normalized form. It is built once from
// the embedded file and never written after.
var stopWords = loadWordSet(stopwordsData)

// IsStopWord reports whether the normalized word w is an Arabic stop word.
func IsStopWord(w string) bool {
	_, ok := stopWords[w]
	return ok
}

// stopFilter drops stop words. It runs after normalizeFilter, so one entry
// of the list covers every spelling that folds to it (إلى، الى، إلي).
// Positions are left as they are: a phrase keeps its gaps.
type stopFilter struct{}

func (stopFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	j := 0
	for _, t := range input {
		if _, stop := stopWords[string(t.Term)]; stop {
			continue
		}
		input[j] = t
		j++
	}
	return input[:j]
}

// loadWordSet reads a word list (one a line, '#' comments, blank lines
// ignored) and normalizes each entry as the analyzers do.
func loadWordSet(data string) map[string]struct{} {
	set := make(map[string]struct{})
	for line := range dataLines(data) {
		set[line] = struct{}{}
	}
	return set
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
