package facets

import (
	"os"
	"testing"

	"github.com/rasid-project/rasid/analyzers/internal/corpus"
)

// sharedCorpus is where the tests find the shared corpora.
const sharedCorpus = "../../../shared/corpus/"

// eachCorpusArticle calls fn with the first n articles (all when n <= 0) of
// a shared corpus, in file order, and skips the test without ../shared.
func eachCorpusArticle(tb testing.TB, name string, n int, fn func(corpus.Article)) {
	tb.Helper()
	path := sharedCorpus + name
	if _, err := os.Stat(path); err != nil {
		tb.Skip("no ../shared:", err)
	}
	seen := 0
	err := corpus.Each(path, func(a corpus.Article) error {
		if n > 0 && seen == n {
			return corpus.SkipAll
		}
		seen++
		fn(a)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
}
