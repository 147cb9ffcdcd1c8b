package index

import (
	"context"
	"os"
	"testing"
	"time"
)

// BenchmarkPageRequests measures the page's requests on an index built
// beforehand (RASID_BENCH_DATA=DIR, e.g. the data-N folder `rasid-bench
// scale --keep` leaves), with the count cache emptied before every request
// (cold: what the first visitor after a commit waits) and kept (warm), in
// the same process so the machine's load falls on both. Read the ratios:
// cold/warm per kind of request.
func BenchmarkPageRequests(b *testing.B) {
	dir := os.Getenv("RASID_BENCH_DATA")
	if dir == "" {
		b.Skip("RASID_BENCH_DATA not set")
	}
	ix, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	page := func(q string, f map[string][]string) Request {
		return Request{Query: q, Filters: f, Size: 10, FacetSize: 12, Histogram: true}
	}
	cases := []struct {
		name string
		req  Request
	}{
		{"landing", page("", nil)},
		{"word", page("قصف", nil)},
		{"two-words", page("غارات جوية", nil)},
		{"entity", page("داعش", nil)},
		{"filters", page("", map[string][]string{"actors": {"isis"}, "governorates": {"SY09"}})},
	}
	ctx := context.Background()
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			var cold, warm time.Duration
			for b.Loop() {
				ix.gen.Add(1) // as a commit would: the cache is stale
				t := time.Now()
				if _, err := ix.Search(ctx, c.req); err != nil {
					b.Fatal(err)
				}
				cold += time.Since(t)
				t = time.Now()
				if _, err := ix.Search(ctx, c.req); err != nil {
					b.Fatal(err)
				}
				warm += time.Since(t)
			}
			b.ReportMetric(float64(cold.Microseconds())/1000/float64(b.N), "cold_ms")
			b.ReportMetric(float64(warm.Microseconds())/1000/float64(b.N), "warm_ms")
			b.ReportMetric(cold.Seconds()/warm.Seconds(), "cold/warm")
		})
	}
}
