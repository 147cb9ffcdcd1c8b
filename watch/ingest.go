package watch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rasid-project/rasid/index"
)

// Failure is a file (or a record of one) that could not be indexed.
type Failure struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Summary counts what an Ingester did.
type Summary struct {
	Files      int       // files read and committed
	Unchanged  int       // files skipped because the manifest says they are indexed
	Documents  int       // documents written
	Duplicates int       // documents skipped as copies of another
	Removed    int       // documents removed because their file changed or vanished
	Resumed    int       // large files whose interrupted read was resumed from its checkpoint
	Failed     int       // files quarantined plus bad records
	Failures   []Failure // the reasons, at most maxFailures of them
}

const maxFailures = 1000

// Store is the index an Ingester writes to; *index.Index is one. A store
// that can also Reopen() is reopened after a panic in Apply, before the
// batch is retried.
type Store interface {
	NewBatch() *index.Batch
	Apply(*index.Batch) (index.ApplyResult, error)
	Meta(key string) ([]byte, error)
	PathIDs() (map[string][]string, error)
}

// reopener is a Store that can close and open its index again, to recover
// from a panic that may have left it in a bad state.
type reopener interface{ Reopen() error }

// dirStore is a Store on disk; its folder is the one whose free space
// decides whether ingestion pauses.
type dirStore interface{ Dir() string }

// Ingester reads the files of one folder tree into the index. The watcher
// and the bulk `rasid index` command both go through it, so they agree on
// ids, the manifest and the quarantine. It is safe for concurrent use.
//
// Two locks: mu guards the state below and is only ever held for map
// updates, never across reading, extraction or a commit, so Status never
// waits on the index; commitMu serializes commits, which run outside mu.
type Ingester struct {
	store Store
	root  string
	opts  Options
	log   *slog.Logger
	q     *quarantine
	disk  *DiskGuard

	commitMu sync.Mutex

	mu       sync.Mutex
	batch    *index.Batch
	staged   map[string]*manifestEntry // rel → entry written into the open batch
	batchIDs map[string]string         // id → rel, for the open batch's upserts
	batchOps int                       // upserts and deletes in the open batch
	since    time.Time                 // when the oldest uncommitted change was made
	// openSince is when the open batch got its first change: the watcher
	// commits it once it is FlushInterval old.
	openSince time.Time
	preparing int                       // operations of the large-file lane's chunk being prepared, not yet queued
	queue     []*commitUnit             // batches taken for commit: in flight or waiting to be retried
	retryAt   time.Time                 // when a failed commit may be tried again
	fails     int                       // consecutive failed commits
	known     map[string]*manifestEntry // rel → committed (or staged) entry
	owner     map[string]string         // id → rel of the file that holds it
	// copies maps a document's id to the files recorded as copies of it
	// (some may have changed since: g.known says), so that takeRequeue
	// finds them without going through every file.
	copies map[string][]string
	sum    Summary
	// removed are the ids deleted, or rewritten with other text, that
	// files recorded as copies of them are checked against: such a copy
	// may now hold the only copy of its article, so it is read again
	// (takeRequeue). They are kept until every batch closed before them
	// is committed, since a copy in such a batch is recorded only then.
	removed []string
	reread  []string // files to read again whatever their stat says (Reconcile)
	probs   problems
	retry   map[string]*retryState // rel → transient failure being retried
	aside   map[string]asideRecord // rel → documents of its content that could not be indexed (poison.go)
	reading atomic.Int64           // files being read now
	panics  int
	lastAt  time.Time

	committing bool // commitQueue is running

	bulk      *bulkLane    // reads large files in the background; nil: inline
	progDocs  atomic.Int64 // documents read, for Progress
	progBytes atomic.Int64 // bytes of files consumed, for Progress
}

// commitUnit is a batch taken out of the ingester to be committed, with
// what it staged: it stays queued until its commit succeeds.
type commitUnit struct {
	b      *index.Batch
	ops    int // upserts and deletes: the documents it changes
	staged map[string]*manifestEntry
	ids    map[string]string
	fails  int // failed commits of this batch in a row
}

// NewIngester prepares ingestion of the files under root into st.
func NewIngester(st Store, root string, opts Options) (*Ingester, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", root, err)
	}
	opts = opts.withDefaults()
	var diskPath string
	if d, ok := st.(dirStore); ok {
		diskPath = d.Dir()
	}
	return &Ingester{
		store: st, root: abs, opts: opts, log: opts.Logger.With("root", abs),
		q:     openQuarantine(abs),
		disk:  NewDiskGuard(diskPath, opts.DiskSpace, opts.MinFreeBytes),
		batch: st.NewBatch(), staged: map[string]*manifestEntry{}, batchIDs: map[string]string{},
		known: map[string]*manifestEntry{}, owner: map[string]string{}, copies: map[string][]string{},
		probs: problems{}, retry: map[string]*retryState{}, aside: map[string]asideRecord{},
	}, nil
}

// Root is the absolute folder the ingester reads.
func (g *Ingester) Root() string { return g.root }

// Summary returns the counts so far.
func (g *Ingester) Summary() Summary {
	g.mu.Lock()
	defer g.mu.Unlock()
	s := g.sum
	s.Failures = slices.Clone(g.sum.Failures)
	return s
}

// prepared is a file read and ready to stage, or the reason it is not.
type prepared struct {
	rel       string
	size      int64
	mtime     int64
	inode     uint64
	ctime     int64
	hash      string
	docs      []index.Document
	err       error // whole-file failure: quarantine
	transient error // the file could not be read for now: retry later
	partial   *PartialError
	unchanged bool // manifest matched; nothing to do
	touched   bool // content hash matched; only the manifest changes
	moving    bool // the file changed while it was read; try again later
	gone      bool // the file vanished before it was read
	stream    bool // a large multi-record file: streamFile reads it
	prev      *manifestEntry
}

// Walk lists the files under the root, relative and slash-separated,
// leaving out ignored names. A symbolic link to a file is listed like the
// file (see isFile); links to folders are not followed.
func (g *Ingester) Walk() ([]string, error) {
	var out []string
	err := filepath.WalkDir(g.root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == g.root {
				return err
			}
			// An unreadable folder is a transient problem: the periodic
			// rescan walks it again and clears this once it can.
			g.log.Warn("walk", "path", p, "err", err)
			return nil
		}
		rel, _ := filepath.Rel(g.root, p)
		rel = filepath.ToSlash(rel)
		if rel != "." && ignored(rel) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		// Files of other types are taken too: they are quarantined with
		// the reason, not skipped without a word.
		if isFile(p, d) {
			out = append(out, rel)
		}
		return nil
	})
	return out, err
}

// isFile is rasid's one symlink policy, shared by the watcher, start-up
// reconciliation, the rescan and `rasid index`: a regular file, or a
// symbolic link whose target is one, is an article file (its target's
// content, size and times are what count, so edits to the target are
// seen); links to folders are never followed, so no loop or second copy
// of a tree is walked.
func isFile(p string, d fs.DirEntry) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

// fileAt reports whether a file (or a link to one) is at path.
func fileAt(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// IngestFiles reads, stages and commits files (relative paths), reading
// several at once. progress, when not nil, is called after each file.
// Files that changed while being read, and after an error the files not
// yet staged, are returned so the caller can try them again.
func (g *Ingester) IngestFiles(ctx context.Context, rels []string, progress func()) (moving []string, err error) {
	results := make(chan prepared, 64)
	var wg sync.WaitGroup
	work := make(chan string)
	workers := min(runtime.GOMAXPROCS(0), max(1, len(rels)))
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for rel := range work {
				results <- g.prepare(rel)
			}
		}()
	}
	go func() {
		defer close(work)
		for _, rel := range rels {
			select {
			case work <- rel:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()
	var firstErr error
	for p := range results {
		if firstErr != nil {
			// After a failed commit the rest is handed back, not dropped.
			moving = append(moving, p.rel)
			continue
		}
		switch {
		case p.moving:
			moving = append(moving, p.rel)
		case p.stream:
			if p.size >= g.opts.StreamBytes && g.enqueue(p.rel) {
				break
			}
			mv, err := g.streamFile(ctx, p, g.opts.BatchSize)
			if mv || err != nil {
				// Read again later, it resumes from its last checkpoint.
				moving = append(moving, p.rel)
			}
			if err != nil {
				firstErr = err
			}
		case p.gone:
			if err := g.Remove(p.rel); err != nil {
				firstErr = err
			}
		default:
			if err := g.stage(p); err != nil {
				// A large file's earlier chunks may be committed; reading
				// it again upserts them idempotently.
				moving = append(moving, p.rel)
				firstErr = err
			}
		}
		if progress != nil {
			progress()
		}
	}
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	return moving, firstErr
}

// prepare stats, hashes and reads one file. It touches no shared state
// but the manifest cache, so it runs on many goroutines. A panic while
// reading (a reader's bug on odd input) fails this file, not the process.
func (g *Ingester) prepare(rel string) (p prepared) {
	g.reading.Add(1)
	defer func() {
		if v := recover(); v != nil {
			g.log.Error("panic reading a file", "path", rel, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			p = prepared{rel: rel, size: p.size, mtime: p.mtime, inode: p.inode, ctime: p.ctime,
				err: &FileError{Path: rel, Reason: fmt.Sprintf("internal error while reading: %v", v), Err: ErrMalformed}}
		}
		g.reading.Add(-1)
	}()
	p = prepared{rel: rel}
	full := filepath.Join(g.root, filepath.FromSlash(rel))
	fi, err := os.Stat(full)
	if errors.Is(err, fs.ErrNotExist) {
		p.gone = true
		return p
	}
	if err != nil {
		return g.failed(p, err)
	}
	if !fi.Mode().IsRegular() {
		p.gone = true
		return p
	}
	p.size, p.mtime = fi.Size(), fi.ModTime().UnixNano()
	p.inode, p.ctime = identity(fi)
	prev, err := g.entry(rel)
	if err != nil {
		p.err = err
		return p
	}
	p.prev = prev
	// An older rasid quarantined files it could not open; those are
	// read again, as access errors now are retried. A file with a
	// checkpoint was stopped part-way: it is resumed, not skipped.
	if prev != nil && prev.Progress == nil && prev.same(p.size, p.mtime, p.inode, p.ctime) &&
		!(prev.State == stateQuarantined && strings.Contains(prev.Reason, "permission denied")) {
		p.unchanged = true
		return p
	}
	if !Supported(rel) {
		p.err = fileErr(rel, ErrUnsupported, "%q: rasid reads .txt .md .json .jsonl .ndjson .html (and .gz of them)", filepath.Ext(rel))
		return p
	}
	// A large file of many records is read as a stream in batches, by
	// streamFile, which hashes it itself: hashing gigabytes here would
	// hold up the small files read beside it. So is every .gz of records:
	// a few MB of it may unpack to a hundred times as much.
	gz := strings.HasSuffix(strings.ToLower(rel), ".gz")
	if MultiRecord(rel) && (p.size >= g.opts.StreamBytes || gz || prev != nil && prev.Progress != nil) {
		p.stream = true
		return p
	}
	if p.size > g.opts.MaxFileBytes {
		p.err = fileErr(rel, ErrTooLarge, "%d bytes, limit %d", p.size, g.opts.MaxFileBytes)
		return p
	}
	p.hash, err = hashFile(full)
	if err != nil {
		return g.failed(p, err)
	}
	if prev != nil && prev.SHA256 == p.hash {
		p.touched = true
		return p
	}
	docs, err := ReadFile(full, g.readOptions())
	if fi2, serr := os.Stat(full); serr != nil || fi2.Size() != p.size || fi2.ModTime().UnixNano() != p.mtime {
		p.moving = true
		return p
	}
	var pe *PartialError
	switch {
	case errors.As(err, &pe):
		p.partial = pe
	case err != nil:
		return g.failed(p, err)
	}
	for i := range docs {
		docs[i].Path = rel
	}
	p.docs = docs
	return p
}

// failed sorts a read error: access (permissions, I/O) is transient and
// retried; anything about the content quarantines the file.
func (g *Ingester) failed(p prepared, err error) prepared {
	if transient(err) {
		p.transient = err
		return p
	}
	var fe *FileError
	if errors.As(err, &fe) {
		fe.Path = p.rel
	} else {
		err = &FileError{Path: p.rel, Reason: err.Error(), Err: err}
	}
	p.err = err
	return p
}

// uniqueStemIDsLocked keeps two files with the same name in different
// folders from overwriting each other's document: the second gets a hash
// of its path appended to the name.
func (g *Ingester) uniqueStemIDsLocked(rel string, docs []index.Document) {
	stem := fileStem(rel)
	for i := range docs {
		if docs[i].ID != stem {
			continue
		}
		o, ok := g.owner[stem]
		if !ok || o == rel {
			continue
		}
		if _, err := os.Stat(filepath.Join(g.root, filepath.FromSlash(o))); err != nil {
			continue // the other file is gone; its id is free
		}
		sum := sha256.Sum256([]byte(rel))
		docs[i].ID = stem + "-" + hex.EncodeToString(sum[:4])
	}
}

// entry is the manifest entry of rel: staged, cached or from the index.
func (g *Ingester) entry(rel string) (*manifestEntry, error) {
	g.mu.Lock()
	e, ok := g.known[rel]
	g.mu.Unlock()
	if ok {
		return e, nil
	}
	e, err := loadManifest(g.store, g.root, rel)
	if err != nil {
		return nil, err
	}
	if e != nil && e.Root != g.root {
		e = nil
	}
	g.mu.Lock()
	if _, raced := g.known[rel]; !raced {
		g.known[rel] = e
		if e != nil {
			for _, id := range e.IDs {
				if _, ok := g.owner[id]; !ok {
					g.owner[id] = rel
				}
			}
			g.copiesLocked(rel, e.DupOf)
		}
	}
	e = g.known[rel]
	g.mu.Unlock()
	return e, nil
}

// stage puts a prepared file into the open batch, with its manifest entry.
func (g *Ingester) stage(p prepared) error {
	if p.transient != nil {
		g.retryLater(p.rel, p.transient)
		return nil
	}
	g.resolved(p.rel)
	if p.unchanged {
		g.mu.Lock()
		g.sum.Unchanged++
		e := g.known[p.rel]
		g.mu.Unlock()
		if e != nil && e.State == stateQuarantined {
			g.mu.Lock()
			g.failLocked(p.rel, e.Reason)
			g.mu.Unlock()
			if !g.q.has(p.rel) {
				g.recordQuarantine(p.rel, e.Reason, e.Size)
			}
		}
		return nil
	}
	// A large file (a corpus in JSON lines) is committed in batches; only
	// the last carries the manifest entry, so a crash part-way leaves the
	// file unrecorded and the next start upserts it again, idempotently.
	if len(p.docs) > 0 {
		g.mu.Lock()
		g.uniqueStemIDsLocked(p.rel, p.docs)
		g.mu.Unlock()
	}
	var ids []string
	for p.err == nil && len(p.docs) > g.opts.BatchSize {
		chunk := p.docs[:g.opts.BatchSize]
		p.docs = p.docs[g.opts.BatchSize:]
		g.mu.Lock()
		g.upsertLocked(p.rel, chunk)
		g.mu.Unlock()
		for _, d := range chunk {
			ids = append(ids, d.ID)
		}
		if err := g.Flush(); err != nil {
			return err
		}
	}
	g.mu.Lock()
	prev := g.known[p.rel]
	e := &manifestEntry{Root: g.root, Size: p.size, MTime: p.mtime, Inode: p.inode, CTime: p.ctime, SHA256: p.hash}
	switch {
	case p.touched:
		e.IDs, e.State, e.Reason = prev.IDs, prev.State, prev.Reason
		g.sum.Unchanged++
	case p.err != nil:
		e.State, e.Reason = stateQuarantined, reasonOf(p.err)
		g.deleteOwnedLocked(p.rel, prev, nil)
		g.failLocked(p.rel, e.Reason)
	default:
		e.State = stateIndexed
		g.upsertLocked(p.rel, p.docs)
		e.IDs = ids
		for _, d := range p.docs {
			e.IDs = append(e.IDs, d.ID)
		}
		// A file that names one id many times stores it once.
		e.IDs = distinct(e.IDs)
		g.deleteOwnedLocked(p.rel, prev, e.IDs)
		g.rewrittenLocked(prev, e.IDs)
		g.sum.Files++
		g.probs.clear(p.rel)
		if p.partial != nil {
			e.Reason = p.partial.Error()
			for _, r := range p.partial.Records {
				g.failLocked(p.rel, r.Error())
			}
		}
	}
	if p.hash == "" && prev != nil {
		e.SHA256 = prev.SHA256
	}
	if prev != nil && prev.IDChunks > 0 && !p.touched {
		g.dropIDChunksLocked(p.rel, 0, prev.IDChunks)
	}
	if p.touched {
		// Its documents are not written again: what the entry says of
		// them is still the index's, for Reconcile to check.
		e.IDChunks, e.DupOf, e.stored = prev.IDChunks, prev.DupOf, prev.stored
	}
	g.known[p.rel] = e
	g.staged[p.rel] = e
	g.batch.SetMeta(manifestKey(g.root, p.rel), e.marshal())
	g.markLocked()
	full := g.batchOps >= g.opts.BatchSize
	g.mu.Unlock()

	if p.err != nil {
		g.log.Warn("quarantined", "path", p.rel, "reason", e.Reason)
		g.recordQuarantine(p.rel, e.Reason, p.size)
	} else if !p.touched {
		if p.partial != nil {
			// The good records are indexed; the quarantine record says
			// which lines were not, until the file is fixed.
			g.log.Warn("bad records skipped", "path", p.rel, "bad", len(p.partial.Records), "first", p.partial.Records[0].Error())
			g.settleQuarantine(p.rel, p.hash, p.size, p.partial.Error())
		} else {
			g.settleQuarantine(p.rel, p.hash, p.size, "")
		}
	}
	g.progDocs.Add(int64(len(p.docs)))
	g.progBytes.Add(p.size)
	if full {
		return g.Flush()
	}
	return nil
}

// distinct returns ids without repeats, in first-seen order.
func distinct(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func (g *Ingester) upsertLocked(rel string, docs []index.Document) {
	now := time.Now().UTC()
	for _, d := range docs {
		if d.Ingested.IsZero() {
			d.Ingested = now
		}
		g.batch.Upsert(d)
		g.batchOps++
		g.owner[d.ID] = rel
		g.batchIDs[d.ID] = rel
	}
	if len(docs) > 0 {
		g.markLocked()
	}
}

func (g *Ingester) recordQuarantine(rel, reason string, size int64) {
	if err := g.q.put(rel, reason, size); err != nil {
		g.log.Error("quarantine record", "path", rel, "err", err)
	}
}

func reasonOf(err error) string {
	var fe *FileError
	if errors.As(err, &fe) {
		return fe.Reason
	}
	return err.Error()
}

func (g *Ingester) failLocked(rel, reason string) {
	g.sum.Failed++
	if len(g.sum.Failures) < maxFailures {
		g.sum.Failures = append(g.sum.Failures, Failure{Path: rel, Reason: reason})
	}
	g.probs.set(rel, rel+": "+reason)
}

// retryLater records a transient failure to read rel: the file keeps what
// the index has of it, is not quarantined, and is offered again by
// TakeRetries after a backoff.
func (g *Ingester) retryLater(rel string, err error) {
	msg := accessReason(err)
	g.mu.Lock()
	r := g.retry[rel]
	first := r == nil
	if first {
		r = &retryState{}
		g.retry[rel] = r
		// Counted once, not at every attempt, so `rasid index` reports
		// the file and the watcher's totals stay honest.
		g.sum.Failed++
		if len(g.sum.Failures) < maxFailures {
			g.sum.Failures = append(g.sum.Failures, Failure{Path: rel, Reason: msg + " (an access error: not quarantined; the watcher retries it)"})
		}
	}
	r.attempts++
	r.err = msg
	r.next = time.Now().Add(backoff(g.opts.RetryFirst, r.attempts))
	g.probs.set(rel, fmt.Sprintf("%s: %s (retry %d, next in %s)", rel, msg, r.attempts, time.Until(r.next).Round(time.Second)))
	g.mu.Unlock()
	if first {
		g.log.Warn("cannot read file for now; will retry", "path", rel, "err", msg)
	} else {
		g.log.Debug("still cannot read file", "path", rel, "err", msg, "attempts", r.attempts)
	}
}

// resolved forgets a transient failure of rel once the file was read (or
// found gone).
func (g *Ingester) resolved(rel string) {
	g.mu.Lock()
	r := g.retry[rel]
	if r != nil {
		delete(g.retry, rel)
		g.probs.clear(rel)
	}
	g.mu.Unlock()
	if r != nil {
		g.log.Info("file readable again", "path", rel, "after", r.attempts)
	}
}

// TakeRetries returns the files whose transient failure is due for
// another try.
func (g *Ingester) TakeRetries() []string {
	now := time.Now()
	g.mu.Lock()
	defer g.mu.Unlock()
	var out []string
	for rel, r := range g.retry {
		if !now.Before(r.next) {
			out = append(out, rel)
			r.next = now.Add(retryMax) // until this try reports back
		}
	}
	slices.Sort(out)
	return out
}

// Changed reports whether the file at rel (fi from os.Stat) differs from
// what the manifest recorded, without reading it. A file waiting for a
// transient retry is left to its retry.
func (g *Ingester) Changed(rel string, fi fs.FileInfo) bool {
	g.mu.Lock()
	_, retrying := g.retry[rel]
	e, ok := g.known[rel]
	g.mu.Unlock()
	if retrying {
		return false
	}
	if !ok {
		var err error
		if e, err = g.entry(rel); err != nil {
			return true
		}
	}
	if e == nil {
		return true
	}
	ino, ctime := identity(fi)
	return !e.same(fi.Size(), fi.ModTime().UnixNano(), ino, ctime)
}

// Known lists the files the ingester has an entry for.
func (g *Ingester) Known() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	out := make([]string, 0, len(g.known))
	for rel, e := range g.known {
		if e != nil {
			out = append(out, rel)
		}
	}
	return out
}

// Report records a problem under key (see problems); a nil err clears it.
func (g *Ingester) Report(key string, err error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if err == nil {
		g.probs.clear(key)
		return
	}
	g.probs.set(key, err.Error())
}

// Quarantined is the number of files in quarantine now.
func (g *Ingester) Quarantined() int { return g.q.count() }

// notePanic counts a panic recovered outside a commit.
func (g *Ingester) notePanic() {
	g.mu.Lock()
	g.panics++
	g.mu.Unlock()
}

// accessReason is err without the absolute path a *fs.PathError repeats.
func accessReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}

// rewrittenLocked notes the ids of prev that the file keeps with new
// content: a file recorded as a copy of one of them is read again, as the
// document may no longer hold its article.
func (g *Ingester) rewrittenLocked(prev *manifestEntry, ids []string) {
	if prev == nil || prev.State != stateIndexed {
		return
	}
	had := make(map[string]bool, len(prev.IDs))
	for _, id := range prev.IDs {
		had[id] = true
	}
	for _, id := range ids {
		if had[id] {
			g.removed = append(g.removed, id)
		}
	}
}

// deleteOwnedLocked deletes the documents of prev that rel no longer
// holds (keep), unless another file has taken the id since.
func (g *Ingester) deleteOwnedLocked(rel string, prev *manifestEntry, keep []string) {
	if prev == nil {
		return
	}
	kept := make(map[string]bool, len(keep))
	for _, id := range keep {
		kept[id] = true
	}
	for _, id := range prev.IDs {
		if kept[id] {
			continue
		}
		if o, ok := g.owner[id]; ok && o != rel {
			continue
		}
		delete(g.owner, id)
		g.batch.Delete(id)
		g.batchOps++
		g.removed = append(g.removed, id)
		g.sum.Removed++
	}
}

// Remove un-indexes a file that is gone, or every file under a folder
// that is gone. It is a no-op for a path the manifest does not know.
func (g *Ingester) Remove(rel string) error {
	prefix := rel + "/"
	var rels []string
	g.mu.Lock()
	for k := range g.known {
		if k == rel || strings.HasPrefix(k, prefix) {
			rels = append(rels, k)
		}
	}
	g.mu.Unlock()
	if len(rels) == 0 {
		if _, err := g.entry(rel); err != nil {
			return err
		}
		rels = []string{rel}
	}
	for _, q := range g.q.paths() {
		if (q == rel || strings.HasPrefix(q, prefix)) && !slices.Contains(rels, q) {
			rels = append(rels, q)
		}
	}
	full := false
	for _, r := range rels {
		if fileAt(filepath.Join(g.root, filepath.FromSlash(r))) {
			continue // the folder went but this file is back, or never left
		}
		g.resolved(r)
		g.mu.Lock()
		prev := g.known[r]
		if prev != nil {
			g.deleteOwnedLocked(r, prev, nil)
			g.dropIDChunksLocked(r, 0, prev.IDChunks)
			g.batch.DeleteMeta(manifestKey(g.root, r))
			delete(g.staged, r)
			g.markLocked()
		}
		delete(g.known, r)
		g.probs.clear(r)
		full = g.batchOps >= g.opts.BatchSize
		g.mu.Unlock()
		g.q.clear(r)
		g.mu.Lock()
		delete(g.aside, r)
		g.mu.Unlock()
		if prev != nil {
			g.log.Info("removed", "path", r, "ids", len(prev.IDs))
		}
	}
	if full {
		return g.Flush()
	}
	return nil
}

// Pending is the number of document changes (upserts and deletions) not
// yet committed (in the open batch, in a commit in flight or waiting for
// a retry) and how long the oldest has waited.
func (g *Ingester) Pending() (int, time.Duration) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.pendingLocked()
}

// OpenPending is the number of changes in the open batch (the small
// files', not the large-file lane's) and how long its first has waited:
// the watcher commits it when it is full or old enough. A commit in
// flight is not counted, so the watcher does not wait for it to finish.
func (g *Ingester) OpenPending() (int, time.Duration) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.openSince.IsZero() {
		return g.batchOps, 0
	}
	return g.batchOps, time.Since(g.openSince)
}

// markLocked notes that a change was staged now.
func (g *Ingester) markLocked() {
	now := time.Now()
	if g.since.IsZero() {
		g.since = now
	}
	if g.openSince.IsZero() {
		g.openSince = now
	}
}

func (g *Ingester) pendingLocked() (int, time.Duration) {
	n := g.batchOps + g.preparing
	for _, u := range g.queue {
		n += u.ops
	}
	if g.since.IsZero() {
		return n, 0
	}
	return n, time.Since(g.since)
}

// IngestStatus is the ingester's part of the watcher's Status.
type IngestStatus struct {
	Files       int       // files indexed since start
	LastIngest  time.Time // last successful commit
	LastError   string    // the newest problem whose cause still stands
	Reading     int       // files being read now
	Documents   int       // document upserts and deletions not yet committed
	Retrying    int       // files waiting to be read again after a transient error
	Panics      int       // panics recovered while reading or committing
	Failing     int       // consecutive failed commits (0 when the last one worked)
	CommitError string    // the last failed commit's error while Failing
	Disk        Disk      // the last free-space reading of the index's filesystem
}

// Status reports the ingester's state without waiting for a commit.
func (g *Ingester) Status() IngestStatus {
	g.mu.Lock()
	defer g.mu.Unlock()
	n, _ := g.pendingLocked()
	return IngestStatus{
		Files: g.sum.Files, LastIngest: g.lastAt, LastError: g.probs.last(),
		Reading: int(g.reading.Load()), Documents: n, Retrying: len(g.retry), Panics: g.panics, Failing: g.fails, CommitError: g.probs["commit"].msg,
		Disk: g.disk.state(),
	}
}

// CheckDisk reads the free space of the index's filesystem and says
// whether ingestion must pause. A change either way is logged and shown in
// the status.
func (g *Ingester) CheckDisk() (paused bool) {
	st, changed := g.disk.check()
	if changed {
		if st.Paused {
			g.log.Warn("ingestion paused", "reason", st.Reason())
		} else {
			g.log.Info("ingestion resumed: disk space is back", "free", bytesIEC(st.Free), "path", st.Path)
		}
	}
	g.mu.Lock()
	if st.Paused {
		g.probs.set("disk", st.Reason())
	} else {
		g.probs.clear("disk")
	}
	g.mu.Unlock()
	return st.Paused
}

// CheckedDisk reads the free space of the index's filesystem now (as
// CheckDisk does, logging a change) and returns the reading. The HTTP
// server calls it before a POST writes, so both writers pause at the
// same marks.
func (g *Ingester) CheckedDisk() Disk {
	g.CheckDisk()
	return g.disk.state()
}

// Backlogged reports whether earlier batches wait for their commit to be
// retried: the watcher then reads no more files, so the queue stays
// bounded while the index cannot write.
func (g *Ingester) Backlogged() (bool, time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	// A commit merely in flight (the large-file lane's) is no backlog:
	// waiting for it here would hold up the small files.
	return g.fails > 0 && len(g.queue) > 0, g.retryAt
}

// Flush commits the open batch: documents, deletions and manifest entries
// in one atomic write. The batch is swapped out under the lock and
// committed outside it. A batch whose commit fails stays queued and is
// committed, in order, before anything newer: nothing is dropped. While
// the index's disk is below its pause mark Flush writes nothing and
// returns ErrDiskPressure.
func (g *Ingester) Flush() error {
	g.commitMu.Lock()
	defer g.commitMu.Unlock()
	g.closeBatch()
	return g.commitQueue()
}

// closeBatch moves the open batch to the commit queue and opens a new
// one. The caller holds commitMu, so batches queue in the order they close.
func (g *Ingester) closeBatch() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.batch.Len() > 0 {
		g.queue = append(g.queue, &commitUnit{b: g.batch, ops: g.batchOps, staged: g.staged, ids: g.batchIDs})
		g.batch, g.staged, g.batchIDs = g.store.NewBatch(), map[string]*manifestEntry{}, map[string]string{}
		g.batchOps = 0
		g.openSince = time.Time{}
	}
}

// commitQueue commits the queued batches in order; the caller holds
// commitMu.
func (g *Ingester) commitQueue() error {
	g.mu.Lock()
	empty := len(g.queue) == 0
	g.committing = !empty
	g.mu.Unlock()
	if empty {
		return nil
	}
	defer func() {
		g.mu.Lock()
		g.committing = false
		g.mu.Unlock()
	}()
	if g.CheckDisk() {
		return fmt.Errorf("%w: %s", ErrDiskPressure, g.disk.state().detail())
	}
	for {
		g.mu.Lock()
		if len(g.queue) == 0 {
			g.since = g.openSince
			if g.since.IsZero() && g.preparing > 0 {
				g.since = time.Now()
			}
			g.mu.Unlock()
			return nil
		}
		u := g.queue[0]
		g.mu.Unlock()
		start := time.Now()
		res, err := g.apply(u.b)
		g.log.Debug("commit", "operations", u.b.Len(), "files", len(u.staged), "took", time.Since(start).Round(time.Millisecond), "err", err)
		if err != nil {
			u.fails++
			// A batch that fails the same way every time, not for lack
			// of space, holds a document that cannot be indexed: it is
			// split to find it (poison.go) rather than retried forever.
			if u.fails >= poisonAfter && !retryableCommit(err) {
				if ierr := g.isolate(u, err); ierr == nil {
					g.mu.Lock()
					g.queue = g.queue[1:]
					g.fails, g.retryAt = 0, time.Time{}
					g.probs.clear("commit")
					g.mu.Unlock()
					continue
				} else {
					err = ierr
				}
			}
			g.mu.Lock()
			g.fails++
			g.retryAt = time.Now().Add(backoff(g.opts.CommitRetry, g.fails))
			msg := fmt.Sprintf("commit of %d operations failed (attempt %d, retrying): %v", u.b.Len(), g.fails, err)
			g.probs.set("commit", msg)
			g.mu.Unlock()
			return fmt.Errorf("commit %d operations: %w", u.b.Len(), err)
		}
		g.mu.Lock()
		g.queue = g.queue[1:]
		if g.fails > 0 {
			g.log.Info("commit succeeded after failures", "failures", g.fails)
		}
		g.fails, g.retryAt = 0, time.Time{}
		g.probs.clear("commit")
		g.mu.Unlock()
		g.committed(u, res)
	}
}

// committed counts what a successful commit of (part of) u wrote and
// records its duplicates.
func (g *Ingester) committed(u *commitUnit, res index.ApplyResult) {
	g.mu.Lock()
	g.sum.Documents += len(res.Indexed)
	g.sum.Duplicates += len(res.Duplicates)
	g.lastAt = time.Now()
	g.mu.Unlock()
	g.recordDuplicates(u, res)
}

// PanicError is a panic recovered while committing a batch.
type PanicError struct {
	Value    any
	Stack    []byte
	Reopened bool  // the index was reopened afterwards
	Reopen   error // why reopening failed, if it did
}

func (e *PanicError) Error() string {
	msg := fmt.Sprintf("panic in the index: %v", e.Value)
	switch {
	case e.Reopen != nil:
		msg += "; reopening the index failed: " + e.Reopen.Error()
	case e.Reopened:
		msg += "; index reopened, the batch will be retried"
	}
	return msg
}

// apply commits b, turning a panic (bleve's or rasid's extraction) into
// an error: the index is reopened, since a panic may have left it half
// way through a change, and the caller retries the batch.
func (g *Ingester) apply(b *index.Batch) (res index.ApplyResult, err error) {
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		pe := &PanicError{Value: v, Stack: debug.Stack()}
		g.log.Error("panic while committing a batch; reopening the index", "panic", fmt.Sprint(v), "stack", string(pe.Stack))
		if r, ok := g.store.(reopener); ok {
			pe.Reopen = r.Reopen()
			pe.Reopened = pe.Reopen == nil
		}
		g.mu.Lock()
		g.panics++
		g.mu.Unlock()
		res, err = index.ApplyResult{}, pe
	}()
	return g.store.Apply(b)
}

// recordDuplicates notes in the manifest which files hold copies of other
// documents, and marks a file whose every document was a copy. These
// entries go in a second small batch: losing it in a crash only leaves
// them stale.
func (g *Ingester) recordDuplicates(u *commitUnit, res index.ApplyResult) {
	if len(res.Duplicates) == 0 {
		return
	}
	dups := map[string][]string{}
	for _, d := range res.Duplicates {
		rel := u.ids[d.ID]
		dups[rel] = append(dups[rel], d.Of)
		g.log.Info("duplicate", "path", rel, "id", d.ID, "of", d.Of)
	}
	fb := g.store.NewBatch()
	g.mu.Lock()
	for rel, of := range dups {
		e := u.staged[rel]
		if e == nil || g.known[rel] != e {
			continue // changed again since
		}
		e2 := *e
		e2.DupOf = append(slices.Clip(e.DupOf), of...) // a streamed file's batches add up
		if len(of) == len(e.IDs) && e.State == stateIndexed {
			e2.State, e2.Reason = stateDuplicate, "copy of an indexed article"
		}
		g.known[rel] = &e2
		g.copiesLocked(rel, of)
		fb.SetMeta(manifestKey(g.root, rel), e2.marshal())
	}
	g.mu.Unlock()
	if fb.Len() == 0 {
		return
	}
	if _, err := g.apply(fb); err != nil {
		g.log.Warn("record duplicates in the manifest", "err", err)
	}
}

// takeRequeue returns the files that must be read again: copies of a
// document deleted or rewritten since (see removed), and the files
// Reconcile found out of step with the index. Their manifest entries are
// forgotten so the read is not skipped as unchanged.
func (g *Ingester) takeRequeue() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	out := g.reread
	g.reread = nil
	if len(g.removed) > 0 {
		gone := map[string]bool{}
		for _, id := range g.removed {
			gone[id] = true
		}
		// A copy in a batch that is queued or being committed is recorded
		// only when its commit is through (recordDuplicates): until then
		// the ids are kept, or that copy would never be matched with its
		// original's deletion. (The large-file lane, or a full disk, can
		// hold such a batch while the watcher reads the deletion.)
		if len(g.queue) == 0 && !g.committing {
			g.removed = nil
		}
		for id := range gone {
			for _, rel := range g.copies[id] {
				if e := g.known[rel]; e != nil && slices.Contains(e.DupOf, id) {
					out = append(out, rel)
				}
			}
			if g.removed == nil {
				delete(g.copies, id) // matched for good; a copy recorded again is added again
			}
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	for _, rel := range out {
		if e := g.known[rel]; e != nil {
			// DupOf goes too: the file is matched once, not at every
			// call while the ids are kept.
			e2 := *e
			e2.Size, e2.MTime, e2.SHA256, e2.DupOf, e2.stored = -1, 0, "", nil, false
			g.known[rel] = &e2
		}
	}
	return out
}

// copiesLocked notes that rel is recorded as a copy of the documents of.
func (g *Ingester) copiesLocked(rel string, of []string) {
	for _, id := range of {
		if !slices.Contains(g.copies[id], rel) {
			g.copies[id] = append(g.copies[id], rel)
		}
	}
}

// docGetter is a Store that can look a document up by id.
type docGetter interface {
	Get(id string) (*index.Document, error)
}

// checkCopies marks for reading again the present files whose manifest
// entries the index contradicts (paths is Store.PathIDs): a copy whose
// original is no longer indexed, and a file recorded as indexed none of
// whose documents is. Both are left by a process that ended between two
// commits: the original's deletion committed before its copies were read
// again, or a copy's commit before the record that it is a copy.
func (g *Ingester) checkCopies(paths map[string][]string, present map[string]bool) {
	live := make(map[string]bool, len(paths))
	for _, ids := range paths {
		for _, id := range ids {
			live[id] = true
		}
	}
	getter, _ := g.store.(docGetter)
	// A document indexed without a path (sent to the API) is no file's,
	// but it is indexed all the same.
	indexed := func(id string) bool {
		if live[id] {
			return true
		}
		if getter == nil {
			return false
		}
		_, err := getter.Get(id)
		return !errors.Is(err, index.ErrNotFound)
	}
	g.mu.Lock()
	var check []string
	for rel, e := range g.known {
		// Only entries as the index had them: what this process staged is
		// in step, and may not be committed yet.
		if e != nil && e.stored && present[rel] && e.Progress == nil && (len(e.DupOf) > 0 || e.State == stateIndexed && len(e.IDs) > 0) {
			check = append(check, rel)
		}
	}
	entries := make([]*manifestEntry, len(check))
	for i, rel := range check {
		entries[i] = g.known[rel]
	}
	g.mu.Unlock()
	var again []string
	for i, rel := range check {
		e := entries[i]
		switch {
		case slices.ContainsFunc(e.DupOf, func(of string) bool { return !indexed(of) }):
			g.log.Info("reading again a copy whose original is no longer indexed", "path", rel)
			again = append(again, rel)
		case len(e.DupOf) == 0 && e.State == stateIndexed && !slices.ContainsFunc(e.IDs, func(id string) bool { return live[id] }):
			g.log.Info("reading again a file recorded as indexed without a document", "path", rel)
			again = append(again, rel)
		}
	}
	g.mu.Lock()
	g.reread = append(g.reread, again...)
	g.mu.Unlock()
}

// Reconcile brings the index in step with the folder after a start or a
// lost event stream: new and changed files are indexed, unchanged ones
// skipped without being read, and the documents of vanished files
// removed.
func (g *Ingester) Reconcile(ctx context.Context, progress func()) error {
	rels, err := g.Walk()
	if err != nil {
		return fmt.Errorf("reconcile %s: %w", g.root, err)
	}
	if _, err := g.IngestFiles(ctx, rels, progress); err != nil {
		return err
	}
	present := make(map[string]bool, len(rels))
	for _, r := range rels {
		present[r] = true
	}
	paths, err := g.store.PathIDs()
	if err != nil {
		return fmt.Errorf("reconcile: %w", err)
	}
	var gone []string
	for p := range paths {
		if !present[p] {
			gone = append(gone, p)
		}
	}
	for _, p := range g.q.paths() {
		if !present[p] {
			gone = append(gone, p)
		}
	}
	g.checkCopies(paths, present)
	slices.Sort(gone)
	for _, p := range slices.Compact(gone) {
		if fileAt(filepath.Join(g.root, filepath.FromSlash(p))) {
			continue
		}
		e, err := g.entry(p)
		if err != nil {
			return err
		}
		if e == nil && !g.q.has(p) {
			continue // indexed from elsewhere, not ours to remove
		}
		if err := g.Remove(p); err != nil {
			return err
		}
	}
	if err := g.Flush(); err != nil {
		return err
	}
	// Documents that were copies of removed ones come back, and files
	// out of step with the index are read again; a second round covers
	// copies of copies.
	for range 2 {
		again := g.takeRequeue()
		if len(again) == 0 {
			break
		}
		if _, err := g.IngestFiles(ctx, again, nil); err != nil {
			return err
		}
		if err := g.Flush(); err != nil {
			return err
		}
	}
	return nil
}

func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Options tune a Watcher and an Ingester.
type Options struct {
	MaxFileBytes int64         // single-article files over this are quarantined; 0 means DefaultMaxFileBytes
	Settle       time.Duration // how long a file must be unchanged before it is read; 0 means 150ms
	BatchSize    int           // documents per committed batch; 0 means 500
	Logger       *slog.Logger  // nil means slog.Default()
	// FlushInterval is the longest a change waits in a batch that is not
	// full; 0 means 100ms.
	FlushInterval time.Duration
	// MinFreeBytes is the free space of the index's filesystem below which
	// ingestion pauses (it resumes at twice that); 0 means 5% of the
	// filesystem, at most 1 GiB; negative never pauses.
	MinFreeBytes int64
	// DiskSpace reads free space; nil means Statfs. Tests fake a full disk
	// with it.
	DiskSpace DiskSpaceFunc
	// Rescan is how often the watcher compares the folder with what it
	// indexed (size, mtime, inode, ctime), catching what events missed;
	// 0 means 30s, negative never.
	Rescan time.Duration
	// RetryFirst is the first wait before a file that could not be read
	// (permissions, I/O) is tried again, doubling up to a minute; 0 means 1s.
	RetryFirst time.Duration
	// CommitRetry is the first wait before a failed commit is tried again,
	// doubling up to a minute; 0 means 1s.
	CommitRetry time.Duration
	// StreamBytes is the size from which a JSON-lines file or JSON array
	// is streamed in batches with checkpoints (and, under a watcher, read
	// in the background); 0 means 4 MiB. A .gz of records always streams.
	StreamBytes int64
}

func (o Options) withDefaults() Options {
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = DefaultMaxFileBytes
	}
	if o.StreamBytes <= 0 {
		o.StreamBytes = 4 << 20
	}
	if o.Settle <= 0 {
		o.Settle = 150 * time.Millisecond
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 500
	}
	if o.FlushInterval <= 0 {
		o.FlushInterval = 100 * time.Millisecond
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Rescan == 0 {
		o.Rescan = 30 * time.Second
	}
	if o.RetryFirst <= 0 {
		o.RetryFirst = retryFirst
	}
	if o.CommitRetry <= 0 {
		o.CommitRetry = retryFirst
	}
	return o
}
