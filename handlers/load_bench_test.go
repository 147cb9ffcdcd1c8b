//go:build loadbench

package handlers

// The load benchmark runs a real HTTP server on loopback over the 31,523
// articles of the ANT corpus and drives it with vegeta, then calls
// index.Search directly with the same requests in the same run, so the
// API's overhead is a ratio rather than a number from another machine:
//
//	go test -tags loadbench -run '^$' -bench Load -benchtime 1x -timeout 60m ./handlers
//
// RASID_LOADBENCH_INDEX names a folder that keeps the built index between
// runs (default: $TMPDIR/rasid-loadbench-ant; delete it after the mapping
// changes). RASID_LOADBENCH_DURATION (default 10s) and
// RASID_LOADBENCH_WORKERS (default 8) tune each phase.

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"

	"github.com/rasid-project/rasid/index"
	"github.com/rasid-project/rasid/watch"
)

const sharedDir = "../../shared"

func envDuration(name string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(name)); err == nil && d > 0 {
		return d
	}
	return def
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// openANT opens the cached ANT index, building it on first use.
func openANT(b *testing.B) *index.Index {
	corpus := filepath.Join(sharedDir, "corpus", "ant-all.jsonl.gz")
	if _, err := os.Stat(corpus); err != nil {
		b.Skipf("no ANT corpus at %s", corpus)
	}
	dir := os.Getenv("RASID_LOADBENCH_INDEX")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "rasid-loadbench-ant")
	}
	ix, err := index.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	if done, _ := ix.Meta("loadbench-complete"); done != nil {
		return ix
	}
	start := time.Now()
	f, err := os.Open(corpus)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	batch := ix.NewBatch()
	n := 0
	flush := func(last bool) {
		if last {
			batch.SetMeta("loadbench-complete", []byte(time.Now().Format(time.RFC3339)))
		}
		if _, err := ix.Apply(batch); err != nil {
			b.Fatal(err)
		}
		batch = ix.NewBatch()
	}
	for sc.Scan() {
		d, err := articleDocument(json.RawMessage(sc.Bytes()), time.Now())
		if err != nil {
			continue
		}
		batch.Upsert(d)
		if n++; n%1000 == 0 {
			flush(false)
		}
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	flush(true)
	count, _ := ix.Count()
	b.Logf("built the ANT index in %s: %d articles read, %d documents", time.Since(start).Round(time.Second), n, count)
	return ix
}

// benchQueries are the Arabic queries of the shared evaluation sets.
func benchQueries(b *testing.B) []string {
	var qs []string
	for _, name := range []string{"dev-queries.jsonl", "dev-topical.jsonl"} {
		raw, err := os.ReadFile(filepath.Join(sharedDir, "eval", name))
		if err != nil {
			b.Skipf("no eval queries: %v", err)
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		for {
			var q struct{ Query string }
			if err := dec.Decode(&q); err != nil {
				break
			}
			if q.Query != "" {
				qs = append(qs, q.Query)
			}
		}
	}
	return qs
}

type latencies []time.Duration

func (l latencies) quantile(q float64) time.Duration {
	if len(l) == 0 {
		return 0
	}
	s := slices.Clone(l)
	slices.Sort(s)
	return s[min(len(s)-1, int(q*float64(len(s))))]
}

type phaseResult struct {
	name          string
	rps           float64
	p50, p99      time.Duration
	requests      uint64
	errors        uint64
	directRPS     float64
	dp50, dp99    time.Duration
	ingestedFiles int64
}

// attack drives the server with vegeta at full speed from workers
// connections for d, and returns the latencies of the answers, the time
// it took and the requests that failed.
func attack(base string, rawQueries []string, workers int, d time.Duration) (latencies, time.Duration, int, error) {
	targets := make([]vegeta.Target, len(rawQueries))
	for i, q := range rawQueries {
		targets[i] = vegeta.Target{Method: http.MethodGet, URL: base + "/api/search?" + q}
	}
	atk := vegeta.NewAttacker(vegeta.Workers(uint64(workers)), vegeta.MaxWorkers(uint64(workers)),
		vegeta.KeepAlive(true), vegeta.Connections(workers), vegeta.Timeout(30*time.Second))
	var (
		lat    latencies
		failed int
	)
	start := time.Now()
	for res := range atk.Attack(vegeta.NewStaticTargeter(targets...), vegeta.ConstantPacer{}, d, "rasid") {
		if res.Code != http.StatusOK || res.Error != "" {
			failed++
			continue
		}
		lat = append(lat, res.Latency)
	}
	took := time.Since(start)
	if len(lat) == 0 {
		return nil, took, failed, fmt.Errorf("no successful requests (%d failed)", failed)
	}
	return lat, took, failed, nil
}

// direct calls index.Search with the requests the API would make, from
// workers goroutines for d.
func direct(ix *index.Index, rawQueries []string, workers int, d time.Duration) (latencies, time.Duration, error) {
	reqs := make([]index.Request, len(rawQueries))
	for i, q := range rawQueries {
		r, e := parseSearch(q)
		if e != nil {
			return nil, 0, e
		}
		reqs[i] = r
	}
	var (
		mu    sync.Mutex
		all   latencies
		next  atomic.Uint64
		wg    sync.WaitGroup
		first error
	)
	deadline := time.Now().Add(d)
	start := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine latencies
			for time.Now().Before(deadline) {
				r := reqs[next.Add(1)%uint64(len(reqs))]
				t0 := time.Now()
				if _, err := ix.Search(context.Background(), r); err != nil {
					mu.Lock()
					first = err
					mu.Unlock()
					return
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			all = append(all, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	return all, time.Since(start), first
}

// ingestBurst writes articles of another corpus into dir as JSON files,
// steadily, until ctx is done; the watcher indexes them meanwhile.
func ingestBurst(ctx context.Context, b *testing.B, dir string) *atomic.Int64 {
	var written atomic.Int64
	src := filepath.Join(sharedDir, "corpus", "saudinewsnet.jsonl.gz")
	f, err := os.Open(src)
	if err != nil {
		b.Skipf("no SaudiNewsNet corpus for the ingest phase: %v", err)
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	go func() {
		defer f.Close()
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
		tick := time.NewTicker(2 * time.Millisecond) // up to 500 files/s
		defer tick.Stop()
		for i := 0; sc.Scan(); i++ {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			p := filepath.Join(dir, fmt.Sprintf("sn-%06d.json", i))
			if err := os.WriteFile(p+".tmp", sc.Bytes(), 0o644); err != nil {
				return
			}
			if os.Rename(p+".tmp", p) == nil {
				written.Add(1)
			}
		}
	}()
	return &written
}

func BenchmarkLoad(b *testing.B) {
	ix := openANT(b)
	defer ix.Close()
	dropVanished(b, ix)
	defer dropVanished(b, ix)
	n, _ := ix.Count()
	if n < 20000 {
		b.Fatalf("ANT index holds %d documents", n)
	}
	queries := benchQueries(b)
	workers := envInt("RASID_LOADBENCH_WORKERS", 8)
	d := envDuration("RASID_LOADBENCH_DURATION", 10*time.Second)

	watchDir := b.TempDir()
	w, err := watch.New(ix, watchDir, watch.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}
	wctx, stopWatch := context.WithCancel(context.Background())
	watchDone := make(chan struct{})
	go func() { defer close(watchDone); w.Run(wctx) }()
	defer func() { stopWatch(); <-watchDone; os.RemoveAll(watchDir) }()

	srv := New(Config{Index: ix, Watcher: w, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	hs := NewHTTPServer(ln.Addr().String(), srv)
	go hs.Serve(ln)
	defer hs.Close()
	base := "http://" + ln.Addr().String()

	// The filters: the most frequent actor and governorate of the archive.
	browse, err := ix.Search(context.Background(), index.Request{FacetSize: 1})
	if err != nil {
		b.Fatal(err)
	}
	actor, gov := browse.Facets["actors"][0].ID, browse.Facets["governorates"][0].ID
	var plain, faceted []string
	for _, q := range queries {
		plain = append(plain, "q="+url.QueryEscape(q)+"&facet_size=0&histogram=false")
		faceted = append(faceted, "q="+url.QueryEscape(q)+"&actor="+actor+"&governorate="+gov+"&facet_size=10")
	}
	// Warm both paths so the first phase does not pay for cold caches.
	attack(base, plain, workers, time.Second)
	direct(ix, plain, workers, time.Second)

	rounds := envInt("RASID_LOADBENCH_ROUNDS", 3)
	var results []phaseResult
	// Each phase alternates HTTP and direct slices so that drift (GC,
	// merges, the other core) hits both sides alike.
	run := func(name string, qs []string, ingest bool) {
		var ingested *atomic.Int64
		stop := context.CancelFunc(func() {})
		if ingest {
			var ctx context.Context
			ctx, stop = context.WithCancel(context.Background())
			ingested = ingestBurst(ctx, b, watchDir)
		}
		defer stop()
		var httpLat, directLat latencies
		var httpTook, directTook time.Duration
		failed := 0
		for i := 0; i < rounds; i++ {
			lat, took, nf, err := attack(base, qs, workers, d/time.Duration(rounds))
			if err != nil {
				b.Fatal(err)
			}
			httpLat, httpTook, failed = append(httpLat, lat...), httpTook+took, failed+nf
			lat, took, err = direct(ix, qs, workers, d/time.Duration(rounds))
			if err != nil {
				b.Fatal(err)
			}
			directLat, directTook = append(directLat, lat...), directTook+took
		}
		r := phaseResult{name: name,
			rps: float64(len(httpLat)) / httpTook.Seconds(), p50: httpLat.quantile(0.5), p99: httpLat.quantile(0.99),
			requests: uint64(len(httpLat) + failed), errors: uint64(failed),
			directRPS: float64(len(directLat)) / directTook.Seconds(), dp50: directLat.quantile(0.5), dp99: directLat.quantile(0.99)}
		if ingested != nil {
			r.ingestedFiles = ingested.Load()
		}
		results = append(results, r)
	}
	run("plain", plain, false)
	run("2 filters + facets", faceted, false)
	run("plain, ingesting", plain, true)
	run("2 filters + facets, ingesting", faceted, true)

	b.Logf("ANT index: %d documents, %d workers, %s per phase; filters actor=%s governorate=%s", n, workers, d, actor, gov)
	b.Logf("%-30s %9s %8s %8s | %9s %8s %8s | %6s %6s", "phase", "HTTP r/s", "p50", "p99", "direct/s", "p50", "p99", "ratio", "files")
	for _, r := range results {
		b.Logf("%-30s %9.0f %8s %8s | %9.0f %8s %8s | %6.2f %6d (errors %d/%d)", r.name,
			r.rps, r.p50.Round(10*time.Microsecond), r.p99.Round(10*time.Microsecond),
			r.directRPS, r.dp50.Round(10*time.Microsecond), r.dp99.Round(10*time.Microsecond),
			r.rps/r.directRPS, r.ingestedFiles, r.errors, r.requests)
	}
	b.ReportMetric(results[0].rps, "plain-req/s")
	b.ReportMetric(results[0].rps/results[0].directRPS, "plain-ratio")
	b.ReportMetric(results[1].rps, "faceted-req/s")
	b.ReportMetric(results[1].rps/results[1].directRPS, "faceted-ratio")
}

// dropVanished deletes documents whose file is gone: what the ingest phase
// of an earlier run added to the cached index, so every run starts from
// the ANT articles alone.
func dropVanished(b *testing.B, ix *index.Index) {
	paths, err := ix.PathIDs()
	if err != nil {
		b.Fatal(err)
	}
	batch := ix.NewBatch()
	for p, ids := range paths {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			continue
		}
		for _, id := range ids {
			batch.Delete(id)
		}
	}
	if batch.Len() > 0 {
		if _, err := ix.Apply(batch); err != nil {
			b.Fatal(err)
		}
	}
}
