package main

import (
	"strings"
	"testing"
)

func TestAnalyzeCommand(t *testing.T) {
	code, out, stderr := rasid(t, "analyze", "وبالمخدرات", "في", "البوكمال", "٣١")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"exact:    وبالمخدرات البوكمال 31\n", // في is a stop word; digits folded
		"stemmed:  مخدر بوكمال 31\n",
		"entity:   towns C5167 البوكمال / Abu Kamal\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code, _, stderr := rasid(t, "analyze"); code == 0 || !strings.Contains(stderr, "Usage") {
		t.Errorf("no text: exit %d, stderr %q; want usage and a non-zero exit", code, stderr)
	}
}
