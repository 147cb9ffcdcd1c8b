package index

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// sharedCorpus is the ANT Syria subset of the shared data, absent on a
// user's fresh clone.
const sharedCorpus = "../../shared/corpus/ant-syria.jsonl.gz"

// benchIndex builds an index of the shared corpus for the benchmark.
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
	if _, err := ix.IndexAll(docs, 1000); err != nil {
		b.Fatal(err)
	}
	return ix
}

var benchQueries = []string{
	"داعش البوكمال", "غارات التحالف على دير الزور", "قوات سوريا الديمقراطية الرقة",
	"\"الغوطة الشرقية\"", "اللاجئين السوريين لبنان", "هجوم كيماوي دوما", "عفرين تركيا",
	"درعا اتفاق", "",
}

// BenchmarkSearch measures query latency on the ANT Syria corpus, reporting
// p50/p99: plain (top 10, no counts) is the baseline the others are read
// against; all-facets adds the counts of the four facets; filtered adds two
// facet filters (two extra disjunctive count searches), the date histogram
// and the killed ranges.
func BenchmarkSearch(b *testing.B) {
	ix := benchIndex(b)
	filters := map[string][]string{facets.FacetActors: {"isis"}, facets.FacetGovernorates: {"SY09", "SY11"}}
	cases := []struct {
		name string
		req  func(q string) Request
	}{
		{"plain", func(q string) Request { return Request{Query: q} }},
		{"all-facets", func(q string) Request { return Request{Query: q, FacetSize: 10} }},
		{"filtered", func(q string) Request {
			return Request{Query: q, FacetSize: 10, Filters: filters, Histogram: true}
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			lat := make([]time.Duration, 0, b.N)
			for i := 0; b.Loop(); i++ {
				start := time.Now()
				if _, err := ix.Search(ctx, c.req(benchQueries[i%len(benchQueries)])); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			reportPercentiles(b, lat)
		})
	}
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
