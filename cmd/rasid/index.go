package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sync"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/rasid-project/rasid/index"
	"github.com/rasid-project/rasid/watch"
)

func init() {
	commands["index"] = command{summary: "index files and folders (.txt .md .json .jsonl .ndjson .gz .html)", run: runIndex}
}

func runIndex(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("index", stderr)
	data := fs.String("data", defaultDataDir, "index `DIR`")
	maxBytes := fs.Int64("max-bytes", watch.DefaultMaxFileBytes, "largest single-article file accepted, in bytes (JSON lines and arrays are limited per record)")
	batch := fs.Int("batch", index.BulkBatch, "documents per committed batch")
	verbose := fs.Bool("v", false, "log every file")
	every := fs.Duration("progress", 5*time.Second, "how often to log progress when stderr is not a terminal")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: rasid index [--data DIR] PATH...\n\nIndexes files and folders (recursively). A folder's files are recorded in a\nmanifest, so indexing it again (or watching it with rasid serve --watch)\nreads only what changed.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	defer bulkGC()()
	level := slog.LevelError
	if *verbose {
		level = slog.LevelInfo
	}
	opts := watch.Options{
		MaxFileBytes: *maxBytes,
		BatchSize:    *batch,
		Logger:       slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level})),
	}

	// Each folder is its own root; loose files are grouped by the folder
	// that holds them, so their manifest entries match a later watch of it.
	type job struct {
		root  string
		files []string // nil: the whole tree
	}
	var jobs []*job
	byDir := map[string]*job{}
	for _, p := range fs.Args() {
		fi, err := os.Stat(p)
		if err != nil {
			return err
		}
		if fi.IsDir() {
			jobs = append(jobs, &job{root: p})
			continue
		}
		if !watch.Supported(p) {
			return fmt.Errorf("%s: unsupported file type (want .txt .md .json .jsonl .ndjson .html, optionally .gz)", p)
		}
		dir := filepath.Dir(p)
		j := byDir[dir]
		if j == nil {
			j = &job{root: dir, files: []string{}}
			byDir[dir] = j
			jobs = append(jobs, j)
		}
		j.files = append(j.files, filepath.Base(p))
	}

	ix, err := openIndex(*data)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// After the first signal the next one ends the process at once.
		<-ctx.Done()
		stop()
	}()

	var total watch.Summary
	var runErr error
	for _, j := range jobs {
		ing, err := watch.NewIngester(ix, j.root, opts)
		if err != nil {
			runErr = err
			break
		}
		files := j.files
		if files == nil {
			if files, err = ing.Walk(); err != nil {
				runErr = err
				break
			}
		}
		show := startProgress(ing, j.root, files, stderr, *every)
		if j.files == nil {
			err = ing.Reconcile(ctx, nil)
		} else {
			_, err = ing.IngestFiles(ctx, files, nil)
		}
		// Interrupted or not, what was read is committed: a streamed
		// file's checkpoint goes with it, so the next run resumes there.
		if ferr := ing.Flush(); err == nil {
			err = ferr
		}
		show.stop()
		addSummary(&total, ing.Summary(), j.root)
		if err != nil {
			runErr = err
			break
		}
	}
	var segments []int
	if runErr == nil {
		// The merges the import is due are part of its work: left to
		// Close, they would be stopped and redone by the next open.
		if err := ix.WaitMerged(ctx); err != nil && !errors.Is(err, context.Canceled) {
			runErr = err
		}
		segments, _ = ix.Segments() // only for the hint below
	}
	if err := ix.Close(); err != nil && runErr == nil {
		runErr = err
	}
	printSummary(stdout, total)
	if len(segments) > 0 && slices.Max(segments) >= compactHint {
		fmt.Fprintf(stdout, "the index holds %d segments per shard; for faster searches of an archive this size, run: rasid compact --data %s\n", slices.Max(segments), *data)
	}
	if errors.Is(runErr, context.Canceled) {
		return errors.New("interrupted; what was read is committed, and running the same command again resumes")
	}
	return runErr
}

// compactHint is the segments per shard above which rasid index suggests
// rasid compact: the million-article import left 36, and compacting an
// index of 28 cut a page request's CPU by a quarter (BENCHMARKS.md,
// rounds 13 and 14). Tiered merging keeps up to twenty per tier
// (index.segmentsPerTier), so a few tens of thousands of articles stay
// under it.
const compactHint = 30

// bulkGC lets the heap of a bulk import grow to three times what is live
// (GOGC=200) instead of twice, under a soft limit of importMemLimit above
// which the collector runs as often as it must. An import allocates and
// drops each batch's documents and segments; at Go's default the
// collector took a tenth of the command's CPU time. On the first 10,000
// articles of ant-all, 200 cut the CPU time by about 10% for a peak RSS of
// 605 MB instead of 470 (BENCHMARKS.md, "Import speed (round 5)"). GOGC
// or GOMEMLIMIT set by the user win. The returned function puts the
// collector back as it was (the command also runs inside tests).
func bulkGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	gc := debug.SetGCPercent(200)
	limit := debug.SetMemoryLimit(importMemLimit)
	return func() {
		debug.SetGCPercent(gc)
		debug.SetMemoryLimit(limit)
	}
}

// importMemLimit is bulkGC's soft heap limit: well under the 1 GB
// for an import's peak RSS, which also counts the index files bleve maps.
const importMemLimit = 640 << 20

// progress shows how an ingester is getting on: a bar on a terminal
// (documents, docs/s, bytes read and ETA), a log line every few seconds
// otherwise.
type progress struct {
	done chan struct{}
	wg   sync.WaitGroup
}

func startProgress(ing *watch.Ingester, root string, files []string, stderr io.Writer, every time.Duration) *progress {
	var total int64
	for _, f := range files {
		if fi, err := os.Stat(filepath.Join(ing.Root(), f)); err == nil {
			total += fi.Size()
		}
	}
	p := &progress{done: make(chan struct{})}
	tty := isTerminal(stderr)
	var bar *progressbar.ProgressBar
	if tty {
		bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription(root),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionFullWidth(),
			progressbar.OptionThrottle(200*time.Millisecond),
		)
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	start := time.Now()
	// The ETA is measured from the first documents on: a resumed file
	// skips its committed part first, fast, which says nothing of the rest.
	var t0 time.Time
	var n0 int64
	report := func(final bool) {
		docs, n := ing.Progress()
		rate := float64(docs) / max(time.Since(start).Seconds(), 0.001)
		if t0.IsZero() && docs > 0 {
			t0, n0 = time.Now(), n
		}
		if bar != nil {
			bar.Describe(fmt.Sprintf("%s: %d documents, %.0f docs/s", root, docs, rate))
			_ = bar.Set64(min(n, total))
			return
		}
		args := []any{"path", root, "documents", docs, "docs_per_s", int(rate), "read_bytes", n, "total_bytes", total}
		if !t0.IsZero() && n > n0 && n < total && !final {
			eta := time.Duration(float64(time.Since(t0)) * float64(total-n) / float64(n-n0))
			args = append(args, "eta", eta.Round(time.Second))
		}
		log.Info("indexing", args...)
	}
	if tty {
		every = 250 * time.Millisecond
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-p.done:
				report(true)
				if bar != nil {
					_ = bar.Finish()
					fmt.Fprintln(stderr)
				}
				return
			case <-t.C:
				report(false)
			}
		}
	}()
	return p
}

func (p *progress) stop() {
	close(p.done)
	p.wg.Wait()
}

func addSummary(t *watch.Summary, s watch.Summary, root string) {
	for i := range s.Failures {
		s.Failures[i].Path = filepath.Join(root, filepath.FromSlash(s.Failures[i].Path))
	}
	t.Files += s.Files
	t.Unchanged += s.Unchanged
	t.Documents += s.Documents
	t.Duplicates += s.Duplicates
	t.Removed += s.Removed
	t.Resumed += s.Resumed
	t.Failed += s.Failed
	t.Failures = append(t.Failures, s.Failures...)
}

func printSummary(w io.Writer, s watch.Summary) {
	fmt.Fprintf(w, "indexed %d documents from %d files; %d duplicates; %d unchanged files skipped; %d removed; %d failed\n",
		s.Documents, s.Files, s.Duplicates, s.Unchanged, s.Removed, s.Failed)
	if s.Resumed > 0 {
		fmt.Fprintf(w, "resumed %d interrupted file(s) from their checkpoint\n", s.Resumed)
	}
	const show = 20
	for i, f := range s.Failures {
		if i == show {
			fmt.Fprintf(w, "  ... and %d more\n", len(s.Failures)-show)
			break
		}
		fmt.Fprintf(w, "  failed: %s: %s\n", f.Path, f.Reason)
	}
}
