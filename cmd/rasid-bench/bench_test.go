package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// TestGenerate builds a small corpus from the shared corpora and checks
// what the scale benchmark relies on: the count asked for, ids and URLs
// unique (so de-duplication keeps every article), dates within 2011–2025,
// every body a real article with more appended, and the same seed making
// the same corpus.
func TestGenerate(t *testing.T) {
	corpora := []string{"../../../shared/corpus/ant-syria.jsonl.gz"}
	if _, err := os.Stat(corpora[0]); err != nil {
		t.Skip("shared corpus not present")
	}
	gen := func(dir string) []article {
		files, err := generate(genOptions{N: 120, PerFile: 50, Seed: 7, Corpora: corpora, Out: dir, MaxSource: 300})
		if err != nil {
			t.Fatal(err)
		}
		if len(files) != 3 {
			t.Errorf("%d files for 120 articles at 50 a file, want 3", len(files))
		}
		return readGenerated(t, files)
	}
	arts := gen(filepath.Join(t.TempDir(), "a"))
	if len(arts) != 120 {
		t.Fatalf("%d articles, want 120", len(arts))
	}
	ids, urls := map[string]bool{}, map[string]bool{}
	lo, hi := time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, a := range arts {
		if ids[a.ID] || (a.URL != "" && urls[a.URL]) {
			t.Errorf("id or URL repeated: %s %s", a.ID, a.URL)
		}
		ids[a.ID], urls[a.URL] = true, true
		d, err := time.Parse(time.RFC3339, a.Date)
		if err != nil || d.Before(lo) || !d.Before(hi) {
			t.Errorf("%s: date %q outside 2011–2025", a.ID, a.Date)
		}
		if a.Title == "" || !strings.Contains(a.Body, "\n") || len(a.Body) < 300 {
			t.Errorf("%s: title %q, body of %d bytes without an appended paragraph", a.ID, a.Title, len(a.Body))
		}
	}
	again := gen(filepath.Join(t.TempDir(), "b"))
	for i := range arts {
		if arts[i] != again[i] {
			t.Fatalf("article %d differs between two runs with the same seed", i)
		}
	}
}

// TestPageMix checks that every request of the mix is what the page sends
// (size 10, 12 values per facet, the histogram) and filters on ids rasid
// knows, so no request of the benchmark silently matches nothing.
// readGenerated reads back the articles of generated files, in order.
func readGenerated(t *testing.T, files []string) []article {
	t.Helper()
	var out []article
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var a article
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			out = append(out, a)
		}
		fh.Close()
	}
	return out
}

// TestGenerateSmall: the small recipe needs no corpus, keeps ids and URLs
// unique, and each article gives rasid's extractor the place and actor it
// names (the facets the million-article measurements count).
func TestGenerateSmall(t *testing.T) {
	files, err := generate(genOptions{N: 200, PerFile: 200, Seed: 3, Out: t.TempDir(), Small: true})
	if err != nil {
		t.Fatal(err)
	}
	arts := readGenerated(t, files)
	if len(arts) != 200 {
		t.Fatalf("%d articles, want 200", len(arts))
	}
	ids, urls := map[string]bool{}, map[string]bool{}
	withTown, withActor := 0, 0
	for _, a := range arts {
		if ids[a.ID] || urls[a.URL] {
			t.Errorf("%s: id or URL repeated", a.ID)
		}
		ids[a.ID], urls[a.URL] = true, true
		d, err := time.Parse(time.RFC3339, a.Date)
		if err != nil || d.Year() < 2011 || d.Year() > 2025 {
			t.Errorf("%s: date %q", a.ID, a.Date)
		}
		f := facets.Extract(a.Title, a.Body, d)
		if len(f.Towns) > 0 || len(f.Governorates) > 0 {
			withTown++
		}
		if len(f.Actors) > 0 {
			withActor++
		}
	}
	// A capital alone (على حلب) may stand for its governorate, so a place
	// is a town or a governorate; a bare الميادين (also "the squares")
	// needs a cue the recipe does not give, so a tenth may have none.
	if withTown < 160 || withActor < 190 {
		t.Errorf("of 200 small articles %d have a place and %d an actor; each names both", withTown, withActor)
	}
}

func TestPageMix(t *testing.T) {
	kinds := map[string]int{}
	for _, r := range pageMix() {
		kinds[r.Kind]++
		v, err := url.ParseQuery(r.query())
		if err != nil {
			t.Fatal(err)
		}
		if v.Get("size") != "10" || v.Get("facet_size") != "12" || v.Get("histogram") != "true" {
			t.Errorf("%s: not the page's request: %s", r.Kind, r.query())
		}
		for facet, ids := range r.Filters {
			for _, id := range ids {
				if _, ok := facets.LookupLabel(facet, id); !ok {
					t.Errorf("%s filters on unknown %s %q", r.Kind, facet, id)
				}
			}
		}
	}
	for _, k := range mixKinds[:5] {
		if kinds[k] == 0 {
			t.Errorf("no %s request in the mix", k)
		}
	}
}
