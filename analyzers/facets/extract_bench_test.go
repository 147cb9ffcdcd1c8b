package facets

import (
	"testing"

	"github.com/rasid-project/rasid/analyzers/internal/corpus"
)

// BenchmarkExtractCorpus times Extract on the first 500 articles of
// ant-all, which are shorter and more varied than the two seeds: a gain on
// the seeds should not be a loss on the articles indexing mostly sees.
// It skips when ../shared is absent.
func BenchmarkExtractCorpus(b *testing.B) {
	var arts []article
	eachCorpusArticle(b, "ant-all.jsonl.gz", 500, func(a corpus.Article) {
		arts = append(arts, article{a.Title, a.Body, parseANTDate(a.Date)})
	})
	lex()
	var bytes int64
	for _, a := range arts {
		bytes += int64(len(a.title) + len(a.body))
	}
	b.SetBytes(bytes)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			Extract(a.title, a.body, a.published)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(len(arts)*b.N), "µs/article")
}
