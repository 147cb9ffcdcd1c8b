package index

import (
	"context"
	"fmt"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// exportPageSize is how many documents Each reads per bleve search. Memory
// is bounded by one page, whatever the number of matches: pages follow one
// another with SearchAfter, never with an offset, so bleve's collector
// never holds more than a page either.
const exportPageSize = 500

// Each calls fn with every document that matches r (its query, filters,
// dates and sort; Offset, Size, FacetSize and Histogram are ignored), in
// the order Search would list them, and returns how many it passed. Hits
// carry no snippet. It stops at the first error fn returns, or when ctx is
// done.
//
// Documents written while Each runs may or may not be seen; none is seen
// twice in one order, but a document whose sort key changes between two
// pages (re-indexed with another date) can be missed or repeated.
func (ix *Index) Each(ctx context.Context, r Request, fn func(Hit) error) (uint64, error) {
	return ix.each(ctx, r, exportPageSize, fn)
}

// each is Each with pages of pageSize documents.
func (ix *Index) each(ctx context.Context, r Request, pageSize int, fn func(Hit) error) (uint64, error) {
	r.Offset, r.Size, r.FacetSize, r.Histogram = 0, 0, 0, false
	if err := r.validate(); err != nil {
		return 0, err
	}
	uq := parseQuery(r.Query)
	text := ix.textQuery(uq)
	req := bleve.NewSearchRequestOptions(combine(text, buildFilters(r), ""), pageSize, 0, false)
	req.Fields = []string{fieldTitle, fieldSource, fieldURL, fieldPublished, fieldIngested, fieldFacetsJSON}
	// The same order as Search, so that an export lists what the pages of
	// a search list. Scores are computed even without words: Search sorts
	// by them after the date, and filters score a little.
	switch {
	case r.Sort == SortIndexed:
		req.SortBy([]string{"-" + fieldIngested, "_id"})
	case r.Sort == "date" || (r.Sort == "" && uq.empty()) || text == nil:
		req.SortBy([]string{"-" + fieldPublished, "-_score", "_id"})
	default:
		req.SortBy([]string{"-_score", "-" + fieldPublished, "_id"})
	}
	var n uint64
	for {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		res, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return n, fmt.Errorf("export page after %d documents: %w", n, err)
		}
		for _, h := range res.Hits {
			d := documentFromFields(h.ID, h.Fields)
			hit := Hit{ID: h.ID, Title: d.Title, Score: h.Score, Source: d.Source, URL: d.URL, Facets: d.Facets}
			if !d.Published.IsZero() {
				p := d.Published
				hit.Published = &p
			}
			if !d.Ingested.IsZero() {
				in := d.Ingested
				hit.Ingested = &in
			}
			if err := fn(hit); err != nil {
				return n, err
			}
			n++
		}
		if len(res.Hits) < pageSize {
			return n, nil
		}
		req.SearchAfter = searchAfter(res.Hits[len(res.Hits)-1])
	}
}

// searchAfter is the SearchAfter key of the page that follows h. bleve
// reports a score's sort value as the placeholder "_score" and expects the
// score itself back; field values go back as they came (prefix-coded, as a
// field sorted by string compares them).
func searchAfter(h *search.DocumentMatch) []string {
	after := make([]string, len(h.Sort))
	for i, v := range h.Sort {
		if v == "_score" {
			v = strconv.FormatFloat(h.Score, 'g', -1, 64)
		}
		after[i] = v
	}
	return after
}
