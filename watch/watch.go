// Package watch keeps the index in step with files on disk: readers for
// each format and encoding, the fsnotify watcher, start-up reconciliation
// and quarantine of bad files.
package watch

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/rasid-project/rasid/index"
)

// Status is what the watcher reports to /readyz and /metrics.
type Status struct {
	Watching    bool      `json:"watching"`
	Dir         string    `json:"dir"`
	Indexed     int64     `json:"indexed"`     // files indexed since start
	Quarantined int       `json:"quarantined"` // files in quarantine now
	LastIngest  time.Time `json:"last_ingest,omitzero"`
	LastError   string    `json:"last_error,omitempty"`
	Pending     int       `json:"pending"` // files seen but not yet committed
	// Lag is the age of the oldest pending change.
	Lag time.Duration `json:"lag"`
}

// Watcher indexes the files of one folder tree.
type Watcher struct {
	dir  string
	opts Options
	log  *slog.Logger
	ing  *Ingester

	mu       sync.Mutex
	dirty    map[string]*pending // rel → change not yet read
	rescan   bool                // events were lost: walk the tree again
	watching bool
	wake     chan struct{}
}

// pending is a changed path waiting to settle: it is read once its size
// and mtime have not moved for Options.Settle.
type pending struct {
	first time.Time // first event, for the lag
	at    time.Time // when size/mtime last changed (or the last event)
	size  int64
	mtime time.Time
}

// New prepares a watcher of dir writing to ix. It does not start watching.
func New(ix *index.Index, dir string, opts Options) (*Watcher, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("watch %s: not a directory", dir)
	}
	opts = opts.withDefaults()
	ing, err := NewIngester(ix, dir, opts)
	if err != nil {
		return nil, err
	}
	return &Watcher{
		dir: ing.Root(), opts: opts, log: opts.Logger.With("watch", ing.Root()), ing: ing,
		dirty: map[string]*pending{}, wake: make(chan struct{}, 1),
	}, nil
}

// Ingester is the ingester the watcher writes through.
func (w *Watcher) Ingester() *Ingester { return w.ing }

// Run reconciles the index with dir, then watches until ctx is done, and
// flushes the batch in flight before it returns.
func (w *Watcher) Run(ctx context.Context) error {
	fsw, err := fsnotify.NewBufferedWatcher(8192)
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	defer fsw.Close()
	// Watch first, reconcile second: a file dropped during the
	// reconciliation is then seen by one or the other (or both, which the
	// manifest makes harmless).
	if err := w.addTree(fsw, w.dir, false); err != nil {
		return err
	}
	// Large files are read on a lane of their own (bulk.go), so neither
	// start-up nor the small files dropped later wait for them.
	w.ing.startBulk(ctx)
	defer w.ing.stopBulk()
	start := time.Now()
	if err := w.ing.Reconcile(ctx, nil); err != nil {
		if ctx.Err() != nil {
			return w.shutdown()
		}
		return fmt.Errorf("watch: start-up reconciliation: %w", err)
	}
	s := w.ing.Summary()
	w.log.Info("reconciled", "indexed", s.Files, "unchanged", s.Unchanged, "removed", s.Removed,
		"quarantined", w.ing.q.count(), "took", time.Since(start).Round(time.Millisecond))
	w.mu.Lock()
	w.watching = true
	w.mu.Unlock()

	evDone := make(chan struct{})
	go func() {
		defer close(evDone)
		w.events(ctx, fsw)
	}()
	defer func() { <-evDone }()

	tick := time.NewTicker(max(w.opts.Settle/3, 10*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return w.shutdown()
		case <-tick.C:
		case <-w.wake:
		}
		if err := w.step(ctx, fsw); err != nil {
			if ctx.Err() != nil {
				return w.shutdown()
			}
			w.ing.mu.Lock()
			w.ing.lastErr = err.Error()
			w.ing.mu.Unlock()
			w.log.Error("ingest", "err", err)
		}
	}
}

func (w *Watcher) shutdown() error {
	w.mu.Lock()
	w.watching = false
	w.mu.Unlock()
	w.ing.stopBulk() // stages what the large-file lane read, for this flush
	if err := w.ing.Flush(); err != nil {
		return fmt.Errorf("watch: final flush: %w", err)
	}
	w.log.Info("stopped")
	return nil
}

// step reads the files that have settled and commits when the batch is
// full, nothing else is about to settle, or the batch has waited long
// enough.
func (w *Watcher) step(ctx context.Context, fsw *fsnotify.Watcher) error {
	w.mu.Lock()
	rescan := w.rescan
	w.rescan = false
	w.mu.Unlock()
	if rescan {
		w.log.Warn("events were lost; walking the folder again")
		if err := w.addTree(fsw, w.dir, false); err != nil {
			return err
		}
		if err := w.ing.Reconcile(ctx, nil); err != nil {
			return err
		}
	}

	now := time.Now()
	var ready []string
	w.mu.Lock()
	for rel, p := range w.dirty {
		if now.Sub(p.at) < w.opts.Settle {
			continue
		}
		fi, err := os.Stat(filepath.Join(w.dir, filepath.FromSlash(rel)))
		switch {
		case err != nil:
			ready = append(ready, rel) // gone: Remove
		case fi.IsDir():
			delete(w.dirty, rel)
			continue
		case fi.Size() != p.size || !fi.ModTime().Equal(p.mtime):
			p.size, p.mtime, p.at = fi.Size(), fi.ModTime(), now
			continue
		default:
			ready = append(ready, rel)
		}
	}
	for _, rel := range ready {
		delete(w.dirty, rel)
	}
	left := len(w.dirty)
	w.mu.Unlock()

	if len(ready) > 0 {
		moving, err := w.ing.IngestFiles(ctx, ready, nil)
		for _, rel := range moving {
			w.touch(rel)
		}
		if err != nil {
			return err
		}
	}
	n, age := w.ing.Pending()
	if n > 0 && (left == 0 || age >= w.opts.FlushInterval) {
		if err := w.ing.Flush(); err != nil {
			return err
		}
	}
	for _, rel := range w.ing.takeRequeue() {
		w.touch(rel)
	}
	for _, rel := range w.ing.takeMoved() {
		w.touch(rel)
	}
	return nil
}

// events turns fsnotify events into dirty paths until ctx is done.
func (w *Watcher) events(ctx context.Context, fsw *fsnotify.Watcher) {
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-fsw.Events:
			if !ok {
				return
			}
			w.event(fsw, ev)
		case err, ok := <-fsw.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				w.mu.Lock()
				w.rescan = true
				w.mu.Unlock()
			}
			w.log.Warn("fsnotify", "err", err)
		}
	}
}

func (w *Watcher) event(fsw *fsnotify.Watcher, ev fsnotify.Event) {
	rel, err := filepath.Rel(w.dir, ev.Name)
	if err != nil || rel == "." || ignored(rel) {
		return
	}
	rel = filepath.ToSlash(rel)
	if ev.Has(fsnotify.Create) {
		if fi, err := os.Lstat(ev.Name); err == nil && fi.IsDir() {
			// Files may land in a new folder before its watch is
			// added, so the folder is walked as well as watched.
			if err := w.addTree(fsw, ev.Name, true); err != nil {
				w.log.Warn("watch new folder", "path", rel, "err", err)
			}
			return
		}
	}
	if ev.Has(fsnotify.Rename) || ev.Has(fsnotify.Remove) {
		// A folder moved away keeps its inotify watch under the old
		// name; drop it so its later events are not misattributed.
		_ = fsw.Remove(ev.Name)
		w.touch(rel)
		return
	}
	w.touch(rel)
}

// touch marks rel changed now.
func (w *Watcher) touch(rel string) {
	now := time.Now()
	var size int64
	var mtime time.Time
	if fi, err := os.Stat(filepath.Join(w.dir, filepath.FromSlash(rel))); err == nil {
		size, mtime = fi.Size(), fi.ModTime()
	}
	w.mu.Lock()
	p := w.dirty[rel]
	if p == nil {
		p = &pending{first: now}
		w.dirty[rel] = p
	}
	p.at, p.size, p.mtime = now, size, mtime
	w.mu.Unlock()
}

// addTree watches dir and every folder under it; with mark, the files
// found are marked changed.
func (w *Watcher) addTree(fsw *fsnotify.Watcher, dir string, mark bool) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil
		}
		rel, _ := filepath.Rel(w.dir, p)
		if rel != "." && ignored(rel) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if err := fsw.Add(p); err != nil {
				w.log.Warn("watch folder", "path", rel, "err", err)
			}
			return nil
		}
		if mark && d.Type().IsRegular() {
			w.touch(filepath.ToSlash(rel))
		}
		return nil
	})
}

// Status reports the watcher's state; safe to call from any goroutine.
func (w *Watcher) Status() Status {
	w.mu.Lock()
	st := Status{Watching: w.watching, Dir: w.dir, Pending: len(w.dirty)}
	var oldest time.Time
	for _, p := range w.dirty {
		if oldest.IsZero() || p.first.Before(oldest) {
			oldest = p.first
		}
	}
	w.mu.Unlock()
	n, age := w.ing.Pending()
	w.ing.mu.Lock()
	st.Indexed = int64(w.ing.sum.Files)
	st.LastIngest = w.ing.lastAt
	st.LastError = w.ing.lastErr
	st.Pending += len(w.ing.staged)
	w.ing.mu.Unlock()
	st.Pending += w.ing.bulkPending()
	st.Quarantined = w.ing.q.count()
	if !oldest.IsZero() {
		st.Lag = time.Since(oldest)
	}
	if n > 0 && age > st.Lag {
		st.Lag = age
	}
	return st
}
