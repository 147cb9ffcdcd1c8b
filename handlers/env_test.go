package handlers

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rasid-project/rasid/index"
	"github.com/rasid-project/rasid/watch"
)

// testEnv is a real server over a real index built from the seeds in
// examples/ and the fixtures in testdata/handlers.
type testEnv struct {
	ix  *index.Index
	srv *Server
	ts  *httptest.Server
}

type envOption func(*Config)

func withToken(tok string) envOption   { return func(c *Config) { c.Token = tok } }
func withCORS(origin string) envOption { return func(c *Config) { c.CORSOrigin = origin } }
func withWatcher(w StatusSource) envOption {
	return func(c *Config) { c.Watcher = w }
}
func withMaxBody(n int64) envOption { return func(c *Config) { c.MaxBodyBytes = n } }

func newEnv(t testing.TB, opts ...envOption) *testEnv {
	t.Helper()
	ix, err := index.Open(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	docs := seedDocuments(t)
	b := ix.NewBatch()
	for _, d := range docs {
		b.Upsert(d)
	}
	if _, err := ix.Apply(b); err != nil {
		t.Fatal(err)
	}
	cfg := Config{Index: ix, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for _, o := range opts {
		o(&cfg)
	}
	srv := New(cfg)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return &testEnv{ix: ix, srv: srv, ts: ts}
}

// seedDocuments reads the two seed articles (title on the first line) and
// the JSON-lines fixtures through the same decoder POST /api/documents uses.
func seedDocuments(t testing.TB) []index.Document {
	t.Helper()
	root := filepath.Join("..")
	paths, err := filepath.Glob(filepath.Join(root, "examples", "*.txt"))
	if err != nil || len(paths) < 2 {
		t.Fatalf("seeds: %v (%d files)", err, len(paths))
	}
	var docs []index.Document
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		title, body, _ := strings.Cut(strings.TrimSpace(string(raw)), "\n")
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		docs = append(docs, index.Document{ID: id, Title: strings.TrimSpace(title), Body: strings.TrimSpace(body), Path: p})
	}
	raw, err := os.ReadFile(filepath.Join(root, "testdata", "handlers", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	fx, failed, apiErr := decodeArticles(raw, time.Now())
	if apiErr != nil || len(failed) > 0 {
		t.Fatalf("fixtures: %v %v", apiErr, failed)
	}
	return append(docs, fx...)
}

// do sends a request and returns the status and body.
func (e *testEnv) do(t testing.TB, method, path string, body io.Reader, hdr map[string]string) (int, []byte, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, e.ts.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := e.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b, resp.Header
}

func (e *testEnv) get(t testing.TB, path string) (int, []byte) {
	t.Helper()
	st, b, _ := e.do(t, http.MethodGet, path, nil, nil)
	return st, b
}

// search runs GET /api/search and decodes the answer, failing on non-200.
func (e *testEnv) search(t testing.TB, query string) *index.Result {
	t.Helper()
	st, b := e.get(t, "/api/search?"+query)
	if st != http.StatusOK {
		t.Fatalf("search %s: %d %s", query, st, b)
	}
	var r index.Result
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("search %s: %v", query, err)
	}
	return &r
}

// fakeWatcher stands in for a watcher whose state a test sets.
type fakeWatcher struct {
	mu sync.Mutex
	st watch.Status
}

func (f *fakeWatcher) Status() watch.Status {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.st
}

func (f *fakeWatcher) set(st watch.Status) {
	f.mu.Lock()
	f.st = st
	f.mu.Unlock()
}
