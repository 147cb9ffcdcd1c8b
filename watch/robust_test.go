package watch

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/rasid-project/rasid/index"
)

// faultStore is a real index behind hooks that make Apply fail, panic or
// block, so the ingester's handling of each is tested on real commits.
type faultStore struct {
	*index.Index
	mu      sync.Mutex
	fail    int             // the next fail commits return an error
	panics  int             // the next panics commits panic
	poison  map[string]bool // commits that upsert one of these ids panic, every time
	block   chan struct{}   // when not nil, commits wait for it to close
	started chan struct{}   // receives once per commit that blocks
	reopens atomic.Int32
}

func (f *faultStore) Apply(b *index.Batch) (index.ApplyResult, error) {
	f.mu.Lock()
	block, started := f.block, f.started
	poisoned := false
	for _, o := range b.Ops() {
		poisoned = poisoned || o.Upsert && f.poison[o.Key]
	}
	switch {
	case poisoned:
		f.mu.Unlock()
		panic(fmt.Sprintf("index: bad term in a document of %d operations", b.Len()))
	case f.panics > 0:
		f.panics--
		f.mu.Unlock()
		var m map[string]int
		m["x"] = 1 // the shape of zapx's "assignment to entry in nil map"
	case f.fail > 0:
		f.fail--
		f.mu.Unlock()
		return index.ApplyResult{}, fmt.Errorf("write segment: %w", syscall.ENOSPC)
	default:
		f.mu.Unlock()
	}
	if block != nil {
		if started != nil {
			select {
			case started <- struct{}{}:
			default:
			}
		}
		<-block
	}
	return f.Index.Apply(b)
}

func (f *faultStore) Reopen() error {
	f.reopens.Add(1)
	return f.Index.Reopen()
}

func (f *faultStore) set(fn func(*faultStore)) {
	f.mu.Lock()
	fn(f)
	f.mu.Unlock()
}

// TestDiskPressure: below the pause mark nothing is read or committed and
// the status says why; searches keep working; when space returns the
// queued files are indexed without anything being dropped.
func TestDiskPressure(t *testing.T) {
	ix := openIndex(t)
	dir := t.TempDir()
	var free atomic.Uint64
	free.Store(100 << 20)
	space := func(string) (uint64, uint64, error) { return free.Load(), 200 << 20, nil }
	w := startWatcher(t, ix, dir, Options{MinFreeBytes: 10 << 20, DiskSpace: space, Settle: 30 * time.Millisecond})

	dropArticles(t, dir, "before", 3)
	waitCount(t, ix, 3)
	if st := w.Status(); st.Disk.Pause != 10<<20 || st.Disk.Resume != 20<<20 || st.Disk.Free != 100<<20 || st.Degraded != "" {
		t.Errorf("status with room: %+v", st)
	}

	free.Store(5 << 20)
	waitFor(t, "the pause", func() (bool, string) {
		st := w.Status()
		return st.Disk.Paused && strings.HasPrefix(st.Degraded, "ingestion paused for disk space: ") &&
			strings.Contains(st.Degraded, "5.0 MiB free"), fmt.Sprintf("%+v", st)
	})
	dropArticles(t, dir, "during", 20)
	waitFor(t, "the files to be seen", func() (bool, string) {
		st := w.Status()
		return st.Pending >= 20, fmt.Sprintf("pending %d", st.Pending)
	})
	time.Sleep(300 * time.Millisecond) // many watcher steps
	if n := count(t, ix); n != 3 {
		t.Errorf("%d documents indexed while paused, want 3", n)
	}
	res, err := ix.Search(context.Background(), index.Request{Query: "البوكمال"})
	if err != nil || res.Total != 3 {
		t.Errorf("search while paused: %v, %+v", err, res)
	}
	st := w.Status()
	if !strings.Contains(st.LastError, "pause mark") || st.Pending < 20 {
		t.Errorf("status while paused: %+v", st)
	}

	// Between the marks it stays paused: no flapping.
	free.Store(15 << 20)
	time.Sleep(200 * time.Millisecond)
	if n := count(t, ix); n != 3 || !w.Status().Disk.Paused {
		t.Errorf("between the marks: %d documents, paused %v", n, w.Status().Disk.Paused)
	}

	free.Store(50 << 20)
	waitCount(t, ix, 23)
	waitFor(t, "a clean status", func() (bool, string) {
		st := w.Status()
		return st.Degraded == "" && st.LastError == "" && st.Pending == 0, fmt.Sprintf("%+v", st)
	})
}

// TestFlushUnderDiskPressure: the bulk path (rasid index) gets a clear
// error and its batch is kept for the next Flush.
func TestFlushUnderDiskPressure(t *testing.T) {
	ix := openIndex(t)
	dir := t.TempDir()
	dropArticles(t, dir, "bulk", 5)
	var free atomic.Uint64
	free.Store(1 << 20)
	g, err := NewIngester(ix, dir, Options{MinFreeBytes: 10 << 20, Logger: testLogger(t),
		DiskSpace: func(string) (uint64, uint64, error) { return free.Load(), 1 << 30, nil }})
	if err != nil {
		t.Fatal(err)
	}
	rels, _ := g.Walk()
	if _, err := g.IngestFiles(context.Background(), rels, nil); err != nil {
		t.Fatal(err)
	}
	if err := g.Flush(); !errors.Is(err, ErrDiskPressure) {
		t.Fatalf("flush on a full disk: %v", err)
	}
	if n, _ := g.Pending(); n != 5 || count(t, ix) != 0 {
		t.Errorf("pending %d, indexed %d; want 5 kept, 0 written", n, count(t, ix))
	}
	free.Store(100 << 20)
	if err := g.Flush(); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ix); n != 5 {
		t.Errorf("after space returned: %d documents, want 5", n)
	}
}

// TestFailedCommitRetried: a commit that fails (ENOSPC) keeps its files,
// is retried with backoff, and the status shows it until it succeeds.
func TestFailedCommitRetried(t *testing.T) {
	ix := openIndex(t)
	fst := &faultStore{Index: ix, fail: 3}
	dir := t.TempDir()
	w := startWatcher(t, fst, dir, Options{Settle: 30 * time.Millisecond, CommitRetry: 50 * time.Millisecond, MinFreeBytes: -1})
	waitFor(t, "a failing commit", func() (bool, string) {
		// The start-up reconciliation of an empty folder commits
		// nothing; the drop below does.
		return true, ""
	})
	dropArticles(t, dir, "retry", 30)
	waitFor(t, "the degraded status", func() (bool, string) {
		st := w.Status()
		return strings.Contains(st.Degraded, "failing") && strings.Contains(st.LastError, "no space left on device") && st.Pending >= 30,
			fmt.Sprintf("%+v", st)
	})
	waitCount(t, ix, 30)
	waitFor(t, "the error to clear", func() (bool, string) {
		st := w.Status()
		return st.Degraded == "" && st.LastError == "" && st.Pending == 0, fmt.Sprintf("%+v", st)
	})
	if s := w.Ingester().Summary(); s.Documents != 30 || s.Files != 30 {
		t.Errorf("summary %+v, want 30 files and documents", s)
	}
}

// TestPanicInCommit: a panic inside Apply is recovered, the index
// reopened, the batch retried; searches work throughout and the watcher
// shuts down cleanly (startWatcher's cleanup checks Run's result).
func TestPanicInCommit(t *testing.T) {
	ix := openIndex(t)
	fst := &faultStore{Index: ix}
	dir := t.TempDir()
	w := startWatcher(t, fst, dir, Options{Settle: 30 * time.Millisecond, CommitRetry: 50 * time.Millisecond, MinFreeBytes: -1})
	dropArticles(t, dir, "ok", 2)
	waitCount(t, ix, 2)

	fst.set(func(f *faultStore) { f.panics = 2 })
	dropArticles(t, dir, "panic", 10)
	waitCount(t, ix, 12)
	if got := fst.reopens.Load(); got != 2 {
		t.Errorf("%d reopens, want one per panic (2)", got)
	}
	waitFor(t, "the status to recover", func() (bool, string) {
		st := w.Status()
		return st.Panics == 2 && st.Degraded == "" && st.LastError == "", fmt.Sprintf("%+v", st)
	})
	res, err := ix.Search(context.Background(), index.Request{Query: "البوكمال"})
	if err != nil || res.Total != 12 {
		t.Errorf("search after the reopen: %v %+v", err, res)
	}
	// The watcher still follows changes after the reopen.
	dropArticles(t, dir, "after", 3)
	waitCount(t, ix, 15)
}

// TestPanicInReadIsContained: a panic reading one file (a reader's bug)
// quarantines that file only.
func TestPanicInReadIsContained(t *testing.T) {
	ix := openIndex(t)
	dir := t.TempDir()
	g, err := NewIngester(ix, dir, Options{Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	// A manifest lookup that panics stands in for any bug on the read
	// path, bleve's or rasid's.
	g.store = panicMeta{ix}
	writeFile(t, dir, "a.txt", article("عنوان", "نص الخبر"))
	var p prepared
	func() {
		defer func() {
			if v := recover(); v != nil {
				t.Fatalf("panic escaped prepare: %v", v)
			}
		}()
		p = g.prepare("a.txt")
	}()
	if p.err == nil || !strings.Contains(p.err.Error(), "internal error") {
		t.Errorf("prepare after a panic: %+v", p)
	}
	if st := g.Status(); st.Reading != 0 {
		t.Errorf("reading %d after the panic, want 0", st.Reading)
	}
}

type panicMeta struct{ *index.Index }

func (panicMeta) Meta(string) ([]byte, error) { panic("index: bad segment") }

// TestStatusDuringCommit: while a commit runs, Status answers at once and
// counts the documents being committed.
func TestStatusDuringCommit(t *testing.T) {
	ix := openIndex(t)
	block := make(chan struct{})
	fst := &faultStore{Index: ix}
	dir := t.TempDir()
	w := startWatcher(t, fst, dir, Options{Settle: 30 * time.Millisecond, MinFreeBytes: -1})
	started := make(chan struct{}, 1)
	fst.set(func(f *faultStore) { f.block, f.started = block, started })
	dropArticles(t, dir, "slow", 40)
	select {
	case <-started:
	case <-time.After(20 * time.Second):
		t.Fatal("no commit started")
	}
	done := make(chan Status, 1)
	go func() { done <- w.Status() }()
	select {
	case st := <-done:
		if st.Pending == 0 {
			t.Errorf("pending 0 while %d documents are being committed", 40)
		}
	case <-time.After(2 * time.Second):
		t.Error("Status waited for the commit")
	}
	fst.set(func(f *faultStore) { f.block = nil })
	close(block)
	waitCount(t, ix, 40)
	waitFor(t, "pending to drain", func() (bool, string) {
		st := w.Status()
		return st.Pending == 0, fmt.Sprintf("pending %d", st.Pending)
	})
}

// TestSameSizeReplacement: a file replaced by different content of the
// same size and mtime is re-read, live and at start-up.
func TestSameSizeReplacement(t *testing.T) {
	ix := openIndex(t)
	dir := t.TempDir()
	old := article("عنوان", "قصف على البوكمال صباح اليوم")
	p := writeFile(t, dir, "same.txt", old)
	mtime := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	os.Chtimes(p, mtime, mtime)

	replace := func(word string) {
		t.Helper()
		body := []byte(strings.Replace(string(old), "البوكمال", word, 1))
		if len(body) != len(old) {
			t.Fatalf("replacement of %d bytes, want %d", len(body), len(old))
		}
		tmp := writeFile(t, dir, ".same.tmp", body)
		os.Chtimes(tmp, mtime, mtime)
		if err := os.Rename(tmp, p); err != nil {
			t.Fatal(err)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	w, err := New(ix, dir, Options{Logger: testLogger(t), Settle: 30 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	waitDoc(t, ix, "same", func(d *index.Document) bool { return strings.Contains(d.Body, "البوكمال") })
	replace("الميادين") // same byte length: both are 8 letters
	waitDoc(t, ix, "same", func(d *index.Document) bool { return strings.Contains(d.Body, "الميادين") })
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	replace("البوكمال")
	w, err = New(ix, dir, Options{Logger: testLogger(t), Settle: 30 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	startWatcherRun(t, w)
	waitDoc(t, ix, "same", func(d *index.Document) bool { return strings.Contains(d.Body, "البوكمال") })
}

// TestSymlinkPolicy: a link to a file outside the folder is indexed at
// start-up, live, and by Walk (rasid index); edits to its target are
// picked up by the rescan and its target's deletion un-indexes it. A link
// to a folder is not followed.
func TestSymlinkPolicy(t *testing.T) {
	ix := openIndex(t)
	outside, dir := t.TempDir(), t.TempDir()
	target := writeFile(t, outside, "target.txt", article("عنوان", "خبر عن الرقة"))
	writeFile(t, outside, "sub/inner.txt", article("عنوان آخر", "خبر عن حلب"))
	if err := os.Symlink(target, filepath.Join(dir, "linked.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "sub"), filepath.Join(dir, "linked-dir")); err != nil {
		t.Fatal(err)
	}
	g, err := NewIngester(ix, dir, Options{Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	if rels, _ := g.Walk(); len(rels) != 1 || rels[0] != "linked.txt" {
		t.Errorf("Walk: %v, want [linked.txt]", rels)
	}

	w := startWatcher(t, ix, dir, Options{Settle: 30 * time.Millisecond, Rescan: 100 * time.Millisecond})
	waitDoc(t, ix, "linked", func(d *index.Document) bool { return strings.Contains(d.Body, "الرقة") })
	if n := count(t, ix); n != 1 {
		t.Errorf("%d documents, want 1 (the folder link is not followed)", n)
	}

	// A link made while watching.
	t2 := writeFile(t, outside, "second.txt", article("عنوان ثان", "خبر عن إدلب"))
	if err := os.Symlink(t2, filepath.Join(dir, "second.txt")); err != nil {
		t.Fatal(err)
	}
	waitDoc(t, ix, "second", nil)

	// The target is edited outside the watched folder: no event, the
	// rescan sees it.
	os.WriteFile(target, article("عنوان", "خبر جديد عن منبج وما حولها"), 0o644)
	waitDoc(t, ix, "linked", func(d *index.Document) bool { return strings.Contains(d.Body, "منبج") })

	// The target goes: the link dangles, the document goes.
	os.Remove(target)
	waitGone(t, ix, "linked")
	if st := w.Status(); st.LastError != "" {
		t.Errorf("last error after the link's target went: %q", st.LastError)
	}
}

// TestTransientClassification: access problems are retried, content
// problems quarantined.
func TestTransientClassification(t *testing.T) {
	for _, c := range []struct {
		name string
		err  error
		want bool
	}{
		{"permission", &fs.PathError{Op: "open", Path: "/x", Err: syscall.EACCES}, true},
		{"eperm", &fs.PathError{Op: "open", Path: "/x", Err: syscall.EPERM}, true},
		{"io", fmt.Errorf("read /x: %w", syscall.EIO), true},
		{"stale nfs", &fs.PathError{Op: "read", Path: "/x", Err: syscall.ESTALE}, true},
		{"too many files", &fs.PathError{Op: "open", Path: "/x", Err: syscall.EMFILE}, true},
		{"malformed", fileErr("x", ErrMalformed, "gzip: %v", "bad"), false},
		{"empty", fileErr("x", ErrEmpty, ""), false},
		{"too large", fileErr("x", ErrTooLarge, "1 bytes"), false},
		{"plain error", errors.New("is a directory"), false},
	} {
		if got := transient(c.err); got != c.want {
			t.Errorf("%s: transient %v, want %v", c.name, got, c.want)
		}
	}
}

// TestProblemsClearWithTheirCause: a quarantined file's error goes when
// the file is fixed or removed.
func TestProblemsClearWithTheirCause(t *testing.T) {
	ix := openIndex(t)
	dir := t.TempDir()
	w := startWatcher(t, ix, dir, Options{Settle: 30 * time.Millisecond})
	writeFile(t, dir, "bad.json", []byte("{not json"))
	waitFor(t, "the quarantine", func() (bool, string) {
		st := w.Status()
		return st.Quarantined == 1 && strings.HasPrefix(st.LastError, "bad.json: "), fmt.Sprintf("%+v", st)
	})
	writeFile(t, dir, "bad.json", []byte(`{"id":"fixed","title":"عنوان","body":"نص الخبر عن البوكمال"}`))
	waitDoc(t, ix, "fixed", nil)
	waitFor(t, "the error to clear", func() (bool, string) {
		st := w.Status()
		return st.Quarantined == 0 && st.LastError == "", fmt.Sprintf("%+v", st)
	})
	writeFile(t, dir, "worse.json", []byte("[1,"))
	waitFor(t, "the second quarantine", func() (bool, string) {
		st := w.Status()
		return strings.HasPrefix(st.LastError, "worse.json: "), fmt.Sprintf("%+v", st)
	})
	os.Remove(filepath.Join(dir, "worse.json"))
	waitFor(t, "the error to clear", func() (bool, string) {
		st := w.Status()
		return st.Quarantined == 0 && st.LastError == "", fmt.Sprintf("%+v", st)
	})
}

// TestPoisonDocumentSetAside: a document whose commit panics every time
// does not hold up the rest for ever. After poisonAfter failures its
// batch is split; the document is set aside (a one-article file is
// quarantined with the reason, a JSON-lines file keeps its other records
// and reports the bad one), everything else is committed, and the status
// is no longer degraded. Fixed, the file is indexed again.
func TestPoisonDocumentSetAside(t *testing.T) {
	ix := openIndex(t)
	fst := &faultStore{Index: ix, poison: map[string]bool{"bad-004": true, "lines-2": true}}
	dir := t.TempDir()
	w := startWatcher(t, fst, dir, Options{Settle: 30 * time.Millisecond, CommitRetry: 20 * time.Millisecond, MinFreeBytes: -1})
	var lines []string
	for i := 1; i <= 3; i++ {
		lines = append(lines, fmt.Sprintf(`{"id":"lines-%d","title":"عنوان السطر %d","body":"خبر رقم %d عن قصف على مدينة الرقة، اليوم."}`, i, i, i))
	}
	writeFile(t, dir, "lines.jsonl", []byte(strings.Join(lines, "\n")+"\n"))
	dropArticles(t, dir, "bad", 10)

	waitCount(t, ix, 9+2)
	waitFor(t, "the status to recover", func() (bool, string) {
		st := w.Status()
		return st.Degraded == "" && st.Pending == 0 && st.Quarantined == 2, fmt.Sprintf("%+v", st)
	})
	for _, id := range []string{"bad-004", "lines-2"} {
		if _, err := ix.Get(id); !errors.Is(err, index.ErrNotFound) {
			t.Errorf("%s: %v, want it set aside", id, err)
		}
	}
	for _, id := range []string{"bad-003", "bad-005", "lines-1", "lines-3"} {
		if _, err := ix.Get(id); err != nil {
			t.Errorf("%s: %v", id, err)
		}
	}
	if got := fst.reopens.Load(); got < poisonAfter {
		t.Errorf("%d reopens, want at least %d (one per panic)", got, poisonAfter)
	}
	for rel, want := range map[string]string{
		"bad-004.txt": "document bad-004 could not be indexed: indexing it panicked (index: bad term",
		"lines.jsonl": "1 of 3 document(s) not indexed: document lines-2 could not be indexed",
	} {
		raw, err := os.ReadFile(w.Ingester().q.file(rel))
		if err != nil || !strings.Contains(string(raw), want) {
			t.Errorf("quarantine record of %s: %v %s; want %q", rel, err, raw, want)
		}
	}
	s := w.Ingester().Summary()
	if !slices.ContainsFunc(s.Failures, func(f Failure) bool {
		return f.Path == "bad-004.txt" && strings.Contains(f.Reason, "panicked")
	}) {
		t.Errorf("failures %+v: bad-004.txt is not reported", s.Failures)
	}

	// Once the fault is gone, editing the file brings it in.
	fst.set(func(f *faultStore) { f.poison = nil })
	writeFile(t, dir, "bad-004.txt", article("عنوان مصحح", "خبر مصحح عن قصف على مدينة البوكمال في دير الزور."))
	waitDoc(t, ix, "bad-004", nil)
	waitFor(t, "the quarantine to clear", func() (bool, string) {
		st := w.Status()
		return st.Quarantined == 1 && st.Degraded == "", fmt.Sprintf("%+v", st)
	})
}

// TestPoisonRecordInLargeFile: a document that panics in a large file,
// read in chunks by the background lane, is set aside the same way; the
// file's other records are indexed and the lane finishes the file.
func TestPoisonRecordInLargeFile(t *testing.T) {
	ix := openIndex(t)
	fst := &faultStore{Index: ix, poison: map[string]bool{"big-0137": true}}
	dir := t.TempDir()
	w := startWatcher(t, fst, dir, Options{Settle: 30 * time.Millisecond, CommitRetry: 20 * time.Millisecond,
		MinFreeBytes: -1, StreamBytes: 4 << 10})
	var lines []string
	for i := range 250 {
		lines = append(lines, fmt.Sprintf(`{"id":"big-%04d","title":"عنوان %d","body":"خبر رقم %d عن قصف على مدينة الرقة في اليوم %d."}`, i, i, i, i))
	}
	tmp := filepath.Join(t.TempDir(), "big.jsonl")
	if err := os.WriteFile(tmp, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, "big.jsonl")); err != nil {
		t.Fatal(err)
	}
	waitCount(t, ix, 249)
	waitFor(t, "the status to recover", func() (bool, string) {
		st := w.Status()
		return st.Degraded == "" && st.Pending == 0 && st.Quarantined == 1, fmt.Sprintf("%+v", st)
	})
	if _, err := ix.Get("big-0137"); !errors.Is(err, index.ErrNotFound) {
		t.Errorf("big-0137: %v, want it set aside", err)
	}
	raw, err := os.ReadFile(w.Ingester().q.file("big.jsonl"))
	if err != nil || !strings.Contains(string(raw), "document big-0137 could not be indexed") {
		t.Errorf("quarantine record: %v %s", err, raw)
	}
	time.Sleep(300 * time.Millisecond) // more watcher steps: nothing else is set aside
	if n := count(t, ix); n != 249 {
		t.Errorf("%d documents, want 249", n)
	}
}
