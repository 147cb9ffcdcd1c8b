package devgold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadShared reads the real gold file and checks the split on it: every
// article falls in exactly one part, the untouched part is about a third,
// and both parts hold articles coding each kind of facet, so scoring either
// part alone means something.
func TestReadShared(t *testing.T) {
	golds, err := Read("../../../../shared/eval/dev-gold.jsonl")
	if os.IsNotExist(err) {
		t.Skip("no ../shared:", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) < 100 {
		t.Fatalf("read %d gold articles, want the whole file (over 100)", len(golds))
	}
	n := map[string]int{}
	withKilled := map[string]int{}
	seen := map[string]bool{}
	for _, g := range golds {
		if g.ID == "" || seen[g.ID] {
			t.Fatalf("gold id %q is empty or repeated", g.ID)
		}
		seen[g.ID] = true
		p := Part(g.ID)
		if p != Tune && p != Untouched {
			t.Fatalf("Part(%q) = %q", g.ID, p)
		}
		if Part(g.ID) != p {
			t.Fatalf("Part(%q) is not stable", g.ID)
		}
		n[p]++
		if g.Killed != nil {
			withKilled[p]++
		}
	}
	if u := float64(n[Untouched]) / float64(len(golds)); u < 0.25 || u > 0.42 {
		t.Errorf("untouched part is %.2f of the gold data (%v), want about a third", u, n)
	}
	if withKilled[Tune] == 0 || withKilled[Untouched] == 0 {
		t.Errorf("articles with a killed count per part: %v, want some in each", withKilled)
	}
}

func TestReadLines(t *testing.T) {
	tests := []struct {
		name, text string
		ids        []string
		err        string
	}{
		{"blank lines skipped", "{\"id\":\"a\",\"killed\":3}\n\n  \n{\"id\":\"b\",\"event_date\":\"2015-01-02\"}\n", []string{"a", "b"}, ""},
		{"bad line named", "{\"id\":\"a\"}\n{\"id\":\n", nil, "gold.jsonl:2:"},
		{"wrong type named", "{\"id\":\"a\",\"killed\":\"many\"}\n", nil, "gold.jsonl:1:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "gold.jsonl")
			if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			golds, err := Read(path)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Read: error %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, g := range golds {
				ids = append(ids, g.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tt.ids, ",") {
				t.Fatalf("ids %v, want %v", ids, tt.ids)
			}
		})
	}
	if _, err := Read(filepath.Join(t.TempDir(), "none.jsonl")); !os.IsNotExist(err) {
		t.Errorf("Read of a missing file: %v, want a not-exist error (eval-facets --shares relies on it)", err)
	}
}
