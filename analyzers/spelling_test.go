package analyzers

import (
	"slices"
	"testing"
)

func TestSpellingVariantsMeetInStemField(t *testing.T) {
	cases := []struct{ a, b string }{
		{"والأميركية", "الأمريكية"},
		{"أميركا", "أمريكا"},
		{"الكيميائية", "الكيماوية"},
		{"الكيمياوي", "كيماوي"},
		{"وترمب", "ترامب"},
		{"لبوتن", "بوتين"},
		{"غوتيريس", "غوتيريش"},
		{"تشاووش", "جاويش"},
		{"ستراسبورج", "ستراسبورغ"},
	}
	for _, c := range cases {
		sa, sb := AnalyzeStem(c.a), AnalyzeStem(c.b)
		if !slices.Equal(sa, sb) {
			t.Errorf("stem: %s → %q, %s → %q; want the same", c.a, sa, c.b, sb)
		}
		// The exact field keeps the spelling as written.
		if ea, eb := AnalyzeExact(c.a), AnalyzeExact(c.b); slices.Equal(ea, eb) && Normalize(c.a) != Normalize(c.b) {
			t.Errorf("exact: %s and %s both give %q; the exact field must keep spellings apart", c.a, c.b, ea)
		}
	}
	// Words that merely contain letters of a variant are left alone.
	for _, w := range []string{"الكيمياء", "ماتيس", "المستورد", "بوتقة"} {
		if got, want := AnalyzeStem(w), []string{stemToken(w)}; !slices.Equal(got, want) {
			t.Errorf("%s → %q, want %q", w, got, want)
		}
	}
}

// TestSpellingTableIsStable checks that no kept form is itself rewritten:
// otherwise a term's form would depend on how many times it was folded.
func TestSpellingTableIsStable(t *testing.T) {
	for _, rules := range spellings.rules {
		for _, r := range rules {
			if got, changed := spellings.rewrite(r.to); changed {
				t.Errorf("kept form %s is rewritten to %s", r.to, got)
			}
			if got, _ := spellings.rewrite(r.from); string(got) != string(r.to) {
				t.Errorf("variant %s gives %s, want %s", r.from, got, r.to)
			}
		}
	}
}
