package analyzers

// knownNameWord reports whether tok, a normalized word, is a word of a
// known town name or actor alias (with or without ال), so the analyzer can
// keep it from being stemmed into something else.
func knownNameWord(tok string) bool { return lex().words[tok] }
