package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rasid-project/rasid/index"
)

// TestHelperIndexCommand is the child process of TestIndexInterrupted: it
// runs `rasid index` with the arguments in RASID_INDEX_ARGS.
func TestHelperIndexCommand(t *testing.T) {
	args := os.Getenv("RASID_INDEX_ARGS")
	if args == "" {
		t.Skip("helper process for TestIndexInterrupted")
	}
	os.Exit(run(strings.Split(args, "\n"), os.Stdout, os.Stderr))
}

// Ctrl-C in the middle of `rasid index` of a large JSON-lines file stops
// it cleanly after committing what was read; the same command run again
// resumes after that and ends with every article indexed exactly once.
func TestIndexInterrupted(t *testing.T) {
	src, err := os.Open(filepath.Join("..", "..", "..", "shared", "corpus", "ant-syria.jsonl.gz"))
	if err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	defer src.Close()
	zr, err := gzip.NewReader(src)
	if err != nil {
		t.Fatal(err)
	}
	// 600 articles made unique (numbered titles, no URLs), so the count
	// of the index is the count of lines.
	var file bytes.Buffer
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	const n = 600
	for i := 0; i < n && sc.Scan(); i++ {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		rec["id"], rec["title"] = fmt.Sprintf("a%04d", i), fmt.Sprintf("[%d] %v", i, rec["title"])
		delete(rec, "url")
		raw, _ := json.Marshal(rec)
		file.Write(append(raw, '\n'))
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "dump.jsonl")
	if err := os.WriteFile(path, file.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(t.TempDir(), "data")
	args := []string{"index", "--data", data, "--batch", "100", "--progress", "20ms", path}

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperIndexCommand$", "-test.count=1")
	cmd.Env = append(os.Environ(), "RASID_INDEX_ARGS="+strings.Join(args, "\n"))
	var out bytes.Buffer
	cmd.Stdout = &out
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The progress log says when documents are in; then comes the Ctrl-C.
	docsRe := regexp.MustCompile(`documents=(\d+)`)
	lines := bufio.NewScanner(stderr)
	var log strings.Builder
	sent := false
	for lines.Scan() {
		log.WriteString(lines.Text() + "\n")
		if m := docsRe.FindStringSubmatch(lines.Text()); m != nil && !sent {
			if d, _ := strconv.Atoi(m[1]); d > 0 && d < n {
				cmd.Process.Signal(syscall.SIGINT)
				sent = true
			}
		}
	}
	go io.Copy(io.Discard, stderr)
	err = cmd.Wait()
	if !sent {
		t.Fatalf("the import ended before it could be interrupted:\n%s", log.String())
	}
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(log.String(), "interrupted; what was read is committed") {
		t.Fatalf("interrupted run: %v\n%s", err, log.String())
	}
	first := out.String()
	m := regexp.MustCompile(`indexed (\d+) documents`).FindStringSubmatch(first)
	if m == nil {
		t.Fatalf("no summary after the interrupt:\n%s", first)
	}
	committed, _ := strconv.Atoi(m[1])
	if committed == 0 || committed >= n {
		t.Fatalf("interrupted after %d of %d documents", committed, n)
	}

	var out2, err2 bytes.Buffer
	start := time.Now()
	if code := run(args, &out2, &err2); code != 0 {
		t.Fatalf("rerun: exit %d\n%s", code, err2.String())
	}
	want := fmt.Sprintf("indexed %d documents from 1 files", n-committed)
	if !strings.Contains(out2.String(), want) || !strings.Contains(out2.String(), "resumed 1 interrupted file") {
		t.Errorf("rerun summary (want %q and a resume):\n%s", want, out2.String())
	}
	t.Logf("interrupted with %d committed; rerun took %v", committed, time.Since(start))
	ix, err := index.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if c, _ := ix.Count(); c != n {
		t.Errorf("count %d, want %d", c, n)
	}
}
