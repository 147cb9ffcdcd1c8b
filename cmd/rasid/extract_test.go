package main

import (
	"bufio"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rasid-project/rasid/watch"
)

// rasid extract --json gives every value its evidence: spans whose text is
// the exact bytes of the article as read (and as the index stores it).
func TestExtractJSONEvidence(t *testing.T) {
	path := filepath.Join("..", "..", "examples", "001_cf68c4a37876e045.txt")
	code, out, stderr := rasid(t, "extract", "--json", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	docs, err := watch.ReadFile(path, watch.ReadOptions{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("read seed: %v", err)
	}
	d := docs[0]
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<22)
	if !sc.Scan() {
		t.Fatal("no output")
	}
	var got extracted
	if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	// The JSON has every key, {} or [] when empty.
	for _, key := range []string{`"evidence":{"towns":{`, `"governorates":{`, `"actors":{`, `"event_types":{`, `"killed":[`, `"injured":[`, `"event_date":[`} {
		if !strings.Contains(sc.Text(), key) {
			t.Errorf("output lacks %s", key)
		}
	}
	n := 0
	for _, ids := range [][]string{got.Facets.Towns, got.Facets.Governorates, got.Facets.Actors, got.Facets.EventTypes} {
		for _, id := range ids {
			spans := append(append(append(got.Evidence.Towns[id], got.Evidence.Governorates[id]...), got.Evidence.Actors[id]...), got.Evidence.EventTypes[id]...)
			if len(spans) == 0 {
				t.Errorf("%s has no evidence", id)
			}
			for _, s := range spans {
				text := d.Body
				if s.Field == "title" {
					text = d.Title
				}
				if s.Start < 0 || s.End > len(text) || s.Start >= s.End || text[s.Start:s.End] != s.Text {
					t.Fatalf("%s: span %+v is not the article's text", id, s)
				}
				n++
			}
		}
	}
	if n == 0 || len(got.Evidence.Towns["C5167"]) == 0 {
		t.Errorf("evidence %+v", got.Evidence)
	}
}

// rasid extract --explain prints each value with its sentence, the
// value's words in brackets.
func TestExtractExplain(t *testing.T) {
	path := filepath.Join("..", "..", "examples", "001_cf68c4a37876e045.txt")
	code, out, stderr := rasid(t, "extract", "--explain", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"towns:        C5167 (البوكمال / Abu Kamal)\n      title: معظم عناصر تنظيم “الدولة الإسلامية” ينسحبون من مدينة [البوكمال] مع قتال",
		"actors:       russia (",
		"[الطائرات الحربية الروسية]",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// The toll's line is its sentence with the figure marked ("[قتل 31]").
	if !regexp.MustCompile(`killed: +[0-9]+\n +body: [^\n]*\[[^\]]*[0-9]+[^\]]*\]`).MatchString(out) {
		t.Errorf("no marked toll:\n%s", out)
	}
	if code, _, stderr := rasid(t, "extract", "--json", "--explain", path); code == 0 || !strings.Contains(stderr, "Usage") {
		t.Errorf("--json with --explain: exit %d, stderr %q; want usage", code, stderr)
	}
}

// rasid extract --trace-tolls prints each figure casualties read, at each
// stage it stands or falls, and the toll chosen: the seed's 81 is the sum
// of the lead's two sides.
func TestExtractTraceTolls(t *testing.T) {
	path := filepath.Join("..", "..", "examples", "001_cf68c4a37876e045.txt")
	code, out, stderr := rasid(t, "extract", "--trace-tolls", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"(no publication date: the dated filters and tollRecalled did not run)",
		"  read     killed                   31 p2  من الطرفين، حيث قتل 31 على الأقل\n",
		"  kept     killed                   50 p2  وإيرانية، في حين قتل أكثر من 50 عنصراً من\n",
		"  main     killed  mainToll         81\n",
		"  facets   killed 81, injured null\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, stderr = rasid(t, "extract", "--trace-tolls", "--json", path)
	if code != 0 {
		t.Fatalf("--json: exit %d: %s", code, stderr)
	}
	var got tollTraced
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("--json output is not JSON: %v\n%s", err, out)
	}
	if got.Killed == nil || *got.Killed != 81 || len(got.Trace) == 0 || got.Trace[0].Stage != "read" {
		t.Errorf("--json: %+v", got)
	}
}
