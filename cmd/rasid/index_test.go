package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid-project/rasid/index"
)

func TestIndexCommand(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(t.TempDir(), "data")
	for _, name := range []string{"000_29e69d567a082153.txt", "001_cf68c4a37876e045.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "..", "examples", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name), raw, 0o644)
	}
	lines := `{"id": "r1", "title": "غارة على الرقة", "body": "قصفت طائرات التحالف مواقع في الرقة.", "date": "Tue, 13 Feb 2018 10:22:00 +0400"}
{"id": "r2", "title": "نص مكسور"
{"id": "r3", "title": "غارة على الرقة", "body": "قصفت طائرات التحالف مواقع في الرقة."}
`
	os.MkdirAll(filepath.Join(dir, "more"), 0o755)
	os.WriteFile(filepath.Join(dir, "more", "batch.jsonl"), []byte(lines), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)

	var out, errOut bytes.Buffer
	if code := run([]string{"index", "--data", data, dir}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s %s", code, out.String(), errOut.String())
	}
	summary := out.String()
	for _, want := range []string{
		"indexed 3 documents from 3 files", "1 duplicates", "2 failed",
		filepath.Join(dir, "more", "batch.jsonl") + ": line 2:", filepath.Join(dir, "empty.txt") + ": empty file",
	} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, summary)
		}
	}

	// A second run reads nothing: the manifest says every file is indexed.
	out.Reset()
	if code := run([]string{"index", "--data", data, dir}, &out, &errOut); code != 0 {
		t.Fatalf("second run: exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "indexed 0 documents from 0 files") || !strings.Contains(out.String(), "4 unchanged") {
		t.Errorf("second run re-read files:\n%s", out.String())
	}

	ix, err := index.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, id := range []string{"000_29e69d567a082153", "001_cf68c4a37876e045", "r1"} {
		if _, err := ix.Get(id); err != nil {
			t.Errorf("%s: %v", id, err)
		}
	}
}

func TestIndexCommandErrors(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"index"}, &out, &errOut); code == 0 {
		t.Error("no paths: exit 0")
	}
	errOut.Reset()
	if code := run([]string{"index", "--data", t.TempDir(), filepath.Join(t.TempDir(), "missing")}, &out, &errOut); code == 0 ||
		strings.Count(strings.TrimSpace(errOut.String()), "\n") != 0 {
		t.Errorf("missing path: exit %d, stderr %q (want one line)", code, errOut.String())
	}
}
