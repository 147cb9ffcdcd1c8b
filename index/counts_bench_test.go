package index

import (
	"context"
	"os"
	"runtime"
	"testing"
	"time"
)

// BenchmarkPageRequests measures the page's requests on an index built
// beforehand (RASID_BENCH_DATA=DIR, e.g. the data-N folder `rasid-bench
// scale --keep` leaves), with the count cache emptied before every request
// (cold: what the first visitor after a commit waits) and kept (warm), in
// the same process so the machine's load falls on both. Each request is
// run with the whole archive's counts kept up to date across commits (as
// the server does) and without them (no-archive). Read the ratios.
func BenchmarkPageRequests(b *testing.B) {
	ix := openBenchData(b)
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
		for _, archive := range []bool{true, false} {
			name := c.name
			if !archive {
				name += "/no-archive"
			}
			b.Run(name, func(b *testing.B) {
				if archive {
					ix.archiveRefreshing.Store(false)
					if err := ix.WarmCounts(ctx); err != nil { // as the server does when it starts
						b.Fatal(err)
					}
				} else {
					// Counted as before the archive's counts were kept.
					ix.archive.Store(nil)
					ix.archiveRefreshing.Store(true)
				}
				var cold, warm time.Duration
				for b.Loop() {
					// A commit (of nothing): the cache is stale, and the
					// archive's counts are carried over as Apply does.
					if _, err := ix.Apply(ix.NewBatch()); err != nil {
						b.Fatal(err)
					}
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
}

// BenchmarkColumnBuild builds the facet columns of every segment of the
// index in RASID_BENCH_DATA from nothing (as a server does once as it
// starts) and reports the heap they take.
func BenchmarkColumnBuild(b *testing.B) {
	ix := openBenchData(b)
	n, err := ix.Count()
	if err != nil {
		b.Fatal(err)
	}
	if n == 0 {
		b.Skip("RASID_BENCH_DATA holds no documents")
	}
	var (
		heap float64
		took time.Duration
	)
	for b.Loop() {
		ix.columns.close()
		ix.columns = newColumnStore()
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		t := time.Now()
		if err := ix.columns.build(context.Background(), ix); err != nil {
			b.Fatal(err)
		}
		took += time.Since(t)
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap += float64(after.HeapAlloc) - float64(before.HeapAlloc)
	}
	b.ReportMetric(heap/float64(b.N)/float64(n), "heap_bytes/doc")
	b.ReportMetric(float64(took.Nanoseconds())/float64(b.N)/float64(n), "ns_build/doc")
}

// openBenchData opens the index in RASID_BENCH_DATA (closed when b ends),
// or skips b.
func openBenchData(b *testing.B) *Index {
	dir := os.Getenv("RASID_BENCH_DATA")
	if dir == "" {
		b.Skip("RASID_BENCH_DATA not set")
	}
	ix, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	return ix
}
