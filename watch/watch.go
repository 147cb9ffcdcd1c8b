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
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Status is what the watcher reports to /readyz and /metrics.
type Status struct {
	Watching    bool      `json:"watching"`
	Dir         string    `json:"dir"`
	Indexed     int64     `json:"indexed"`     // files indexed since start
	Quarantined int       `json:"quarantined"` // files in quarantine now
	LastIngest  time.Time `json:"last_ingest,omitzero"`
	// LastError is the newest problem whose cause still stands: it clears
	// when the file is fixed, the folder readable, the commit through.
	LastError string `json:"last_error,omitempty"`
	// Pending counts what is not yet searchable: changed files waiting to
	// settle or being read, and document changes not yet committed.
	Pending int `json:"pending"`
	// Lag is the age of the oldest pending change.
	Lag time.Duration `json:"lag"`
	// Degraded says why ingestion is paused or failing (disk nearly full,
	// commits failing); searches still work. Empty when all is well.
	Degraded string `json:"degraded,omitempty"`
	// Retrying counts files that could not be read for now (permissions,
	// I/O) and are tried again with backoff; they are not quarantined.
	Retrying int `json:"retrying"`
	// Panics counts panics recovered while reading or committing.
	Panics int `json:"panics"`
	// Disk is the last free-space reading of the index's filesystem.
	Disk Disk `json:"disk"`
}

// Watcher indexes the files of one folder tree.
type Watcher struct {
	dir  string
	opts Options
	log  *slog.Logger
	ing  *Ingester

	mu        sync.Mutex
	dirty     map[string]*pending // rel → change not yet read
	rescan    bool                // events may be lost: compare the tree with the manifest
	reconcile bool                // the start-up reconciliation has not completed
	watching  bool
	wake      chan struct{}
}

// pending is a changed path waiting to settle: it is read once its size
// and mtime have not moved for Options.Settle.
type pending struct {
	first time.Time // first event, for the lag
	at    time.Time // when size/mtime last changed (or the last event)
	size  int64
	mtime time.Time
}

// New prepares a watcher of dir writing to st. It does not start watching.
func New(st Store, dir string, opts Options) (*Watcher, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("watch %s: not a directory", dir)
	}
	opts = opts.withDefaults()
	ing, err := NewIngester(st, dir, opts)
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
// flushes the batch in flight before it returns. Nothing that goes wrong
// while watching stops it: errors and panics are recorded in Status and
// the work is retried.
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
	w.mu.Lock()
	w.reconcile = true
	w.mu.Unlock()
	if w.ing.CheckDisk() {
		// Reconciliation waits for space like any other batch; searches
		// and readiness do not.
		w.log.Warn("start-up reconciliation waits for disk space", "reason", w.ing.Status().Disk.Reason())
	} else if err := w.reconcileOnce(ctx); err != nil {
		if ctx.Err() != nil {
			return w.shutdown()
		}
		w.log.Error("start-up reconciliation failed; will retry", "err", err)
	}
	w.mu.Lock()
	w.watching = true
	w.mu.Unlock()

	stop := make(chan struct{})
	evDone := make(chan struct{})
	go func() {
		defer close(evDone)
		w.events(ctx, stop, fsw)
	}()
	// The event loop ends with Run, however Run ends.
	defer func() { close(stop); <-evDone }()

	tick := time.NewTicker(max(w.opts.Settle/3, 10*time.Millisecond))
	defer tick.Stop()
	var rescan <-chan time.Time
	if w.opts.Rescan > 0 {
		rt := time.NewTicker(w.opts.Rescan)
		defer rt.Stop()
		rescan = rt.C
	}
	for {
		select {
		case <-ctx.Done():
			return w.shutdown()
		case <-tick.C:
		case <-w.wake:
		case <-rescan:
			w.mu.Lock()
			w.rescan = true
			w.mu.Unlock()
		}
		err := w.safeStep(ctx, fsw)
		if ctx.Err() != nil {
			return w.shutdown()
		}
		w.ing.Report("ingest", err)
		if err != nil && !errors.Is(err, ErrDiskPressure) {
			w.log.Error("ingest", "err", err)
		}
	}
}

// reconcileOnce runs the start-up reconciliation; once it succeeds it is
// not run again.
func (w *Watcher) reconcileOnce(ctx context.Context) error {
	start := time.Now()
	if err := w.ing.Reconcile(ctx, nil); err != nil {
		return fmt.Errorf("start-up reconciliation: %w", err)
	}
	w.mu.Lock()
	w.reconcile = false
	w.mu.Unlock()
	s := w.ing.Summary()
	w.log.Info("reconciled", "indexed", s.Files, "unchanged", s.Unchanged, "removed", s.Removed,
		"quarantined", w.ing.Quarantined(), "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// safeStep is step with a panic turned into an error, so the watcher
// outlives any bug on its path.
func (w *Watcher) safeStep(ctx context.Context, fsw *fsnotify.Watcher) (err error) {
	defer func() {
		if v := recover(); v != nil {
			w.ing.notePanic()
			w.log.Error("panic in the watcher; carrying on", "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			err = fmt.Errorf("recovered from a panic: %v", v)
		}
	}()
	return w.step(ctx, fsw)
}

func (w *Watcher) shutdown() error {
	w.mu.Lock()
	w.watching = false
	w.mu.Unlock()
	w.ing.stopBulk() // stages what the large-file lane read, for this flush
	if err := w.ing.Flush(); err != nil {
		// What is not committed is not lost: the files' manifest entries
		// were not committed either, so the next start reads them again.
		if errors.Is(err, ErrDiskPressure) {
			n, _ := w.ing.Pending()
			w.log.Warn("stopped with changes not committed for lack of disk space; the next start reads them again", "documents", n)
			return nil
		}
		return fmt.Errorf("watch: final flush: %w", err)
	}
	w.log.Info("stopped")
	return nil
}

// step reads the files that have settled and commits when the batch is
// full, nothing else is about to settle, or the batch has waited long
// enough. While the disk is nearly full, or earlier commits wait for a
// retry, it reads nothing new: the changes stay queued.
func (w *Watcher) step(ctx context.Context, fsw *fsnotify.Watcher) error {
	if w.ing.CheckDisk() {
		return nil
	}
	if backlog, at := w.ing.Backlogged(); backlog {
		if time.Now().Before(at) {
			return nil
		}
		if err := w.ing.Flush(); err != nil {
			return err
		}
	}
	w.mu.Lock()
	rescan, reconcile := w.rescan, w.reconcile
	w.rescan = false
	w.mu.Unlock()
	if reconcile {
		if err := w.reconcileOnce(ctx); err != nil {
			return err
		}
	}
	if rescan {
		if err := w.rescanTree(fsw); err != nil {
			return err
		}
	}
	for _, rel := range w.ing.TakeRetries() {
		w.touch(rel)
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
			ready = append(ready, rel) // gone (Remove) or unreadable (retried)
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
		again, err := w.ing.IngestFiles(ctx, ready, nil)
		for _, rel := range again {
			w.touch(rel)
		}
		if err != nil {
			return err
		}
	}
	// Only the open batch counts here: the large-file lane commits its
	// own chunks, and waiting for one of them would hold up the small
	// files that settle meanwhile.
	n, age := w.ing.OpenPending()
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

// rescanTree compares the folder with the manifest by stat alone (size,
// mtime, inode, ctime) and marks what differs: it catches events that
// were lost (inotify overflow), folders that became readable, files
// replaced by others of the same size and mtime, and edits to the targets
// of symbolic links outside the folder.
func (w *Watcher) rescanTree(fsw *fsnotify.Watcher) error {
	seen := map[string]bool{}
	var blocked []string // folders that cannot be read: their files are not gone
	err := filepath.WalkDir(w.dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(w.dir, p)
		rel = filepath.ToSlash(rel)
		if err != nil {
			if p == w.dir {
				return err
			}
			if d != nil && d.IsDir() || errors.Is(err, fs.ErrPermission) {
				blocked = append(blocked, rel+"/")
				w.ing.Report("folder:"+rel, fmt.Errorf("%s: %s (will retry)", rel, accessReason(err)))
			}
			return nil
		}
		if rel != "." && ignored(rel) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			w.ing.Report("folder:"+rel, nil)
			// Adding a watch twice is harmless; a folder that was
			// unreadable gets its watch now.
			if err := fsw.Add(p); err != nil {
				w.log.Debug("watch folder", "path", rel, "err", err)
			}
			return nil
		}
		if !isFile(p, d) {
			return nil
		}
		seen[rel] = true
		fi, err := os.Stat(p)
		if err != nil || w.ing.Changed(rel, fi) {
			w.markUnlessDirty(rel)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("rescan %s: %w", w.dir, err)
	}
	for _, rel := range w.ing.Known() {
		if seen[rel] || slices.ContainsFunc(blocked, func(b string) bool { return strings.HasPrefix(rel, b) }) {
			continue
		}
		w.markUnlessDirty(rel)
	}
	return nil
}

// markUnlessDirty marks rel changed unless it already waits to settle
// (marking it again would restart its settle time).
func (w *Watcher) markUnlessDirty(rel string) {
	w.mu.Lock()
	_, ok := w.dirty[rel]
	w.mu.Unlock()
	if !ok {
		w.touch(rel)
	}
}

// events turns fsnotify events into dirty paths until ctx is done.
func (w *Watcher) events(ctx context.Context, stop <-chan struct{}, fsw *fsnotify.Watcher) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-stop:
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
				w.log.Warn("events were lost; comparing the folder with the index", "err", err)
				continue
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
		if mark && isFile(p, d) {
			w.touch(filepath.ToSlash(rel))
		}
		return nil
	})
}

// Status reports the watcher's state; safe to call from any goroutine,
// and never waits for a commit.
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
	is := w.ing.Status()
	_, age := w.ing.Pending()
	st.Indexed = int64(is.Files)
	st.LastIngest = is.LastIngest
	st.LastError = is.LastError
	st.Pending += is.Reading + is.Documents + w.ing.bulkPending()
	st.Retrying, st.Panics, st.Disk = is.Retrying, is.Panics, is.Disk
	switch {
	case is.Disk.Paused:
		st.Degraded = is.Disk.Reason()
	case is.Failing > 0:
		st.Degraded = fmt.Sprintf("commits to the index are failing (%d in a row) and are retried; %s", is.Failing, is.CommitError)
	}
	st.Quarantined = w.ing.Quarantined()
	if !oldest.IsZero() {
		st.Lag = time.Since(oldest)
	}
	if age > st.Lag {
		st.Lag = age
	}
	return st
}
