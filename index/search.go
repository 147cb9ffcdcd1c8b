package index

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"golang.org/x/sync/errgroup"

	"github.com/rasid-project/rasid/analyzers"
	"github.com/rasid-project/rasid/analyzers/facets"
)

// Boosts of the clauses a query word is matched in. Exact forms already
// outrank inflections through coord (a word as written matches both the
// exact and the stem clause), and a title match, exact or stemmed, adds a
// little. Chosen by sweeping them with the dev queries (see
// BENCHMARKS.md); a larger title boost favours articles with one query
// word in a short title over those that hold every word in the body.
const (
	boostExact  = 1.0
	boostStem   = 1.0
	boostTitle  = 0.1
	boostEntity = 1.0
	// entityQueryWords is the longest query whose named entities are
	// expanded to their facet.
	entityQueryWords = 3
	// A filter must not change the ranking, but bleve has no filter-only
	// clause: a tiny boost keeps its score contribution negligible.
	boostFilter = 1e-6
)

// facetCountSize is how many values are counted per facet before the
// answer is cut to Request.FacetSize, so that a selected value outside the
// top still shows with its true count.
const facetCountSize = 1000

// Killed ranges served beside the date histogram. No range for 0: the
// extractor never records a toll of zero, so it would always be empty.
var killedRanges = []struct {
	key      string
	min, max float64 // max exclusive; 0 means open
}{
	{"1-9", 1, 10}, {"10-49", 10, 50}, {"50-99", 50, 100}, {"100+", 100, 0},
}

// killedRangesFacet counts the documents of each of killedRanges.
func killedRangesFacet() *bleve.FacetRequest {
	fr := bleve.NewFacetRequest(fieldKilled, len(killedRanges))
	for _, kr := range killedRanges {
		lo := kr.min
		var hi *float64
		if kr.max != 0 {
			h := kr.max
			hi = &h
		}
		fr.AddNumericRange(kr.key, &lo, hi)
	}
	return fr
}

// filterClause is one active filter; group names what it restricts, so a
// facet's counts can be computed without its own filters.
type filterClause struct {
	group string
	q     query.Query
}

// validate checks r and fills its defaults.
func (r *Request) validate() error {
	if len(r.Query) > MaxQueryBytes {
		return &RequestError{"query_too_long", fmt.Sprintf("the query is over %d bytes", MaxQueryBytes)}
	}
	if !utf8.ValidString(r.Query) {
		return &RequestError{"bad_query", "the query is not valid UTF-8"}
	}
	if r.Size < 0 || r.Size > MaxPageSize {
		return &RequestError{"bad_size", fmt.Sprintf("size must be between 1 and %d", MaxPageSize)}
	}
	if r.Size == 0 {
		r.Size = 10
	}
	if r.Offset < 0 || r.Offset > MaxOffset {
		return &RequestError{"bad_page", fmt.Sprintf("results beyond %d cannot be paged to; narrow the search", MaxOffset)}
	}
	if r.FacetSize < 0 {
		return &RequestError{"bad_facet_size", "facet size must not be negative"}
	}
	for name, ids := range r.Filters {
		if !slices.Contains(facets.FacetNames, name) {
			return &RequestError{"unknown_facet", fmt.Sprintf("unknown facet %q (known: %s)", name, strings.Join(facets.FacetNames, ", "))}
		}
		if len(ids) > MaxPageSize {
			return &RequestError{"too_many_filters", fmt.Sprintf("at most %d values per facet", MaxPageSize)}
		}
	}
	if !r.From.IsZero() && !r.To.IsZero() && r.To.Before(r.From) {
		return &RequestError{"bad_range", "the end date is before the start date"}
	}
	if r.KilledMin != nil && r.KilledMax != nil && *r.KilledMax < *r.KilledMin {
		return &RequestError{"bad_range", "killed_max is below killed_min"}
	}
	switch r.Sort {
	case "", "relevance", "date", SortIndexed:
	default:
		return &RequestError{"bad_sort", `sort must be "relevance" or "date"`}
	}
	return nil
}

// Search runs r.
func (ix *Index) Search(ctx context.Context, r Request) (*Result, error) {
	start := time.Now()
	if err := r.validate(); err != nil {
		return nil, err
	}
	uq := parseQuery(r.Query)
	filters := buildFilters(r)
	text, matchInfo, err := ix.matchText(ctx, r, uq, filters)
	if err != nil {
		return nil, err
	}

	size := r.Size
	if r.CountsOnly {
		size = 0
	}
	main := bleve.NewSearchRequestOptions(combine(text, filters, ""), size, r.Offset, false)
	main.Fields = append([]string{fieldBody}, hitFields...)
	dateSorted := r.Sort != SortIndexed && (r.Sort == "date" || (r.Sort == "" && uq.empty()) || text == nil)
	if r.Sort == SortIndexed {
		main.SortBy([]string{"-" + fieldIngested, "_id"})
	} else if dateSorted {
		main.SortBy([]string{"-" + fieldPublished, "-_score", "_id"})
	} else {
		main.SortBy([]string{"-_score", "-" + fieldPublished, "_id"})
	}

	// Each count group with its own filter active is counted in a search of
	// its own with that filter left out (disjunctive faceting); the others
	// are counted with the main query (group ""). Counts come from the
	// cache when the index has not changed since they were made.
	gen := ix.gen.Load()
	archive := ix.currentArchive(gen)
	groups := map[string]*countGroup{}
	addCounts := func(name string, group string, fr *bleve.FacetRequest) {
		if !hasGroup(filters, group) {
			group = ""
		}
		g := groups[group]
		if g == nil {
			g = &countGroup{req: bleve.NewSearchRequestOptions(combine(text, filters, group), 0, 0, false)}
			g.req.Score = "none"
			groups[group] = g
		}
		g.req.AddFacet(name, fr)
	}
	if r.FacetSize > 0 {
		for _, name := range facets.FacetNames {
			addCounts(name, name, bleve.NewFacetRequest(name, facetCountSize))
		}
		addCounts(FacetSources, "source", bleve.NewFacetRequest(fieldSource, facetCountSize))
	}
	if r.Histogram {
		addCounts(fieldMonth, "date", bleve.NewFacetRequest(fieldMonth, facetCountSize))
		addCounts(fieldKilled, "killed", killedRangesFacet())
	}
	if g := groups[""]; g != nil && dateSorted && !r.CountsOnly {
		g.req.AddFacet(publishedYears, publishedYearsFacet())
	}
	for name, g := range groups {
		facetNames := make([]string, 0, len(g.req.Facets))
		for f := range g.req.Facets {
			facetNames = append(facetNames, f)
		}
		slices.Sort(facetNames)
		g.key = countKey(&r, name, strings.Join(facetNames, ","))
		// The archive's counts come first: they are exact, where a cached
		// count of the same search may be an estimate made before they
		// were ready.
		if isMatchAll(g.req.Query) {
			g.cached = archive.countsOf(g.req.Facets)
		}
		if c, ok := ix.counts.get(gen, g.key); ok && g.cached == nil {
			g.cached = &c
		}
	}

	// Above SampleAbove documents, a count search nothing has cached is
	// first tried on a sample; most searches match too few for it and are
	// then counted exactly.
	if n, err := ix.bi.DocCount(); err == nil && n > ix.sampleAbove {
		var sg errgroup.Group
		for _, g := range groups {
			if g.cached != nil {
				continue
			}
			sg.Go(func() error {
				c, err := ix.sampleCounts(ctx, g)
				if c != nil {
					g.cached = c
					ix.counts.put(gen, g.key, *c)
				}
				return err
			})
		}
		if err := sg.Wait(); err != nil {
			return nil, err
		}
	}
	approximate := false
	for _, g := range groups {
		approximate = approximate || g.cached != nil && g.cached.approximate
	}

	var (
		mainRes  *bleve.SearchResult
		mainErr  error
		mu       sync.Mutex
		wg       sync.WaitGroup
		extraErr error
		extra    = map[string]search.FacetResults{}
		killed   []MonthKilled
	)
	// The killed-per-month series is cached like the counts (the whole
	// archive's is kept with its counts). Uncached, it comes from the pass
	// that counts the main query (countFacets), sampled when those counts
	// are; when they are cached it takes a pass of its own, run beside the
	// count searches (a narrow query beside a wide disjunctive count stays
	// exact).
	var (
		killedKey    string
		killedSample bool
		killedLater  bool // from the main query's count pass, after mainSearch
	)
	if r.Histogram {
		killedKey = countKey(&r, "", killedByMonthKey)
		q := combine(text, filters, "")
		var ok bool
		if archive != nil && isMatchAll(q) {
			killed, ok = archive.killed, true
		} else if c, cached := ix.counts.get(gen, killedKey); cached {
			killed, ok = c.killed, true
		}
		g := groups[""]
		killedSample = g != nil && g.cached != nil && g.cached.approximate
		killedLater = !ok && g != nil && (g.cached == nil || g.killed != nil)
		if !ok && !killedLater {
			key, sample := killedKey, killedSample
			wg.Add(1)
			go func() {
				defer wg.Done()
				k, err := ix.killedByMonth(ctx, q, sample)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					extraErr = err
					return
				}
				killed = k
				ix.counts.put(gen, key, cachedCounts{killed: k, approximate: sample})
			}()
		}
	}
	for name, g := range groups {
		if name == "" {
			continue
		}
		if g.cached != nil {
			extra[name] = g.cached.facets
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, _, err := ix.countFacets(ctx, g.req)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				extraErr = err
				return
			}
			extra[name] = res.Facets
			ix.counts.put(gen, g.key, cachedCounts{total: res.Total, facets: res.Facets})
		}()
	}
	relevance := !dateSorted && r.Sort != SortIndexed
	mainRes, mainErr = ix.mainSearch(ctx, main, groups[""], dateSorted, relevance, r.CountsOnly, text == nil && len(filters) == 0, gen)
	wg.Wait()
	if mainErr != nil {
		return nil, fmt.Errorf("search: %w", mainErr)
	}
	if extraErr != nil {
		return nil, fmt.Errorf("count facets: %w", extraErr)
	}
	if killedLater {
		killed = groups[""].killed
		if killed == nil { // counted by bleve: no tolls from that pass
			if killed, err = ix.killedByMonth(ctx, combine(text, filters, ""), killedSample); err != nil {
				return nil, fmt.Errorf("count facets: %w", err)
			}
		}
		ix.counts.put(gen, killedKey, cachedCounts{killed: killed, approximate: killedSample})
	}
	counts := search.FacetResults{}
	for k, v := range mainRes.Facets {
		counts[k] = v
	}
	for _, fr := range extra {
		for k, v := range fr {
			counts[k] = v
		}
	}

	res := &Result{Total: mainRes.Total, Hits: []Hit{}, Facets: map[string][]FacetValue{}, Match: matchInfo, Approximate: approximate,
		QueryIgnored: uq.blank() && strings.TrimSpace(r.Query) != ""}
	hl := ix.newHighlighter(uq)
	for _, h := range mainRes.Hits {
		hit, d := hitOf(h)
		hit.Snippet, hit.TitleHTML, hit.Labels = hl.snippet(d.Body), hl.marked(d.Title), Labels(d.Facets, d.Source)
		res.Hits = append(res.Hits, hit)
	}
	if r.FacetSize > 0 {
		for _, name := range facets.FacetNames {
			res.Facets[name] = facetValues(name, counts[name], r.Filters[name], r.FacetSize)
		}
		res.Facets[FacetSources] = sourceValues(counts[FacetSources], r.Sources, r.FacetSize)
	}
	if r.Histogram {
		res.DateHistogram, res.DateOutliers = timeAxis(monthBuckets(counts[fieldMonth]))
		res.KilledRanges = killedBuckets(counts[fieldKilled])
		res.KilledByMonth = killed
	}
	res.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return res, nil
}

// countGroup is one count search of a request, and its counts when the
// cache had them.
type countGroup struct {
	req    *bleve.SearchRequest
	key    string
	cached *cachedCounts
	// killed is the tolls by month of the group's matches when this
	// request counted them (the same pass gives both; see countFacets).
	killed []MonthKilled
}

// mainSearch finds the page of hits and the total. g is the count group of
// the main query (nil when nothing is counted). Uncached, a search sorted
// by relevance counts in the same pass over the matches as it finds the
// hits; a search sorted by date counts first, in a pass that sorts
// nothing, and then, like a search whose counts are cached, looks only at
// the newest documents (dateWindow, narrowWindow) instead of sorting every
// match by date.
func (ix *Index) mainSearch(ctx context.Context, main *bleve.SearchRequest, g *countGroup, dateSorted, relevance, countsOnly, everything bool, gen uint64) (*bleve.SearchResult, error) {
	find := ix.bi.SearchInContext
	if relevance {
		find = ix.relevanceSearch
	}
	if g == nil {
		return find(ctx, main)
	}
	if g.cached == nil {
		if countsOnly {
			res, killed, err := ix.countFacets(ctx, g.req)
			if err != nil {
				return nil, err
			}
			g.killed = killed
			ix.counts.put(gen, g.key, cachedCounts{total: res.Total, facets: res.Facets})
			return res, nil
		}
		if !dateSorted {
			// Counted from the facet columns beside the search for the
			// page's hits, which then reads no doc values but its sort's.
			var (
				eg            errgroup.Group
				counts, found *bleve.SearchResult
			)
			eg.Go(func() (err error) {
				counts, g.killed, err = ix.countFacets(ctx, g.req)
				return err
			})
			eg.Go(func() (err error) {
				found, err = find(ctx, main)
				return err
			})
			if err := eg.Wait(); err != nil {
				return nil, err
			}
			ix.counts.put(gen, g.key, cachedCounts{total: counts.Total, facets: counts.Facets})
			found.Facets = counts.Facets
			return found, nil
		}
		res, killed, err := ix.countFacets(ctx, g.req)
		if err != nil {
			return nil, err
		}
		g.killed = killed
		c := cachedCounts{total: res.Total, facets: res.Facets}
		ix.counts.put(gen, g.key, c)
		g.cached = &c
	}
	c := g.cached
	// The exact total, when known without a pass over the matches.
	total, haveTotal := c.total, !c.approximate
	if everything && !haveTotal {
		n, err := ix.bi.DocCount()
		if err != nil {
			return nil, err
		}
		total, haveTotal = n, true
	}
	if !haveTotal && dateSorted {
		// Counting the matches reads postings only; the window below
		// needs the total to know when it holds every match.
		n, err := ix.count(ctx, main.Query)
		if err != nil {
			return nil, err
		}
		total, haveTotal = n, true
	}
	if countsOnly && haveTotal {
		return &bleve.SearchResult{Total: total, Facets: c.facets}, nil
	}
	if dateSorted && !countsOnly {
		need := main.From + main.Size
		// An estimated count per year can only misplace the window's
		// start; the check below catches a window that holds too few.
		if from, end, n, ok := dateWindow(c.facets[publishedYears], need); ok {
			if uint64(n) > ix.enough(need) || c.approximate {
				// The narrowed start is cached with the counts: a
				// repeated page would otherwise bisect again.
				key := fmt.Sprintf("%s|window:%d", g.key, need)
				if w, ok := ix.counts.get(gen, key); ok {
					from = w.window
				} else {
					var err error
					if from, err = ix.narrowWindow(ctx, main.Query, from, end, need); err != nil {
						return nil, err
					}
					ix.counts.put(gen, key, cachedCounts{window: from})
				}
			}
			w := *main
			if _, all := main.Query.(*query.MatchAllQuery); all {
				// Every document scores the same under match-all, so
				// none is scored: the date clause alone is searched, not
				// a conjunction that steps through every document
				// number beside it (scored, the clause alone would give
				// NaN: its boost is 0).
				w.Query, w.Score = publishedSince(from), "none"
			} else {
				w.Query = query.NewConjunctionQuery([]query.Query{main.Query, publishedSince(from)})
			}
			res, err := ix.bi.SearchInContext(ctx, &w)
			if err != nil {
				return nil, err
			}
			if res.Total >= uint64(need) || res.Total == total {
				res.Total, res.Facets = total, c.facets
				return res, nil
			}
		}
	}
	res, err := find(ctx, main)
	if err != nil {
		return nil, err
	}
	res.Facets = c.facets
	return res, nil
}

// publishedSince matches the documents published at or after t. It adds
// nothing to a score (boost 0, not boostFilter): documents of one date on
// different shards match its terms with each shard's own idf, and even a
// tiny difference would reorder documents that tie on date and score.
func publishedSince(t time.Time) query.Query {
	return publishedBetween(t, time.Time{})
}

// count is the number of documents q matches, from a pass over its
// postings that reads no doc values.
func (ix *Index) count(ctx context.Context, q query.Query) (uint64, error) {
	sr := bleve.NewSearchRequestOptions(q, 0, 0, false)
	sr.Score = "none"
	res, err := ix.bi.SearchInContext(ctx, sr)
	if err != nil {
		return 0, fmt.Errorf("count matches: %w", err)
	}
	return res.Total, nil
}

// windowDocs is the fewest documents a date window is narrowed to (for a
// page of 10, twice that). Sorting a window by date reads the published
// date's doc values, which are decompressed a chunk (of about a thousand
// documents) at a time: the newest documents of a large archive lie in a
// different chunk each, so each document sorted costs a chunk, while each
// halving of the window costs one count over postings. A window of a
// year, as it was, cost the whole column at 37,000 documents; one of 200
// still cost a third of a warm landing page.
const windowDocs = 20

// tieWindow is the most hits relevanceSearch reads, sorted by score alone,
// to find every document tied at a page's edge.
const tieWindow = 1000

// enough is the number of matches a date window is narrowed to for a
// page that ends at need.
func (ix *Index) enough(need int) uint64 { return max(ix.windowDocs, uint64(2*need)) }

// narrowWindow moves the start of a date window [from, ∞) that holds at
// least need matches of q forward, by interpolation and bisection over
// counts of q in shorter windows (each reads postings only), until the
// window holds at most enough(need) matches or a second separates the
// bounds; end is a time after which fewer than need documents are
// published. A start that holds too few (the year counts it came from were
// estimates) is first moved back a year at a time. The window it returns
// still holds at least need matches, unless the index changed in between
// (the caller checks).
func (ix *Index) narrowWindow(ctx context.Context, q query.Query, from, end time.Time, need int) (time.Time, error) {
	_, all := q.(*query.MatchAllQuery)
	within := func(t time.Time) query.Query {
		if all {
			return publishedSince(t)
		}
		return query.NewConjunctionQuery([]query.Query{q, publishedSince(t)})
	}
	// Estimated year counts (sampled) may put the start too late: widen
	// the window a year at a time until it holds the page.
	var nlo uint64
	for lo := from; lo.Year() > firstYear; lo = lo.AddDate(-1, 0, 0) {
		n, err := ix.count(ctx, within(lo))
		if err != nil {
			return time.Time{}, err
		}
		if n >= uint64(need) {
			from, nlo = lo, n
			break
		}
	}
	// Each step counts the matches after a time between lo (at least need
	// after it) and hi (assumed fewer). Every other step interpolates,
	// as if the matches were spread evenly between the two, aiming at the
	// middle of [need, enough]: in a year of an archive that is nearly so,
	// that finds the window in a few counts where halving the time takes
	// about twenty. The steps between halve, which bounds the worst case.
	enough := ix.enough(need)
	target := (uint64(need) + enough) / 2
	lo, hi, nhi := from, end, uint64(0)
	for step := 0; hi.Sub(lo) > time.Second; step++ {
		frac := 0.5
		if step%2 == 0 && nlo > nhi && nlo > target {
			frac = float64(nlo-target) / float64(nlo-nhi)
			frac = min(max(frac, 1.0/64), 63.0/64)
		}
		mid := lo.Add(time.Duration(float64(hi.Sub(lo)) * frac))
		n, err := ix.count(ctx, within(mid))
		if err != nil {
			return time.Time{}, err
		}
		if n < uint64(need) {
			hi, nhi = mid, n
			continue
		}
		lo, nlo = mid, n
		if n <= enough {
			break
		}
	}
	return lo, nil
}

// relevanceSearch runs a first page sorted by relevance (score, then
// newest, then id) while letting bleve sort by score alone. The tie-breaks
// are what made such a search cost a pass over the published date's doc
// values and every match's id: bleve reads a sort key for each match, and
// a column of doc values is read (and decompressed) a chunk at a time, so a
// word found in every chunk decompressed the whole column, whatever the
// number of matches. Sorted by score alone, bleve needs neither; the
// tie-breaks are applied here to the few hits returned. That gives the same
// page whenever the hit after the page scores lower than the page's last
// (then the page holds exactly the documents scoring above that line).
// When they tie, the search is widened, still sorted by score alone, until
// its last hit scores below the tie: then it holds every tied document, and
// the tie-breaks pick the page from them. Copies of one article (syndicated
// news) tie often, and a sort by bleve of a common word's 25,000 matches at
// a million articles took 400 ms. A tie wider than tieWindow, or a later
// page, is sorted by bleve.
func (ix *Index) relevanceSearch(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	if req.From > 0 || req.Size == 0 {
		return ix.bi.SearchInContext(ctx, req)
	}
	fast := *req
	fast.Size = req.Size + 1
	fast.SortBy([]string{"-_score"})
	if !slices.Contains(fast.Fields, fieldPublished) {
		fast.Fields = append(slices.Clone(fast.Fields), fieldPublished)
	}
	res, err := ix.bi.SearchInContext(ctx, &fast)
	if err != nil {
		return nil, err
	}
	hits := res.Hits
	var loadLater []string // the page's fields, when the search loaded only the date
	if len(hits) > req.Size && hits[req.Size].Score == hits[req.Size-1].Score {
		// A tie across the page's edge: which of the tied documents belong
		// on the page is for the tie-breaks to say, so all must be found.
		// The wider searches load only the date; the page's own fields
		// are loaded once it is known.
		edge := hits[req.Size-1].Score
		loadLater, fast.Fields = fast.Fields, []string{fieldPublished}
		for len(hits) == fast.Size && hits[len(hits)-1].Score == edge {
			if fast.Size >= ix.tieWindow {
				return ix.bi.SearchInContext(ctx, req)
			}
			fast.Size = min(4*fast.Size, ix.tieWindow)
			if res, err = ix.bi.SearchInContext(ctx, &fast); err != nil {
				return nil, err
			}
			hits = res.Hits
		}
	}
	published := make(map[*search.DocumentMatch]time.Time, len(hits))
	for _, h := range hits {
		published[h] = parseStoredTime(h.Fields[fieldPublished])
	}
	slices.SortStableFunc(hits, func(a, b *search.DocumentMatch) int {
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		if c := published[b].Compare(published[a]); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	res.Hits = hits[:min(len(hits), req.Size)]
	if loadLater != nil {
		if err := ix.loadFields(ctx, res.Hits, loadLater); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// loadFields sets the stored fields of hits, found by a search that loaded
// fewer, in one search for their ids.
func (ix *Index) loadFields(ctx context.Context, hits []*search.DocumentMatch, fields []string) error {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = fields
	req.Score = "none"
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return fmt.Errorf("load the page's fields: %w", err)
	}
	byID := make(map[string]map[string]any, len(res.Hits))
	for _, h := range res.Hits {
		byID[h.ID] = h.Fields
	}
	for _, h := range hits {
		h.Fields = byID[h.ID]
	}
	return nil
}

func hasGroup(fs []filterClause, group string) bool {
	for _, f := range fs {
		if f.group == group {
			return true
		}
	}
	return false
}

// combine ANDs the text query with every filter except those of group
// without.
func combine(text query.Query, filters []filterClause, without string) query.Query {
	var must []query.Query
	if text != nil {
		must = append(must, text)
	}
	for _, f := range filters {
		if f.group != without {
			must = append(must, f.q)
		}
	}
	switch len(must) {
	case 0:
		return query.NewMatchAllQuery()
	case 1:
		return must[0]
	}
	return query.NewConjunctionQuery(must)
}

// textQuery builds the scoring part of a search, or nil for a query with
// no words (browse everything).
//
// The words are matched as written (fieldText), through their stems
// (fieldTextStem) and in the title (both ways), in one disjunction: bleve
// multiplies a disjunction's score by the share of its clauses that
// matched (coord), so a word found only through its stem scores about half
// of one found as written, and documents that match more of the query rank
// higher.
// On the dev queries this beat BM25, separate title/body fields and
// stem-only matching (BENCHMARKS.md).
func (ix *Index) textQuery(uq userQuery) query.Query {
	var must, mustNot []query.Query
	words := append(append(slices.Clone(uq.words), uq.required...), uq.phrases...)
	bag := strings.Join(words, " ")
	var should []query.Query
	if bag != "" {
		should = append(should,
			match(fieldText, bag, boostExact),
			match(fieldTextStem, bag, boostStem),
			match(fieldTitle, bag, boostTitle),
			match(fieldTitleStem, bag, boostTitle))
	}
	// Entity-aware matching: a short query that names a known actor or
	// place is about it, so articles carrying it as a facet match under any
	// of its names (داعش finds تنظيم الدولة الإسلامية; Raqqa finds الرقة).
	// In longer queries the entity is one detail among several, and the
	// extra clause's coord would push down every article without it:
	// measured on the dev queries, expanding them too cost 0.15 MRR.
	if bag != "" && len(strings.Fields(bag)) <= entityQueryWords {
		for _, e := range facets.FindEntities(bag) {
			tq := query.NewTermQuery(e.ID)
			tq.SetField(e.Facet)
			tq.SetBoost(boostEntity)
			should = append(should, tq)
		}
	}
	if len(should) > 0 {
		must = append(must, query.NewDisjunctionQuery(should))
	}
	for _, p := range uq.phrases {
		must = append(must, withBoost(phrase(fieldText, p), boostFilter))
	}
	for _, w := range uq.required {
		must = append(must, match(fieldTextStem, w, boostFilter))
	}
	for _, w := range uq.excludeWords {
		mustNot = append(mustNot, match(fieldTextStem, w, 1))
	}
	for _, p := range uq.excludePhrases {
		mustNot = append(mustNot, phrase(fieldText, p))
	}
	// -داعش means "not about ISIS", whatever name an article uses.
	for _, x := range append(slices.Clone(uq.excludeWords), uq.excludePhrases...) {
		for _, e := range facets.FindEntities(x) {
			tq := query.NewTermQuery(e.ID)
			tq.SetField(e.Facet)
			mustNot = append(mustNot, tq)
		}
	}
	if len(must) == 0 {
		if len(mustNot) == 0 {
			return nil
		}
		must = append(must, query.NewMatchAllQuery())
	}
	return query.NewBooleanQuery(must, nil, mustNot)
}

type boostable interface {
	query.Query
	SetBoost(float64)
}

func withBoost[Q boostable](q Q, b float64) Q {
	q.SetBoost(b)
	return q
}

func match(field, text string, boost float64) *query.MatchQuery {
	m := query.NewMatchQuery(text)
	m.SetField(field)
	m.SetBoost(boost)
	m.Analyzer = fieldAnalyzer(field)
	return m
}

func phrase(field, text string) *query.MatchPhraseQuery {
	p := query.NewMatchPhraseQuery(text)
	p.SetField(field)
	p.Analyzer = fieldAnalyzer(field)
	return p
}

// fieldAnalyzer names the analyzer a query on field must use. It has to
// be set on the query: bleve looks a field's analyzer up by the document
// path, and fieldTextStem and fieldTitleStem are indexed from the text and
// title paths under names of their own, so bleve would fall back to the
// default (exact) analyzer and a stemmed field would be searched for
// unstemmed words.
func fieldAnalyzer(field string) string {
	if field == fieldTextStem || field == fieldTitleStem {
		return analyzers.AnalyzerStem
	}
	return analyzers.AnalyzerExact
}

// buildFilters turns the request's filters into query clauses.
func buildFilters(r Request) []filterClause {
	var out []filterClause
	for _, name := range facets.FacetNames {
		ids := r.Filters[name]
		if len(ids) == 0 {
			continue
		}
		out = append(out, filterClause{group: name, q: termsAny(name, ids)})
	}
	if len(r.Sources) > 0 {
		out = append(out, filterClause{group: "source", q: termsAny(fieldSource, r.Sources)})
	}
	if !r.From.IsZero() || !r.To.IsZero() {
		var from, to time.Time
		if !r.From.IsZero() {
			from = dayStart(r.From)
		}
		if !r.To.IsZero() {
			to = dayStart(r.To).AddDate(0, 0, 1)
		}
		incl, excl := true, false
		q := query.NewDateRangeInclusiveQuery(from, to, &incl, &excl)
		q.SetField(fieldDate)
		q.SetBoost(boostFilter)
		out = append(out, filterClause{group: "date", q: q})
	}
	if r.KilledMin != nil || r.KilledMax != nil {
		var lo, hi *float64
		if r.KilledMin != nil {
			v := float64(*r.KilledMin)
			lo = &v
		}
		if r.KilledMax != nil {
			v := float64(*r.KilledMax)
			hi = &v
		}
		incl := true
		q := query.NewNumericRangeInclusiveQuery(lo, hi, &incl, &incl)
		q.SetField(fieldKilled)
		q.SetBoost(boostFilter)
		out = append(out, filterClause{group: "killed", q: q})
	}
	return out
}

func dayStart(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func termsAny(field string, values []string) query.Query {
	qs := make([]query.Query, 0, len(values))
	for _, v := range values {
		tq := query.NewTermQuery(v)
		tq.SetField(field)
		tq.SetBoost(boostFilter)
		qs = append(qs, tq)
	}
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}

// facetValues labels a facet's counts, marks the selected values and keeps
// every selected value in the answer even when it falls outside the top n.
func facetValues(name string, fr *search.FacetResult, selected []string, n int) []FacetValue {
	out := []FacetValue{}
	counts := map[string]int{}
	if fr != nil && fr.Terms != nil {
		for _, t := range fr.Terms.Terms() {
			counts[t.Term] = t.Count
			if len(out) < n {
				out = append(out, labelled(name, t.Term, t.Count, selected))
			}
		}
	}
	for _, id := range selected {
		if !slices.ContainsFunc(out, func(v FacetValue) bool { return v.ID == id }) {
			out = append(out, labelled(name, id, counts[id], selected))
		}
	}
	return out
}

func labelled(facet, id string, count int, selected []string) FacetValue {
	v := FacetValue{ID: id, Count: count, Selected: slices.Contains(selected, id)}
	if l, ok := facets.LookupLabel(facet, id); ok {
		v.AR, v.EN, v.Parent = l.AR, l.EN, l.Parent
	} else {
		v.AR, v.EN = id, id
	}
	return v
}

func monthBuckets(fr *search.FacetResult) []Bucket {
	out := []Bucket{}
	if fr == nil || fr.Terms == nil {
		return out
	}
	for _, t := range fr.Terms.Terms() {
		m, err := time.Parse("2006-01", t.Term)
		if err != nil {
			continue
		}
		out = append(out, Bucket{Key: t.Term, From: m.Format(time.DateOnly),
			To: m.AddDate(0, 1, -1).Format(time.DateOnly), Count: t.Count})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func killedBuckets(fr *search.FacetResult) []Bucket {
	counts := map[string]int{}
	if fr != nil {
		for _, nr := range fr.NumericRanges {
			counts[nr.Name] = nr.Count
		}
	}
	out := make([]Bucket, 0, len(killedRanges))
	for _, kr := range killedRanges {
		out = append(out, Bucket{Key: kr.key, Count: counts[kr.key]})
	}
	return out
}

// hitFields are the stored fields hitOf reads, for a page of results (which
// loads the body too) and for an export alike; the published time's zone is
// among them so that a hit gives the time as the document does.
var hitFields = []string{fieldTitle, fieldSource, fieldURL, fieldPublished, fieldPublishedZone, fieldIngested, fieldFacetsJSON}

// hitOf makes the part of a hit that its stored fields give, for a page
// of results and for an export alike, and returns the document they hold.
func hitOf(h *search.DocumentMatch) (Hit, Document) {
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
	return hit, d
}
