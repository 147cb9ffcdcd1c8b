package index

import (
	"strings"
	"unicode"
)

// userQuery is a search box query taken apart: plain words rank, quoted
// phrases are required, +word is required and -word or -"phrase" excludes.
type userQuery struct {
	words          []string
	phrases        []string
	required       []string
	excludeWords   []string
	excludePhrases []string
}

func (q userQuery) empty() bool {
	return len(q.words) == 0 && len(q.phrases) == 0 && len(q.required) == 0
}

// isQuote reports the quote marks people type around a phrase, Arabic and
// typographic ones included.
func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '″':
		return true
	}
	return false
}

// parseQuery never fails: whatever a user types is read as well as it can
// be (an unclosed quote runs to the end; stray operators are spaces).
func parseQuery(s string) userQuery {
	var q userQuery
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) {
			i++
			continue
		}
		sign := rune(0)
		if (r == '-' || r == '+') && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			sign = r
			i++
			r = rs[i]
		}
		if isQuote(r) {
			j := i + 1
			for j < len(rs) && !isQuote(rs[j]) {
				j++
			}
			phrase := strings.Join(strings.Fields(string(rs[i+1:j])), " ")
			i = j + 1
			if phrase == "" {
				continue
			}
			if sign == '-' {
				q.excludePhrases = append(q.excludePhrases, phrase)
			} else {
				q.phrases = append(q.phrases, phrase)
			}
			continue
		}
		j := i
		for j < len(rs) && !unicode.IsSpace(rs[j]) && !isQuote(rs[j]) {
			j++
		}
		word := strings.TrimFunc(string(rs[i:j]), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Mn, r)
		})
		i = j
		if word == "" {
			continue
		}
		switch sign {
		case '-':
			q.excludeWords = append(q.excludeWords, word)
		case '+':
			q.required = append(q.required, word)
		default:
			q.words = append(q.words, word)
		}
	}
	return q
}
