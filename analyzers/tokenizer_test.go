package analyzers

import (
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
)

func TestWordTokenizer(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"قُتل ٣١ عنصراً في البوكمال.", []string{"قُتل", "٣١", "عنصراً", "في", "البوكمال"}},
		{"نسبة 3.5 بالمئة و١٬٠٠٠ نازح و٣٫٥", []string{"نسبة", "3.5", "بالمئة", "و١٬٠٠٠", "نازح", "و٣٫٥"}},
		{"نهاية الجملة 31. ثم", []string{"نهاية", "الجملة", "31", "ثم"}},
		{"#الغوطة_تباد (CNN)— don't", []string{"الغوطة", "تباد", "CNN", "don't"}},
		{"«تنظيم الدولة»، داعش؛ ‘قسد’", []string{"تنظيم", "الدولة", "داعش", "قسد"}},
		{"مـــدينة ﻻ کتاب می‌خواهم", []string{"مـــدينة", "ﻻ", "کتاب", "می‌خواهم"}},
		{"北京市 Syria", []string{"北", "京", "市", "Syria"}},
		{"", nil},
		{" ،. ", nil},
	}
	for _, c := range cases {
		ts := wordTokenizer{}.Tokenize([]byte(c.in))
		var got []string
		for i, tok := range ts {
			got = append(got, string(tok.Term))
			if string(tok.Term) != c.in[tok.Start:tok.End] {
				t.Errorf("%q: token %q has offsets [%d,%d) = %q", c.in, tok.Term, tok.Start, tok.End, c.in[tok.Start:tok.End])
			}
			if tok.Position != i+1 {
				t.Errorf("%q: token %q at position %d, want %d", c.in, tok.Term, tok.Position, i+1)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: tokens %q, want %q", c.in, got, c.want)
		}
	}
	ts := wordTokenizer{}.Tokenize([]byte("حلب" + FieldBreak + "دير الزور"))
	var pos []int
	for _, tok := range ts {
		pos = append(pos, tok.Position)
	}
	if want := []int{1, 2 + fieldBreakGap, 3 + fieldBreakGap}; !slices.Equal(pos, want) {
		t.Errorf("positions across a field break %v, want %v", pos, want)
	}
	if ts := (wordTokenizer{}).Tokenize([]byte("٣١ جندي")); ts[0].Type != analysis.Numeric || ts[1].Type != analysis.AlphaNumeric {
		t.Errorf("types %v %v, want numeric then alphanumeric", ts[0].Type, ts[1].Type)
	}
}

// FuzzWordTokenizer checks, for any bytes, that every token is the slice of
// the input its offsets name, that tokens do not overlap and come in
// order, and that both analyzers run on the input without panicking.
func FuzzWordTokenizer(f *testing.F) {
	for _, s := range []string{"قُتل ٣١ عنصراً", "3.5, ١٬٠٠٠.", "don't’s", "北京 \xff\xfe", "#a_b", "'.,٫", "عنوان" + FieldBreak + FieldBreak + "نص"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		end, pos := 0, 0
		for i, tok := range (wordTokenizer{}).Tokenize(in) {
			if tok.Start < end || tok.End <= tok.Start || tok.End > len(in) {
				t.Fatalf("token %d %q at [%d,%d) after %d in %q", i, tok.Term, tok.Start, tok.End, end, in)
			}
			step := 1 + fieldBreakGap*strings.Count(string(in[end:tok.Start]), FieldBreak)
			if string(tok.Term) != string(in[tok.Start:tok.End]) || tok.Position != pos+step {
				t.Fatalf("token %d %q does not match its offsets or position in %q", i, tok.Term, in)
			}
			end, pos = tok.End, tok.Position
		}
		AnalyzeExact(string(in))
		AnalyzeStem(string(in))
	})
}
