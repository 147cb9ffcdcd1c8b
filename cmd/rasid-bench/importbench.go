package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
)

// runImport compares the whole `rasid index FILE` process with stock
// bleve's indexing loop (analyzer ar on title and body, batches of 1000,
// until the index is closed: the shared peers' set-up) on the same corpus,
// at each GOMAXPROCS asked for. The two alternate, so machine noise falls
// on both; stock's time leaves out reading the corpus, rasid's includes
// reading, decompressing and decoding the file.
func runImport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("rasid-bench import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "../shared/corpus/ant-all.jsonl.gz", "corpus (gzip JSON lines)")
	rasid := fs.String("rasid", "", "rasid binary (default: built from ./cmd/rasid)")
	rounds := fs.Int("rounds", 1, "rounds per GOMAXPROCS value")
	procs := fs.String("procs", "2", "comma-separated GOMAXPROCS values")
	if err := fs.Parse(args); err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "rasid-import-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	if *rasid == "" {
		*rasid = filepath.Join(work, "rasid")
		cmd := exec.Command("go", "build", "-o", *rasid, "./cmd/rasid")
		cmd.Stdout, cmd.Stderr = stderr, stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("build rasid: %w", err)
		}
	}
	docs, err := readArticles(*corpus)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "| GOMAXPROCS | stock bleve ar docs/s | rasid index docs/s | rasid ÷ stock (wall) | stock CPU ms/doc | rasid CPU ms/doc | rasid ÷ stock (CPU) |\n|---|---|---|---|---|---|---|\n")
	var ps []int
	for _, p := range splitComma(*procs) {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			return fmt.Errorf("bad GOMAXPROCS %q", p)
		}
		ps = append(ps, n)
	}
	for _, p := range ps {
		var stock, mine, stockCPU, mineCPU time.Duration
		for r := 0; r < *rounds; r++ {
			run := []func() error{
				func() error {
					prev := runtime.GOMAXPROCS(p)
					defer runtime.GOMAXPROCS(prev)
					t, c := time.Now(), selfCPU()
					err := stockIndex(filepath.Join(work, fmt.Sprintf("stock-%d-%d", p, r)), docs)
					stock += time.Since(t)
					stockCPU += selfCPU() - c
					return err
				},
				func() error {
					cmd := exec.Command(*rasid, "index", "--data", filepath.Join(work, fmt.Sprintf("rasid-%d-%d", p, r)), *corpus)
					cmd.Env = append(os.Environ(), fmt.Sprintf("GOMAXPROCS=%d", p))
					cmd.Stdout, cmd.Stderr = io.Discard, stderr
					t := time.Now()
					err := cmd.Run()
					mine += time.Since(t)
					if cmd.ProcessState != nil {
						mineCPU += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
					}
					return err
				},
			}
			if r%2 == 1 {
				run[0], run[1] = run[1], run[0]
			}
			for _, f := range run {
				if err := f(); err != nil {
					return err
				}
			}
			os.RemoveAll(filepath.Join(work, fmt.Sprintf("stock-%d-%d", p, r)))
			os.RemoveAll(filepath.Join(work, fmt.Sprintf("rasid-%d-%d", p, r)))
		}
		n := float64(len(docs) * *rounds)
		fmt.Fprintf(stdout, "| %d | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f |\n", p, n/stock.Seconds(), n/mine.Seconds(), stock.Seconds()/mine.Seconds(),
			stockCPU.Seconds()*1000/n, mineCPU.Seconds()*1000/n, stockCPU.Seconds()/mineCPU.Seconds())
	}
	return nil
}

// selfCPU is this process's CPU time so far (user + system).
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

func readArticles(path string) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []article
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err == nil {
			out = append(out, a)
		}
	}
	return out, sc.Err()
}

// stockIndex is the shared peers' stock bleve set-up: analyzer ar on title
// and body (and bleve's _all), batches of 1000, closed at the end.
func stockIndex(dir string, docs []article) error {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = ar.AnalyzerName
	dm := bleve.NewDocumentMapping()
	dm.AddFieldMappingsAt("title", text)
	dm.AddFieldMappingsAt("body", text)
	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = ar.AnalyzerName
	idx, err := bleve.New(dir, im)
	if err != nil {
		return err
	}
	bb := idx.NewBatch()
	for j, d := range docs {
		if err := bb.Index(d.ID, map[string]any{"title": d.Title, "body": d.Body}); err != nil {
			return err
		}
		if bb.Size() >= 1000 || j == len(docs)-1 {
			if err := idx.Batch(bb); err != nil {
				return err
			}
			bb.Reset()
		}
	}
	return idx.Close()
}
