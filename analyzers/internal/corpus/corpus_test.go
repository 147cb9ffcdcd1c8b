package corpus

import (
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// lines holds what the corpora hold besides good records: a record that
// does not decode, one without an id, a blank line, a line ending in \r.
const lines = `{"id":"a","title":"T1","body":"B1","date":"Fri, 02 Mar 2018 18:06:21 +0400"}
{"id":"b","title":
{"title":"no id","body":"x"}

{"id":"c","title":"T3","date_extracted":"2015-07-23 14:00:00"}` + "\r\n" +
	`{"id":7,"title":"id of the wrong type"}
{"id":"d","published":" 2020-01-02 ","date":"Fri, 02 Mar 2018 18:06:21 +0400"}`

func write(t *testing.T, name string, gz bool) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if !gz {
		if _, err := f.WriteString(lines); err != nil {
			t.Fatal(err)
		}
		return path
	}
	zw := gzip.NewWriter(f)
	if _, err := zw.Write([]byte(lines)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestEach(t *testing.T) {
	for _, tt := range []struct {
		name string
		gz   bool
	}{{"c.jsonl", false}, {"c.jsonl.gz", true}} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			err := Each(write(t, tt.name, tt.gz), func(a Article) error {
				got = append(got, a.ID+"|"+a.Title+"|"+a.Time().UTC().Format(time.RFC3339))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			want := []string{
				"a|T1|2018-03-02T14:06:21Z",
				"c|T3|2015-07-23T14:00:00Z",
				"d||2020-01-02T00:00:00Z", // Published first, trimmed
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestEachStops(t *testing.T) {
	path := write(t, "c.jsonl", false)
	n := 0
	if err := Each(path, func(Article) error { n++; return SkipAll }); err != nil || n != 1 {
		t.Fatalf("SkipAll: err %v after %d articles, want nil after 1", err, n)
	}
	boom := errors.New("boom")
	if err := Each(path, func(Article) error { return boom }); err != boom {
		t.Fatalf("fn error: got %v, want it as is", err)
	}
	if err := Each(filepath.Join(t.TempDir(), "none.jsonl"), func(Article) error { return nil }); !os.IsNotExist(err) {
		t.Fatalf("missing file: %v", err)
	}
	if err := Each(path+".gz", func(Article) error { return nil }); err == nil {
		t.Fatal("missing .gz file: no error")
	}
	notGz := filepath.Join(t.TempDir(), "plain.jsonl.gz")
	if err := os.WriteFile(notGz, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Each(notGz, func(Article) error { return nil }); err == nil || !strings.Contains(err.Error(), notGz) {
		t.Fatalf(".gz that is not gzip: %v, want an error naming the file", err)
	}
}

func TestTimeUnreadable(t *testing.T) {
	// The first non-blank date decides, even when a later one would read.
	a := Article{Published: "last Tuesday", Date: "Fri, 02 Mar 2018 18:06:21 +0400"}
	if !a.Time().IsZero() {
		t.Errorf("Time() = %v, want zero", a.Time())
	}
}

// TestSharedCorpus reads the shared Syria corpus whole: every article has
// an id of its own, and the one-in-n sample keeps about a n-th of them,
// the same on every run.
func TestSharedCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the shared corpus")
	}
	path := "../../../../shared/corpus/ant-syria.jsonl.gz"
	if _, err := os.Stat(path); err != nil {
		t.Skip("no ../shared:", err)
	}
	seen := map[string]bool{}
	dated, sampled := 0, 0
	err := Each(path, func(a Article) error {
		if seen[a.ID] {
			t.Fatalf("id %s twice", a.ID)
		}
		seen[a.ID] = true
		if !a.Time().IsZero() {
			dated++
		}
		if OneIn(a.ID, 4) {
			sampled++
			if !OneIn(a.ID, 4) {
				t.Fatalf("OneIn(%s, 4) is not stable", a.ID)
			}
		}
		if !OneIn(a.ID, 1) {
			t.Fatalf("OneIn(%s, 1) = false", a.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) < 1000 || dated < len(seen)*9/10 {
		t.Fatalf("%d articles, %d dated: want the whole corpus, nearly all dated", len(seen), dated)
	}
	if s := float64(sampled) / float64(len(seen)); s < 0.2 || s > 0.3 {
		t.Errorf("OneIn(id, 4) kept %.3f of the articles, want about a quarter", s)
	}
}
