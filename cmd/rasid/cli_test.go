package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rasid-project/rasid/handlers"
	"github.com/rasid-project/rasid/index"
)

// indexedSeeds indexes the seed articles into a fresh data folder.
func indexedSeeds(t *testing.T) string {
	t.Helper()
	data := filepath.Join(t.TempDir(), "data")
	if code, _, stderr := rasid(t, "index", "--data", data, "../../examples"); code != 0 {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	return data
}

func searchTotal(t *testing.T, args ...string) (int, uint64, string) {
	t.Helper()
	code, out, stderr := rasid(t, append([]string{"search", "--json"}, args...)...)
	var res index.Result
	if code == 0 {
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%v: not JSON: %v\n%s", args, err, out)
		}
	}
	return code, res.Total, stderr
}

// TestSearchFlagsAnywhere puts flags after the query words: they must act
// as flags, not be searched for.
func TestSearchFlagsAnywhere(t *testing.T) {
	data := indexedSeeds(t)
	code, out, stderr := rasid(t, "search", "البوكمال", "--data", data, "--limit", "1", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res index.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Total != 2 || len(res.Hits) != 1 {
		t.Errorf("total %d, %d hits; want 2 matches, 1 shown", res.Total, len(res.Hits))
	}
	// An Arabic exclusion is a query word, not an unknown flag: only seed
	// 000 names the coalition (التحالف).
	if code, total, stderr := searchTotal(t, "--data", data, "البوكمال", "-التحالف"); code != 0 || total != 1 {
		t.Errorf("exclusion: exit %d, total %d: %s", code, total, stderr)
	}
	// After --, a Latin word that looks like a flag is searched for.
	if code, _, stderr := searchTotal(t, "--data", data, "--", "--limit"); code != 0 {
		t.Errorf("-- then a word: exit %d: %s", code, stderr)
	}
	// A misspelt flag is an error, not a query word.
	if code, _, stderr := rasid(t, "search", "--data", data, "البوكمال", "--limt", "2"); code == 0 || !strings.Contains(stderr, "limt") {
		t.Errorf("--limt: exit %d: %s", code, stderr)
	}
}

func TestSearchFacetFlagsTakeNames(t *testing.T) {
	data := indexedSeeds(t)
	_, want, _ := searchTotal(t, "--data", data, "--actor", "coalition")
	if want != 1 {
		t.Fatalf("--actor coalition: total %d, want 1", want)
	}
	cases := []struct {
		args  []string
		total uint64
	}{
		{[]string{"--actor", "التحالف الدولي"}, want},
		{[]string{"--actor", "isis"}, 2},
		{[]string{"--actor", "داعش"}, 2},
		{[]string{"--actor", "ISIS"}, 2},
		{[]string{"--town", "البوكمال"}, 2},
		{[]string{"--town", "c5167"}, 2},
		{[]string{"--town", "Abu Kamal"}, 2},
		{[]string{"--governorate", "دير الزور"}, 2},
		{[]string{"--governorate", "Deir-ez-Zor", "--town", "C5167"}, 2},
		{[]string{"--event-type", "suicide-bomb"}, 1},
	}
	for _, c := range cases {
		code, total, stderr := searchTotal(t, append([]string{"--data", data}, c.args...)...)
		if code != 0 || total != c.total {
			t.Errorf("%v: exit %d, total %d, want %d: %s", c.args, code, total, c.total, stderr)
		}
	}
	bad := []struct {
		args []string
		want string // in the error: the nearest values
	}{
		{[]string{"--actor", "داعشش"}, "isis"},
		{[]string{"--town", "الصالحية"}, "C5181"},  // six towns share the name: the ids are listed
		{[]string{"--town", "البوكمالي"}, "C5167"}, // a typo: the nearest names
		{[]string{"--event-type", "zzqq"}, "rasid facets"},
	}
	for _, c := range bad {
		code, out, stderr := rasid(t, append([]string{"search", "--data", data}, c.args...)...)
		if code == 0 || out != "" || !strings.Contains(stderr, c.want) || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
			t.Errorf("%v: exit %d, stderr %q; want one error line naming %s", c.args, code, stderr, c.want)
		}
	}
}

func TestFacetsCommand(t *testing.T) {
	data := indexedSeeds(t)
	code, out, stderr := rasid(t, "facets", "--data", data, "towns")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	first := strings.SplitN(out, "\n", 2)[0]
	for _, want := range []string{"C5167", "2", "البوكمال", "دير الزور"} {
		if !strings.Contains(first, want) {
			t.Errorf("first line %q lacks %q", first, want)
		}
	}
	// Flags after the name; singular name; a prefix finds values the
	// archive does not hold too, with count 0.
	code, out, _ = rasid(t, "facets", "actor", "--prefix", "داعش", "--data", data, "--json")
	var sug handlers.FacetSuggestions
	if code != 0 || json.Unmarshal([]byte(out), &sug) != nil || len(sug.Values) == 0 || sug.Values[0].ID != "isis" || sug.Values[0].Count != 2 {
		t.Errorf("facets actor --prefix داعش: exit %d, %+v", code, sug)
	}
	for _, args := range [][]string{{"facets", "--data", data, "colours"}, {"facets", "--data", data}, {"facets", "--data", data, "towns", "--limit", "0"}} {
		if code, _, _ := rasid(t, args...); code == 0 {
			t.Errorf("%v: exit 0", args)
		}
	}
}

func TestSearchExportFormats(t *testing.T) {
	data := indexedSeeds(t)
	code, out, stderr := rasid(t, "search", "--data", data, "البوكمال", "--format", "csv", "--limit", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(out, "\ufeff") {
		t.Error("no byte-order mark")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// Every match, not a page of --limit.
	if len(rows) != 3 || rows[0][0] != "id" || !strings.Contains(rows[1][1], "البوكمال") {
		t.Errorf("csv rows: %q", rows)
	}
	code, out, _ = rasid(t, "search", "--data", data, "--format", "jsonl", "--actor", "coalition")
	var row handlers.ExportRow
	if code != 0 || strings.Count(out, "\n") != 1 || json.Unmarshal([]byte(out), &row) != nil || row.ID != "000_29e69d567a082153" {
		t.Errorf("jsonl: exit %d: %s", code, out)
	}
	for _, args := range [][]string{{"--format", "xlsx"}, {"--format", "csv", "--json"}} {
		if code, _, _ := rasid(t, append([]string{"search", "--data", data}, args...)...); code == 0 {
			t.Errorf("%v: exit 0", args)
		}
	}
}

// TestCommandsBesideARunningServer runs rasid serve on a data folder and
// then the other commands on the same folder: search and facets go through
// the server's API and say so; index and a second serve fail at once,
// naming the server, instead of waiting for its lock forever.
func TestCommandsBesideARunningServer(t *testing.T) {
	data := indexedSeeds(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		o := serveOptions{data: data, addr: "127.0.0.1:0", maxBody: 1 << 20}
		done <- serve(ctx, o, pw, slog.New(slog.NewTextHandler(io.Discard, nil)))
		pw.Close()
	}()
	if _, err := bufio.NewReader(pr).ReadString('\n'); err != nil {
		t.Fatalf("no start-up line: %v", err)
	}
	go io.Copy(io.Discard, pr)
	h, err := readHolder(data)
	if err != nil || h.PID != os.Getpid() {
		t.Fatalf("server record: %+v, %v", h, err)
	}

	quick := func(args ...string) (int, string, string) {
		t.Helper()
		start := time.Now()
		code, out, stderr := rasid(t, args...)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%v took %v", args, d)
		}
		return code, out, stderr
	}
	code, out, stderr := quick("search", "--data", data, "--json", "البوكمال", "--actor", "داعش")
	var res index.Result
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || res.Total != 2 || len(res.Hits[0].Facets.Towns) == 0 {
		t.Errorf("search through the server: exit %d, %s %s", code, out, stderr)
	}
	if !strings.Contains(stderr, h.URL) {
		t.Errorf("search does not say it asked the server: %q", stderr)
	}
	code, out, _ = quick("search", "--data", data, "--format", "csv", "--town", "البوكمال")
	if code != 0 || strings.Count(out, "\n") != 3 || !strings.HasPrefix(out, "\ufeff") {
		t.Errorf("export through the server: exit %d\n%s", code, out)
	}
	code, out, _ = quick("facets", "--data", data, "governorates")
	if code != 0 || !strings.Contains(out, "SY09") {
		t.Errorf("facets through the server: exit %d\n%s", code, out)
	}
	// The server's errors come back as the command's.
	if code, _, stderr := quick("search", "--data", data, "--from", "2018-01-02", "--to", "2018-01-01"); code == 0 || stderr == "" {
		t.Errorf("bad range through the server: exit %d", code)
	}

	code, _, stderr = quick("index", "--data", data, "../../examples")
	if code == 0 || !strings.Contains(stderr, "pid") || !strings.Contains(stderr, h.URL) {
		t.Errorf("index beside the server: exit %d: %s", code, stderr)
	}
	var serveOut bytes.Buffer
	start := time.Now()
	err = serve(ctx, serveOptions{data: data, addr: "127.0.0.1:0"}, &serveOut, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err == nil || !strings.Contains(err.Error(), h.URL) || time.Since(start) > 10*time.Second {
		t.Errorf("second serve: %v after %v", err, time.Since(start))
	}

	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, err := readHolder(data); !os.IsNotExist(err) {
		t.Errorf("the server's record outlived it: %v", err)
	}
	// Without the server, search opens the index itself again.
	if code, total, stderr := searchTotal(t, "--data", data, "البوكمال"); code != 0 || total != 2 {
		t.Errorf("search after the server stopped: exit %d, total %d: %s", code, total, stderr)
	}
}

// TestSearchBesideAnIndexer holds the index the way a running rasid index
// does (open, no server record): search fails at once and says why.
func TestSearchBesideAnIndexer(t *testing.T) {
	data := indexedSeeds(t)
	ix, err := index.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	start := time.Now()
	code, _, stderr := rasid(t, "search", "--data", data, "البوكمال")
	if code == 0 || !strings.Contains(stderr, "held by another rasid process") || time.Since(start) > 10*time.Second {
		t.Errorf("exit %d after %v: %s", code, time.Since(start), stderr)
	}
}

// TestCompactCommand compacts an index and searches it after; without an
// index it fails with the reason.
func TestCompactCommand(t *testing.T) {
	data := indexedSeeds(t)
	_, before, _ := searchTotal(t, "--data", data, "البوكمال")
	code, out, stderr := rasid(t, "compact", "--data", data)
	_, after, found := strings.Cut(out, "→ [")
	if code != 0 || !found {
		t.Fatalf("compact: exit %d\n%s%s", code, out, stderr)
	}
	for _, n := range strings.Fields(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(after), "]"))) {
		if n != "0" && n != "1" { // two articles may leave a shard empty
			t.Errorf("a shard holds %s segments after compacting: %s", n, out)
		}
	}
	if code, after, stderr := searchTotal(t, "--data", data, "البوكمال"); code != 0 || after != before || after == 0 {
		t.Errorf("search after compact: exit %d, %d hits (before: %d) %s", code, after, before, stderr)
	}
	missing := filepath.Join(t.TempDir(), "none")
	if code, _, stderr := rasid(t, "compact", "--data", missing); code == 0 || !strings.Contains(stderr, "no index at") {
		t.Errorf("compact without an index: exit %d, %s", code, stderr)
	}
}
