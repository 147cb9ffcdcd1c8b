package index

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/mapping"
)

// BenchmarkIndexing indexes the ANT Syria corpus (RASID_BENCH_CORPUS
// overrides it, e.g. with ant-all.jsonl.gz) with stock bleve "ar" (the
// shared peers' set-up: ar on title and body, _all, batches of 1000) and
// with rasid's own write path (facet extraction, de-duplication, two
// analyzers on title and body; the next batch prepared while the current
// one commits), until each index is closed and durable. Each iteration
// builds both, one after the other, so machine noise falls on both; the
// figure to read is rasid/stock, the ratio of their docs/s. Run with
// -benchtime Nx for N rounds.
//
// A third build, analysis/stock, isolates the cost of rasid's analysis:
// rasid's mapping and analyzers fed straight through bleve, without facet
// extraction or de-duplication.
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
	var stockTime, rasidTime, analysisTime time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		if err := indexStock(filepath.Join(b.TempDir(), fmt.Sprint("stock", i)), docs, batch); err != nil {
			b.Fatal(err)
		}
		stockTime += time.Since(start)

		start = time.Now()
		ix, err := Open(filepath.Join(b.TempDir(), fmt.Sprint("rasid", i)))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ix.IndexAll(docs, batch); err != nil {
			b.Fatal(err)
		}
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
		rasidTime += time.Since(start)

		start = time.Now()
		if err := indexAnalysisOnly(filepath.Join(b.TempDir(), fmt.Sprint("analysis", i)), docs, batch); err != nil {
			b.Fatal(err)
		}
		analysisTime += time.Since(start)
	}
	n := float64(len(docs) * b.N)
	b.ReportMetric(n/stockTime.Seconds(), "stock_docs/s")
	b.ReportMetric(n/rasidTime.Seconds(), "rasid_docs/s")
	b.ReportMetric(stockTime.Seconds()/rasidTime.Seconds(), "rasid/stock")
	b.ReportMetric(stockTime.Seconds()/analysisTime.Seconds(), "analysis/stock")
}

// indexAnalysisOnly indexes title and body with rasid's mapping, skipping
// everything else a write does.
func indexAnalysisOnly(dir string, docs []Document, batch int) error {
	m := newMapping()
	return buildBleve(dir, m, docs, batch, func(bb *bleve.Batch, d Document) error {
		doc, err := bleveDocument(m, d.ID, storedDoc{Title: d.Title, Body: d.Body, Text: indexedText(d.Title, d.Body)})
		if err != nil {
			return err
		}
		return bb.IndexAdvanced(doc)
	})
}

// indexStock builds a stock bleve "ar" index of docs in dir.
func indexStock(dir string, docs []Document, batch int) error {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = ar.AnalyzerName
	dm := bleve.NewDocumentMapping()
	dm.AddFieldMappingsAt("title", text)
	dm.AddFieldMappingsAt("body", text)
	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = ar.AnalyzerName
	return buildBleve(dir, im, docs, batch, func(bb *bleve.Batch, d Document) error {
		return bb.Index(d.ID, map[string]any{"title": d.Title, "body": d.Body})
	})
}

// buildBleve indexes docs, as add puts them in a batch, in batches of the given
// size into a new bleve index at dir, and closes it.
func buildBleve(dir string, m mapping.IndexMapping, docs []Document, batch int, add func(*bleve.Batch, Document) error) error {
	idx, err := bleve.New(dir, m)
	if err != nil {
		return err
	}
	bb := idx.NewBatch()
	for j, d := range docs {
		if err := add(bb, d); err != nil {
			return err
		}
		if bb.Size() >= batch || j == len(docs)-1 {
			if err := idx.Batch(bb); err != nil {
				return err
			}
			bb.Reset()
		}
	}
	return idx.Close()
}
