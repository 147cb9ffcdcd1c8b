package analyzers

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"
)

// analyzerNamed builds a registered analyzer the way an index mapping does.
// stemToken is the stem stemFilter gives one word after normalizing it,
// with no tokenizing and no stop words: the reference the analyzers' stems
// are checked against.
func stemToken(tok string) string {
	return string(stem([]byte(Normalize(tok))))
}

func analyzerNamed(t testing.TB, name string) analysis.Analyzer {
	t.Helper()
	a, err := registry.NewCache().AnalyzerNamed(name)
	if err != nil {
		t.Fatalf("analyzer %q: %v", name, err)
	}
	return a
}

func termsOf(a analysis.Analyzer, text string) []string {
	return terms(a.Analyze([]byte(text)))
}

// TestAnalyzers lists, for each weakness of the stock chain named in issue 2,
// the terms each of rasid's analyzers indexes. The expected terms follow from
// the folding rules (ة→ه, ئ→ي, أ→ا...) and the stemming rules in stem.go.
func TestAnalyzers(t *testing.T) {
	exact := analyzerNamed(t, AnalyzerExact)
	stemmed := analyzerNamed(t, AnalyzerStem)
	cases := []struct {
		name, in    string
		exact, stem []string
	}{
		// Digits of every script fold to ASCII.
		{"arabic-indic digits", "٣١", []string{"31"}, []string{"31"}},
		{"persian digits", "۳۱", []string{"31"}, []string{"31"}},
		{"ascii digits", "31", []string{"31"}, []string{"31"}},
		{"devanagari digits", "३१", []string{"31"}, []string{"31"}},
		{"mathematical digits", "𝟑𝟏", []string{"31"}, []string{"31"}},
		{"arabic separators", "١٬٠٠٠ ٣٫٥", []string{"1,000", "3.5"}, []string{"1,000", "3.5"}},
		{"number with clitics", "و٣١ بـ٣٠ الـ19 و2017x", []string{"و31", "ب30", "ال19", "و2017x"}, []string{"31", "30", "19", "و2017x"}},
		{"toll in a sentence", "مقتل ٣١ مدنياً", []string{"مقتل", "31", "مدنيا"}, []string{"مقتل", "31", "مدنيا"}},

		// Stacked proclitics: the stem field meets the bare name.
		{"wa+bi+al", "وبالبوكمال", []string{"وبالبوكمال"}, []string{"بوكمال"}},
		{"al", "البوكمال", []string{"البوكمال"}, []string{"بوكمال"}},
		{"bi+al", "بالبوكمال", []string{"بالبوكمال"}, []string{"بوكمال"}},
		{"fa+bi+al", "فبالمدينة", []string{"فبالمدينه"}, []string{"مدين"}},
		{"wa+li+al as wa+lil", "وللمدينة", []string{"وللمدينه"}, []string{"مدين"}},
		{"al, teh marbuta", "المدينة", []string{"المدينه"}, []string{"مدين"}},
		{"wa+al, protected", "والقوات", []string{"والقوات"}, []string{"قوات"}},
		{"bare preposition before a known name", "بحلب ولدمشق", []string{"بحلب", "ولدمشق"}, []string{"حلب", "دمشق"}},
		{"li+name starting with lam", "للبنان", []string{"للبنان"}, []string{"لبنان"}},
		{"bare bi not stripped from a word", "بلدة", []string{"بلده"}, []string{"بلد"}},
		{"root waw after the article", "الوقود ووقود", []string{"الوقود", "ووقود"}, []string{"قود", "قود"}},
		{"protected waw word", "الوزير ووزير", []string{"الوزير", "ووزير"}, []string{"وزير", "وزير"}},

		// Hamza seats and letter variants.
		{"waw hamza", "مؤتمر", []string{"موتمر"}, []string{"موتمر"}},
		{"yeh hamza", "لاجئين", []string{"لاجيين"}, []string{"لاجي"}},
		{"alef wasla", "ٱلبوكمال", []string{"البوكمال"}, []string{"بوكمال"}},
		{"alef variants", "أحمد إبراهيم آمنة", []string{"احمد", "ابراهيم", "امنه"}, []string{"احمد", "ابراهيم", "امن"}},
		{"alef maqsura", "مستشفى", []string{"مستشفي"}, []string{"مستشفي"}},
		{"combining hamza", "ا\u0654حمد", []string{"احمد"}, []string{"احمد"}},

		// Persian and Urdu letters.
		{"persian kaf and yeh", "پاکستان کوبانی", []string{"باكستان", "كوباني"}, []string{"باكستان", "كوباني"}},
		{"veh and gaf", "ڤيينا گ", []string{"فيينا", "ك"}, []string{"فيينا", "ك"}},
		{"urdu heh goal", "ہ", []string{"ه"}, []string{"ه"}},

		// Harakat, superscript alef, tatweel.
		{"harakat", "مَدِينَةٌ", []string{"مدينه"}, []string{"مدين"}},
		{"shadda and sukun", "قُتِّلْ", []string{"قتل"}, []string{"قتل"}},
		{"tatweel", "كـــتـاب", []string{"كتاب"}, []string{"كتاب"}},
		{"superscript alef", "رحمٰن", []string{"رحمن"}, []string{"رحمن"}},

		// Presentation forms (NFKC).
		{"presentation forms", "\uFE8D\uFEDF\uFE92\uFEEE\uFEDB\uFEE4\uFE8E\uFEDD", []string{"البوكمال"}, []string{"بوكمال"}},
		{"lam-alef ligature U+FEF7", "\uFEF7سباب", []string{"لاسباب"}, []string{"لاسباب"}},

		// Teh marbuta before a pronoun.
		{"control + her", "سيطرتها", []string{"سيطرتها"}, []string{"سيطر"}},
		{"control", "سيطرة", []string{"سيطره"}, []string{"سيطر"}},
		{"control + his", "سيطرته", []string{"سيطرته"}, []string{"سيطر"}},
		{"city + her", "مدينتها", []string{"مدينتها"}, []string{"مدين"}},
		{"city + their", "مدينتهم", []string{"مدينتهم"}, []string{"مدين"}},
		{"root teh kept", "بيته", []string{"بيته"}, []string{"بيت"}},

		// No over-stemming.
		{"month", "تشرين", []string{"تشرين"}, []string{"تشرين"}},
		{"month after clitics", "وبتشرين", []string{"وبتشرين"}, []string{"تشرين"}},
		{"forces", "قوات", []string{"قوات"}, []string{"قوات"}},
		{"forces + their", "قواتهم", []string{"قواتهم"}, []string{"قوات"}},
		{"town", "الميادين", []string{"الميادين"}, []string{"ميادين"}},
		{"civilians (not cities)", "مدنيين المدنيون مدن", []string{"مدنيين", "المدنيون", "مدن"}, []string{"مدني", "مدني", "مدن"}},
		{"number word", "عشرين", []string{"عشرين"}, []string{"عشرين"}},
		{"short word", "سكان", []string{"سكان"}, []string{"سكان"}},
		{"plural participle", "والمقاتلون المقاتلين", []string{"والمقاتلون", "المقاتلين"}, []string{"مقاتل", "مقاتل"}},
		{"six", "ستة", []string{"سته"}, []string{"سته"}},

		// Stop words go after normalization, in every spelling.
		{"ila spellings", "إلى الى إلَى إلي", nil, nil},
		{"ala with harakat", "عَلَى", nil, nil},
		{"anna with shadda", "أنّ", nil, nil},
		{"hadha with superscript alef", "هٰذا", nil, nil},
		{"stop words in a sentence", "ذهب إلى المدينة", []string{"ذهب", "المدينه"}, []string{"ذهب", "مدين"}},
		{"ام starts a place name", "بلدة أم المياذن", []string{"بلده", "ام", "المياذن"}, []string{"بلد", "ام", "مياذن"}},
		{"stop word after clitics (stem only)", "وبعد", []string{"وبعد"}, nil},

		// Latin.
		{"latin lower-cased", "ISIS Raqqa", []string{"isis", "raqqa"}, []string{"isis", "raqqa"}},
		{"empty", "", nil, nil},
		{"punctuation only", "، . !", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := termsOf(exact, c.in); !slices.Equal(got, nonNil(c.exact)) {
				t.Errorf("exact(%q) = %q, want %q", c.in, got, c.exact)
			}
			if got := termsOf(stemmed, c.in); !slices.Equal(got, nonNil(c.stem)) {
				t.Errorf("stem(%q) = %q, want %q", c.in, got, c.stem)
			}
			// The helpers give what the registered analyzers give.
			if got := AnalyzeExact(c.in); !slices.Equal(got, nonNil(c.exact)) {
				t.Errorf("AnalyzeExact(%q) = %q, want %q", c.in, got, c.exact)
			}
			if got := AnalyzeStem(c.in); !slices.Equal(got, nonNil(c.stem)) {
				t.Errorf("AnalyzeStem(%q) = %q, want %q", c.in, got, c.stem)
			}
		})
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// TestStemMeets checks the pairs a user expects to find each other through
// the stem field, and pairs that must stay apart.
func TestStemMeets(t *testing.T) {
	meet := [][2]string{
		{"وبالبوكمال", "البوكمال"},
		{"فبالمدينة", "المدينة"},
		{"وللمدينة", "مدينة"},
		{"سيطرتها", "سيطرة"},
		{"مدينتها", "مدينة"},
		{"مدنيين", "مدنيون"},
		{"المدنيين", "مدني"},
		{"السورية", "سوري"},
		{"الهجمات", "هجماتهم"},
		{"ووزير", "وزير"},
		{"لتشرين", "تشرين"},
	}
	for _, p := range meet {
		if a, b := stemToken(p[0]), stemToken(p[1]); a != b {
			t.Errorf("stemToken(%s) = %s, stemToken(%s) = %s: want equal", p[0], a, p[1], b)
		}
	}
	apart := [][2]string{
		{"مدنيين", "مدن"},   // civilians, cities
		{"عشرين", "عشر"},    // twenty, ten
		{"عشرات", "عشر"},    // dozens, ten
		{"تشرين", "تشر"},    // the month, a non-word the stock stemmer makes
		{"الميادين", "ميد"}, // the town, a stub
		{"الأحد", "أحد"},    // Sunday, one
		{"واحد", "حد"},      // one, limit
	}
	for _, p := range apart {
		if a, b := stemToken(p[0]), stemToken(p[1]); a == b {
			t.Errorf("stemToken(%s) = stemToken(%s) = %s: want different", p[0], p[1], a)
		}
	}
}

// TestStockComparison runs bleve's stock "ar" analyzer on the weaknesses the
// issue measured and checks both that stock really has them and that rasid's
// stem analyzer does not. If a bleve upgrade fixes stock, the first half
// fails and this table should be revisited.
func TestStockComparison(t *testing.T) {
	stock := analyzerNamed(t, "ar")
	ours := analyzerNamed(t, AnalyzerStem)
	// Over-stemming: the stock light stemmer cuts every listed suffix.
	for _, c := range []struct{ in, stock, ours string }{
		{"قوات", "قو", "قوات"},
		{"تشرين", "تشر", "تشرين"},
		{"الميادين", "مياد", "ميادين"},
		{"مدنيين", "مدن", "مدني"},
		{"٣١", "٣١", "31"},
		{"مؤتمر", "مؤتمر", "موتمر"},
	} {
		if got := termsOf(stock, c.in); !slices.Equal(got, []string{c.stock}) {
			t.Errorf("stock(%s) = %q, want %q", c.in, got, c.stock)
		}
		if got := termsOf(ours, c.in); !slices.Equal(got, []string{c.ours}) {
			t.Errorf("ours(%s) = %q, want %q", c.in, got, c.ours)
		}
	}
	// Pairs stock keeps apart and rasid brings together.
	for _, p := range [][2]string{
		{"وبالبوكمال", "البوكمال"}, // stock strips one prefix only
		{"فبالمدينة", "المدينة"},
		{"سيطرتها", "سيطرة"}, // stock: سيطرت vs سيطر
		{"٣١", "31"},
		{"لاجئين", "لاجيين"}, // stock does not fold ئ
	} {
		s0, s1 := termsOf(stock, p[0]), termsOf(stock, p[1])
		if slices.Equal(s0, s1) {
			t.Errorf("stock already meets %s and %s (%q)", p[0], p[1], s0)
		}
		o0, o1 := termsOf(ours, p[0]), termsOf(ours, p[1])
		if !slices.Equal(o0, o1) {
			t.Errorf("ours: %s → %q, %s → %q: want equal", p[0], o0, p[1], o1)
		}
	}
	// Stop words: stock removes them before folding, so a hamza variant
	// the list does not spell survives; rasid's list is applied to the
	// folded form.
	if got := termsOf(stock, "إلَى"); len(got) == 0 {
		t.Errorf("stock removed إلَى; the comparison needs a variant it misses")
	}
	if got := termsOf(ours, "إلَى"); len(got) != 0 {
		t.Errorf("ours kept %q for the stop word إلَى", got)
	}
}

// TestOffsetsPointAtOriginal checks that folding happens in the term only:
// Start and End still cut the original bytes, so a highlighter marks ٣١,
// not a shifted span.
func TestOffsetsPointAtOriginal(t *testing.T) {
	in := []byte("قُتِلَ ٣١ مدنياً في وبالبوكمال ۳۱٫٥ ﻷسباب")
	want := map[string]string{ // term → original text it must point at
		"31":         "٣١",
		"مدنيا":      "مدنياً",
		"قتل":        "قُتِلَ",
		"بوكمال":     "وبالبوكمال",
		"لاسباب":     "ﻷسباب",
		"و31":        "و۳۱",
		"وبالبوكمال": "وبالبوكمال",
	}
	for _, name := range []string{AnalyzerExact, AnalyzerStem} {
		orig := slices.Clone(in)
		seen := 0
		for _, tok := range analyzerNamed(t, name).Analyze(in) {
			if tok.Start < 0 || tok.End > len(in) || tok.Start >= tok.End {
				t.Fatalf("%s: token %q has offsets %d..%d in %d bytes", name, tok.Term, tok.Start, tok.End, len(in))
			}
			if w, ok := want[string(tok.Term)]; ok {
				seen++
				if got := string(in[tok.Start:tok.End]); got != w {
					t.Errorf("%s: term %q points at %q, want %q", name, tok.Term, got, w)
				}
			}
		}
		if seen < 5 {
			t.Errorf("%s: only %d of the expected terms were produced", name, seen)
		}
		if !slices.Equal(orig, in) {
			t.Fatalf("%s wrote into its input", name)
		}
	}
}

// TestHighlightArabicDigits indexes a sentence with Arabic-Indic digits in a
// real in-memory bleve index and searches for the ASCII number: the hit's
// highlighted fragment must mark the original ٣١.
func TestHighlightArabicDigits(t *testing.T) {
	fm := bleve.NewTextFieldMapping()
	fm.Analyzer = AnalyzerStem
	dm := bleve.NewDocumentMapping()
	dm.AddFieldMappingsAt("body", fm)
	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	idx, err := bleve.NewMemOnly(im)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	body := "قُتل ٣١ مدنياً وبالبوكمال أمس"
	if err := idx.Index("a", map[string]any{"body": body}); err != nil {
		t.Fatal(err)
	}
	for q, mark := range map[string]string{"31": "<mark>٣١</mark>", "البوكمال": "<mark>وبالبوكمال</mark>"} {
		mq := bleve.NewMatchQuery(q)
		mq.SetField("body")
		mq.Analyzer = AnalyzerStem
		req := bleve.NewSearchRequest(mq)
		req.Highlight = bleve.NewHighlight()
		res, err := idx.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) != 1 {
			t.Fatalf("query %q: %d hits, want 1", q, len(res.Hits))
		}
		frag := strings.Join(res.Hits[0].Fragments["body"], " ")
		if !strings.Contains(frag, mark) {
			t.Errorf("query %q: fragment %q does not contain %q", q, frag, mark)
		}
	}
}

// TestSeedsTermsMatchSourceText runs both analyzers over the committed seed
// articles and checks, token by token, that the exact term is the
// normalized form of the bytes its offsets cover, and that every mention of
// البوكمال (with any clitics) reaches the stem field as بوكمال.
func TestSeedsTermsMatchSourceText(t *testing.T) {
	files, _ := filepath.Glob("../examples/*.txt")
	if len(files) == 0 {
		t.Skip("no seeds in ../examples")
	}
	for _, f := range files {
		in, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		exact := exactAnalyzer.Analyze(slices.Clone(in))
		if len(exact) < 100 {
			t.Fatalf("%s: only %d tokens", f, len(exact))
		}
		names := 0
		for _, tok := range exact {
			src := string(in[tok.Start:tok.End])
			if got := Normalize(src); got != string(tok.Term) {
				t.Errorf("%s: %q normalizes to %q but was indexed as %q", f, src, got, tok.Term)
			}
			if strings.HasSuffix(string(tok.Term), "البوكمال") {
				names++
			}
		}
		stems := 0
		for _, tok := range stemAnalyzer.Analyze(slices.Clone(in)) {
			if string(tok.Term) == "بوكمال" {
				stems++
			}
		}
		if names == 0 || stems != names {
			t.Errorf("%s: %d surface mentions of البوكمال, %d stems بوكمال", f, names, stems)
		}
	}
}

// TestDigitValue checks digitValue against every decimal digit Unicode
// knows, using NFKC (which maps many of them to ASCII) as an independent
// reference where it applies.
func TestDigitValue(t *testing.T) {
	checked := 0
	for _, tab := range []*unicode.RangeTable{unicode.Nd} {
		for _, r16 := range tab.R16 {
			for r := rune(r16.Lo); r <= rune(r16.Hi); r += rune(r16.Stride) {
				checkDigit(t, r, &checked)
			}
		}
		for _, r32 := range tab.R32 {
			for r := rune(r32.Lo); r <= rune(r32.Hi); r += rune(r32.Stride) {
				checkDigit(t, r, &checked)
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d digits had an NFKC reference", checked)
	}
	for r, want := range map[rune]int{
		'٣': 3, '۳': 3, '३': 3, '٠': 0, '۹': 9, '৭': 7, '３': 3,
		0x1D7D1: 3, // MATHEMATICAL BOLD DIGIT THREE
		0x1D7DB: 3, // MATHEMATICAL DOUBLE-STRUCK DIGIT THREE: second run of a joined range
		0x1D7FF: 9,
		'a':     -1, 'ا': -1, '½': -1, '²': -1, 'Ⅻ': -1,
	} {
		if got := digitValue(r); got != want {
			t.Errorf("digitValue(%U) = %d, want %d", r, got, want)
		}
	}
}

func checkDigit(t *testing.T, r rune, checked *int) {
	t.Helper()
	d := digitValue(r)
	if d < 0 || d > 9 {
		t.Errorf("digitValue(%U) = %d for a decimal digit", r, d)
		return
	}
	if n := norm.NFKC.String(string(r)); len(n) == 1 && n[0] >= '0' && n[0] <= '9' {
		*checked++
		if int(n[0]-'0') != d {
			t.Errorf("digitValue(%U) = %d, NFKC says %s", r, d, n)
		}
	}
	if f, _ := FoldRune(r); f != rune('0'+d) {
		t.Errorf("FoldRune(%U) = %q, want %d", r, f, d)
	}
}

// FuzzAnalyze feeds arbitrary bytes to both analyzers: no panic, offsets in
// range, valid UTF-8 terms from valid UTF-8 input, input left untouched.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"وبالبوكمال ٣١", "\uFEF7", "ـــ", "\xff\xfe", "لل", "وال", "ABC ۳", "مَدِينَتُهَا"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		orig := slices.Clone(in)
		for _, a := range []analysis.Analyzer{exactAnalyzer, stemAnalyzer} {
			for _, tok := range a.Analyze(in) {
				if tok.Start < 0 || tok.End > len(in) || tok.Start > tok.End {
					t.Fatalf("offsets %d..%d out of %d bytes", tok.Start, tok.End, len(in))
				}
				if len(tok.Term) == 0 {
					t.Fatalf("empty term at %d", tok.Start)
				}
				if utf8.Valid(in) && !utf8.Valid(tok.Term) {
					t.Fatalf("invalid UTF-8 term %q from valid input", tok.Term)
				}
			}
		}
		if !slices.Equal(orig, in) {
			t.Fatal("analysis wrote into its input")
		}
		checkExactAndStem(t, in)
	})
}

// TestAnalyzeExactAndStem checks that the one-pass analysis an index uses
// gives, token for token, what the two registered analyzers give, on the
// seeds and a thousand corpus articles (titles and bodies joined as the
// index joins them).
func TestAnalyzeExactAndStem(t *testing.T) {
	_, texts := corpusTexts(t)
	texts = append(texts, []byte("عنوان"+FieldBreak+"وبعد ذلك، وبالبوكمال ٣١ قتيلاً"), nil, []byte("و في"))
	for _, text := range texts {
		checkExactAndStem(t, text)
	}
}

func checkExactAndStem(t *testing.T, text []byte) {
	t.Helper()
	exact, stem := AnalyzeExactAndStem(text)
	for _, c := range []struct {
		name      string
		got, want analysis.TokenStream
	}{
		{"exact", exact, exactAnalyzer.Analyze(text)},
		{"stem", stem, stemAnalyzer.Analyze(text)},
	} {
		if len(c.got) != len(c.want) {
			t.Fatalf("%s: %d tokens, the analyzer gives %d (text %.80q)", c.name, len(c.got), len(c.want), text)
		}
		for i, g := range c.got {
			w := c.want[i]
			if !bytes.Equal(g.Term, w.Term) || g.Start != w.Start || g.End != w.End || g.Position != w.Position || g.Type != w.Type || g.KeyWord != w.KeyWord {
				t.Fatalf("%s token %d: %+v, the analyzer gives %+v", c.name, i, *g, *w)
			}
		}
	}
}
