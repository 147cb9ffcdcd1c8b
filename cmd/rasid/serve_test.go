package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rasid-project/rasid/index"
)

// TestServeWatchesSearchesAndShutsDown runs the real serve loop on a
// loopback port over a watched folder holding a seed, searches it, and
// checks that cancelling (what SIGTERM does) stops the server and closes
// the index cleanly.
func TestServeWatchesSearchesAndShutsDown(t *testing.T) {
	dir := t.TempDir()
	watchDir := filepath.Join(dir, "articles")
	if err := os.MkdirAll(watchDir, 0o755); err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile(filepath.Join("..", "..", "examples", "000_29e69d567a082153.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(watchDir, "seed.txt"), seed, 0o644); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "data")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		o := serveOptions{data: data, watchDir: watchDir, addr: "127.0.0.1:0", maxBody: 1 << 20}
		done <- serve(ctx, o, pw, slog.New(slog.NewTextHandler(io.Discard, nil)))
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("no start-up line: %v", err)
	}
	go io.Copy(io.Discard, pr)
	base := strings.TrimSpace(strings.TrimPrefix(line, "rasid: serving on "))
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Fatalf("start-up line %q", line)
	}

	// Ready once the watcher has reconciled the folder.
	var ready struct {
		Status    string `json:"status"`
		Documents int    `json:"documents"`
		Watching  bool   `json:"watching"`
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := http.Get(base + "readyz")
		if err == nil {
			json.NewDecoder(resp.Body).Decode(&ready)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("never ready: %+v %v", ready, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !ready.Watching || ready.Documents != 1 {
		t.Errorf("readyz: %+v", ready)
	}
	resp, err := http.Get(base + "api/search?q=" + url.QueryEscape("البوكمال"))
	if err != nil {
		t.Fatal(err)
	}
	var res index.Result
	json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	if res.Total != 1 || !strings.Contains(res.Hits[0].Snippet, "<mark>") {
		t.Errorf("search: %+v", res)
	}
	resp, err = http.Post(base+"api/documents", "application/json", strings.NewReader(`{"title":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("POST without --token: %d", resp.StatusCode)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}
	if _, err := http.Get(base + "healthz"); err == nil {
		t.Errorf("still serving after shutdown")
	}
	// The index was closed: it opens again and keeps the document.
	ix, err := index.Open(data)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer ix.Close()
	if n, _ := ix.Count(); n != 1 {
		t.Errorf("after restart: %d documents", n)
	}
}

func TestServeFlagErrors(t *testing.T) {
	var out, errb strings.Builder
	if err := runServe([]string{"--watch", filepath.Join(t.TempDir(), "missing")}, &out, &errb); err == nil || !strings.Contains(err.Error(), "--watch") {
		t.Errorf("missing watch folder: %v", err)
	}
	if err := runServe([]string{"extra"}, &out, &errb); err != errUsage {
		t.Errorf("stray argument: %v", err)
	}
}
