package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// rasid runs the command line in-process and returns its exit code and output.
func rasid(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestSearchCommand(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	if code, _, stderr := rasid(t, "index", "--data", data, "../../examples"); code != 0 {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}

	// --json prints the API's document.
	code, out, stderr := rasid(t, "search", "--data", data, "--json", "وبالبوكمال")
	if code != 0 {
		t.Fatalf("search --json: exit %d: %s", code, stderr)
	}
	var res struct {
		Total uint64 `json:"total"`
		Hits  []struct {
			ID, Title, Snippet string
			Facets             struct{ Towns, Actors []string }
		} `json:"hits"`
		Facets map[string][]struct {
			ID, AR, EN string
			Count      int
		} `json:"facets"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search --json output is not JSON: %v\n%s", err, out)
	}
	if res.Total != 2 || len(res.Hits) != 2 {
		t.Fatalf("total %d, %d hits; want both seeds", res.Total, len(res.Hits))
	}
	for _, h := range res.Hits {
		if !strings.Contains(h.Snippet, "<mark>") {
			t.Errorf("hit %s has no highlighted snippet: %q", h.ID, h.Snippet)
		}
	}
	for _, name := range []string{"towns", "governorates", "actors", "event_types"} {
		if len(res.Facets[name]) == 0 {
			t.Errorf("no %s facet counts", name)
		}
	}
	var albukamal bool
	for _, v := range res.Facets["towns"] {
		if v.ID == "C5167" {
			albukamal = v.Count == 2 && v.AR != "" && v.EN != ""
		}
	}
	if !albukamal {
		t.Errorf("towns facet lacks البوكمال (C5167) ×2 with labels: %+v", res.Facets["towns"])
	}

	// A filter narrows the hits: only seed 000 names the coalition.
	code, out, _ = rasid(t, "search", "--data", data, "--json", "--actor", "coalition", "البوكمال")
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || res.Total != 1 {
		t.Errorf("--actor coalition: exit %d, total %d; want 1 hit", code, res.Total)
	}

	// Text output is readable and right-to-left marked.
	code, out, _ = rasid(t, "search", "--data", data, "البوكمال")
	if code != 0 || !strings.Contains(out, "\u200f") || !strings.Contains(out, "«") {
		t.Errorf("text output: exit %d\n%s", code, out)
	}
}

func TestSearchCommandErrors(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	rasid(t, "index", "--data", data, "../../examples")
	cases := [][]string{
		{"search", "--data", filepath.Join(t.TempDir(), "missing"), "x"},
		{"search", "--data", data, "--from", "19-11-2017", "x"},
		{"search", "--data", data, "--limit", "1000", "x"},
		{"search", "--data", data, "--sort", "random", "x"},
		{"search", "--data", data, "--page", "0", "x"},
	}
	for _, args := range cases {
		code, _, stderr := rasid(t, args...)
		if code == 0 || strings.Count(strings.TrimSpace(stderr), "\n") > 0 || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want one error line and a non-zero exit", args, code, stderr)
		}
	}
}
