package handlers

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/rasid-project/rasid/index"
	"github.com/rasid-project/rasid/watch"
)

// panicSearcher panics on its first n searches, then searches the index.
type panicSearcher struct {
	ix *index.Index
	n  atomic.Int32
}

func (p *panicSearcher) Search(ctx context.Context, r index.Request) (*index.Result, error) {
	if p.n.Add(-1) >= 0 {
		var m map[string]int
		m["segment"]++ // the nil-map panic bleve's zapx raised on a full disk
	}
	return p.ix.Search(ctx, r)
}

// TestSearchPanicAnswers500: a panic inside a search answers 500 in the
// error shape, is logged with its stack, and the next searches work.
func TestSearchPanicAnswers500(t *testing.T) {
	e := newEnv(t)
	var logs bytes.Buffer
	e.srv.log = slog.New(slog.NewTextHandler(&logs, nil))
	ps := &panicSearcher{ix: e.ix}
	ps.n.Store(3)
	e.srv.searcher = ps
	for range 3 {
		st, body := e.get(t, "/api/search?q=البوكمال")
		wantError(t, "search that panics", st, body, 500, codeInternal)
	}
	st, body := e.get(t, "/api/search?q=البوكمال")
	var res index.Result
	if st != 200 || json.Unmarshal(body, &res) != nil || res.Total == 0 {
		t.Errorf("search after the panics: %d %.200s", st, body)
	}
	if !strings.Contains(logs.String(), "assignment to entry in nil map") || !strings.Contains(logs.String(), "goroutine") {
		t.Errorf("the panic and its stack are not logged: %.300s", logs.String())
	}
}

// TestReadyzDegraded: with ingestion paused the server stays ready for
// searches (200) and says why; the disk figures are in /metrics; a 503
// while starting is logged at INFO, not ERROR.
func TestReadyzDegraded(t *testing.T) {
	w := &fakeWatcher{}
	reason := "ingestion paused for disk space: 1.0 MiB free on /data, below the pause mark of 10.0 MiB; resumes above 20.0 MiB"
	w.set(watch.Status{Watching: true, Dir: "/articles", Pending: 7, Retrying: 2, Degraded: reason,
		LastError: reason, Panics: 1,
		Disk: watch.Disk{Path: "/data", Free: 1 << 20, Total: 1 << 30, Pause: 10 << 20, Resume: 20 << 20, Paused: true}})
	e := newEnv(t, withWatcher(w))
	st, body := e.get(t, "/readyz")
	var r Readiness
	if st != 200 || json.Unmarshal(body, &r) != nil || r.Status != "degraded" || r.Reason != reason || r.Pending != 7 || r.Retrying != 2 {
		t.Errorf("readyz while paused: %d %s", st, body)
	}
	if res := e.search(t, "q=البوكمال"); res.Total == 0 {
		t.Error("search while degraded found nothing")
	}
	_, body = e.get(t, "/metrics")
	for _, want := range []string{
		"rasid_disk_free_bytes 1.048576e+06",
		"rasid_disk_total_bytes 1.073741824e+09",
		"rasid_disk_pause_bytes 1.048576e+07",
		"rasid_disk_resume_bytes 2.097152e+07",
		"rasid_ingest_paused 1",
		"rasid_ingest_degraded 1",
		"rasid_ingest_retrying_files 2",
		"rasid_ingest_panics_total 1",
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}

	var logs bytes.Buffer
	e.srv.log = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	w.set(watch.Status{Watching: false})
	if st, _ := e.get(t, "/readyz"); st != 503 {
		t.Fatalf("readyz while starting: %d", st)
	}
	if !strings.Contains(logs.String(), "level=INFO") || strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("a start-up 503 logged as: %s", logs.String())
	}
}

// TestPostUnderDiskPressure: below the disk's pause mark a POST writes
// nothing and answers 503 disk_full with the reason and a Retry-After;
// once space is back the same request is indexed. The free space is
// faked as in the watcher's disk tests (watch.Options.DiskSpace), through
// the same guard.
func TestPostUnderDiskPressure(t *testing.T) {
	var free atomic.Uint64
	free.Store(1 << 20)
	space := func(string) (uint64, uint64, error) { return free.Load(), 1 << 30, nil }
	withDisk := func(c *Config) { c.Disk = watch.NewDiskGuard(c.Index.Dir(), space, 10<<20).Check }
	e := newEnv(t, withToken("s3cret"), withDisk)
	auth := map[string]string{"Authorization": "Bearer s3cret", "Content-Type": "application/json"}
	before, _ := e.ix.Count()
	one := `{"id":"disk-1","title":"قصف على مدينة الباب","body":"تعرضت مدينة الباب بريف حلب لقصف مدفعي صباح اليوم."}`

	st, body, hdr := e.do(t, http.MethodPost, "/api/documents", strings.NewReader(one), auth)
	wantError(t, "POST on a full disk", st, body, http.StatusServiceUnavailable, codeDiskFull)
	if hdr.Get("Retry-After") == "" {
		t.Errorf("no Retry-After on the 503: %v", hdr)
	}
	if !strings.Contains(string(body), "1.0 MiB free") || !strings.Contains(string(body), "pause mark of 10.0 MiB") {
		t.Errorf("the 503 does not say why: %s", body)
	}
	if n, _ := e.ix.Count(); n != before {
		t.Errorf("a refused POST wrote: %d documents, had %d", n, before)
	}
	// Above the pause mark but below the resume mark it stays paused, as
	// the watcher does: the marks do not flap.
	free.Store(15 << 20)
	st, body, _ = e.do(t, http.MethodPost, "/api/documents", strings.NewReader(one), auth)
	wantError(t, "POST between the marks", st, body, http.StatusServiceUnavailable, codeDiskFull)

	free.Store(100 << 20)
	st, body, _ = e.do(t, http.MethodPost, "/api/documents", strings.NewReader(one), auth)
	if st != http.StatusCreated {
		t.Fatalf("POST after space returned: %d %s", st, body)
	}
	if n, _ := e.ix.Count(); n != before+1 {
		t.Errorf("after space returned: %d documents, want %d", n, before+1)
	}
}

// poisonWriter is the index behind a hook: a batch that upserts the
// poison id panics, as one the extraction or bleve cannot take would.
type poisonWriter struct {
	*index.Index
	poison  string
	reopens atomic.Int32
}

func (p *poisonWriter) Apply(b *index.Batch) (index.ApplyResult, error) {
	for _, o := range b.Ops() {
		if o.Upsert && o.Key == p.poison {
			var m map[string]int
			m["x"] = 1 // the shape of zapx's "assignment to entry in nil map"
		}
	}
	return p.Index.Apply(b)
}

func (p *poisonWriter) Reopen() error {
	p.reopens.Add(1)
	return p.Index.Reopen()
}

// TestPostPanicFailsTheRequest: a POST whose batch panics fails with 500
// in the error shape, the index is reopened, nothing of the request is
// written, and the next requests (a write, a search) work.
func TestPostPanicFailsTheRequest(t *testing.T) {
	e := newEnv(t, withToken("s3cret"))
	var logs bytes.Buffer
	e.srv.log = slog.New(slog.NewTextHandler(&logs, nil))
	pw := &poisonWriter{Index: e.ix, poison: "poison-1"}
	e.srv.writer = pw
	auth := map[string]string{"Authorization": "Bearer s3cret", "Content-Type": "application/json"}
	before, _ := e.ix.Count()
	bad := `{"id":"poison-1","title":"قصف على الرقة","body":"تعرضت مدينة الرقة لقصف جوي."}
{"id":"good-1","title":"اشتباكات في ريف حماة","body":"اندلعت اشتباكات عنيفة في ريف حماة الشمالي."}`
	st, body, _ := e.do(t, http.MethodPost, "/api/documents", strings.NewReader(bad), auth)
	wantError(t, "POST that panics", st, body, http.StatusInternalServerError, codeInternal)
	if n, _ := e.ix.Count(); n != before {
		t.Errorf("a failed POST wrote: %d documents, had %d", n, before)
	}
	if pw.reopens.Load() != 1 || !strings.Contains(logs.String(), "assignment to entry in nil map") {
		t.Errorf("reopens %d, log %.300s", pw.reopens.Load(), logs.String())
	}
	good := `{"id":"good-1","title":"اشتباكات في ريف حماة","body":"اندلعت اشتباكات عنيفة في ريف حماة الشمالي."}`
	st, body, _ = e.do(t, http.MethodPost, "/api/documents", strings.NewReader(good), auth)
	if st != http.StatusCreated {
		t.Fatalf("POST after the panic: %d %s", st, body)
	}
	if res := e.search(t, "q=البوكمال"); res.Total == 0 {
		t.Error("search after the panic found nothing")
	}
}
