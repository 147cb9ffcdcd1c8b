package analyzers

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/analysis.golden from the analyzers")

// goldenPath holds the terms both analyzers index for the seed articles.
// index's TestFormatVersionCoversAnalysis fingerprints it with the word
// lists in data/, so a change to what is indexed cannot land without a new
// index format (and so a rebuild of indexes written before it).
const goldenPath = "testdata/analysis.golden"

// TestAnalysisGolden pins the terms of the seed articles, paragraph by
// paragraph: a change to the tokenizer, the folding, the stemmer or the
// spelling table shows here as a diff of terms. Run with -update to accept
// it, then bump index's format version as that package's test says.
func TestAnalysisGolden(t *testing.T) {
	files, err := filepath.Glob("../examples/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles in ../examples: %v", err)
	}
	var out bytes.Buffer
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&out, "# %s\n", filepath.Base(f))
		for _, para := range strings.Split(string(text), "\n") {
			if strings.TrimSpace(para) == "" {
				continue
			}
			exact, stem := AnalyzeExactAndStem([]byte(para))
			fmt.Fprintf(&out, "exact: %s\nstem:  %s\n", strings.Join(terms(exact), " "), strings.Join(terms(stem), " "))
		}
	}
	if *update {
		if err := os.WriteFile(goldenPath, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("%v (run go test ./analyzers -run TestAnalysisGolden -update)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		got, wantLines := strings.Split(out.String(), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(got), len(wantLines)) {
			if got[i] != wantLines[i] {
				t.Fatalf("%s line %d changed:\n got  %s\n want %s\nIf the change is meant, rerun with -update and bump index.formatVersion.", goldenPath, i+1, got[i], wantLines[i])
			}
		}
		t.Fatalf("%s: %d lines, the analyzers give %d; rerun with -update if meant", goldenPath, len(wantLines), len(got))
	}
}
