package index

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
)

// BenchmarkIndexing indexes the ANT Syria corpus (RASID_BENCH_CORPUS
// overrides it, e.g. with ant-all.jsonl.gz) with stock bleve "ar" (the
// shared peers' set-up: ar on title and body, _all, batches of 1000) and
// with rasid's own write path (facet extraction, de-duplication, two
// analyzers; the next batch prepared while the current one commits), until
// each index is closed and durable. Run with -count N:
// the two alternate, so machine noise falls on both; compare docs/s.
func BenchmarkIndexing(b *testing.B) {
	corpus := sharedCorpus
	if c := os.Getenv("RASID_BENCH_CORPUS"); c != "" {
		corpus = c
	}
	if _, err := os.Stat(corpus); err != nil {
		b.Skip("shared corpus not present")
	}
	docs, err := readCorpusForTest(corpus)
	if err != nil {
		b.Fatal(err)
	}
	const batch = 1000
	b.Run("stock-ar", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			text := bleve.NewTextFieldMapping()
			text.Analyzer = ar.AnalyzerName
			dm := bleve.NewDocumentMapping()
			dm.AddFieldMappingsAt("title", text)
			dm.AddFieldMappingsAt("body", text)
			im := bleve.NewIndexMapping()
			im.DefaultMapping = dm
			im.DefaultAnalyzer = ar.AnalyzerName
			idx, err := bleve.New(filepath.Join(b.TempDir(), fmt.Sprint(i)), im)
			if err != nil {
				b.Fatal(err)
			}
			bb := idx.NewBatch()
			for j, d := range docs {
				if err := bb.Index(d.ID, map[string]any{"title": d.Title, "body": d.Body}); err != nil {
					b.Fatal(err)
				}
				if bb.Size() >= batch || j == len(docs)-1 {
					if err := idx.Batch(bb); err != nil {
						b.Fatal(err)
					}
					bb.Reset()
				}
			}
			if err := idx.Close(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
	})
	b.Run("rasid", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			ix, err := Open(filepath.Join(b.TempDir(), fmt.Sprint(i)))
			if err != nil {
				b.Fatal(err)
			}
			if _, err := ix.IndexAll(docs, batch); err != nil {
				b.Fatal(err)
			}
			if err := ix.Close(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
	})
}
