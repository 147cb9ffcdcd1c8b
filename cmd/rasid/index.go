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
	"syscall"

	"github.com/schollz/progressbar/v3"

	"github.com/rasid-project/rasid/watch"
)

func init() {
	commands["index"] = command{summary: "index files and folders (.txt .md .json .jsonl .ndjson .gz .html)", run: runIndex}
}

func runIndex(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("index", stderr)
	data := fs.String("data", defaultDataDir, "index `DIR`")
	maxBytes := fs.Int64("max-bytes", watch.DefaultMaxFileBytes, "largest file accepted, in bytes")
	batch := fs.Int("batch", 500, "documents per committed batch")
	verbose := fs.Bool("v", false, "log every file")
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
		bar := newBar(len(files), j.root, stderr)
		tick := func() {
			if bar != nil {
				_ = bar.Add(1)
			}
		}
		if j.files == nil {
			err = ing.Reconcile(ctx, tick)
		} else {
			_, err = ing.IngestFiles(ctx, files, tick)
			if ferr := ing.Flush(); err == nil {
				err = ferr
			}
		}
		if bar != nil {
			_ = bar.Finish()
			fmt.Fprintln(stderr)
		}
		addSummary(&total, ing.Summary(), j.root)
		if err != nil {
			runErr = err
			break
		}
	}
	if err := ix.Close(); err != nil && runErr == nil {
		runErr = err
	}
	printSummary(stdout, total)
	if errors.Is(runErr, context.Canceled) {
		return errors.New("interrupted; what was committed stays indexed")
	}
	return runErr
}

func newBar(n int, what string, stderr io.Writer) *progressbar.ProgressBar {
	if !isTerminal(stderr) || n < 2 {
		return nil
	}
	return progressbar.NewOptions(n,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionShowIts(),
		progressbar.OptionThrottle(100_000_000),
	)
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
	t.Failed += s.Failed
	t.Failures = append(t.Failures, s.Failures...)
}

func printSummary(w io.Writer, s watch.Summary) {
	fmt.Fprintf(w, "indexed %d documents from %d files; %d duplicates; %d unchanged files skipped; %d removed; %d failed\n",
		s.Documents, s.Files, s.Duplicates, s.Unchanged, s.Removed, s.Failed)
	const show = 20
	for i, f := range s.Failures {
		if i == show {
			fmt.Fprintf(w, "  ... and %d more\n", len(s.Failures)-show)
			break
		}
		fmt.Fprintf(w, "  failed: %s: %s\n", f.Path, f.Reason)
	}
}
