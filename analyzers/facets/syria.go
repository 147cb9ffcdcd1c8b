package facets

import (
	"strings"

	"github.com/rasid-project/rasid/analyzers"
)

// syriaNames are the words whose presence anywhere in an article makes it
// one that mentions Syria: the governorate names (their capitals share
// them). Any word containing سوري (سوريا، السوري، بسورية) counts too.
var syriaNames = plainWords("دمشق حلب حمص حماة إدلب الرقة الحسكة اللاذقية طرطوس درعا السويداء القنيطرة الزور")

// MentionsSyriaAnywhere reports whether title or body has a word containing
// سوري or one of the governorate names, with the proclitics و ف ب ل ك
// taken off (للرقة counts as الرقة). An article that has none of them is a
// "non-Syria" article: a Syrian town extracted from it is almost always a
// common word or a foreign namesake taken for a village. The test is
// deliberately independent of the gazetteer, so the extractor's own errors
// cannot hide themselves; the corpus-shares report (rasid eval-facets
// --shares) and the generator's "abroad" flag (internal/gengaz) rest on it.
func MentionsSyriaAnywhere(title, body string) bool {
	for _, s := range []string{title, body} {
		for _, w := range strings.FieldsFunc(analyzers.Normalize(s), func(r rune) bool { return !isLetterASCIIOrArabic(r) }) {
			if strings.Contains(w, "سوري") {
				return true
			}
			for _, f := range procliticForms(w) {
				if syriaNames[f] {
					return true
				}
			}
		}
	}
	return false
}

func isLetterASCIIOrArabic(r rune) bool {
	return r >= 0x0621 && r <= 0x064A || r >= 'a' && r <= 'z' || r >= '0' && r <= '9'
}

// procliticForms returns w and w without a leading و/ف and then ب/ل/ك; a
// word that starts with لل also gives ال + the rest.
func procliticForms(w string) []string {
	out := []string{w}
	for _, b := range []string{w, strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")} {
		if b != w {
			out = append(out, b)
		}
		if strings.HasPrefix(b, "لل") {
			out = append(out, "ال"+strings.TrimPrefix(b, "لل"))
		}
		for _, p := range []string{"ب", "ل", "ك"} {
			if rest, ok := strings.CutPrefix(b, p); ok && rest != "" {
				out = append(out, rest)
			}
		}
	}
	return out
}
