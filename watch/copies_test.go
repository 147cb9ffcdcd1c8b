package watch

// Issue 14's open case: a file that arrives holding an article another
// file already holds is recorded as a copy; when that original goes (or
// stops holding the article) the copy must be read again and indexed. Each
// test below forces one ordering of the copy's arrival and the original's
// change against the watcher's batches, and checks that the article ends
// indexed exactly once, from the surviving file, live and after a restart.

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rasid-project/rasid/index"
)

// gateStore is a real index whose commits can be held: a commit that
// upserts the id hold is stopped before it writes, until release is
// called. It records the operations of every commit, so a test can check
// which changes shared a batch.
type gateStore struct {
	*index.Index
	mu      sync.Mutex
	hold    string
	held    chan struct{} // receives once when a commit is held
	gate    chan struct{} // closed by release
	batches [][]index.BatchOp
}

func (s *gateStore) Apply(b *index.Batch) (index.ApplyResult, error) {
	ops := b.Ops()
	s.mu.Lock()
	s.batches = append(s.batches, ops)
	var gate chan struct{}
	if s.hold != "" && slices.ContainsFunc(ops, func(o index.BatchOp) bool { return o.Upsert && o.Key == s.hold }) {
		gate = s.gate
		s.hold = ""
		s.held <- struct{}{}
	}
	s.mu.Unlock()
	if gate != nil {
		<-gate
	}
	return s.Index.Apply(b)
}

// holdNext makes the next commit that upserts id wait for release.
func (s *gateStore) holdNext(id string) {
	s.mu.Lock()
	s.hold, s.held, s.gate = id, make(chan struct{}, 1), make(chan struct{})
	s.mu.Unlock()
}

func (s *gateStore) waitHeld(t *testing.T) {
	t.Helper()
	s.mu.Lock()
	held := s.held
	s.mu.Unlock()
	select {
	case <-held:
	case <-time.After(time.Minute):
		t.Fatal("the commit to hold never came")
	}
}

func (s *gateStore) release() {
	s.mu.Lock()
	close(s.gate)
	s.mu.Unlock()
}

// together reports whether one commit held every operation of want
// (compared by kind and key).
func (s *gateStore) together(want ...index.BatchOp) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, ops := range s.batches {
		if !slices.ContainsFunc(want, func(w index.BatchOp) bool {
			return !slices.ContainsFunc(ops, func(o index.BatchOp) bool { return o.Upsert == w.Upsert && o.Key == w.Key })
		}) {
			return true
		}
	}
	return false
}

// sameCommit waits until one commit held every operation of want.
func (c *copyWorld) sameCommit(want ...index.BatchOp) {
	c.t.Helper()
	waitFor(c.t, "one commit to hold both changes", func() (bool, string) {
		return c.st.together(want...), "not yet"
	})
}

// copyWorld is a watched folder and its index, which a test can stop and
// start again (the index closed and reopened) to check what a restart's
// reconciliation makes of the folder.
type copyWorld struct {
	t    *testing.T
	dir  string
	data string
	st   *gateStore
	w    *Watcher
	stop func()
}

const copySettle = 40 * time.Millisecond

func newCopyWorld(t *testing.T) *copyWorld {
	c := &copyWorld{t: t, dir: t.TempDir(), data: filepath.Join(t.TempDir(), "data")}
	c.start()
	t.Cleanup(func() {
		if c.stop != nil {
			c.stop()
		}
	})
	return c
}

// start opens the index and runs a watcher on the folder until stop.
func (c *copyWorld) start() {
	t := c.t
	t.Helper()
	ix, err := index.Open(c.data)
	if err != nil {
		t.Fatal(err)
	}
	c.st = &gateStore{Index: ix}
	// No periodic rescan: it must not mend what the path under test
	// loses. The settle time is short so a test's steps are quick.
	w, err := New(c.st, c.dir, Options{Settle: copySettle, Rescan: -1, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	c.w = w
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	c.stop = func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
		ix.Close()
		c.stop = nil
	}
	waitFor(t, "the watcher to reconcile and watch", func() (bool, string) {
		return w.Status().Watching, "not watching"
	})
}

// restart stops the watcher, closes the index, and starts both again.
func (c *copyWorld) restart() {
	c.t.Helper()
	c.stop()
	c.start()
}

func (c *copyWorld) write(name string, data []byte) { writeFile(c.t, c.dir, name, data) }

func (c *copyWorld) remove(name string) {
	if err := os.Remove(filepath.Join(c.dir, name)); err != nil {
		c.t.Fatal(err)
	}
}

// manifest is name's committed manifest entry (nil when there is none).
func (c *copyWorld) manifest(name string) *manifestEntry {
	c.t.Helper()
	e, err := loadManifest(c.st, c.w.ing.Root(), name)
	if err != nil {
		c.t.Fatal(err)
	}
	return e
}

// waitCopy waits until name is recorded as a copy of another article.
func (c *copyWorld) waitCopy(name string) {
	c.t.Helper()
	waitFor(c.t, name+" to be recorded as a copy", func() (bool, string) {
		e := c.manifest(name)
		return e != nil && e.State == stateDuplicate, fmt.Sprintf("manifest %+v", e)
	})
}

// settled waits until every name is waiting in the watcher's queue and
// has settled, so the watcher's next step reads them all together.
func (c *copyWorld) settled(names ...string) {
	c.t.Helper()
	waitFor(c.t, "changes to settle", func() (bool, string) {
		c.w.mu.Lock()
		defer c.w.mu.Unlock()
		for _, n := range names {
			p := c.w.dirty[n]
			if p == nil || time.Since(p.at) < copySettle {
				return false, n + " not waiting or not settled"
			}
		}
		return true, ""
	})
}

// state reads what the index holds: for each path, the texts of its
// documents, and the manifest state of each file of want.
func (c *copyWorld) state(want map[string][]byte) (string, bool) {
	paths, err := c.st.PathIDs()
	if err != nil {
		return err.Error(), false
	}
	var got []string
	ok := true
	for p, ids := range paths {
		for _, id := range ids {
			d, err := c.st.Get(id)
			if err != nil {
				return err.Error(), false
			}
			got = append(got, fmt.Sprintf("%s: %s %.60q", p, id, d.Body))
			w, live := want[p]
			if !live || !strings.Contains(string(w), d.Body) || len(ids) != 1 {
				ok = false
			}
		}
	}
	for name := range want {
		if len(paths[name]) != 1 {
			ok = false
			got = append(got, name+": no document")
		}
		if e := c.manifest(name); e == nil || e.State != stateIndexed {
			ok = false
			got = append(got, fmt.Sprintf("%s: manifest %+v", name, e))
		}
	}
	slices.Sort(got)
	return strings.Join(got, "; "), ok
}

// check waits until the index holds exactly one document for each file
// of want, with that file's text, and no other document; then restarts
// and checks that the restart's reconciliation keeps it so.
func (c *copyWorld) check(want map[string][]byte) {
	c.t.Helper()
	waitFor(c.t, "live: each article indexed once, from its file", func() (bool, string) {
		got, ok := c.state(want)
		return ok, got
	})
	c.restart()
	if got, ok := c.state(want); !ok {
		c.t.Fatalf("after a restart: %s", got)
	}
}

// TestCopyOfChangedOriginal forces each ordering of a copy's arrival and
// its original's deletion or rewrite against the watcher's batches.
func TestCopyOfChangedOriginal(t *testing.T) {
	title, body := "خبر منسوخ في ملفين", "قصف على مدينة البوكمال في دير الزور أوقع ثلاثة قتلى، وقال المرصد إن الغارة أصابت حيا سكنيا."
	x := article(title, body)
	half := article(title, body[:strings.Index(body, "،")]) // the copy as a slow writer leaves it part-way
	y := article("خبر آخر حل محله", "نص جديد تماما عن مدينة منبج في ريف حلب بعد التعديل.")
	ids := func(name string) string { return strings.TrimSuffix(name, ".txt") }
	tests := []struct {
		name string
		run  func(c *copyWorld) map[string][]byte // the files that must end indexed, with their text
	}{
		{"original deleted, committed, then the copy", func(c *copyWorld) map[string][]byte {
			c.remove("orig.txt")
			waitGone(c.t, c.st.Index, "orig")
			c.write("copy.txt", x)
			return map[string][]byte{"copy.txt": x}
		}},
		{"copy recorded, then the original deleted", func(c *copyWorld) map[string][]byte {
			c.write("copy.txt", x)
			c.waitCopy("copy.txt")
			c.remove("orig.txt")
			return map[string][]byte{"copy.txt": x}
		}},
		{"copy written and original deleted in one batch", func(c *copyWorld) map[string][]byte {
			// The watcher is held in the commit of another file while
			// both changes settle, so its next step reads them together.
			c.st.holdNext("other")
			c.write("other.txt", y)
			c.st.waitHeld(c.t)
			c.write("copy.txt", x)
			c.remove("orig.txt")
			c.settled("copy.txt", "orig.txt")
			c.st.release()
			c.sameCommit(index.BatchOp{Key: "orig"}, index.BatchOp{Upsert: true, Key: "copy"})
			return map[string][]byte{"copy.txt": x, "other.txt": y}
		}},
		{"copy half written when the original is deleted", func(c *copyWorld) map[string][]byte {
			c.write("copy.txt", half)
			waitDoc(c.t, c.st.Index, "copy", nil)
			c.st.holdNext("other")
			c.write("other.txt", y)
			c.st.waitHeld(c.t)
			c.remove("orig.txt")
			c.write("copy.txt", x)
			c.settled("copy.txt", "orig.txt")
			c.st.release()
			c.sameCommit(index.BatchOp{Key: "orig"}, index.BatchOp{Upsert: true, Key: "copy"})
			return map[string][]byte{"copy.txt": x, "other.txt": y}
		}},
		{"copy half written, completed as a copy, then the original deleted", func(c *copyWorld) map[string][]byte {
			c.write("copy.txt", half)
			waitDoc(c.t, c.st.Index, "copy", nil)
			c.write("copy.txt", x)
			c.waitCopy("copy.txt")
			c.remove("orig.txt")
			return map[string][]byte{"copy.txt": x}
		}},
		{"copy recorded, original deleted while the watcher is stopped", func(c *copyWorld) map[string][]byte {
			c.write("copy.txt", x)
			c.waitCopy("copy.txt")
			c.stop()
			c.remove("orig.txt")
			c.start()
			return map[string][]byte{"copy.txt": x}
		}},
		{"copy recorded, then the original rewritten", func(c *copyWorld) map[string][]byte {
			c.write("copy.txt", x)
			c.waitCopy("copy.txt")
			c.write("orig.txt", y)
			return map[string][]byte{"copy.txt": x, "orig.txt": y}
		}},
		{"copy written and original rewritten in one batch", func(c *copyWorld) map[string][]byte {
			c.st.holdNext("other")
			c.write("other.txt", article("خبر ثالث", "نص ثالث عن مدينة الرقة."))
			c.st.waitHeld(c.t)
			c.write("orig.txt", y)
			c.write("copy.txt", x)
			c.settled("copy.txt", "orig.txt")
			c.st.release()
			c.sameCommit(index.BatchOp{Upsert: true, Key: "orig"}, index.BatchOp{Upsert: true, Key: "copy"})
			return map[string][]byte{"copy.txt": x, "orig.txt": y, "other.txt": article("خبر ثالث", "نص ثالث عن مدينة الرقة.")}
		}},
		{"copy recorded, original rewritten while the watcher is stopped", func(c *copyWorld) map[string][]byte {
			c.write("copy.txt", x)
			c.waitCopy("copy.txt")
			c.stop()
			c.write("orig.txt", y)
			c.start()
			return map[string][]byte{"copy.txt": x, "orig.txt": y}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newCopyWorld(t)
			c.write("orig.txt", x)
			waitDoc(t, c.st.Index, ids("orig.txt"), nil)
			c.check(tc.run(c))
		})
	}
}

// lostRecordStore is a real index on which the commit that records files
// as copies (recordDuplicates' own small batch) never lands, as when the
// process ends between a copy's commit and that record.
type lostRecordStore struct{ *index.Index }

func (s lostRecordStore) Apply(b *index.Batch) (index.ApplyResult, error) {
	ops := b.Ops()
	if len(ops) > 0 && !slices.ContainsFunc(ops, func(o index.BatchOp) bool { return o.Upsert || !strings.HasPrefix(o.Key, "file:") }) {
		return index.ApplyResult{}, errors.New("the process ended")
	}
	return s.Index.Apply(b)
}

// TestCopyAcrossCrash: the process ends between two commits of the
// copy's hand-over (kill -9 at that moment, or a shutdown whose last
// flush was the first of them); what the next start finds must still
// lead to the article indexed once, from the copy.
func TestCopyAcrossCrash(t *testing.T) {
	x := article("خبر قبل الانهيار", "نص عن مدينة إدلب تكرر في ملفين قبل توقف العملية.")
	tests := []struct {
		name  string
		lost  bool                           // the record that the copy is a copy is lost
		down  func(t *testing.T, dir string) // while no process runs
		after func(c *copyWorld)
	}{
		// The original's deletion is committed, and the process ends
		// before the copy is read again: nothing else remembers that it
		// has to be.
		{"after the original's deletion", false, nil, func(c *copyWorld) {}},
		// The same, and the copy's file is touched meanwhile (same
		// content, new mtime): the start reads its hash, not its text.
		{"after the original's deletion, the copy touched", false, func(t *testing.T, dir string) {
			later := time.Now().Add(time.Hour)
			if err := os.Chtimes(filepath.Join(dir, "copy.txt"), later, later); err != nil {
				t.Fatal(err)
			}
		}, func(c *copyWorld) {}},
		// The copy's document is dropped as a duplicate and its manifest
		// says indexed; the record that it is a copy never lands. Its
		// original is deleted after the restart.
		{"before the copy is recorded as one", true, nil, func(c *copyWorld) { c.remove("orig.txt") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			data := filepath.Join(t.TempDir(), "data")
			ix, err := index.Open(data)
			if err != nil {
				t.Fatal(err)
			}
			// The first life, step by step as the watcher takes them.
			var st Store = ix
			if tc.lost {
				st = lostRecordStore{ix}
			}
			g, err := NewIngester(st, dir, Options{Logger: testLogger(t)})
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			step := func(rels ...string) {
				t.Helper()
				if _, err := g.IngestFiles(ctx, rels, nil); err != nil {
					t.Fatal(err)
				}
				if err := g.Flush(); err != nil {
					t.Fatal(err)
				}
			}
			writeFile(t, dir, "orig.txt", x)
			step("orig.txt")
			writeFile(t, dir, "copy.txt", x)
			step("copy.txt")
			want := stateDuplicate
			if tc.lost {
				want = stateIndexed
			}
			if e, _ := loadManifest(ix, g.Root(), "copy.txt"); e == nil || e.State != want {
				t.Fatalf("copy.txt: manifest %+v, want %s", e, want)
			}
			if _, err := ix.Get("copy"); !errors.Is(err, index.ErrNotFound) {
				t.Fatalf("copy indexed before the hand-over: %v", err)
			}
			if !tc.lost {
				os.Remove(filepath.Join(dir, "orig.txt"))
				step("orig.txt") // committed; the process ends before takeRequeue
			}
			ix.Close()
			if tc.down != nil {
				tc.down(t, dir)
			}

			c := &copyWorld{t: t, dir: dir, data: data}
			c.start()
			t.Cleanup(func() {
				if c.stop != nil {
					c.stop()
				}
			})
			tc.after(c)
			c.check(map[string][]byte{"copy.txt": x})
		})
	}
}

// TestCopyCommitInFlight: the copy's batch is still being committed (by
// the large-file lane, or held back by a full disk) when the watcher
// stages the original's deletion and asks which copies to read again. The
// copy is not recorded yet at that moment; it must still be read again
// once it is.
func TestCopyCommitInFlight(t *testing.T) {
	x := article("خبر في دفعة معلقة", "نص عن مدينة حمص تكرر في ملفين أثناء الكتابة.")
	dir := t.TempDir()
	ix := openIndex(t)
	st := &gateStore{Index: ix}
	g, err := NewIngester(st, dir, Options{Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	writeFile(t, dir, "orig.txt", x)
	if _, err := g.IngestFiles(ctx, []string{"orig.txt"}, nil); err != nil {
		t.Fatal(err)
	}
	if err := g.Flush(); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "copy.txt", x)
	if _, err := g.IngestFiles(ctx, []string{"copy.txt"}, nil); err != nil {
		t.Fatal(err)
	}
	st.holdNext("copy")
	flushed := make(chan error, 1)
	go func() { flushed <- g.Flush() }()
	st.waitHeld(t)
	// The watcher's step meanwhile: the deletion is read and staged, the
	// open batch is not due yet, and the copies to read again are taken.
	os.Remove(filepath.Join(dir, "orig.txt"))
	if _, err := g.IngestFiles(ctx, []string{"orig.txt"}, nil); err != nil {
		t.Fatal(err)
	}
	again := g.takeRequeue()
	st.release()
	if err := <-flushed; err != nil {
		t.Fatal(err)
	}
	if e, _ := loadManifest(ix, g.Root(), "copy.txt"); e == nil || e.State != stateDuplicate {
		t.Fatalf("copy.txt: manifest %+v, want a copy of orig", e)
	}
	// The next steps.
	for range 2 {
		if err := g.Flush(); err != nil {
			t.Fatal(err)
		}
		again = append(again, g.takeRequeue()...)
		if _, err := g.IngestFiles(ctx, again, nil); err != nil {
			t.Fatal(err)
		}
		again = nil
	}
	if err := g.Flush(); err != nil {
		t.Fatal(err)
	}
	d, err := ix.Get("copy")
	if err != nil {
		if errors.Is(err, index.ErrNotFound) {
			t.Fatal("the article is lost: copy.txt is recorded as a copy of a deleted document and was not read again")
		}
		t.Fatal(err)
	}
	if d.Path != "copy.txt" {
		t.Fatalf("copy indexed from %q", d.Path)
	}
	if _, err := ix.Get("orig"); !errors.Is(err, index.ErrNotFound) {
		t.Fatalf("orig still indexed: %v", err)
	}
}
