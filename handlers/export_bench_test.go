package handlers

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	rtmetrics "runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rasid-project/rasid/index"
)

// BenchmarkExportMemory streams exports of an existing index through a
// real HTTP server and samples the Go heap while they run, to show that
// memory does not grow with the number of matches. It needs a data folder
// built beforehand (rasid index --data DIR CORPUS):
//
//	RASID_BENCH_INDEX=/tmp/antall go test -run '^$' -bench ExportMemory -benchtime 1x ./handlers
//
// Each round exports a narrow search (one month) and every document, in
// alternating order; reported are the matches of each, the peak heap in
// use above the heap before the request, and their ratio.
func BenchmarkExportMemory(b *testing.B) {
	dir := os.Getenv("RASID_BENCH_INDEX")
	if dir == "" {
		b.Skip("set RASID_BENCH_INDEX to a rasid data folder")
	}
	ix, err := index.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	srv := New(Config{Index: ix, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	ts := httptest.NewServer(srv)
	defer ts.Close()

	narrow := os.Getenv("RASID_BENCH_NARROW")
	if narrow == "" {
		narrow = "from=2018-05-01&to=2018-05-31"
	}
	type result struct {
		rows    int
		peak    uint64 // Go heap in use, above the heap before the request
		rssPeak uint64 // resident set, above the RSS before the request
		bytes   int64
		took    time.Duration
	}
	run := func(query string) result {
		runtime.GC()
		base, rssBase := heapInUse(), rss()
		var peak, rssPeak uint64
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.NewTicker(2 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					if h := heapInUse(); h > peak {
						peak = h
					}
					if r := rss(); r > rssPeak {
						rssPeak = r
					}
				}
			}
		}()
		start := time.Now()
		resp, err := http.Get(ts.URL + "/api/export?format=csv&" + query)
		if err != nil {
			b.Fatal(err)
		}
		rows := 0
		buf := make([]byte, 64<<10)
		var n int64
		for {
			k, err := resp.Body.Read(buf)
			for _, c := range buf[:k] {
				if c == '\n' {
					rows++
				}
			}
			n += int64(k)
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
		resp.Body.Close()
		took := time.Since(start)
		close(stop)
		wg.Wait()
		if peak < base {
			peak = base
		}
		if rssPeak < rssBase {
			rssPeak = rssBase
		}
		// Rows counts lines: titles never hold a newline in these corpora;
		// the header line is not a match.
		return result{rows: rows - 1, peak: peak - base, rssPeak: rssPeak - rssBase, bytes: n, took: took}
	}
	var small, all result
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			small, all = run(narrow), run("")
		} else {
			all, small = run(""), run(narrow)
		}
	}
	mb := func(v uint64) float64 { return float64(v) / (1 << 20) }
	b.ReportMetric(float64(small.rows), "narrow-rows")
	b.ReportMetric(float64(all.rows), "all-rows")
	b.ReportMetric(mb(small.peak), "narrow-peak-MB")
	b.ReportMetric(mb(all.peak), "all-peak-MB")
	b.ReportMetric(mb(all.peak)/mb(small.peak), "peak-ratio")
	b.ReportMetric(float64(all.rows)/all.took.Seconds(), "all-rows/s")
	b.Logf("narrow: %d rows, %.1f MB of CSV, peak heap +%.1f MB, RSS +%.1f MB; all: %d rows, %.1f MB of CSV, peak heap +%.1f MB, RSS +%.1f MB, %v",
		small.rows, float64(small.bytes)/(1<<20), mb(small.peak), mb(small.rssPeak), all.rows, float64(all.bytes)/(1<<20), mb(all.peak), mb(all.rssPeak), all.took.Round(time.Millisecond))
}

// rss is the process's resident set in bytes (VmRSS), which also counts
// the pages of the index files bleve has mapped; 0 where /proc is absent.
func rss() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// heapInUse reads the bytes of live and not yet swept heap objects without
// stopping the world.
func heapInUse() uint64 {
	s := []rtmetrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	rtmetrics.Read(s)
	return s[0].Value.Uint64()
}
