package handlers

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rasid-project/rasid/index"
	"github.com/rasid-project/rasid/watch"
)

// exportCases are searches whose export must list exactly what the search
// pages list.
var exportCases = []string{
	"",
	"q=" + url.QueryEscape("البوكمال"),
	"q=" + url.QueryEscape("البوكمال") + "&sort=date",
	"q=" + url.QueryEscape("غارات") + "&town=C5167&town=C4375",
	"actor=isis",
	"from=2017-01-01&to=2017-12-31&killed_min=1",
	"q=" + url.QueryEscape("لاشيءيطابقهذا"),
	// Paging parameters of the search are accepted and do not cut the export.
	"size=1&page=2&facet_size=3&histogram=false",
}

// searchIDs pages through /api/search and returns every id in order.
func searchIDs(t *testing.T, e *testEnv, query string) ([]string, uint64) {
	t.Helper()
	vals, _ := url.ParseQuery(query)
	vals.Del("page")
	vals.Del("size")
	vals.Set("size", "100")
	res := e.search(t, vals.Encode())
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids, res.Total
}

func TestExportCSVMatchesSearch(t *testing.T) {
	e := newEnv(t)
	for _, q := range exportCases {
		t.Run(q, func(t *testing.T) {
			want, total := searchIDs(t, e, q)
			st, body, hdr := e.do(t, http.MethodGet, "/api/export?format=csv&"+q, nil, nil)
			if st != http.StatusOK {
				t.Fatalf("status %d: %s", st, body)
			}
			if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") || !strings.Contains(ct, "utf-8") {
				t.Errorf("content type %q", ct)
			}
			if cd := hdr.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") || !strings.Contains(cd, ".csv") {
				t.Errorf("content disposition %q", cd)
			}
			if !bytes.HasPrefix(body, []byte("\xef\xbb\xbf")) {
				t.Fatalf("no UTF-8 byte-order mark: % x", body[:min(8, len(body))])
			}
			r := csv.NewReader(bytes.NewReader(body[3:]))
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatalf("the export is not RFC 4180 CSV: %v", err)
			}
			if !slices.Equal(rows[0], ExportColumns) {
				t.Fatalf("header %v", rows[0])
			}
			if uint64(len(rows)-1) != total {
				t.Fatalf("%d rows, search total %d", len(rows)-1, total)
			}
			col := map[string]int{}
			for i, c := range rows[0] {
				col[c] = i
			}
			var got []string
			for _, row := range rows[1:] {
				got = append(got, row[col["id"]])
				d, err := e.ix.Get(row[col["id"]])
				if err != nil {
					t.Fatalf("exported id %q: %v", row[col["id"]], err)
				}
				// Arabic comes back byte for byte, commas and quotes included.
				if row[col["title"]] != d.Title {
					t.Errorf("%s: title %q, stored %q", d.ID, row[col["title"]], d.Title)
				}
				if ids := strings.Join(d.Facets.Towns, ";"); row[col["towns"]] != ids {
					t.Errorf("%s: towns %q, stored %q", d.ID, row[col["towns"]], ids)
				}
				if n := len(d.Facets.Towns); n > 0 && len(strings.Split(row[col["towns_ar"]], ";")) != n {
					t.Errorf("%s: towns_ar %q for %d towns", d.ID, row[col["towns_ar"]], n)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("export order differs from the search:\n got %v\nwant %v", got, want)
			}
		})
	}
}

func TestExportJSONLines(t *testing.T) {
	e := newEnv(t)
	q := "q=" + url.QueryEscape("البوكمال")
	want, total := searchIDs(t, e, q)
	st, body, hdr := e.do(t, http.MethodGet, "/api/export?format=jsonl&"+q, nil, nil)
	if st != http.StatusOK || !strings.HasPrefix(hdr.Get("Content-Type"), "application/jsonl") {
		t.Fatalf("status %d, type %q: %s", st, hdr.Get("Content-Type"), body)
	}
	lines := strings.Split(strings.TrimSuffix(string(body), "\n"), "\n")
	if uint64(len(lines)) != total || total == 0 {
		t.Fatalf("%d lines, search total %d", len(lines), total)
	}
	var got []string
	for _, l := range lines {
		var row ExportRow
		dec := json.NewDecoder(strings.NewReader(l))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&row); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		got = append(got, row.ID)
		if slices.Contains(row.Towns, "C5167") {
			i := slices.Index(row.Towns, "C5167")
			if row.TownsAR[i] != "البوكمال (دير الزور)" {
				t.Errorf("%s: C5167 labelled %q, want the town with its governorate", row.ID, row.TownsAR[i])
			}
		}
		if row.Indexed == "" {
			t.Errorf("%s: no indexed time", row.ID)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("order: got %v, want %v", got, want)
	}
}

func TestExportAndFeedErrors(t *testing.T) {
	e := newEnv(t)
	cases := []struct {
		path   string
		status int
		code   string
	}{
		{"/api/export?format=xlsx", 400, codeBadParameter},
		{"/api/export?format=csv&format=jsonl", 400, codeBadParameter},
		{"/api/export?towns=C5167", 400, codeUnknownParameter},
		{"/api/export?from=2018-13-45", 400, codeBadDate},
		{"/api/export?killed_min=9&killed_max=1", 400, codeBadRange},
		{"/api/feed?format=csv", 400, codeUnknownParameter},
		{"/api/feed?size=1000", 400, codeBadPage},
		{"/api/feed?sort=random", 400, codeBadSort},
		{"/api/feed?q=" + strings.Repeat("a", MaxRawQueryBytes), 414, codeQueryTooLong},
	}
	for _, c := range cases {
		st, body := e.get(t, c.path)
		wantError(t, clip(c.path), st, body, c.status, c.code)
	}
}

func TestFeedIsAtom(t *testing.T) {
	e := newEnv(t)
	q := "actor=isis&town=C5167"
	st, body, hdr := e.do(t, http.MethodGet, "/api/feed?"+q, nil, nil)
	if st != http.StatusOK {
		t.Fatalf("status %d: %s", st, body)
	}
	if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/atom+xml") {
		t.Errorf("content type %q", ct)
	}
	feed := decodeFeed(t, body)
	res := e.search(t, q+"&sort=date&size=100")
	snippets := map[string]string{}
	for _, h := range res.Hits {
		snippets[h.Title] = h.Snippet
	}
	if len(feed.Entries) != int(res.Total) || res.Total == 0 {
		t.Fatalf("%d entries, search total %d", len(feed.Entries), res.Total)
	}
	if !strings.Contains(feed.Title, "داعش") || !strings.Contains(feed.Title, "البوكمال") {
		t.Errorf("feed title %q does not name the search", feed.Title)
	}
	var self, alternate bool
	for _, l := range feed.Links {
		self = self || l.Rel == "self" && strings.Contains(l.Href, "/api/feed?")
		alternate = alternate || l.Rel == "alternate" && strings.Contains(l.Href, "actor=isis")
	}
	if !self || !alternate {
		t.Errorf("feed links %+v lack self or the page's alternate", feed.Links)
	}
	prev := time.Time{}
	for i, en := range feed.Entries {
		u, err := time.Parse(time.RFC3339, en.Updated)
		if err != nil {
			t.Errorf("entry %d updated %q: %v", i, en.Updated, err)
		}
		if i > 0 && u.After(prev) {
			t.Errorf("entry %d is newer than the one before it", i)
		}
		prev = u
		if len(en.Links) == 0 || !strings.Contains(en.Links[0].Href, "doc=") || !strings.Contains(en.Links[0].Href, "town=C5167") {
			t.Errorf("entry %d link %+v does not open the article on the page", i, en.Links)
		}
		if en.Summary.Type != "html" || en.Summary.Body == "" || en.Summary.Body != snippets[en.Title] {
			t.Errorf("entry %d summary %+v", i, en.Summary)
		}
		var town bool
		for _, c := range en.Categories {
			town = town || c.Term == "C5167" && c.Label == "البوكمال (دير الزور)"
		}
		if !town {
			t.Errorf("entry %d categories %+v lack البوكمال", i, en.Categories)
		}
	}
	// A reader that has this version gets a 304 without a body.
	if etag := hdr.Get("ETag"); etag == "" {
		t.Error("no ETag")
	} else if st, b, _ := e.do(t, http.MethodGet, "/api/feed?"+q, nil, map[string]string{"If-None-Match": etag}); st != http.StatusNotModified || len(b) != 0 {
		t.Errorf("If-None-Match %s: %d with %d bytes", etag, st, len(b))
	}
	// The round trip keeps every entry.
	again, err := xml.Marshal(feed)
	if err != nil {
		t.Fatal(err)
	}
	if back := decodeFeed(t, again); len(back.Entries) != len(feed.Entries) || back.Entries[0].ID != feed.Entries[0].ID {
		t.Errorf("round trip lost entries")
	}
}

// decodeFeed parses an Atom document strictly: the root must be an Atom
// feed element, and each entry must carry what RFC 4287 requires.
func decodeFeed(t *testing.T, body []byte) AtomFeed {
	t.Helper()
	var feed AtomFeed
	if err := xml.Unmarshal(body, &feed); err != nil {
		t.Fatalf("not XML: %v\n%s", err, body)
	}
	if feed.XMLName.Space != atomNS || feed.XMLName.Local != "feed" {
		t.Fatalf("root element %v is not an Atom feed", feed.XMLName)
	}
	if feed.ID == "" || feed.Title == "" || feed.Updated == "" || feed.Author.Name == "" {
		t.Errorf("feed lacks id, title, updated or author: %+v", feed)
	}
	for i, en := range feed.Entries {
		if en.ID == "" || en.Title == "" || en.Updated == "" {
			t.Errorf("entry %d lacks id, title or updated: %+v", i, en)
		}
	}
	return feed
}

// TestFeedShowsDroppedFile follows a search as a feed reader would while a
// file is dropped into the watched folder: the new article is the feed's
// first entry, although it was published years before the others.
func TestFeedShowsDroppedFile(t *testing.T) {
	e := newEnv(t)
	dir := t.TempDir()
	w, err := watch.New(e.ix, dir, watch.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		<-done
	})

	feedPath := "/api/feed?town=C5167"
	st, body, _ := e.do(t, http.MethodGet, feedPath, nil, nil)
	if st != http.StatusOK {
		t.Fatalf("status %d", st)
	}
	before := decodeFeed(t, body)

	title := "اشتباكات في محيط البوكمال بريف دير الزور الشرقي"
	text := title + "\n\nاندلعت اشتباكات عنيفة في محيط مدينة البوكمال بريف دير الزور الشرقي بين قوات النظام وعناصر تنظيم داعش.\n"
	if err := os.WriteFile(filepath.Join(dir, "dropped.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		st, body, _ = e.do(t, http.MethodGet, feedPath, nil, nil)
		feed := decodeFeed(t, body)
		if st == http.StatusOK && len(feed.Entries) == len(before.Entries)+1 {
			if feed.Entries[0].Title != title {
				t.Fatalf("the dropped article is not the first entry: %q", feed.Entries[0].Title)
			}
			u, _ := time.Parse(time.RFC3339, feed.Updated)
			if time.Since(u) > time.Minute {
				t.Errorf("feed updated %s is not the new article's index time", feed.Updated)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the dropped file never reached the feed (%d entries)", len(feed.Entries))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestExporterCSVQuoting checks RFC 4180 quoting of awkward titles.
func TestExporterCSVQuoting(t *testing.T) {
	var buf bytes.Buffer
	ex, err := NewExporter(&buf, FormatCSV)
	if err != nil {
		t.Fatal(err)
	}
	titles := []string{`قال "المرصد"، إن`, "سطر\nثانٍ", "a,b;c"}
	for i, title := range titles {
		if err := ex.Write(index.Hit{ID: string(rune('a' + i)), Title: title}); err != nil {
			t.Fatal(err)
		}
	}
	if err := ex.Write(index.Hit{ID: "k", Title: "x"}); err != nil {
		t.Fatal(err)
	}
	if err := ex.Flush(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, title := range titles {
		if rows[i+1][1] != title {
			t.Errorf("row %d title %q, want %q", i, rows[i+1][1], title)
		}
	}
	if _, err := NewExporter(&buf, "xml"); err == nil {
		t.Error("an unknown format was accepted")
	}
}
