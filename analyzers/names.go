package analyzers

import _ "embed"

// nameWordsData lists every word of a town name, governorate phrase or actor
// alias that extraction (analyzers/facets) knows, with and without ال. It is
// a data file of the analysis chain rather than a call into the gazetteer so
// that analysis depends on nothing above it; a test in analyzers/facets
// fails when the gazetteer and this list part, and rewrites it with -update.
//
//go:embed data/name_words.txt
var nameWordsData string

// knownNameWord reports whether tok, a normalized word, is a word of a
// known town name or actor alias (with or without ال), so the analyzer can
// keep it from being stemmed into something else.
func knownNameWord(tok string) bool { return lookupWord(stringBytes(tok))&nameWord != 0 }
