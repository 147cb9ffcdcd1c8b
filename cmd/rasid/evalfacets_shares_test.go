package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSharesReport runs the shares mode twice on the start of a real
// corpus, saving the first run and comparing the second with it: the same
// code must move nothing, and the saved run must hold every article read.
func TestSharesReport(t *testing.T) {
	corpus := "../../../shared/corpus/ant-syria.jsonl.gz"
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("no ../shared corpus")
	}
	saved := filepath.Join(t.TempDir(), "base.json.gz")
	code, out, stderr := rasid(t, "eval-facets", "--shares", "--shares-corpus", corpus, "--limit", "120", "--shares-out", saved, "--dev-gold", "../../../shared/eval/dev-gold.jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "== ant-syria: 120 articles") || !strings.Contains(out, "top towns:") {
		t.Fatalf("report lacks the corpus line or top towns:\n%s", out)
	}
	run, err := readSharesRun(saved)
	if err != nil {
		t.Fatal(err)
	}
	if len(run.Corpora) != 1 || len(run.Corpora[0].Articles) != 120 {
		t.Fatalf("saved run: %d corpora, want 1 with 120 articles", len(run.Corpora))
	}
	// Every town brings its governorate, and articles of ant-syria (all
	// mention Syria or ISIS) name some.
	if cs := run.Corpora[0]; cs.With["towns"] == 0 || cs.With["governorates"] < cs.With["towns"] {
		t.Errorf("%d articles with a town, %d with a governorate: want some towns, and no fewer governorates", cs.With["towns"], cs.With["governorates"])
	}
	code, out, stderr = rasid(t, "eval-facets", "--shares", "--shares-corpus", corpus, "--limit", "120", "--shares-base", saved, "--shares-show", "towns", "--dev-gold", "../../../shared/eval/dev-gold.jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(out, "moved ") || !strings.Contains(out, "Δ pts") {
		t.Errorf("a rerun of the same code moved values, or printed no comparison:\n%s", out)
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "towns ") && !strings.HasSuffix(line, "+0.00") {
			t.Errorf("towns share moved on a rerun: %q", line)
		}
	}
}
