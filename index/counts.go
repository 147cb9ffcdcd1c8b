package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// countCache keeps the facet counts and totals of recent searches until
// the next commit. Counting is the part of a search that costs a pass over
// every matching document (about 2 µs each), and the requests a page sends
// repeat: above all the landing page, which counts the whole archive. A
// commit bumps the index's generation and empties the cache, so a count is
// never older than the documents it counts.
type countCache struct {
	mu  sync.Mutex
	gen uint64
	m   map[string]cachedCounts
}

// cachedCounts is what one count search found.
type cachedCounts struct {
	total  uint64
	facets search.FacetResults
	// approximate marks counts estimated from one sample bucket.
	approximate bool
	// killed is the killed-per-month series of a search (its own entry,
	// keyed with killedByMonthKey).
	killed []MonthKilled
	// window is the start of a date-sorted page's narrowed window (its
	// own entry, keyed with the count key and the page's end).
	window time.Time
}

// killedByMonthKey is the "what" of the count key of a killed-per-month
// series.
const killedByMonthKey = "killed_by_month"

// maxCachedCounts bounds the cache; when full it starts over, which is
// enough for a page's handful of popular requests.
const maxCachedCounts = 512

func (c *countCache) get(gen uint64, key string) (cachedCounts, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen {
		return cachedCounts{}, false
	}
	v, ok := c.m[key]
	return v, ok
}

func (c *countCache) put(gen uint64, key string, v cachedCounts) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen || c.m == nil || len(c.m) >= maxCachedCounts {
		if gen < c.gen {
			return // a search that started before a commit finished after it
		}
		c.gen, c.m = gen, map[string]cachedCounts{}
	}
	c.m[key] = v
}

// countKey names a count search: the request's query and filters without
// those of group, and what is counted.
func countKey(r *Request, group string, what string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q|%s|%s|%s", r.Query, r.Match, group, what)
	names := make([]string, 0, len(r.Filters))
	for n := range r.Filters {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if n == group {
			continue
		}
		ids := slices.Clone(r.Filters[n])
		slices.Sort(ids)
		fmt.Fprintf(&b, "|%s=%q", n, ids)
	}
	if group != "source" {
		src := slices.Clone(r.Sources)
		slices.Sort(src)
		fmt.Fprintf(&b, "|src=%q", src)
	}
	if group != "date" {
		fmt.Fprintf(&b, "|%s-%s", r.From.Format(time.DateOnly), r.To.Format(time.DateOnly))
	}
	if group != "killed" {
		if r.KilledMin != nil {
			fmt.Fprintf(&b, "|kmin=%d", *r.KilledMin)
		}
		if r.KilledMax != nil {
			fmt.Fprintf(&b, "|kmax=%d", *r.KilledMax)
		}
	}
	return b.String()
}

// publishedYears is a facet on the published date by year. A search sorted
// by date uses it to look only at the newest documents (see dateWindow).
const publishedYears = "published_years"

const firstYear = 1990

func publishedYearsFacet() *bleve.FacetRequest {
	last := time.Now().UTC().Year() + 1
	fr := bleve.NewFacetRequest(fieldPublished, last-firstYear+1)
	for y := firstYear; y <= last; y++ {
		fr.AddDateTimeRange(fmt.Sprint(y), time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC))
	}
	return fr
}

// dateWindow returns the start of the newest whole years that hold at
// least need documents, by the published-year counts of the search, the
// end of the newest year with any, and how many the years hold; false when
// the counts cannot say (then the whole archive is sorted). Every document
// in the window sorts before every one outside it, so the window's top hits
// are the search's top hits whenever the window holds need of them.
func dateWindow(fr *search.FacetResult, need int) (from, end time.Time, n int, ok bool) {
	if fr == nil {
		return time.Time{}, time.Time{}, 0, false
	}
	byYear := map[int]int{}
	for _, d := range fr.DateRanges {
		var y int
		if _, err := fmt.Sscan(d.Name, &y); err == nil {
			byYear[y] = d.Count
		}
	}
	sum := 0
	for y := time.Now().UTC().Year() + 1; y >= firstYear; y-- {
		if sum == 0 && byYear[y] > 0 {
			end = time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		sum += byYear[y]
		if sum >= need {
			return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), end, sum, true
		}
	}
	return time.Time{}, time.Time{}, 0, false
}

// Sampling. Counting costs a pass over every match, so above SampleAbove
// matches the counts are estimated from one of 16 random buckets of the
// archive (fieldSample) and multiplied by 16. With 150,000 matches or more
// estimated, a bucket holds about 9,400 of them: the estimate of a value
// counted 1,000 times is then off by about ±12% (one standard deviation),
// and the largest values, the ones a page shows, by much less.
const (
	// SampleAbove is the number of matching documents above which facet
	// counts may be estimated; below it they are always exact.
	SampleAbove = 100_000
	sampleRate  = 16
	// sampleMinEstimate is the estimated number of matches from which the
	// estimate is used: far enough above SampleAbove that a search with
	// fewer matches practically never gets one (it would take the bucket
	// to hold half again its share).
	sampleMinEstimate = 150_000
	sampleBucket      = "0"
)

// sampleCounts runs g's count search on one sample bucket and returns the
// counts scaled up, or nil when the estimate is below sampleMinEstimate
// (then the caller counts exactly).
func (ix *Index) sampleCounts(ctx context.Context, g *countGroup) (*cachedCounts, error) {
	sq := query.NewTermQuery(sampleBucket)
	sq.SetField(fieldSample)
	sq.SetBoost(boostFilter)
	sr := *g.req
	sr.Query = query.NewConjunctionQuery([]query.Query{g.req.Query, sq})
	res, killed, err := ix.countFacets(ctx, &sr)
	if err != nil {
		return nil, fmt.Errorf("sample counts: %w", err)
	}
	if res.Total*sampleRate < ix.sampleMinEstimate {
		return nil, nil
	}
	if killed != nil {
		for i := range killed {
			killed[i].Killed *= sampleRate
			killed[i].Articles *= sampleRate
		}
		g.killed = killed
	}
	for _, fr := range res.Facets {
		fr.Total *= sampleRate
		fr.Missing *= sampleRate
		fr.Other *= sampleRate
		for _, t := range fr.Terms.Terms() {
			t.Count *= sampleRate
		}
		for _, r := range fr.NumericRanges {
			r.Count *= sampleRate
		}
		for _, r := range fr.DateRanges {
			r.Count *= sampleRate
		}
	}
	return &cachedCounts{total: res.Total * sampleRate, facets: res.Facets, approximate: true}, nil
}
