package analyzers

import (
	"github.com/blevesearch/bleve/v2/analysis"
)

// Normalized Arabic letters, as UTF-8. Every letter of the Arabic block is
// two bytes, so the stemmer works on bytes and counts letters as len/2.
const (
	alef = "ا"
	beh  = "ب"
	teh  = "ت"
	feh  = "ف"
	kaf  = "ك"
	lam  = "ل"
	waw  = "و"
	yeh  = "ي"
	meem = "م"

	article = alef + lam // ال
)

// Suffixes, longest first within each group. Only pronouns and the
// plural/dual/feminine endings are stripped; a lone ي is not, because in news
// it is mostly the nisba of an adjective (سوري, مدني) rather than "my", and
// keeping it is what stops مدنيين (civilians) from becoming مدن (cities).
// The feminine ة is handled as ه, which it has been folded to.
var (
	pronounSuffixes = []string{"هما", "ها", "هم", "ه"}
	pluralSuffixes  = []struct {
		s   string
		min int // letters that must remain
	}{
		{"ات", 3}, {"ون", 3}, {"ين", 3},
		// Many nouns and names end in ان (لبنان, طيران, سليمان) and real duals
		// are rare in news: only long words lose it.
		{"ان", 4},
	}
)

// stemFilter reduces each normalized term to its light stem: stacked
// proclitics, then a pronoun suffix, then a plural or feminine ending. Terms
// are only re-sliced, never written, so the filter allocates nothing.
type stemFilter struct{}

func (stemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if !t.KeyWord {
			t.Term = stem(t.Term)
		}
	}
	return input
}

// stem stems a normalized word made only of Arabic-block letters; anything
// else (numbers, Latin, mixed scripts) is returned as it is.
func stem(w []byte) []byte {
	if !arabicWord(w) {
		return stripNumberClitics(w)
	}
	return stemArabic(w, lookupWord(w))
}

// stemArabic is stem for a word arabicWord accepts, whose flags
// (lookupWord) are f: the analysis has them already, from asking whether
// the word is a stop word.
func stemArabic(w []byte, f uint8) []byte {
	w, listed := stripProclitics(w, f)
	if listed {
		return w
	}
	return stripSuffixes(w)
}

// stripNumberClitics turns a number with attached clitics (و٣١, بـ٣٠,
// الـ19, which the tokenizer keeps as one word) into the bare number, so the
// stem field finds 31 in "و٣١ قتيلا". Any other term is returned as it is.
func stripNumberClitics(w []byte) []byte {
	r := w
	if hasPrefix(r, waw) || hasPrefix(r, feh) {
		r = r[2:]
	}
	if hasPrefix(r, beh) || hasPrefix(r, kaf) || hasPrefix(r, lam) {
		r = r[2:]
	}
	if hasPrefix(r, article) {
		r = r[4:]
	}
	if len(r) == len(w) || len(r) == 0 || r[0] < '0' || r[0] > '9' {
		return w
	}
	for _, c := range r {
		if (c < '0' || c > '9') && c != '.' && c != ',' {
			return w
		}
	}
	return r
}

// arabicWord reports whether w is two-byte runes of the Arabic block only
// (U+0600..U+06FF, lead bytes 0xD8..0xDB).
func arabicWord(w []byte) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 0xD8 || w[i] > 0xDB || w[i+1] < 0x80 || w[i+1] > 0xBF {
			return false
		}
	}
	return true
}

// stripProclitics removes a stack of proclitics — conjunction و or ف, then
// a preposition ب ك ل, then the article ال (لل being ل+ال) — so that
// وبالبوكمال, بالبوكمال and البوكمال all give بوكمال. listed reports that
// the result is a listed protected word, which must not be suffix-stemmed.
//
// A bare preposition (بحلب) or a bare ف is stripped only when what remains
// is a kept word (a listed word or a known name): otherwise بلدة would lose
// its ب and فرنسا its ف. A bare و is stripped from longer words as Lucene
// does, and the same rule is applied to the word left after ال, so الوقود
// and وقود both give قود.
//
// f is w's flags (lookupWord).
func stripProclitics(w []byte, f uint8) (rest []byte, listed bool) {
	if f&listedWord != 0 {
		return w, true
	}
	if !(hasPrefix(w, waw) || hasPrefix(w, feh) || hasPrefix(w, beh) ||
		hasPrefix(w, kaf) || hasPrefix(w, lam) || hasPrefix(w, alef)) ||
		(f&nameWord != 0 && !hasPrefix(w, article)) {
		return w, false
	}
	if hasPrefix(w, waw) || hasPrefix(w, feh) {
		if r, ok := stripPrepArticle(w[2:]); ok {
			return bareWord(r)
		}
	}
	if r, ok := stripPrepArticle(w); ok {
		return bareWord(r)
	}
	switch {
	case hasPrefix(w, waw) && letters(w) >= 4:
		return bareWord(w[2:])
	case hasPrefix(w, feh) && letters(w) >= 3:
		r := w[2:]
		if f := lookupWord(r); kept(r, f) {
			return r, f&listedWord != 0
		}
	}
	return w, false
}

// stripPrepArticle removes a preposition and/or the article from the start
// of w, leaving at least two letters (three after a bare preposition).
func stripPrepArticle(w []byte) ([]byte, bool) {
	n := letters(w)
	if n >= 4 && (hasPrefix(w, beh) || hasPrefix(w, kaf) || hasPrefix(w, lam)) && isKept(w[2:]) {
		return w[2:], true // بحلب, لدمشق, للبنان (ل+لبنان, not لل+بنان)
	}
	switch {
	case n >= 4 && hasPrefix(w, article):
		return w[4:], true
	case n >= 5 && (hasPrefix(w, beh+article) || hasPrefix(w, kaf+article)):
		return w[6:], true
	case n >= 4 && hasPrefix(w, lam+lam):
		return w[4:], true // للمدينة = ل + المدينة
	}
	return w, false
}

// bareWord canonicalizes a clitic-free word: a kept word stays, and a
// leading و of a longer word is dropped as for a bare word, so the word
// reads the same whether or not it followed ال.
func bareWord(w []byte) ([]byte, bool) {
	if f := lookupWord(w); kept(w, f) {
		return w, f&listedWord != 0
	}
	if hasPrefix(w, waw) && letters(w) >= 4 {
		w = w[2:]
		return w, isListed(w)
	}
	return w, false
}

// stripSuffixes removes at most one pronoun and then at most one plural,
// dual or feminine ending, leaving at least three letters. A pronoun after
// ت is taken to follow a teh marbuta (مدينتها, سيطرته: ten times more
// common in the corpus than a root-final ت before ة, as in ثابتة), so the ت
// goes too and the word meets مدينة and سيطرة, whose folded ه is itself
// stripped as the one-letter "pronoun". A known name keeps a plural-looking
// ending (الميادين, حوران) unless it looks inflected (see keepsPlural).
func stripSuffixes(w []byte) []byte {
	for _, s := range pronounSuffixes {
		if letters(w)-len(s)/2 >= 3 && hasSuffix(w, s) {
			w = w[:len(w)-len(s)]
			if isListed(w) {
				return w
			}
			if letters(w) >= 4 && hasSuffix(w, teh) && !hasSuffix(w, alef+teh) {
				return w[:len(w)-2]
			}
			break
		}
	}
	for _, p := range pluralSuffixes {
		if letters(w)-len(p.s)/2 >= p.min && hasSuffix(w, p.s) {
			r := w[:len(w)-len(p.s)]
			if keepsPlural(w, r, p.s) {
				return w
			}
			return r
		}
	}
	return w
}

// keepsPlural reports whether the name word w keeps the plural-looking
// ending that would leave r. Village names end in ين ون ان (الميادين,
// مجدلون, حوران) and must not be cut, but the gazetteer's words also hold
// aliases such as مقاتلون and مدنيين: a nisba plural (r ends in ي) or a
// participle (م + at least four letters: مقاتل, متمرد) is stemmed, and so
// is ات, whose names (خريبات) stem consistently while common words in the
// list (سلطات, تعزيزات) must meet their singulars.
func keepsPlural(w, r []byte, suffix string) bool {
	if suffix == "ات" || hasSuffix(r, yeh) || (hasPrefix(r, meem) && letters(r) >= 4) {
		return false
	}
	return isName(w)
}

func letters(w []byte) int { return len(w) / 2 }

func hasPrefix(w []byte, p string) bool {
	return len(w) >= len(p) && string(w[:len(p)]) == p
}

func hasSuffix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}
