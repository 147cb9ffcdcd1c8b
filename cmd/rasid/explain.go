package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// explainSentences is how many sentences --explain prints for one value;
// the rest are counted.
const explainSentences = 3

// printExplained prints every facet value of an article with the sentences
// of title or body it was read from, its words in [brackets].
func printExplained(w io.Writer, id, title, body string, f facets.Facets, e facets.Evidence) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s\n", id, title)
	value := func(name, head string, spans []facets.Span) {
		fmt.Fprintf(&b, "  %-13s %s\n", name+":", head)
		if len(spans) == 0 {
			b.WriteString("      (no single stretch of text)\n")
		}
		seen := map[string]bool{}
		shown := 0
		for _, s := range spans {
			text := body
			if s.Field == facets.FieldTitle {
				text = title
			}
			line := markedSentence(text, s)
			if seen[line] {
				continue
			}
			seen[line] = true
			if shown == explainSentences {
				fmt.Fprintf(&b, "      … and %d more\n", len(spans)-shown)
				break
			}
			shown++
			fmt.Fprintf(&b, "      %s: %s\n", s.Field, line)
		}
	}
	for _, name := range facets.FacetNames {
		ev := e.Values(name)
		ids := f.List(name)
		for _, v := range ids {
			l, _ := facets.LookupLabel(name, v)
			value(name, fmt.Sprintf("%s (%s / %s)", v, l.AR, l.EN), ev[v])
		}
	}
	if f.Killed != nil {
		value("killed", intPtrString(f.Killed), e.Killed)
	}
	if f.Injured != nil {
		value("injured", intPtrString(f.Injured), e.Injured)
	}
	if f.EventDate != "" {
		value("event_date", f.EventDate, e.EventDate)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// maxSentence bounds the sentence printed around a span (news sentences
// run on with commas for a paragraph); a longer one is cut to a window of
// whole words around the span.
const maxSentence = 300

// markedSentence returns the sentence of text holding span s, on one line,
// with the span's words in brackets.
func markedSentence(text string, s facets.Span) string {
	start, end := sentenceAround(text, s.Start, s.End)
	pre, post := "", ""
	if end-start > maxSentence {
		if w := s.Start - maxSentence/3; w > start {
			if i := strings.IndexAny(text[w:s.Start], " \n"); i >= 0 {
				start, pre = w+i, "… "
			}
		}
		if w := s.End + maxSentence/3; w < end {
			if i := strings.LastIndexAny(text[s.End:w], " \n"); i >= 0 {
				end, post = s.End+i, " …"
			}
		}
	}
	line := pre + text[start:s.Start] + "[" + text[s.Start:s.End] + "]" + text[s.End:end] + post
	return strings.Join(strings.Fields(line), " ")
}

// sentenceAround widens [start, end) to the sentence it stands in: from
// after the last sentence end before it to the first one after it. A full
// stop ends a sentence only before a space or the end, not inside 3.5.
func sentenceAround(text string, start, end int) (int, int) {
	ends := func(i int) bool {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '\n', '!', '?', '؟', ';', '؛':
			return true
		case '.':
			return i+size == len(text) || text[i+size] == ' ' || text[i+size] == '\n'
		}
		return false
	}
	for start > 0 {
		i := start - 1
		for i > 0 && !utf8.RuneStart(text[i]) {
			i--
		}
		if ends(i) {
			break
		}
		start = i
	}
	for end < len(text) {
		if ends(end) {
			_, size := utf8.DecodeRuneInString(text[end:])
			end += size
			break
		}
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	return start, end
}
