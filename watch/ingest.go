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

// Ingester reads the files of one folder tree into the index. The watcher
// and the bulk `rasid index` command both go through it, so they agree on
// ids, the manifest and the quarantine. It is safe for concurrent use.
type Ingester struct {
	ix   *index.Index
	root string
	opts Options
	log  *slog.Logger
	q    *quarantine

	commitMu sync.Mutex // held through a commit, so commits keep their order
	mu       sync.Mutex
	batch    *index.Batch
	staged   map[string]*manifestEntry // rel → entry written into the open batch
	batchIDs map[string]string         // id → rel, for the open batch's upserts
	batchOps int                       // upserts and deletes in the open batch
	since    time.Time                 // when the open batch got its first change
	known    map[string]*manifestEntry // rel → committed (or staged) entry
	owner    map[string]string         // id → rel of the file that holds it
	sum      Summary
	removed  []string // ids deleted since the last takeRequeue
	lastErr  string
	lastAt   time.Time

	bulk      *bulkLane    // reads large files in the background; nil: inline
	progDocs  atomic.Int64 // documents read, for Progress
	progBytes atomic.Int64 // bytes of files consumed, for Progress
}

// NewIngester prepares ingestion of the files under root into ix.
func NewIngester(ix *index.Index, root string, opts Options) (*Ingester, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", root, err)
	}
	opts = opts.withDefaults()
	return &Ingester{
		ix: ix, root: abs, opts: opts, log: opts.Logger.With("root", abs),
		q:     openQuarantine(abs),
		batch: ix.NewBatch(), staged: map[string]*manifestEntry{}, batchIDs: map[string]string{},
		known: map[string]*manifestEntry{}, owner: map[string]string{},
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
	hash      string
	docs      []index.Document
	err       error // whole-file failure: quarantine
	partial   *PartialError
	unchanged bool // manifest matched; nothing to do
	touched   bool // content hash matched; only the manifest changes
	moving    bool // the file changed while it was read; try again later
	gone      bool // the file vanished before it was read
	stream    bool // a large multi-record file: streamFile reads it
	prev      *manifestEntry
}

// Walk lists the supported files under the root, relative and
// slash-separated, leaving out ignored names.
func (g *Ingester) Walk() ([]string, error) {
	var out []string
	err := filepath.WalkDir(g.root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == g.root {
				return err
			}
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
		if d.Type().IsRegular() {
			out = append(out, rel)
		}
		return nil
	})
	return out, err
}

// IngestFiles reads, stages and commits files (relative paths), reading
// several at once. progress, when not nil, is called after each file.
// Files that changed while being read are returned so the caller can try
// them again once they settle.
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
			continue // drain
		}
		switch {
		case p.moving:
			moving = append(moving, p.rel)
		case p.stream:
			if p.size >= g.opts.StreamBytes && g.enqueue(p.rel) {
				break
			}
			mv, err := g.streamFile(ctx, p, g.opts.BatchSize)
			if mv {
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
// but the manifest cache, so it runs on many goroutines.
func (g *Ingester) prepare(rel string) prepared {
	p := prepared{rel: rel}
	full := filepath.Join(g.root, filepath.FromSlash(rel))
	fi, err := os.Stat(full)
	if errors.Is(err, fs.ErrNotExist) {
		p.gone = true
		return p
	}
	if err != nil {
		p.err = &FileError{Path: rel, Reason: err.Error(), Err: err}
		return p
	}
	if !fi.Mode().IsRegular() {
		p.gone = true
		return p
	}
	p.size, p.mtime = fi.Size(), fi.ModTime().UnixNano()
	prev, err := g.entry(rel)
	if err != nil {
		p.err = err
		return p
	}
	p.prev = prev
	if prev != nil && prev.Progress == nil && prev.Size == p.size && prev.MTime == p.mtime {
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
		p.err = &FileError{Path: rel, Reason: err.Error(), Err: err}
		return p
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
		var fe *FileError
		if errors.As(err, &fe) {
			fe.Path = rel
		} else {
			err = &FileError{Path: rel, Reason: err.Error(), Err: err}
		}
		p.err = err
		return p
	}
	for i := range docs {
		docs[i].Path = rel
	}
	p.docs = docs
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
	e, err := loadManifest(g.ix, g.root, rel)
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
		}
	}
	e = g.known[rel]
	g.mu.Unlock()
	return e, nil
}

// stage puts a prepared file into the open batch, with its manifest entry.
func (g *Ingester) stage(p prepared) error {
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
	e := &manifestEntry{Root: g.root, Size: p.size, MTime: p.mtime, SHA256: p.hash}
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
		g.sum.Files++
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
		e.IDChunks, e.DupOf = prev.IDChunks, prev.DupOf
	}
	g.known[p.rel] = e
	g.staged[p.rel] = e
	g.batch.SetMeta(manifestKey(g.root, p.rel), e.marshal())
	if g.since.IsZero() {
		g.since = time.Now()
	}
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
			g.recordQuarantine(p.rel, p.partial.Error(), p.size)
		} else {
			g.q.clear(p.rel)
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
	if g.since.IsZero() && len(docs) > 0 {
		g.since = time.Now()
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
	g.lastErr = rel + ": " + reason
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
		if _, err := os.Lstat(filepath.Join(g.root, filepath.FromSlash(r))); err == nil {
			continue // the folder went but this file is back, or never left
		}
		g.mu.Lock()
		prev := g.known[r]
		if prev != nil {
			g.deleteOwnedLocked(r, prev, nil)
			g.dropIDChunksLocked(r, 0, prev.IDChunks)
			g.batch.DeleteMeta(manifestKey(g.root, r))
			delete(g.staged, r)
			if g.since.IsZero() {
				g.since = time.Now()
			}
		}
		delete(g.known, r)
		full = g.batchOps >= g.opts.BatchSize
		g.mu.Unlock()
		g.q.clear(r)
		if prev != nil {
			g.log.Info("removed", "path", r, "ids", len(prev.IDs))
		}
	}
	if full {
		return g.Flush()
	}
	return nil
}

// Pending is the number of operations in the open batch and how long the
// oldest has waited.
func (g *Ingester) Pending() (int, time.Duration) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.since.IsZero() {
		return g.batch.Len(), 0
	}
	return g.batch.Len(), time.Since(g.since)
}

// Flush commits the open batch: documents, deletions and manifest entries
// in one atomic write.
func (g *Ingester) Flush() error {
	// Commits go one at a time, in the order their batches were closed,
	// so a streamed file's later checkpoint never lands before an earlier
	// one; the batch is swapped under the lock and committed outside it,
	// so files are staged (and the status read) while a commit runs.
	g.commitMu.Lock()
	defer g.commitMu.Unlock()
	return g.commitSwapped(g.swapBatch())
}

// closedBatch is a batch taken out of the ingester for its commit.
type closedBatch struct {
	b      *index.Batch
	staged map[string]*manifestEntry
	ids    map[string]string
}

// swapBatch takes the open batch out and opens a new one; the caller
// holds commitMu and commits what it took with commitSwapped.
func (g *Ingester) swapBatch() closedBatch {
	g.mu.Lock()
	defer g.mu.Unlock()
	c := closedBatch{g.batch, g.staged, g.batchIDs}
	if g.batch.Len() > 0 {
		g.batch, g.staged, g.batchIDs, g.since = g.ix.NewBatch(), map[string]*manifestEntry{}, map[string]string{}, time.Time{}
		g.batchOps = 0
	}
	return c
}

// commitSwapped commits a batch swapBatch took out, under commitMu.
func (g *Ingester) commitSwapped(c closedBatch) error {
	b, staged, ids := c.b, c.staged, c.ids
	if b.Len() == 0 {
		return nil
	}
	res, err := g.ix.Apply(b)
	g.mu.Lock()
	defer g.mu.Unlock()
	if err != nil {
		// The manifest cache ran ahead of the index: forget what this
		// batch staged so those files are read again.
		for rel := range staged {
			delete(g.known, rel)
		}
		g.lastErr = err.Error()
		return fmt.Errorf("commit %d operations: %w", b.Len(), err)
	}
	g.sum.Documents += len(res.Indexed)
	g.sum.Duplicates += len(res.Duplicates)
	g.lastAt = time.Now()
	// Files with duplicates remember what they copy, and a file whose
	// every document was a duplicate is marked so. These entries go in a
	// second small batch: losing it in a crash only leaves them stale.
	dups := map[string][]string{}
	for _, d := range res.Duplicates {
		rel := ids[d.ID]
		dups[rel] = append(dups[rel], d.Of)
		g.log.Info("duplicate", "path", rel, "id", d.ID, "of", d.Of)
	}
	if len(dups) == 0 {
		return nil
	}
	fb := g.ix.NewBatch()
	for rel, of := range dups {
		e := staged[rel]
		if e == nil || g.known[rel] != e {
			continue // changed again since
		}
		e2 := *e
		e2.DupOf = append(slices.Clip(e.DupOf), of...) // a streamed file's batches add up
		if len(of) == len(e.IDs) && e.State == stateIndexed {
			e2.State, e2.Reason = stateDuplicate, "copy of an indexed article"
		}
		g.known[rel] = &e2
		fb.SetMeta(manifestKey(g.root, rel), e2.marshal())
	}
	if _, err := g.ix.Apply(fb); err != nil {
		g.log.Warn("record duplicates in the manifest", "err", err)
	}
	return nil
}

// takeRequeue returns the files that must be read again because a
// document they duplicate was removed. Their manifest entries are
// forgotten so the read is not skipped as unchanged.
func (g *Ingester) takeRequeue() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.removed) == 0 {
		return nil
	}
	gone := map[string]bool{}
	for _, id := range g.removed {
		gone[id] = true
	}
	g.removed = nil
	var out []string
	for rel, e := range g.known {
		if e == nil {
			continue
		}
		for _, of := range e.DupOf {
			if gone[of] {
				e2 := *e
				e2.Size, e2.MTime, e2.SHA256 = -1, 0, ""
				g.known[rel] = &e2
				out = append(out, rel)
				break
			}
		}
	}
	slices.Sort(out)
	return out
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
	paths, err := g.ix.PathIDs()
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
	slices.Sort(gone)
	for _, p := range slices.Compact(gone) {
		if _, err := os.Lstat(filepath.Join(g.root, filepath.FromSlash(p))); err == nil {
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
	// Documents that were copies of removed ones come back; a second
	// round covers copies of copies.
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
	return o
}
