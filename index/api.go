package index

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// ErrNotFound is returned by Get for an unknown id.
var ErrNotFound = errors.New("document not found")

// RequestError is a search request the index cannot run because of the
// caller's input (unknown facet, bad range, query too long). Handlers map it
// to a 4xx response.
type RequestError struct {
	Code    string // machine-readable: "bad_query", "unknown_facet", "bad_range", ...
	Message string
}

func (e *RequestError) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }

// Limits on a search request.
const (
	MaxQueryBytes = 4096 // several Arabic sentences (an Arabic letter is two bytes)
	MaxPageSize   = 100
	MaxOffset     = 10000
)

// Request is a search. The zero Request lists every document, newest first.
type Request struct {
	Query string
	// Filters maps a facet name (facets.FacetNames) to the ids wanted:
	// ids of one facet are OR-ed, facets are AND-ed. An actor id also
	// matches its descendants (sdf matches ypg).
	Filters   map[string][]string
	Sources   []string
	From, To  time.Time // inclusive day range on the event date (or the published date when the text has none)
	KilledMin *int
	KilledMax *int
	Sort      string // "relevance" (default when there is a query), "date" (newest published first) or SortIndexed
	Offset    int
	Size      int // default 10, at most MaxPageSize
	// CountsOnly asks for the total, facets and histogram without hits
	// (size=0 in the API): nothing is sorted or loaded.
	CountsOnly bool

	// FacetSize is the number of values returned per facet; 0 means no
	// facet counts. Counts are disjunctive: each facet is counted with
	// every filter applied except its own.
	FacetSize int
	// Histogram asks for a per-month date histogram and killed ranges.
	Histogram bool

	// Match is MatchAll (the default: every word but stop words, relaxed
	// to most of them only when nothing has all) or MatchAny.
	Match string
}

// SortIndexed sorts the most recently indexed documents first: what a feed
// of a search lists, so that an old article dropped today is news to it.
const SortIndexed = "indexed"

// Result is the answer to a Request; its JSON is the shape of
// `rasid search --json` and of GET /api/search.
type Result struct {
	Total         uint64                  `json:"total"`
	TookMS        float64                 `json:"took_ms"`
	Hits          []Hit                   `json:"hits"`
	Facets        map[string][]FacetValue `json:"facets"`
	DateHistogram []Bucket                `json:"date_histogram,omitempty"`
	KilledRanges  []Bucket                `json:"killed_ranges,omitempty"`
	// DateOutliers are the articles left off the histogram's time axis.
	DateOutliers *Outliers `json:"date_outliers,omitempty"`
	// KilledByMonth sums the killed toll per month of the histogram
	// (reports, not events: one event may be reported by several
	// articles), over every matching article with a toll (estimated from a
	// sample when Approximate).
	KilledByMonth []MonthKilled `json:"killed_by_month,omitempty"`
	// KilledByMonthPartial was true when only the first 10,000 articles
	// with a toll were summed. Every article is summed now, so it is never
	// set; it stays so that clients reading it keep working.
	KilledByMonthPartial bool `json:"killed_by_month_partial,omitempty"`
	// Match says how the query's words were matched; absent without words.
	Match *MatchInfo `json:"match,omitempty"`
	// QueryIgnored is true when the query held nothing to search for
	// (only punctuation or operators, such as "((("): rather than refuse
	// it, the search ran without it, over every article the filters allow,
	// and says so, so that a client can tell the user why.
	QueryIgnored bool `json:"query_ignored,omitempty"`
	// Approximate is true when the facet counts, date histogram, killed
	// ranges and killed per month were estimated from a sample of the
	// matching documents
	// (only above SampleAbove matches); Total is always exact.
	Approximate bool `json:"approximate,omitempty"`
}

// Hit is one matching document.
type Hit struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Snippet string `json:"snippet"` // HTML: text escaped, matches wrapped in <mark>
	// TitleHTML is the title as HTML, escaped, matches wrapped in <mark>.
	TitleHTML string        `json:"title_html"`
	Score     float64       `json:"score"`
	Published *time.Time    `json:"published,omitempty"`
	Ingested  *time.Time    `json:"ingested,omitempty"` // when the document was last written to the index
	Source    string        `json:"source,omitempty"`
	URL       string        `json:"url,omitempty"`
	Facets    facets.Facets `json:"facets"`
	// Labels names every facet value of Facets (and the source under
	// "sources"), so a client never shows an id.
	Labels map[string][]facets.Label `json:"labels"`
}

// FacetValue is one value of a facet with its count.
type FacetValue struct {
	ID       string `json:"id"`
	AR       string `json:"ar"`
	EN       string `json:"en"`
	Parent   string `json:"parent,omitempty"`
	Count    int    `json:"count"`
	Selected bool   `json:"selected"`
}

// Bucket is a histogram bucket: a month ("2018-06") or a killed range ("1-9").
type Bucket struct {
	Key   string `json:"key"`
	From  string `json:"from,omitempty"`
	To    string `json:"to,omitempty"`
	Count int    `json:"count"`
}

// ApplyResult reports what a Batch did.
type ApplyResult struct {
	Indexed    []string    // ids written
	Duplicates []Duplicate // upserts skipped as copies of another document
	Deleted    int
}

// Duplicate is an upsert that was skipped because another document has the
// same URL or the same normalized text.
type Duplicate struct {
	ID string // the id that was offered
	Of string // the id that is kept
}

var _ = context.Background
