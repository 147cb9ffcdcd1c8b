package watch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/rasid-project/rasid/index"
)

// A multi-record file at least Options.StreamBytes big is streamed: its
// records are read one at a time and committed in batches as they come,
// each batch carrying a checkpoint in the file's manifest entry (how far
// the file is committed, and the ids met so far). A crash or an interrupt
// part-way therefore leaves a record of exactly what is indexed, and the
// next read of the unchanged file resumes after it: nothing is skipped and
// nothing is written twice.

// stateReading marks a manifest entry whose file is committed up to its
// checkpoint only.
const stateReading = "reading"

// checkpoint is how far a streamed file's records are committed.
type checkpoint struct {
	Line   int   `json:"line"`   // records up to this line (array element) are committed
	Offset int64 `json:"offset"` // decoded content offset just after that line
	Docs   int   `json:"docs"`   // good records committed
	Bad    int   `json:"bad"`    // bad records met
}

// inlineIDs is how many ids a manifest entry holds itself. A larger file's
// distinct ids are stored in chunks, one per committed batch, so that a
// checkpoint never rewrites the ids of the batches before it.
const inlineIDs = 2000

func idsKey(root, rel string, k int) string { return fmt.Sprintf("ids:%s|%s|%d", root, rel, k) }

// loadIDChunks fills e.IDs from its chunks.
func loadIDChunks(ix Store, root, rel string, e *manifestEntry) error {
	for k := range e.IDChunks {
		raw, err := ix.Meta(idsKey(root, rel, k))
		if err != nil {
			return fmt.Errorf("manifest ids of %s: %w", rel, err)
		}
		var ids []string
		if raw != nil && json.Unmarshal(raw, &ids) != nil {
			return fmt.Errorf("manifest ids of %s: chunk %d is damaged", rel, k)
		}
		e.IDs = append(e.IDs, ids...)
	}
	return nil
}

// dropIDChunksLocked deletes the id chunks from..to-1 of rel.
func (g *Ingester) dropIDChunksLocked(rel string, from, to int) {
	for k := from; k < to; k++ {
		g.batch.DeleteMeta(idsKey(g.root, rel, k))
	}
}

// Progress is how many documents the ingester has read and how many bytes
// of files (compressed, for .gz) it has consumed, for progress bars.
func (g *Ingester) Progress() (docs, bytes int64) {
	return g.progDocs.Load(), g.progBytes.Load()
}

// streamState is one streamed file on its way into the index.
type streamState struct {
	p      prepared
	seen   map[string]struct{}
	ids    []string // distinct, in order
	chunks int
	docs   int
	bad    int
	first  []string // the first bad records, for the entry's reason
	dupOf  []string
	// inflight is the result of the commit running behind the reader,
	// when batches are pipelined (flushPipelined).
	inflight chan error
	// drop is the manifest entry of the file's previous content, whose
	// documents are deleted with the first chunk of the new one.
	drop *manifestEntry
}

// dropPrevLocked stages the deletion of the previous content's documents
// into the open batch, once.
func (s *streamState) dropPrevLocked(g *Ingester) {
	if s.drop == nil {
		return
	}
	g.deleteOwnedLocked(s.p.rel, s.drop, nil)
	g.dropIDChunksLocked(s.p.rel, 0, s.drop.IDChunks)
	g.markLocked()
	s.drop = nil
}

// wait returns the result of the commit in flight, if any.
func (s *streamState) wait() error {
	if s.inflight == nil {
		return nil
	}
	err := <-s.inflight
	s.inflight = nil
	return err
}

func (s *streamState) reason() string {
	if s.bad == 0 {
		return ""
	}
	r := fmt.Sprintf("%s: %d bad record(s)", s.p.rel, s.bad)
	for _, f := range s.first {
		r += "; " + f
	}
	if s.bad > len(s.first) {
		r += fmt.Sprintf("; and %d more", s.bad-len(s.first))
	}
	return r
}

// streamFile reads a multi-record file record by record into the open
// batch, committing as batches fill, and resumes after the checkpoint of
// an earlier, interrupted read of the same content. It returns moving
// when the file changed while it was read.
func (g *Ingester) streamFile(ctx context.Context, p prepared, chunk int) (moving bool, err error) {
	full := filepath.Join(g.root, filepath.FromSlash(p.rel))
	prev := p.prev
	resume := prev != nil && prev.Progress != nil && prev.Size == p.size && prev.MTime == p.mtime
	if resume {
		p.hash = prev.SHA256
	} else {
		if p.hash, err = hashFile(full); err != nil {
			return false, g.stage(g.failed(p, err))
		}
		if prev != nil && prev.SHA256 == p.hash {
			if prev.Progress == nil {
				p.touched = true
				return false, g.stage(p)
			}
			resume = true
		}
	}
	r, err := Open(full, g.readOptions())
	if err != nil {
		return false, g.stage(g.failed(p, err))
	}
	defer r.Close()
	g.resolved(p.rel)

	s := &streamState{p: p, seen: map[string]struct{}{}}
	defer func() {
		if werr := s.wait(); err == nil {
			err = werr
		}
	}()
	if resume {
		cp := prev.Progress
		if err := r.Skip(cp.Line, cp.Offset); err != nil {
			p.err = withPath(err, p.rel)
			return false, g.stage(p)
		}
		for _, id := range prev.IDs {
			s.seen[id] = struct{}{}
		}
		s.ids = slices.Clone(prev.IDs)
		s.chunks, s.docs, s.bad, s.dupOf = prev.IDChunks, cp.Docs, cp.Bad, prev.DupOf
		if prev.Reason != "" {
			s.first = []string{"(earlier bad records: see the log of the interrupted read)"}
		}
		g.mu.Lock()
		g.sum.Resumed++
		g.mu.Unlock()
		g.log.Info("resuming", "path", p.rel, "after_line", cp.Line, "documents", cp.Docs)
	} else if prev != nil {
		// The content changed: the old version's documents go with the
		// first batch of the new one, so the two never mix after a crash.
		// In the background lane that batch is the first chunk's own
		// (stageChunk); if no chunk comes, the open batch takes them.
		g.mu.Lock()
		if g.bulk != nil {
			s.drop = prev
		} else {
			g.deleteOwnedLocked(p.rel, prev, nil)
			g.dropIDChunksLocked(p.rel, 0, prev.IDChunks)
		}
		g.known[p.rel] = nil
		g.mu.Unlock()
		defer func() {
			g.mu.Lock()
			s.dropPrevLocked(g)
			g.mu.Unlock()
		}()
	}

	// The reader runs ahead of the writer by at most two batches: JSON
	// decoding overlaps with extraction and commits, and memory stays
	// bounded whatever the file's size.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	recs := make(chan Record, 2*chunk)
	eg, ectx := errgroup.WithContext(ctx)
	eg.Go(func() error {
		defer close(recs)
		for {
			rec, err := r.Next()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			select {
			case recs <- rec:
			case <-ectx.Done():
				return ectx.Err()
			}
		}
	})
	var docs []index.Document
	var bad []RecordError
	var last Record
	var stageErr error
	lastBytes := int64(0)
	for rec := range recs {
		if stageErr != nil || moving {
			continue // drain
		}
		last = rec
		if rec.Err != nil {
			bad = append(bad, RecordError{Line: rec.Line, Err: rec.Err})
		} else {
			rec.Doc.Path = p.rel
			docs = append(docs, rec.Doc)
		}
		if len(docs)+len(bad) < chunk {
			continue
		}
		if moving = g.changed(full, p); moving {
			cancel()
			continue
		}
		n := r.BytesRead()
		g.progBytes.Add(n - lastBytes)
		lastBytes = n
		if stageErr = g.stageChunk(s, docs, bad, last, false); stageErr != nil {
			cancel()
		}
		docs, bad = docs[:0:0], bad[:0]
	}
	readErr := eg.Wait()
	g.progBytes.Add(r.BytesRead() - lastBytes)
	switch {
	case stageErr != nil:
		return false, stageErr
	case moving:
		return true, nil
	case ctx.Err() != nil && !errors.Is(readErr, ErrTooLarge):
		// Interrupted: what was read is staged with its checkpoint; the
		// caller's flush commits it and the next run resumes after it.
		if len(docs)+len(bad) > 0 {
			if err := g.stageChunk(s, docs, bad, last, false); err != nil {
				return false, err
			}
		}
		return false, ctx.Err()
	case readErr != nil && (errors.Is(readErr, ErrTooLarge) || s.docs+len(docs) == 0):
		// Over a limit (a bomb), or nothing good before the failure: the
		// whole file is rejected, and stage takes back what its
		// checkpoints staged (g.known holds the last of them).
		p.err = withPath(readErr, p.rel)
		return false, g.stage(p)
	case readErr != nil:
		// The rest of the file is unreadable (truncated gzip, I/O): the
		// records before the failure stay, and the failure is reported.
		bad = append(bad, RecordError{Line: r.line + 1, Err: errors.New(reasonOf(readErr) + "; the rest of the file was not read")})
	}
	if s.docs+len(docs) == 0 {
		if s.bad+len(bad) == 0 {
			p.err = fileErr(p.rel, ErrEmpty, "no records")
		} else {
			first := ""
			if len(s.first) > 0 {
				first = s.first[0]
			} else {
				first = bad[0].Error()
			}
			p.err = fileErr(p.rel, ErrMalformed, "no good record; %s", first)
		}
		return false, g.stage(p)
	}
	return false, g.stageChunk(s, docs, bad, last, true)
}

// changed reports whether the file moved since p was stat'ed.
func (g *Ingester) changed(full string, p prepared) bool {
	fi, err := os.Stat(full)
	return err != nil || fi.Size() != p.size || fi.ModTime().UnixNano() != p.mtime
}

// stageChunk puts a run of records into the open batch with the file's
// checkpoint (or, when final, its finished manifest entry), and commits
// when the batch is full.
func (g *Ingester) stageChunk(s *streamState, docs []index.Document, bad []RecordError, last Record, final bool) error {
	rel := s.p.rel
	g.mu.Lock()
	// In the background lane the chunk is staged in a batch of its own:
	// the small files' open batch is set aside meanwhile and put back
	// after, so the watcher commits them on their own schedule instead of
	// waiting for this chunk (see commitChunk).
	background := g.bulk != nil
	var small openBatch
	if background {
		small = g.swapOpenLocked(openBatch{b: g.store.NewBatch(), staged: map[string]*manifestEntry{}, ids: map[string]string{}})
	}
	s.dropPrevLocked(g)
	g.upsertLocked(rel, docs)
	var fresh []string
	for _, d := range docs {
		if _, ok := s.seen[d.ID]; !ok {
			s.seen[d.ID] = struct{}{}
			fresh = append(fresh, d.ID)
		}
	}
	s.ids = append(s.ids, fresh...)
	s.docs += len(docs)
	for _, b := range bad {
		g.failLocked(rel, b.Error())
		if len(s.first) < 3 {
			s.first = append(s.first, b.Error())
		}
	}
	s.bad += len(bad)
	if cur := g.known[rel]; cur != nil && len(cur.DupOf) > len(s.dupOf) {
		s.dupOf = cur.DupOf // recorded by the commits since the last chunk
	}
	e := &manifestEntry{Root: g.root, Size: s.p.size, MTime: s.p.mtime, SHA256: s.p.hash,
		State: stateReading, Reason: s.reason(), DupOf: s.dupOf, IDs: slices.Clip(s.ids)}
	inline := final && len(s.ids) <= inlineIDs
	switch {
	case inline:
		g.dropIDChunksLocked(rel, 0, s.chunks)
		s.chunks = 0
	case len(fresh) > 0:
		raw, _ := json.Marshal(fresh)
		g.batch.SetMeta(idsKey(g.root, rel, s.chunks), raw)
		s.chunks++
	}
	e.IDChunks = s.chunks
	if final {
		e.State = stateIndexed
		g.sum.Files++
	} else {
		e.Progress = &checkpoint{Line: last.Line, Offset: last.End, Docs: s.docs, Bad: s.bad}
	}
	g.known[rel] = e
	g.staged[rel] = e
	g.batch.SetMeta(manifestKey(g.root, rel), e.marshal())
	g.markLocked()
	full := g.batchOps >= g.opts.BatchSize
	var chunkUnit *commitUnit
	if background {
		own := g.swapOpenLocked(small)
		chunkUnit = &commitUnit{b: own.b, ops: own.ops, staged: own.staged, ids: own.ids}
		g.preparing += own.ops
	}
	g.mu.Unlock()
	g.progDocs.Add(int64(len(docs)))

	if final {
		if s.bad > 0 {
			g.log.Warn("bad records skipped", "path", rel, "bad", s.bad, "first", s.first[0])
		}
		g.settleQuarantine(rel, s.p.hash, s.p.size, s.reason())
	}
	if background {
		return g.commitChunk(chunkUnit)
	}
	if full && !final {
		return g.flushPipelined(s)
	}
	if full {
		if err := s.wait(); err != nil {
			return err
		}
		return g.Flush()
	}
	return nil
}

// openBatch is the ingester's open batch with what it staged.
type openBatch struct {
	b      *index.Batch
	staged map[string]*manifestEntry
	ids    map[string]string
	ops    int
	since  time.Time
}

// swapOpenLocked makes o the open batch and returns the one it replaces.
func (g *Ingester) swapOpenLocked(o openBatch) openBatch {
	old := openBatch{b: g.batch, staged: g.staged, ids: g.batchIDs, ops: g.batchOps, since: g.openSince}
	g.batch, g.staged, g.batchIDs, g.batchOps, g.openSince = o.b, o.staged, o.ids, o.ops, o.since
	return old
}

// commitChunk commits a chunk of the background lane. Its facet
// extraction, the costly part, runs before commitMu is taken, so the
// small files' commits never wait for it; they wait at most for the
// chunk's bleve write, which is short. The chunk is queued after what
// is already queued, and the small files staged since stay open for the
// watcher, which commits them as soon as the chunk's write is done. (Under
// load, one commit of 100 articles took 2.3 s with extraction inside the
// lock; the small file queued behind it waited 5 s.)
func (g *Ingester) commitChunk(u *commitUnit) error {
	u.b.Prepare()
	g.commitMu.Lock()
	defer g.commitMu.Unlock()
	g.mu.Lock()
	g.preparing -= u.ops
	g.queue = append(g.queue, u)
	g.mu.Unlock()
	return g.commitQueue()
}

// flushPipelined commits the open batch behind the reader: the batch's
// costly preparation (facet extraction, hashing) runs here, on every
// core, while the batch before it is still being committed, and only then
// is its own commit started. It is for the bulk command, where this
// stream is the only writer; the background lane flushes plainly.
func (g *Ingester) flushPipelined(s *streamState) error {
	g.mu.Lock()
	b := g.batch
	g.mu.Unlock()
	b.Prepare()
	if err := s.wait(); err != nil {
		return err
	}
	// The batch is queued here, before the commit goroutine starts, so
	// the next chunk goes into a new one; commitMu passes to that
	// goroutine, which releases it when the commit is done.
	g.commitMu.Lock()
	g.closeBatch()
	ch := make(chan error, 1)
	s.inflight = ch
	go func() {
		defer g.commitMu.Unlock()
		ch <- g.commitQueue()
	}()
	return nil
}

func (g *Ingester) readOptions() ReadOptions {
	return ReadOptions{MaxBytes: g.opts.MaxFileBytes}
}

// withPath gives a reader's error the file's relative path.
func withPath(err error, rel string) error {
	var fe *FileError
	if errors.As(err, &fe) {
		fe.Path = rel
		return fe
	}
	return &FileError{Path: rel, Reason: err.Error(), Err: err}
}

// bulkLane reads large files on a goroutine of their own while the
// watcher is running, so a multi-gigabyte dump never holds up the small
// files dropped beside it.
type bulkLane struct {
	mu     sync.Mutex
	queue  []string
	queued map[string]bool
	active string
	moved  []string
	wake   chan struct{}
	cancel context.CancelFunc
	done   chan struct{}
}

// bulkChunk is the batch size of the background lane: small, so that a
// commit of a large file's records, which small files may wait behind,
// stays short.
const bulkChunk = 100

// startBulk starts the background lane for large files; stopBulk ends it.
func (g *Ingester) startBulk(ctx context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	b := &bulkLane{queued: map[string]bool{}, wake: make(chan struct{}, 1), cancel: cancel, done: make(chan struct{})}
	g.mu.Lock()
	g.bulk = b
	g.mu.Unlock()
	go func() {
		defer close(b.done)
		for {
			b.mu.Lock()
			var rel string
			if len(b.queue) > 0 {
				rel, b.queue = b.queue[0], b.queue[1:]
				delete(b.queued, rel)
				b.active = rel
			}
			b.mu.Unlock()
			if rel == "" {
				select {
				case <-ctx.Done():
					return
				case <-b.wake:
					continue
				}
			}
			g.safeBulkFile(ctx, rel)
			b.mu.Lock()
			b.active = ""
			b.mu.Unlock()
			if ctx.Err() != nil {
				return
			}
		}
	}()
}

// stopBulk stops the background lane after it has staged what it read;
// the caller's flush commits it.
func (g *Ingester) stopBulk() {
	g.mu.Lock()
	b := g.bulk
	g.bulk = nil
	g.mu.Unlock()
	if b != nil {
		b.cancel()
		<-b.done
	}
}

// safeBulkFile is bulkFile with a panic (a reader's bug on odd input)
// turned into a problem on that file, so the lane and the process live on.
func (g *Ingester) safeBulkFile(ctx context.Context, rel string) {
	defer func() {
		if v := recover(); v != nil {
			g.notePanic()
			g.log.Error("panic reading a large file", "path", rel, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			g.Report("large:"+rel, fmt.Errorf("%s: internal error while reading: %v", rel, v))
		}
	}()
	g.bulkFile(ctx, rel)
}

func (g *Ingester) bulkFile(ctx context.Context, rel string) {
	p := g.prepare(rel)
	var moving bool
	var err error
	switch {
	case p.moving:
		moving = true
	case p.gone:
		err = g.Remove(rel)
	case p.stream:
		moving, err = g.streamFile(ctx, p, min(bulkChunk, g.opts.BatchSize))
	default:
		err = g.stage(p)
	}
	// A file that changed, or whose commit failed, goes back to the
	// watcher, which hands it here again once it settles: the read then
	// resumes from the last committed checkpoint.
	if moving || err != nil && ctx.Err() == nil {
		g.mu.Lock()
		b := g.bulk
		g.mu.Unlock()
		if b != nil {
			b.mu.Lock()
			b.moved = append(b.moved, rel)
			b.mu.Unlock()
		}
	}
	g.mu.Lock()
	if err != nil && ctx.Err() == nil {
		g.probs.set("large:"+rel, rel+": "+err.Error())
		g.log.Error("ingest large file", "path", rel, "err", err)
	} else if err == nil && !moving {
		g.probs.clear("large:" + rel)
	}
	g.mu.Unlock()
}

// enqueue hands a large file to the background lane; false when there is
// no lane (the caller reads the file itself).
func (g *Ingester) enqueue(rel string) bool {
	g.mu.Lock()
	b := g.bulk
	g.mu.Unlock()
	if b == nil {
		return false
	}
	b.mu.Lock()
	if !b.queued[rel] {
		b.queued[rel] = true
		b.queue = append(b.queue, rel)
	}
	b.mu.Unlock()
	select {
	case b.wake <- struct{}{}:
	default:
	}
	return true
}

// takeMoved returns the large files that changed while the background
// lane read them; the watcher waits for them to settle again.
func (g *Ingester) takeMoved() []string {
	g.mu.Lock()
	b := g.bulk
	g.mu.Unlock()
	if b == nil {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	out := b.moved
	b.moved = nil
	return out
}

// bulkPending is how many large files are queued or being read.
func (g *Ingester) bulkPending() int {
	g.mu.Lock()
	b := g.bulk
	g.mu.Unlock()
	if b == nil {
		return 0
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	n := len(b.queue)
	if b.active != "" {
		n++
	}
	return n
}
