package analyzers

import _ "embed"

//go:embed data/protected_ar.txt
var protectedData string

// isListed reports whether the clitic-free normalized word w is in
// data/protected_ar.txt: it is then kept exactly, never suffix-stemmed.
func isListed(w []byte) bool { return lookupWord(w)&listedWord != 0 }

// isName reports whether w is a word of a gazetteer name or actor alias.
// The gazetteer holds common words too (مدينة, دولة, مدنيين are parts of
// village names and aliases), so a name word is protected less than a
// listed one: its first letter is not taken for a clitic and it keeps a
// plural-looking ending (الميادين, عفرين), but it still loses a pronoun or
// a feminine ه, so مدينتها still meets مدينة. Forms with ال are not asked:
// the article is always stripped, and a name must not keep it when the
// same name after وب loses it.
func isName(w []byte) bool {
	return !hasPrefix(w, article) && lookupWord(w)&nameWord != 0
}

// isKept reports whether w is a whole word the stemmer must not read as
// clitics plus a shorter word.
func isKept(w []byte) bool { return kept(w, lookupWord(w)) }

// kept is isKept for a word whose flags (lookupWord) are already known.
func kept(w []byte, f uint8) bool {
	return f&listedWord != 0 || (f&nameWord != 0 && !hasPrefix(w, article))
}
