package index

import (
	"html"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/rasid-project/rasid/analyzers"
	"github.com/rasid-project/rasid/analyzers/facets"
)

// snippetBytes is roughly how much body text a snippet shows.
const snippetBytes = 320

// highlighter marks the words of one query in result bodies and titles.
// It runs the index's own analyzers over the stored text, so a match is
// marked exactly where the index matched it (وبالبوكمال for البوكمال, ٣١
// for 31), and the byte offsets of the original text are kept. A quoted
// phrase is marked only where its words stand together, and an entity the
// query names (قسد) is marked wherever the text names it, under any alias
// (قوات سوريا الديمقراطية): that is how such a document matched.
type highlighter struct {
	exact, stem analysis.Analyzer
	exactTerms  map[string]bool
	stemTerms   map[string]bool
	phrases     []phraseTerms
	entities    map[string]bool // facet + "\x00" + id
}

// phraseTerms is a phrase as the exact analyzer sees it: its terms and
// their positions relative to the first (a dropped stop word leaves a gap).
type phraseTerms struct {
	terms []string
	offs  []int
}

func (ix *Index) newHighlighter(uq userQuery) *highlighter {
	m := ix.bi.Mapping()
	h := &highlighter{
		exact:      m.AnalyzerNamed(analyzers.AnalyzerExact),
		stem:       m.AnalyzerNamed(analyzers.AnalyzerStem),
		exactTerms: map[string]bool{},
		stemTerms:  map[string]bool{},
		entities:   map[string]bool{},
	}
	words := append(slices.Clone(uq.words), uq.required...)
	text := []byte(strings.Join(words, " "))
	if h.exact != nil {
		for _, t := range h.exact.Analyze(text) {
			h.exactTerms[string(t.Term)] = true
		}
		for _, p := range uq.phrases {
			var pt phraseTerms
			toks := h.exact.Analyze([]byte(p))
			for _, t := range toks {
				pt.offs = append(pt.offs, t.Position-toks[0].Position)
				pt.terms = append(pt.terms, string(t.Term))
			}
			if len(pt.terms) > 0 {
				h.phrases = append(h.phrases, pt)
			}
		}
	}
	if h.stem != nil {
		for _, t := range h.stem.Analyze(text) {
			h.stemTerms[string(t.Term)] = true
		}
	}
	if len(words) > 0 {
		for _, e := range facets.FindEntities(strings.Join(words, " ")) {
			h.entities[e.Facet+"\x00"+e.ID] = true
		}
	}
	return h
}

type span struct{ start, end int }

// marks returns the byte spans of body that match the query, sorted.
func (h *highlighter) marks(body []byte) []span {
	var out []span
	var exactToks analysis.TokenStream
	if h.exact != nil && (len(h.exactTerms) > 0 || len(h.phrases) > 0 || len(h.entities) > 0) {
		exactToks = h.exact.Analyze(body)
	}
	for _, t := range exactToks {
		if h.exactTerms[string(t.Term)] {
			out = append(out, span{t.Start, t.End})
		}
	}
	if h.stem != nil && len(h.stemTerms) > 0 {
		for _, t := range h.stem.Analyze(body) {
			if h.stemTerms[string(t.Term)] {
				out = append(out, span{t.Start, t.End})
			}
		}
	}
	out = append(out, h.phraseMarks(exactToks)...)
	out = append(out, h.entityMarks(body, exactToks)...)
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	// The analyzers often mark the same word: merge overlaps.
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

// phraseMarks finds each phrase where its terms stand at their relative
// positions, and marks it from its first word to its last.
func (h *highlighter) phraseMarks(toks analysis.TokenStream) []span {
	if len(h.phrases) == 0 {
		return nil
	}
	at := make(map[int]*analysis.Token, len(toks))
	for _, t := range toks {
		at[t.Position] = t
	}
	var out []span
	for _, p := range h.phrases {
		for _, t := range toks {
			if string(t.Term) != p.terms[0] {
				continue
			}
			last := t
			for j := 1; j < len(p.terms) && last != nil; j++ {
				if u := at[t.Position+p.offs[j]]; u != nil && string(u.Term) == p.terms[j] {
					last = u
				} else {
					last = nil
				}
			}
			if last != nil {
				out = append(out, span{t.Start, last.End})
			}
		}
	}
	return out
}

// entityMarks marks the names of the query's entities in body. The
// extractor is run on each sentence, and the names it found for those
// entities (normalized as the exact analyzer normalizes) are then looked up
// among the sentence's words, so the cost stays linear in the text.
func (h *highlighter) entityMarks(body []byte, toks analysis.TokenStream) []span {
	if len(h.entities) == 0 || len(toks) == 0 {
		return nil
	}
	var out []span
	for i := 0; i < len(toks); {
		// A sentence: words up to the next full stop, question mark or line break.
		j := i + 1
		for j < len(toks) && !sentenceBreak(body[toks[j-1].End:toks[j].Start]) {
			j++
		}
		var names [][]string
		for _, e := range facets.FindEntities(string(body[toks[i].Start:toks[j-1].End])) {
			if h.entities[e.Facet+"\x00"+e.ID] {
				if w := strings.Fields(e.Alias); len(w) > 0 {
					names = append(names, w)
				}
			}
		}
		for _, name := range names {
			for k := i; k+len(name) <= j; k++ {
				n := 0
				for n < len(name) && string(toks[k+n].Term) == name[n] {
					n++
				}
				if n == len(name) {
					out = append(out, span{toks[k].Start, toks[k+n-1].End})
				}
			}
		}
		i = j
	}
	return out
}

// sentenceBreak reports whether the text between two words ends a sentence.
func sentenceBreak(between []byte) bool {
	return strings.ContainsAny(string(between), ".!?؟\n")
}

// marked returns text as HTML, escaped, with every match wrapped in <mark>.
func (h *highlighter) marked(text string) string {
	b := []byte(text)
	return h.render(b, h.marks(b), 0, len(b))
}

// render writes b[from:to] as escaped HTML with the marks inside it.
func (h *highlighter) render(b []byte, marks []span, from, to int) string {
	var sb strings.Builder
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
	return sb.String()
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
	sb.WriteString(h.render(b, marks, from, to))
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
