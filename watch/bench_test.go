package watch

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/rasid-project/rasid/index"
)

const burstFiles = 5000

// corpusFiles writes the first n ANT articles as one .json file each into
// a new folder, or skips when the shared corpus is absent.
func corpusFiles(b *testing.B, n int) string {
	b.Helper()
	src := filepath.Join("..", "..", "shared", "corpus", "ant-all.jsonl.gz")
	f, err := os.Open(src)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		name := filepath.Join(dir, fmt.Sprintf("%02d", i%50), fmt.Sprintf("ant-%05d.json", i))
		os.MkdirAll(filepath.Dir(name), 0o755)
		if err := os.WriteFile(name, sc.Bytes(), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

func quietOptions() Options {
	return Options{Logger: discardLogger()}
}

// BenchmarkBurst drops 5,000 article files into a watched folder and
// compares the throughput with bulk ingestion (the code path of `rasid
// index`) of the same files into a fresh index, in the same run.
func BenchmarkBurst(b *testing.B) {
	src := corpusFiles(b, burstFiles)
	rels, err := (&Ingester{root: src}).Walk()
	if err != nil || len(rels) != burstFiles {
		b.Fatalf("prepared %d files (%v)", len(rels), err)
	}
	var bulkTotal, watchTotal time.Duration
	bulkRun := func() {
		// Bulk: the files are in place; one reconciliation reads them all.
		ix := openBenchIndex(b)
		defer ix.Close()
		ing, err := NewIngester(ix, src, quietOptions())
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if err := ing.Reconcile(context.Background(), nil); err != nil {
			b.Fatal(err)
		}
		bulkTotal += time.Since(start)
		if s := ing.Summary(); s.Files != burstFiles {
			b.Fatalf("bulk read %d files", s.Files)
		}
	}
	watchRun := func() {
		// Watcher: the same files are moved into the watched folder at once.
		ix := openBenchIndex(b)
		defer ix.Close()
		dir := b.TempDir()
		staging := filepath.Join(dir, "..", filepath.Base(dir)+"-staging")
		defer os.RemoveAll(staging)
		if err := os.CopyFS(staging, os.DirFS(src)); err != nil {
			b.Fatal(err)
		}
		w, err := New(ix, dir, quietOptions())
		if err != nil {
			b.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- w.Run(ctx) }()
		for !w.Status().Watching {
			time.Sleep(time.Millisecond)
		}
		start := time.Now()
		entries, _ := os.ReadDir(staging)
		for _, e := range entries {
			if err := os.Rename(filepath.Join(staging, e.Name()), filepath.Join(dir, e.Name())); err != nil {
				b.Fatal(err)
			}
		}
		for {
			s := w.Status()
			if s.Indexed == burstFiles && s.Pending == 0 {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		watchTotal += time.Since(start)
		cancel()
		if err := <-done; err != nil {
			b.Fatal(err)
		}
	}
	i := 0
	for b.Loop() {
		// Alternate the order so neither side always runs on a warmer machine.
		if i%2 == 0 {
			bulkRun()
			watchRun()
		} else {
			watchRun()
			bulkRun()
		}
		i++
	}
	n := float64(b.N) * burstFiles
	bulk, watch := n/bulkTotal.Seconds(), n/watchTotal.Seconds()
	b.ReportMetric(bulk, "bulk-files/s")
	b.ReportMetric(watch, "watch-files/s")
	b.ReportMetric(watch/bulk, "watch/bulk")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkDropLatency measures how long a single dropped file takes to
// become retrievable from the index, with the default settle time.
func BenchmarkDropLatency(b *testing.B) {
	ix := openBenchIndex(b)
	dir := b.TempDir()
	copySeeds(b, dir)
	startWatcher(b, ix, dir, quietOptions())
	var lat []time.Duration
	i := 0
	for b.Loop() {
		id := fmt.Sprintf("drop-%05d", i)
		body := fmt.Sprintf("خبر عاجل رقم %d: قصف مدفعي على أطراف مدينة البوكمال وأنباء عن إصابات بين المدنيين.", i)
		tmp := filepath.Join(dir, ".incoming.tmp")
		if err := os.WriteFile(tmp, article(fmt.Sprintf("خبر عاجل %d", i), body), 0o644); err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if err := os.Rename(tmp, filepath.Join(dir, id+".txt")); err != nil {
			b.Fatal(err)
		}
		for {
			if _, err := ix.Get(id); err == nil {
				break
			}
			time.Sleep(500 * time.Microsecond)
		}
		lat = append(lat, time.Since(start))
		i++
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// BenchmarkReadFile measures the readers alone on one ANT article.
func BenchmarkReadFile(b *testing.B) {
	src := corpusFiles(b, 1)
	p := filepath.Join(src, "00", "ant-00000.json")
	for b.Loop() {
		if _, err := ReadFile(p, ReadOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func openBenchIndex(b *testing.B) *index.Index {
	b.Helper()
	ix, err := index.Open(filepath.Join(b.TempDir(), "data"))
	if err != nil {
		b.Fatal(err)
	}
	return ix
}
