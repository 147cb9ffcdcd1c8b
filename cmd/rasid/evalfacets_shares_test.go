package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Sentences from the corpora (article ids given) that decide whether an
// article mentions Syria at all, the test the shares report's "non-Syria"
// group rests on.
func TestMentionsSyriaAtAll(t *testing.T) {
	for _, c := range []struct {
		id, text string
		want     bool
	}{
		{"AL-internationalNews-895-20180413", "وروسيا هي أهم حليف عسكري لدمشق في الحرب الأهلية", true},
		{"BB-culture-199-20180613", "ثم أن أحمد أغا وياسين أغا أغوات الإنكشارية بحلب وكلوه في قتل صاري عسكر العام", true},
		{"BB-middleEast-115-20180228", "وقف إطلاق نار شامل بسوريا", true},
		{"seed 001", "معارك عنيفة في البوكمال بريف دير الزور الشرقي", true},
		{"seed 000", "سيطرة قوات النظام على مدينة البوكمال وللرقة", true},
		{"2015-07-21-0", "بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف على مدى خمس سنوات", false},
		// الدمشقي (a Damascene) is an adjective, not the city's name.
		{"AL-culture-81-20180221", "بعدما انتقلت للعيش في الشام مع زوجها الدمشقي", false},
	} {
		if got := mentionsSyriaAtAll("", c.text); got != c.want {
			t.Errorf("%s: mentionsSyriaAtAll(%q) = %v, want %v", c.id, c.text, got, c.want)
		}
	}
}

// TestSharesReport runs the shares mode twice on the start of a real
// corpus, saving the first run and comparing the second with it: the same
// code must move nothing, and the saved run must hold every article read.
func TestSharesReport(t *testing.T) {
	corpus := "../../../shared/corpus/ant-syria.jsonl.gz"
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("no ../shared corpus")
	}
	saved := filepath.Join(t.TempDir(), "base.json.gz")
	code, out, stderr := rasid(t, "eval-facets", "--shares", "--shares-corpus", corpus, "--limit", "120", "--shares-out", saved, "--gold", "../../../shared/eval/dev-gold.jsonl")
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
	code, out, stderr = rasid(t, "eval-facets", "--shares", "--shares-corpus", corpus, "--limit", "120", "--shares-base", saved, "--shares-show", "towns", "--gold", "../../../shared/eval/dev-gold.jsonl")
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
