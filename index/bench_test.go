package index

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/rasid-project/rasid/analyzers"
)

// sharedCorpus is the ANT Syria subset of the shared data, absent on a
// user's fresh clone.
const sharedCorpus = "../../shared/corpus/ant-syria.jsonl.gz"

// benchIndex builds (once per benchmark run) an index of the shared corpus.
func benchIndex(b *testing.B) *Index {
	b.Helper()
	if _, err := os.Stat(sharedCorpus); err != nil {
		b.Skip("shared corpus not present")
	}
	docs, err := readCorpusForTest(sharedCorpus)
	if err != nil {
		b.Fatal(err)
	}
	ix, err := Open(filepath.Join(b.TempDir(), "data"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	for i := 0; i < len(docs); i += 1000 {
		batch := ix.NewBatch()
		for _, d := range docs[i:min(i+1000, len(docs))] {
			batch.Upsert(d)
		}
		if _, err := ix.Apply(batch); err != nil {
			b.Fatal(err)
		}
	}
	return ix
}

var benchQueries = []string{
	"داعش البوكمال", "غارات التحالف على دير الزور", "قوات سوريا الديمقراطية الرقة",
	"\"الغوطة الشرقية\"", "اللاجئين السوريين لبنان", "هجوم كيماوي دوما", "عفرين تركيا",
	"درعا اتفاق", "",
}

// BenchmarkSearchAllFacets measures query latency with the counts of all
// four facets requested, and reports p50/p99 over the run.
func BenchmarkSearchAllFacets(b *testing.B) {
	ix := benchIndex(b)
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		_, err := ix.Search(ctx, Request{Query: benchQueries[i%len(benchQueries)], FacetSize: 10})
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	reportPercentiles(b, lat)
}

// BenchmarkSearchFilteredFacets adds two facet filters, so that two extra
// disjunctive count searches run.
func BenchmarkSearchFilteredFacets(b *testing.B) {
	ix := benchIndex(b)
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	filters := map[string][]string{analyzers.FacetActors: {"isis"}, analyzers.FacetGovernorates: {"SY09", "SY11"}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		_, err := ix.Search(ctx, Request{Query: benchQueries[i%len(benchQueries)], FacetSize: 10, Filters: filters, Histogram: true})
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	reportPercentiles(b, lat)
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	sorted := slices.Clone(lat)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	pct := func(p float64) float64 {
		return float64(sorted[min(len(sorted)-1, int(p*float64(len(sorted))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}
