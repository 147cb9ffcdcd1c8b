package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkImport times the whole `rasid index FILE` command (reading and
// decompressing the file, extraction, de-duplication, commits, closing the
// index) against stock bleve's indexing loop with analyzer ar over the
// same articles already in memory, as the shared peers harness runs it.
// Each iteration builds both, alternating which goes first, and the
// reported ratio is of their summed times (rasid ÷ stock docs/s).
//
//	go test -run '^$' -bench Import -benchtime 2x ./cmd/rasid
//	RASID_BENCH_CORPUS=../../../shared/corpus/ant-all.jsonl.gz go test -run '^$' -bench Import -benchtime 1x ./cmd/rasid
func BenchmarkImport(b *testing.B) {
	corpus := os.Getenv("RASID_BENCH_CORPUS")
	if corpus == "" {
		corpus = filepath.Join("..", "..", "..", "shared", "corpus", "ant-syria.jsonl.gz")
	}
	if _, err := os.Stat(corpus); err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	docs, err := loadCorpus(corpus)
	if err != nil {
		b.Fatal(err)
	}
	var rasidTime, stockTime, rasidCPU, stockCPU time.Duration
	for i := 0; b.Loop(); i++ {
		runStock := func() {
			start, cpu := time.Now(), cpuTime()
			if _, _, err := buildStock(b.TempDir(), docs, 500); err != nil {
				b.Fatal(err)
			}
			stockTime += time.Since(start)
			stockCPU += cpuTime() - cpu
		}
		runRasid := func() {
			var out, errOut bytes.Buffer
			start, cpu := time.Now(), cpuTime()
			defer func() { rasidCPU += cpuTime() - cpu }()
			if code := run([]string{"index", "--data", filepath.Join(b.TempDir(), "data"), corpus}, &out, &errOut); code != 0 {
				b.Fatalf("rasid index: exit %d: %s", code, errOut.String())
			}
			rasidTime += time.Since(start)
			if !strings.Contains(out.String(), "indexed ") {
				b.Fatalf("summary: %s", out.String())
			}
		}
		if i%2 == 0 {
			runStock()
			runRasid()
		} else {
			runRasid()
			runStock()
		}
	}
	n := float64(b.N * len(docs))
	stockRate, rasidRate := n/stockTime.Seconds(), n/rasidTime.Seconds()
	b.ReportMetric(stockRate, "stock-docs/s")
	b.ReportMetric(rasidRate, "rasid-docs/s")
	b.ReportMetric(rasidRate/stockRate, "ratio")
	// On a shared machine the wall-clock ratio moves with the neighbours'
	// load; the CPU time each build used is steadier, though it cannot
	// show what overlapping work gains.
	cpuRatio := stockCPU.Seconds() / rasidCPU.Seconds()
	b.ReportMetric(cpuRatio, "cpu-ratio")
	fmt.Fprintf(os.Stderr, "import %s: stock %.0f docs/s, rasid index %.0f docs/s, ratio %.2f; CPU: stock %v, rasid %v, ratio %.2f\n",
		filepath.Base(corpus), stockRate, rasidRate, rasidRate/stockRate, stockCPU.Round(time.Millisecond), rasidCPU.Round(time.Millisecond), cpuRatio)
}

// cpuTime is the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
