package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
	var rasidTime, stockTime time.Duration
	for i := 0; b.Loop(); i++ {
		runStock := func() {
			start := time.Now()
			if _, _, err := buildStock(b.TempDir(), docs, 500); err != nil {
				b.Fatal(err)
			}
			stockTime += time.Since(start)
		}
		runRasid := func() {
			var out, errOut bytes.Buffer
			start := time.Now()
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
	fmt.Fprintf(os.Stderr, "import %s: stock %.0f docs/s, rasid index %.0f docs/s, ratio %.2f\n", filepath.Base(corpus), stockRate, rasidRate, rasidRate/stockRate)
}
