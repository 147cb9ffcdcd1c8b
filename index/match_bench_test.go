package index

import (
	"context"
	"testing"
	"time"
)

// BenchmarkMatchModes compares the cost of the default all-words matching
// (a counting search first, and a binary search over counts when nothing
// has the words) with any-word matching, the previous behaviour and the
// baseline, on the ANT Syria corpus: plain top-10 searches and the page's
// request (facet counts, histogram, killed per month). The modes
// alternate query by query in one process, so machine noise hits both.
func BenchmarkMatchModes(b *testing.B) {
	ix := benchIndex(b)
	queries := append(benchQueries[:len(benchQueries)-1:len(benchQueries)-1], // without the empty query
		"غارات روسية على إدلب", "قوات النظام", "البوكمال زلزال", "رتل تركي معبر كفرلوسين نقاط المراقبة")
	for _, page := range []bool{false, true} {
		name := "plain"
		if page {
			name = "page"
		}
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			lat := map[string][]time.Duration{}
			for i := 0; b.Loop(); i++ {
				for _, mode := range []string{MatchAny, MatchAll} {
					r := Request{Query: queries[i%len(queries)], Match: mode}
					if page {
						r.FacetSize, r.Histogram = 12, true
					}
					start := time.Now()
					if _, err := ix.Search(ctx, r); err != nil {
						b.Fatal(err)
					}
					lat[mode] = append(lat[mode], time.Since(start))
				}
			}
			mean := func(d []time.Duration) float64 {
				var s time.Duration
				for _, x := range d {
					s += x
				}
				return float64(s.Microseconds()) / 1000 / float64(max(1, len(d)))
			}
			b.ReportMetric(mean(lat[MatchAny]), "any-ms")
			b.ReportMetric(mean(lat[MatchAll]), "all-ms")
			b.ReportMetric(mean(lat[MatchAll])/mean(lat[MatchAny]), "all/any")
		})
	}
}
