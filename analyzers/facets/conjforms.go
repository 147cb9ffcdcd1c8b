package facets

import (
	"strings"
	"unicode/utf8"
)

// conjForms returns the words of s with, beside every two-letter word, its
// forms with the conjunction و and ف: "شن بشن" gives "شن بشن وشن فشن". The
// analysis chain and cliticForms take و and ف off a word of four letters or
// more only (وشنت is read as شنت), so a two-letter verb written with its
// conjunction ("وشن قصفا"، "فشن هجوما") is a word of its own, missed by a
// set that lists the bare verb alone. A set of verbs or nouns that may
// open a clause takes its words through conjForms; a set of particles
// (من، في، لم) does not: their و forms are other words' business.
func conjForms(s string) string {
	ws := splitFields(s)
	out := append([]string(nil), ws...)
	for _, w := range ws {
		if utf8.RuneCountInString(w) == 2 {
			out = append(out, "و"+w, "ف"+w)
		}
	}
	return strings.Join(out, " ")
}
