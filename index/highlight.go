package index

import (
	"html"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/rasid-project/rasid/analyzers"
)

// snippetBytes is roughly how much body text a snippet shows.
const snippetBytes = 320

// highlighter marks the words of one query in result bodies. It runs the
// index's own analyzers over the stored text, so a match is marked exactly
// where the index matched it (وبالبوكمال for البوكمال, ٣١ for 31), and the
// byte offsets of the original text are kept.
type highlighter struct {
	exact, stem analysis.Analyzer
	exactTerms  map[string]bool
	stemTerms   map[string]bool
}

func (ix *Index) newHighlighter(uq userQuery) *highlighter {
	m := ix.bi.Mapping()
	h := &highlighter{
		exact:      m.AnalyzerNamed(analyzers.AnalyzerExact),
		stem:       m.AnalyzerNamed(analyzers.AnalyzerStem),
		exactTerms: map[string]bool{},
		stemTerms:  map[string]bool{},
	}
	text := []byte(strings.Join(append(append(slices.Clone(uq.words), uq.required...), uq.phrases...), " "))
	if h.exact != nil {
		for _, t := range h.exact.Analyze(text) {
			h.exactTerms[string(t.Term)] = true
		}
	}
	if h.stem != nil {
		for _, t := range h.stem.Analyze(text) {
			h.stemTerms[string(t.Term)] = true
		}
	}
	return h
}

type span struct{ start, end int }

// marks returns the byte spans of body that match the query, sorted.
func (h *highlighter) marks(body []byte) []span {
	var out []span
	add := func(a analysis.Analyzer, terms map[string]bool) {
		if a == nil || len(terms) == 0 {
			return
		}
		for _, t := range a.Analyze(body) {
			if terms[string(t.Term)] {
				out = append(out, span{t.Start, t.End})
			}
		}
	}
	add(h.exact, h.exactTerms)
	add(h.stem, h.stemTerms)
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	// The two analyzers often mark the same word: merge overlaps.
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 && s.start < merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// snippet returns an HTML fragment of body around its best cluster of
// matches, text escaped and matches wrapped in <mark>.
func (h *highlighter) snippet(body string) string {
	b := []byte(body)
	marks := h.marks(b)
	from := 0
	if len(marks) > 0 {
		// The window of snippetBytes holding the most marks wins; it opens
		// a little before its first mark so the reader sees context.
		best, bestCount := 0, 0
		j := 0
		for i := range marks {
			for j < len(marks) && marks[j].end-marks[i].start <= snippetBytes*3/4 {
				j++
			}
			if j-i > bestCount {
				best, bestCount = i, j-i
			}
		}
		from = max(0, marks[best].start-snippetBytes/4)
	}
	to := min(len(b), from+snippetBytes)
	from, to = wordBounds(b, from, to)

	var sb strings.Builder
	if from > 0 {
		sb.WriteString("… ")
	}
	pos := from
	for _, m := range marks {
		if m.start < from || m.end > to {
			continue
		}
		sb.WriteString(html.EscapeString(string(b[pos:m.start])))
		sb.WriteString("<mark>")
		sb.WriteString(html.EscapeString(string(b[m.start:m.end])))
		sb.WriteString("</mark>")
		pos = m.end
	}
	sb.WriteString(html.EscapeString(string(b[pos:to])))
	if to < len(b) {
		sb.WriteString(" …")
	}
	return strings.Join(strings.Fields(sb.String()), " ")
}

// wordBounds moves from forward and to backward to the nearest spaces, so a
// snippet never starts or ends inside a word or a UTF-8 sequence.
func wordBounds(b []byte, from, to int) (int, int) {
	if from > 0 {
		if i := strings.IndexByte(string(b[from:min(to, from+40)]), ' '); i >= 0 {
			from += i + 1
		}
		for from < len(b) && !utf8.RuneStart(b[from]) {
			from++
		}
	}
	if to < len(b) {
		if i := strings.LastIndexByte(string(b[max(from, to-40):to]), ' '); i >= 0 {
			to = max(from, to-40) + i
		}
		for to > from && to < len(b) && !utf8.RuneStart(b[to]) {
			to--
		}
	}
	return from, to
}
