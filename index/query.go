package index

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/rasid-project/rasid/analyzers"
	"github.com/rasid-project/rasid/analyzers/facets"
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

// blank reports a query with nothing in it to search for or to exclude.
func (q userQuery) blank() bool {
	return q.empty() && len(q.excludeWords) == 0 && len(q.excludePhrases) == 0
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

// Match modes of Request.Match.
const (
	MatchAll = "all" // every word (stop words excepted) must match; the default
	MatchAny = "any" // any word may match; more matching words rank higher
)

// MatchInfo says how the words of a query were matched, so a client can
// tell the user when results hold only some of the words.
type MatchInfo struct {
	Mode string `json:"mode"` // MatchAll or MatchAny
	// Words counts the query's plain words (stop words and repeats are not
	// counted; quoted phrases and +words are always required and not
	// counted here).
	Words int `json:"words"`
	// Required is how many of Words every hit contains: all of them in
	// "all" mode, all but one in a query of more than four words.
	Required int `json:"required"`
	// Relaxed is true when no document had the required words and the
	// results are those with most of them (Required is then lower).
	Relaxed bool `json:"relaxed"`
}

// allWordsUpTo is the longest query (in words that count) whose every
// word must match; a longer query may miss one. Swept on the dev queries
// (BENCHMARKS.md): requiring every word of the 5–6-word known-item queries
// lost targets that spell one word differently (روسية for روسيا, كفرلوسين
// for كفر لوسين): MRR@10 0.938 and nDCG@10 0.702 against 0.971 and 0.746
// for any word; one missing word allowed beyond four words gave 0.988 and
// 0.758, beyond three 0.988 and 0.744.
const allWordsUpTo = 4

// maxEntityGram is the longest run of query words looked up as one name
// (قوات سوريا الديمقراطية is three).
const maxEntityGram = 4

// wordClauses returns, for each plain word of the query that is not a stop
// word, a clause that a document satisfies when it holds the word in any
// form the index matches (as written, through its stem) or carries an
// entity that the word names, alone or with its neighbours (قسد →
// actor sdf; دير الزور → its governorate). Filters carry no score: the
// ranking is left to the scoring disjunction of textQuery.
func (ix *Index) wordClauses(uq userQuery) []query.Query {
	exact := ix.bi.Mapping().AnalyzerNamed(analyzers.AnalyzerExact)
	type word struct {
		text string
		ents []facets.Entity
	}
	var words []word
	seen := map[string]bool{}
	idx := make([]int, len(uq.words)) // query word → words index, -1 for a stop word or repeat
	for i, w := range uq.words {
		idx[i] = -1
		if exact == nil {
			continue
		}
		toks := exact.Analyze([]byte(w))
		if len(toks) == 0 {
			continue // a stop word
		}
		var key []string
		for _, t := range toks {
			key = append(key, string(t.Term))
		}
		k := strings.Join(key, " ")
		if seen[k] {
			continue
		}
		seen[k] = true
		idx[i] = len(words)
		words = append(words, word{text: w})
	}
	// An entity named by words i..j satisfies each of those words. It must
	// also be found in the whole query, which leaves out place names that
	// are common words unless the query is just that name.
	inQuery := map[string]bool{}
	for _, e := range facets.FindEntities(strings.Join(uq.words, " ")) {
		inQuery[e.Facet+"\x00"+e.ID] = true
	}
	for i := range uq.words {
		for n := 1; n <= maxEntityGram && i+n <= len(uq.words); n++ {
			gram := strings.Join(uq.words[i:i+n], " ")
			for _, e := range facets.FindEntities(gram) {
				if !inQuery[e.Facet+"\x00"+e.ID] || len(strings.Fields(e.Alias)) != n && n > 1 {
					continue // names only part of the run; found at its own length
				}
				for j := i; j < i+n; j++ {
					if k := idx[j]; k >= 0 {
						words[k].ents = append(words[k].ents, e)
					}
				}
			}
		}
	}
	out := make([]query.Query, 0, len(words))
	for _, w := range words {
		alts := []query.Query{
			match(fieldText, w.text, boostFilter),
			match(fieldTextStem, w.text, boostFilter),
		}
		for _, e := range w.ents {
			tq := query.NewTermQuery(e.ID)
			tq.SetField(e.Facet)
			tq.SetBoost(boostFilter)
			alts = append(alts, tq)
		}
		out = append(out, query.NewDisjunctionQuery(alts))
	}
	return out
}

// atLeast requires k of clauses.
func atLeast(clauses []query.Query, k int) query.Query {
	if k >= len(clauses) {
		return query.NewConjunctionQuery(clauses)
	}
	d := query.NewDisjunctionQuery(clauses)
	d.SetMin(float64(k))
	return d
}

// matchText builds the text part of r: the scoring query of textQuery and,
// in "all" mode, the requirement that every word match (all but one in a
// query of more than allWordsUpTo words). When no document (with r's
// filters) meets it, the requirement is relaxed to the largest number of
// words some document has, found by binary search over searches that stop
// at their first match, and the answer says so. Queries of one word, and
// "any" mode, are the scoring query alone.
func (ix *Index) matchText(ctx context.Context, r Request, uq userQuery, filters []filterClause) (query.Query, *MatchInfo, error) {
	mode := r.Match
	switch mode {
	case "":
		mode = MatchAll
	case MatchAll, MatchAny:
	default:
		return nil, nil, &RequestError{"bad_match", `match must be "all" or "any"`}
	}
	text := ix.textQuery(uq)
	if text == nil {
		return nil, nil, nil
	}
	clauses := ix.wordClauses(uq)
	info := &MatchInfo{Mode: mode, Words: len(clauses), Required: len(clauses)}
	if mode == MatchAny {
		info.Required = min(1, len(clauses))
		return text, info, nil
	}
	if len(clauses) < 2 {
		// One word: the scoring query already requires it.
		return text, info, nil
	}
	with := func(k int) query.Query {
		return query.NewConjunctionQuery([]query.Query{text, atLeast(clauses, k)})
	}
	// Only whether some document has k words matters, not how many: a
	// request for one hit, unscored and unsorted, lets bleve stop each
	// shard's search at its first match (a count would be a pass over
	// every match of a common pair of words).
	has := func(k int) (bool, error) {
		sr := bleve.NewSearchRequestOptions(combine(with(k), filters, ""), 1, 0, false)
		sr.Score = "none"
		res, err := ix.bi.SearchInContext(ctx, sr)
		if err != nil {
			return false, fmt.Errorf("look for matches of %d words: %w", k, err)
		}
		return res.Total > 0, nil
	}
	n := len(clauses)
	if n > allWordsUpTo {
		n--
		info.Required = n
	}
	found, err := has(n)
	if err != nil || found {
		return with(n), info, err
	}
	// Nothing has the words. If nothing has even one, relaxing cannot
	// help: keep the strict query and its honest zero.
	if found, err = has(1); err != nil || !found {
		return with(n), info, err
	}
	lo, hi := 1, n-1 // has(lo); the answer is in [lo, hi]
	for lo < hi {
		mid := (lo + hi + 1) / 2
		ok, err := has(mid)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	info.Required, info.Relaxed = lo, true
	return with(lo), info, nil
}
