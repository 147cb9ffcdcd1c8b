package index

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
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
	filters := buildFilters(r)
	// The words match as in Search (every word by default), so an export
	// or a feed holds what the search's total counts.
	text, _, err := ix.matchText(ctx, r, uq, filters)
	if err != nil {
		return 0, err
	}
	q := combine(text, filters, "")
	req := bleve.NewSearchRequestOptions(q, pageSize, 0, false)
	req.Fields = hitFields
	emit := func(h *search.DocumentMatch) error {
		hit, _ := hitOf(h)
		return fn(hit)
	}
	var n uint64
	// The same order as Search, so that an export lists what the pages of
	// a search list. Scores are computed even without words: Search sorts
	// by them after the date, and filters score a little.
	switch {
	case r.Sort == SortIndexed:
		req.SortBy([]string{"-" + fieldIngested, "_id"})
	case r.Sort == "date" || (r.Sort == "" && uq.empty()) || text == nil:
		req.SortBy([]string{"-" + fieldPublished, "-_score", "_id"})
		var err error
		if n, err = ix.eachDated(ctx, q, req, emit); err != nil {
			return n, err
		}
		// What is left has no date, or one before the windows' floor.
		older := query.NewBooleanQuery([]query.Query{q}, nil, []query.Query{publishedBetween(windowFloor, time.Time{})})
		req = bleve.NewSearchRequestOptions(older, pageSize, 0, false)
		req.Fields = hitFields
		req.SortBy([]string{"-" + fieldPublished, "-_score", "_id"})
	default:
		req.SortBy([]string{"-_score", "-" + fieldPublished, "_id"})
	}
	for {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		res, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return n, fmt.Errorf("export page after %d documents: %w", n, err)
		}
		for _, h := range res.Hits {
			if err := emit(h); err != nil {
				return n, err
			}
			n++
		}
		if len(res.Hits) < req.Size {
			return n, nil
		}
		req.SearchAfter = searchAfter(res.Hits[len(res.Hits)-1])
	}
}

// windowFloor is the earliest date eachDated's windows reach; documents
// published before it, or with no date, follow in one last pass.
var windowFloor = time.Date(firstYear, 1, 1, 0, 0, 0, 0, time.UTC)

// eachDated passes the matches of q published since windowFloor to emit,
// newest first (req's sort), a page at a time. A page sorted by date
// through SearchAfter alone costs a sort of every remaining match (each
// one's date from the doc values, its id from the stored fields): a
// million matches took 2,000 such passes. Each page here is searched in a
// window of dates [lo, upper] holding about a page of matches: upper is the
// date of the last document passed, and lo is found by counting the
// matches in wider and wider windows (postings only), starting from the
// width that held the page before. Documents sharing the date upper that
// were passed already are skipped by id: they sort alike in every window
// (a date's documents match the same date terms), so they are the first of
// their date in the next one too. Memory is one page plus the ids of the
// passed documents of that one date: flat for dated news, but an archive
// whose articles all carry one publication time would hold all their ids.
func (ix *Index) eachDated(ctx context.Context, q query.Query, req *bleve.SearchRequest, emit func(*search.DocumentMatch) error) (uint64, error) {
	var (
		n     uint64
		upper time.Time // zero: no upper bound (the first page)
		seen  = map[string]bool{}
		width = 24 * time.Hour
	)
	pageSize := req.Size
	for {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		need := uint64(pageSize + len(seen))
		anchor := upper
		if anchor.IsZero() {
			anchor = time.Now().UTC().AddDate(2, 0, 0) // the window is open above on the first page
		}
		var lo time.Time
		var inWindow uint64
		for {
			lo = anchor.Add(-width)
			if lo.Before(windowFloor) {
				lo = windowFloor
			}
			c, err := ix.count(ctx, query.NewConjunctionQuery([]query.Query{q, publishedBetween(lo, upper)}))
			if err != nil {
				return n, err
			}
			inWindow = c
			if c >= need || lo.Equal(windowFloor) {
				break
			}
			width *= 2
		}
		w := *req
		w.Query = query.NewConjunctionQuery([]query.Query{q, publishedBetween(lo, upper)})
		w.Size = int(need)
		res, err := ix.bi.SearchInContext(ctx, &w)
		if err != nil {
			return n, fmt.Errorf("export page after %d documents: %w", n, err)
		}
		var last *search.DocumentMatch
		for _, h := range res.Hits {
			if seen[h.ID] {
				continue
			}
			if err := emit(h); err != nil {
				return n, err
			}
			n++
			last = h
		}
		if inWindow < need || last == nil {
			// The window reached the floor: every match since it is passed.
			return n, nil
		}
		p := parseStoredTime(last.Fields[fieldPublished])
		if !p.Equal(upper) {
			clear(seen)
		}
		for _, h := range res.Hits {
			if parseStoredTime(h.Fields[fieldPublished]).Equal(p) {
				seen[h.ID] = true
			}
		}
		upper = p
		// Aim the next window at a page and a half of matches.
		if inWindow > 0 {
			width = max(time.Duration(float64(width)*1.5*float64(pageSize)/float64(inWindow)), time.Second)
		}
	}
}

// publishedBetween matches the documents published in [from, to] (to
// zero: no end), adding nothing to a score (see publishedSince).
func publishedBetween(from, to time.Time) query.Query {
	incl := true
	dq := query.NewDateRangeInclusiveQuery(from, to, &incl, &incl)
	dq.SetField(fieldPublished)
	dq.SetBoost(0)
	return dq
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
