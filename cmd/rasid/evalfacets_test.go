package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalFacetsPoolsGoldFiles scores the two seed articles coded in two
// gold files, named one by one and by a glob, and refuses an article coded
// twice or a glob that matches nothing.
func TestEvalFacetsPoolsGoldFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string { return writeTestFile(t, dir, name, content) }
	line := func(id string) string {
		return `{"id": "` + id + `", "towns": ["C5167"], "governorates": ["SY09"]}` + "\n"
	}
	a := write("a-gold.jsonl", line("000_29e69d567a082153"))
	b := write("b-gold.jsonl", line("001_cf68c4a37876e045"))
	corpus := write("other.jsonl", `{"id": "other", "title": "خبر", "body": "نص آخر"}`+"\n")
	common := []string{"eval-facets", "--seeds", "../../examples", "--corpus", corpus, "--dev-gold", filepath.Join(dir, "none.jsonl")}
	for _, golds := range [][]string{{"--gold", a, "--gold", b}, {"--gold", filepath.Join(dir, "*-gold.jsonl")}} {
		code, out, stderr := rasid(t, append(common, golds...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", golds, code, stderr)
		}
		if !strings.Contains(out, "2 articles") || !strings.Contains(out, "governorates   1.000  1.000") {
			t.Errorf("%v: want both seeds scored, each in Deir ez-Zor:\n%s", golds, out)
		}
	}
	dup := write("dup.jsonl", line("001_cf68c4a37876e045"))
	if code, _, stderr := rasid(t, append(common, "--gold", b, "--gold", dup)...); code == 0 || !strings.Contains(stderr, "coded in both") {
		t.Errorf("an article in two gold files: exit %d, %q", code, stderr)
	}
	if code, _, stderr := rasid(t, append(common, "--gold", filepath.Join(dir, "x*.jsonl"))...); code == 0 || !strings.Contains(stderr, "no file matches") {
		t.Errorf("a glob that matches nothing: exit %d, %q", code, stderr)
	}
}

// TestEvalFacetsSkipsUncodedFacets scores no event date from a gold file
// that codes none (its nulls mean "not coded", not "no date"), and no toll
// from one that codes neither a toll nor a date (an early towns-and-actors
// sample); it scores the dates of a file that codes one, null or not, and
// the null tolls of a file that codes dates, since a small sample may
// rightly report no toll.
func TestEvalFacetsSkipsUncodedFacets(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string { return writeTestFile(t, dir, name, content) }
	uncoded := write("uncoded-gold.jsonl", `{"id": "000_29e69d567a082153", "towns": ["C5167"], "killed": null, "event_date": null}`+"\n")
	dated := write("dated-gold.jsonl", `{"id": "001_cf68c4a37876e045", "towns": ["C5167"], "killed": null, "event_date": "2017-11-09"}`+"\n")
	tolled := write("tolled-gold.jsonl", `{"id": "001_cf68c4a37876e045", "towns": ["C5167"], "killed": 3, "event_date": null}`+"\n")
	common := []string{"eval-facets", "--seeds", "../../examples", "--dev-gold", filepath.Join(dir, "none.jsonl")}
	for _, tc := range []struct {
		facet string // the line of the totals read
		golds []string
		want  string
	}{
		{"event_date", []string{"--gold", uncoded}, "(0/0); on gold values"},
		{"event_date", []string{"--gold", dated}, "/1); on gold values"},
		{"event_date", []string{"--gold", uncoded, "--gold", dated}, "/1); on gold values"},
		{"killed", []string{"--gold", uncoded}, "/0); on gold values"},
		{"killed", []string{"--gold", dated}, "/1); on gold values 0.000 (0/0)"},
		{"killed", []string{"--gold", tolled}, "/1); on gold values"},
		{"killed", []string{"--gold", uncoded, "--gold", dated}, "/1); on gold values 0.000 (0/0)"},
	} {
		code, out, stderr := rasid(t, append(common, tc.golds...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.golds, code, stderr)
		}
		var line string
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, tc.facet) {
				line = l
			}
		}
		if !strings.Contains(line, tc.want) {
			t.Errorf("%v: %s line %q, want %q in it", tc.golds, tc.facet, line, tc.want)
		}
	}
}

// writeTestFile writes content to name in dir and returns its path.
func writeTestFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
