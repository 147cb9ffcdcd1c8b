package handlers

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/index"
	"github.com/rasid-project/rasid/watch"
)

// wantError checks that a response is status with the one error shape.
func wantError(t *testing.T, what string, gotStatus int, body []byte, status int, code string) {
	t.Helper()
	var e ErrorBody
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
		t.Errorf("%s: body is not the error shape: %s (%v)", what, body, err)
		return
	}
	if gotStatus != status || (code != "" && e.Error.Code != code) {
		t.Errorf("%s: %d %s, want %d %s (%s)", what, gotStatus, e.Error.Code, status, code, e.Error.Message)
	}
}

func TestSearchErrors(t *testing.T) {
	e := newEnv(t)
	long := strings.Repeat("ب", 2100) // 4200 bytes
	cases := []struct {
		query  string
		status int
		code   string
	}{
		{"towns=C5167", 400, codeUnknownParameter},
		{"q=a&q=b", 400, codeBadParameter},
		{"q=" + url.QueryEscape(long), 400, codeQueryTooLong},
		{"q=%zz", 400, codeBadParameter},
		{"q=%ff%fe", 400, codeBadParameter},
		{"from=2018-13-01", 400, codeBadDate},
		{"from=yesterday", 400, codeBadDate},
		{"to=2018-02-30", 400, codeBadDate},
		{"from=2018-05-01&to=2018-01-01", 400, codeBadRange},
		{"killed_min=-1", 400, codeBadParameter},
		{"killed_max=ten", 400, codeBadParameter},
		{"killed_min=10&killed_max=5", 400, codeBadRange},
		{"sort=popular", 400, codeBadSort},
		{"size=101", 400, codeBadPage},
		{"size=0", 200, ""}, // counts only
		{"size=-5", 400, codeBadPage},
		{"page=0", 400, codeBadPage},
		{"page=1001&size=10", 200, ""}, // offset 10000 is the last allowed
		{"page=1002&size=10", 400, codeBadPage},
		{"page=99999999999999999999", 400, codeBadPage},
		{"facet_size=1001", 400, codeBadParameter},
		{"histogram=maybe", 400, codeBadParameter},
		{"town=" + url.QueryEscape("a\x00b"), 400, codeBadParameter},
		{"actor=" + strings.Repeat("x", 300), 400, codeBadParameter},
		{strings.Repeat("town=C1&", 70), 400, codeBadParameter},
		{"q=" + strings.Repeat("a", MaxRawQueryBytes), 414, codeQueryTooLong},
	}
	for _, c := range cases {
		st, body := e.get(t, "/api/search?"+c.query)
		if c.status == 200 {
			if st != 200 {
				t.Errorf("%s: %d %s", c.query, st, body)
			}
			continue
		}
		wantError(t, clip(c.query), st, body, c.status, c.code)
	}
	// Syntax the query parser might choke on is still never a 5xx.
	for _, q := range []string{`"`, `"غارات`, `-`, `--داعش`, `+`, `((`, `*`, `?`, `title:x`, `\`, `"" -""`, `~~`, `^2`, `[a TO b]`} {
		st, body := e.get(t, "/api/search?q="+url.QueryEscape(q))
		if st >= 500 {
			t.Errorf("q=%s: %d %s", q, st, body)
		}
		if st != 200 {
			wantError(t, "q="+q, st, body, 400, "")
		}
	}
}

func TestRoutingErrors(t *testing.T) {
	e := newEnv(t)
	st, body := e.get(t, "/api/nothing")
	wantError(t, "unknown route", st, body, 404, codeNotFound)
	st, body, _ = e.do(t, http.MethodPut, "/api/search", nil, nil)
	wantError(t, "PUT /api/search", st, body, 405, codeMethodNotAllowed)
	st, body = e.get(t, "/api/facets/weapons")
	wantError(t, "unknown facet", st, body, 404, codeUnknownFacet)
	st, body = e.get(t, "/api/facets/towns?limit=0")
	wantError(t, "limit=0", st, body, 400, codeBadParameter)
	st, body = e.get(t, "/api/facets/towns?prefix=a&prefix=b")
	wantError(t, "two prefixes", st, body, 400, codeBadParameter)
	// Search parameters narrow the counts (issue 13); others are refused.
	st, body = e.get(t, "/api/facets/towns?towns=x")
	wantError(t, "unknown facet parameter", st, body, 400, codeUnknownParameter)
}

func TestFacetTypeAhead(t *testing.T) {
	e := newEnv(t)
	for _, path := range []string{
		"/api/facets/towns?prefix=" + url.QueryEscape("البو"),
		"/api/facets/town?prefix=" + url.QueryEscape("البو"),
		"/api/facets/towns?prefix=" + url.QueryEscape("ألبوكمال"), // hamza folds as in the analyzer
		"/api/facets/towns?prefix=abu",
	} {
		st, body := e.get(t, path)
		if st != 200 {
			t.Fatalf("%s: %d %s", path, st, body)
		}
		var fs FacetSuggestions
		if err := json.Unmarshal(body, &fs); err != nil {
			t.Fatal(err)
		}
		if fs.Facet != facets.FacetTowns {
			t.Errorf("%s: facet %q", path, fs.Facet)
		}
		want := "C5167"
		if strings.HasSuffix(path, "abu") {
			want = "" // Latin labels: any town whose English name contains abu
		}
		found := want == "" && len(fs.Values) > 0
		for _, v := range fs.Values {
			if v.ID == want {
				found = v.Count >= 3 && v.AR == "البوكمال"
			}
		}
		if !found {
			t.Errorf("%s: %s missing or miscounted in %+v", path, want, fs.Values)
		}
		if want != "" && fs.Parents["SY09"].AR != "دير الزور" {
			t.Errorf("%s: parents %+v lack the label of SY09", path, fs.Parents)
		}
	}
	st, body := e.get(t, "/api/facets/actors?prefix="+url.QueryEscape("داعش")+"&limit=5")
	var fs FacetSuggestions
	if st != 200 || json.Unmarshal(body, &fs) != nil {
		t.Fatalf("actors: %d %s", st, body)
	}
	if !slices.ContainsFunc(fs.Values, func(v index.FacetValue) bool { return v.ID == "isis" }) {
		t.Errorf("actors?prefix=داعش: %+v", fs.Values)
	}
}

func TestGetDocument(t *testing.T) {
	e := newEnv(t)
	st, body := e.get(t, "/api/documents/000_29e69d567a082153")
	if st != 200 {
		t.Fatalf("%d %s", st, body)
	}
	var d struct {
		ID     string                    `json:"id"`
		Title  string                    `json:"title"`
		Body   string                    `json:"body"`
		Facets facets.Facets             `json:"facets"`
		Labels map[string][]facets.Label `json:"labels"`
	}
	if err := json.Unmarshal(body, &d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Title, "البوكمال") || len(d.Body) < 500 {
		t.Errorf("seed 000: title %q, body %d bytes", d.Title, len(d.Body))
	}
	if !slices.Contains(d.Facets.Towns, "C5167") {
		t.Errorf("seed 000 towns: %v", d.Facets.Towns)
	}
	if !slices.ContainsFunc(d.Labels["towns"], func(l facets.Label) bool {
		return l.ID == "C5167" && l.AR == "البوكمال" && l.Parent == "SY09"
	}) {
		t.Errorf("seed 000 town labels: %+v", d.Labels["towns"])
	}
	for _, id := range []string{"no-such-doc", "a..b", ".hidden", "a%20b", "%D8%A8"} {
		st, body = e.get(t, "/api/documents/"+id)
		wantError(t, "unknown id "+id, st, body, 404, codeNotFound)
	}
	for _, id := range []string{"..", ".", "a%5Cb", "%5C..%5Cgo.mod", strings.Repeat("a", index.MaxIDBytes+1), "a%00", "a%1Fb", "%FF%FE"} {
		st, body := e.get(t, "/api/documents/"+id)
		wantError(t, "id "+clip(id), st, body, 400, codeBadID)
	}
	// A path with a slash never reaches the handler as an id.
	for _, p := range []string{"a/../../healthz", "%2e%2e%2fetc", "..%2f..%2fgo.mod"} {
		st, body = e.get(t, "/api/documents/"+p)
		if st != 404 && st != 400 {
			t.Errorf("path trick %s: %d %s", p, st, body)
		}
	}
}

func TestWritesNeedToken(t *testing.T) {
	off := newEnv(t)
	st, body, _ := off.do(t, http.MethodPost, "/api/documents", strings.NewReader(`{"title":"x"}`), nil)
	wantError(t, "POST without server token", st, body, 403, codeWritesDisabled)
	st, body, _ = off.do(t, http.MethodDelete, "/api/documents/fx-raqqa-sdf", nil, nil)
	wantError(t, "DELETE without server token", st, body, 403, codeWritesDisabled)

	e := newEnv(t, withToken("s3cret"))
	for _, h := range []map[string]string{nil, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret"}, {"Authorization": "Basic s3cret"}} {
		st, body, hdr := e.do(t, http.MethodPost, "/api/documents", strings.NewReader(`{"title":"x"}`), h)
		wantError(t, "POST with "+h["Authorization"], st, body, 401, codeUnauthorized)
		if hdr.Get("WWW-Authenticate") == "" {
			t.Errorf("401 without WWW-Authenticate")
		}
	}
	if _, err := e.ix.Get("fx-raqqa-sdf"); err != nil {
		t.Fatalf("refused writes changed the index: %v", err)
	}
}

func TestPostAndDeleteDocuments(t *testing.T) {
	e := newEnv(t, withToken("s3cret"), withMaxBody(64<<10))
	auth := map[string]string{"Authorization": "Bearer s3cret", "Content-Type": "application/json"}
	before, _ := e.ix.Count()

	one := `{"id":"up-1","title":"انفجار سيارة مفخخة في مدينة الباب بريف حلب","body":"انفجرت سيارة مفخخة في مدينة الباب بريف حلب الشرقي صباح اليوم، ما أدى إلى مقتل خمسة مدنيين.","date":"Tue, 13 Feb 2018 10:22:00 +0400","source":"upload","url":"https://example.org/up-1"}`
	st, body, _ := e.do(t, http.MethodPost, "/api/documents", strings.NewReader(one), auth)
	var up UploadResult
	if st != 201 || json.Unmarshal(body, &up) != nil || !slices.Equal(up.Indexed, []string{"up-1"}) {
		t.Fatalf("POST one: %d %s", st, body)
	}
	if r := e.search(t, "q="+url.QueryEscape("مفخخة")); r.Total == 0 || r.Hits[0].ID != "up-1" {
		t.Errorf("uploaded article not searchable: %+v", r.Hits)
	}
	st, body = e.get(t, "/api/documents/up-1")
	var got struct{ Published time.Time }
	if st != 200 || json.Unmarshal(body, &got) != nil || !got.Published.Equal(time.Date(2018, 2, 13, 6, 22, 0, 0, time.UTC)) {
		t.Errorf("GET up-1: %d %s", st, body)
	}

	// JSON lines: two good records (one without id, content instead of
	// body), one bad; the bad one is reported, the rest indexed.
	lines := `{"title":"اشتباكات في ريف حماة","content":"اندلعت اشتباكات عنيفة في ريف حماة الشمالي.","date":"2018-04-01"}
{"title": 5}
{"id":"up-3","title":"قصف على درعا","text":"تعرضت مدينة درعا لقصف مدفعي.","published":"2018-04-02T08:00:00Z"}
`
	st, body, _ = e.do(t, http.MethodPost, "/api/documents", strings.NewReader(lines), auth)
	if st != 201 || json.Unmarshal(body, &up) != nil || len(up.Indexed) != 2 || len(up.Failed) != 1 || up.Failed[0].Record != 2 {
		t.Fatalf("POST lines: %d %s", st, body)
	}
	after, _ := e.ix.Count()
	if after != before+3 {
		t.Errorf("count %d → %d, want +3", before, after)
	}

	// The same article again under another id is a duplicate.
	dup := strings.Replace(one, `"up-1"`, `"up-1-copy"`, 1)
	st, body, _ = e.do(t, http.MethodPost, "/api/documents", strings.NewReader(dup), auth)
	if st != 200 || json.Unmarshal(body, &up) != nil || len(up.Duplicates) != 1 || up.Duplicates[0].Of != "up-1" {
		t.Errorf("POST duplicate: %d %s", st, body)
	}

	for _, c := range []struct{ name, body string }{
		{"empty", ""},
		{"not JSON", "title: x"},
		{"bad array", `[{"title":"x"}`},
		{"no title or body", `{"id":"x"}`},
		{"bad id", `{"id":"../../etc","title":"x"}`},
		{"bad date", `{"title":"x","date":"yesterday"}`},
		{"latin-1", "{\"title\":\"\xe9\"}"},
	} {
		st, body, _ := e.do(t, http.MethodPost, "/api/documents", strings.NewReader(c.body), auth)
		wantError(t, c.name, st, body, 400, codeBadBody)
	}
	big := `{"title":"x","body":"` + strings.Repeat("ا", 40<<10) + `"}`
	st, body, _ = e.do(t, http.MethodPost, "/api/documents", strings.NewReader(big), auth)
	wantError(t, "too large", st, body, 413, codeBodyTooLarge)

	st, body, _ = e.do(t, http.MethodDelete, "/api/documents/up-1", nil, auth)
	if st != 204 {
		t.Fatalf("DELETE: %d %s", st, body)
	}
	st, body = e.get(t, "/api/documents/up-1")
	wantError(t, "deleted document", st, body, 404, codeNotFound)
	st, body, _ = e.do(t, http.MethodDelete, "/api/documents/up-1", nil, auth)
	wantError(t, "DELETE again", st, body, 404, codeNotFound)
	st, body, _ = e.do(t, http.MethodDelete, "/api/documents/..", nil, auth)
	wantError(t, "DELETE ..", st, body, 400, codeBadID)
}

func TestHealthAndReadiness(t *testing.T) {
	e := newEnv(t)
	if st, body := e.get(t, "/healthz"); st != 200 || !strings.Contains(string(body), `"ok"`) {
		t.Errorf("healthz: %d %s", st, body)
	}
	var r Readiness
	st, body := e.get(t, "/readyz")
	if st != 200 || json.Unmarshal(body, &r) != nil || r.Status != "ready" || r.Watching || r.LastError != nil {
		t.Errorf("readyz without watcher: %d %s", st, body)
	}
	if n, _ := e.ix.Count(); r.Documents != n {
		t.Errorf("readyz documents %d, index %d", r.Documents, n)
	}
	e.srv.SetStopping()
	if st, body := e.get(t, "/readyz"); st != 503 || !strings.Contains(string(body), `"stopping"`) {
		t.Errorf("readyz while stopping: %d %s", st, body)
	}

	// While the archive's counts are being made the server is starting;
	// searches still answer.
	var warming atomic.Bool
	warming.Store(true)
	e = newEnv(t, func(c *Config) { c.Warming = warming.Load })
	if st, body := e.get(t, "/readyz"); st != 503 || !strings.Contains(string(body), `"starting"`) || !strings.Contains(string(body), "counting") {
		t.Errorf("readyz while counting the archive: %d %s", st, body)
	}
	if st, body := e.get(t, "/api/search?q=البوكمال"); st != 200 {
		t.Errorf("search while counting the archive: %d %s", st, body)
	}
	warming.Store(false)
	if st, body := e.get(t, "/readyz"); st != 200 || !strings.Contains(string(body), `"ready"`) {
		t.Errorf("readyz once the archive is counted: %d %s", st, body)
	}

	w := &fakeWatcher{}
	w.set(watch.Status{Watching: false, Dir: "/articles", Pending: 3})
	e = newEnv(t, withWatcher(w))
	if st, body := e.get(t, "/readyz"); st != 503 || !strings.Contains(string(body), `"starting"`) {
		t.Errorf("readyz before the watcher runs: %d %s", st, body)
	}
	last := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	w.set(watch.Status{Watching: true, Dir: "/articles", Quarantined: 2, LastIngest: last, LastError: "bad.json: malformed"})
	st, body = e.get(t, "/readyz")
	r = Readiness{}
	if st != 200 || json.Unmarshal(body, &r) != nil || !r.Watching || r.Quarantined != 2 ||
		r.LastIngest == nil || !r.LastIngest.Equal(last) || r.LastError == nil || r.WatchDir != "/articles" {
		t.Errorf("readyz while watching: %d %s", st, body)
	}
	e.srv.SetWatchError(errors.New("fsnotify: too many open files"))
	if st, body := e.get(t, "/readyz"); st != 503 || !strings.Contains(string(body), "too many open files") {
		t.Errorf("readyz after the watcher failed: %d %s", st, body)
	}
}

func TestMetrics(t *testing.T) {
	w := &fakeWatcher{}
	w.set(watch.Status{Watching: true, Lag: 1500 * time.Millisecond, Pending: 4})
	e := newEnv(t, withWatcher(w))
	e.search(t, "q=x")
	e.get(t, "/api/search?size=1000")
	st, body := e.get(t, "/metrics")
	text := string(body)
	n, _ := e.ix.Count()
	for _, want := range []string{
		`rasid_http_request_duration_seconds_bucket{code="200",method="GET",route="/api/search",le=`,
		`rasid_http_request_duration_seconds_count{code="400",method="GET",route="/api/search"} 1`,
		"rasid_index_documents " + strings.TrimSpace(jsonNum(n)),
		"rasid_index_size_bytes ",
		"rasid_ingest_lag_seconds 1.5",
		"rasid_ingest_pending_files 4",
		"go_goroutines ",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if st != 200 {
		t.Errorf("metrics: %d", st)
	}
	if strings.Contains(text, "rasid_index_size_bytes 0\n") {
		t.Errorf("index size reported as 0")
	}
}

func jsonNum(n uint64) string { b, _ := json.Marshal(n); return string(b) }

func TestCORS(t *testing.T) {
	e := newEnv(t)
	_, _, hdr := e.do(t, http.MethodGet, "/api/search", nil, map[string]string{"Origin": "https://evil.example"})
	if hdr.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS header sent without --cors")
	}
	st, _, _ := e.do(t, http.MethodOptions, "/api/search", nil, map[string]string{"Origin": "https://evil.example"})
	if st < 400 {
		t.Errorf("pre-flight answered %d without --cors", st)
	}
	e = newEnv(t, withCORS("https://news.example"))
	_, _, hdr = e.do(t, http.MethodGet, "/api/search", nil, map[string]string{"Origin": "https://news.example"})
	if hdr.Get("Access-Control-Allow-Origin") != "https://news.example" {
		t.Errorf("allowed origin got %q", hdr.Get("Access-Control-Allow-Origin"))
	}
	_, _, hdr = e.do(t, http.MethodGet, "/api/search", nil, map[string]string{"Origin": "https://evil.example"})
	if hdr.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("other origin allowed")
	}
	st, _, hdr = e.do(t, http.MethodOptions, "/api/documents", nil, map[string]string{"Origin": "https://news.example", "Access-Control-Request-Method": "POST"})
	if st != 204 || !strings.Contains(hdr.Get("Access-Control-Allow-Headers"), "Authorization") {
		t.Errorf("pre-flight: %d %v", st, hdr)
	}
}

func TestWebPageAndAssets(t *testing.T) {
	e := newEnv(t)
	st, body, hdr := e.do(t, http.MethodGet, "/", nil, nil)
	page := string(body)
	if st != 200 || !strings.Contains(page, `dir="rtl"`) || !strings.Contains(page, `lang="ar"`) || !strings.Contains(hdr.Get("Content-Type"), "text/html") {
		t.Fatalf("/: %d %s", st, hdr)
	}
	if !strings.Contains(hdr.Get("Content-Security-Policy"), "default-src 'self'") {
		t.Errorf("page without CSP")
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") {
		t.Errorf("page loads something from outside the binary")
	}
	for path, ctype := range map[string]string{
		"/static/app.js":                           "javascript",
		"/static/style.css":                        "text/css",
		"/static/fonts/NotoSansArabic-Regular.ttf": "font",
		"/static/fonts/OFL.txt":                    "text/plain",
	} {
		st, body, hdr := e.do(t, http.MethodGet, path, nil, nil)
		if st != 200 || len(body) == 0 || !strings.Contains(hdr.Get("Content-Type"), ctype) {
			t.Errorf("%s: %d %q (%d bytes)", path, st, hdr.Get("Content-Type"), len(body))
		}
	}
	for _, path := range []string{"/static/", "/static/fonts/", "/static/../go.mod", "/static/%2e%2e/openapi.json", "/static/nothing.js"} {
		if st, body := e.get(t, path); st != 404 {
			t.Errorf("%s: %d %.80s", path, st, body)
		}
	}
}

func TestPanicIsRecovered(t *testing.T) {
	e := newEnv(t)
	e.srv.engine.GET("/boom", func(*gin.Context) { panic("boom") })
	st, body := e.get(t, "/boom")
	wantError(t, "panic", st, body, 500, codeInternal)
	if st, _ := e.get(t, "/healthz"); st != 200 {
		t.Errorf("server dead after a panic: %d", st)
	}
}
