package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// archiveCounts are the whole archive's counts at one generation: every
// value of every facet, the months, the killed ranges, the published
// years and the killed-per-month series. The landing page needs exactly
// these, and so does a facet whose only filter is its own (the other
// values of the facet are counted over everything). Counting them is a
// pass over every document, about a second at a million articles, and
// the count cache is emptied by every commit; so they are counted once and
// then kept up to date by Apply, which counts only the documents a batch
// removes and adds (archiveDelta). A watched folder commits every second
// or so, and without this each commit made the next landing page pay the
// whole pass again.
//
// An archiveCounts is never changed once stored; Apply stores a new one.
type archiveCounts struct {
	gen    uint64
	total  uint64
	facets search.FacetResults // every value: archiveFacetSize
	killed []MonthKilled
}

// archiveFacetSize is the number of values kept per facet: all of them.
// bleve sizes its results by the values found, not by this.
const archiveFacetSize = math.MaxInt32

// archiveRequest counts, over the matches of q, everything a page request
// may count: the same facet names Search asks for, every value of each.
func archiveRequest(q query.Query) *bleve.SearchRequest {
	sr := bleve.NewSearchRequestOptions(q, 0, 0, false)
	sr.Score = "none"
	for _, name := range facets.FacetNames {
		sr.AddFacet(name, bleve.NewFacetRequest(name, archiveFacetSize))
	}
	sr.AddFacet(FacetSources, bleve.NewFacetRequest(fieldSource, archiveFacetSize))
	sr.AddFacet(fieldMonth, bleve.NewFacetRequest(fieldMonth, archiveFacetSize))
	sr.AddFacet(fieldKilled, killedRangesFacet())
	sr.AddFacet(publishedYears, publishedYearsFacet())
	return sr
}

// countArchive counts, over the matches of q, what archiveCounts holds.
func (ix *Index) countArchive(ctx context.Context, q query.Query) (*archiveCounts, error) {
	// One pass over the matches gives the facets and the tolls by month.
	cc, dicts, err := ix.countColumns(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("count the archive: %w", err)
	}
	a := &archiveCounts{total: cc.total, facets: search.FacetResults{}, killed: cc.monthKilled(dicts, 1)}
	for name, fr := range archiveRequest(q).Facets {
		a.facets[name] = cc.result(fr, dicts)
	}
	return a, nil
}

// WarmCounts counts the whole archive now, so that the first landing page
// does not wait for it (the server calls it as it starts), and has the
// facet lexicon built, which the page's labels and a query's entities
// would otherwise build on the first request. Later commits keep the
// counts up to date.
func (ix *Index) WarmCounts(ctx context.Context) error {
	facets.Load()
	// The facet columns first (no lock: writes go on meanwhile), so that
	// the archive is counted from them.
	if err := ix.columns.build(ctx, ix); err != nil {
		return err
	}
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	return ix.refreshArchiveLocked(ctx)
}

// refreshArchiveLocked counts the whole archive unless its counts are
// current. The caller holds writeMu, so no commit lands between the count
// and the generation it is recorded under.
func (ix *Index) refreshArchiveLocked(ctx context.Context) error {
	gen := ix.gen.Load()
	if a := ix.archive.Load(); a != nil && a.gen == gen {
		return nil
	}
	a, err := ix.countArchive(ctx, query.NewMatchAllQuery())
	if err != nil {
		return err
	}
	a.gen = gen
	ix.archive.Store(a)
	return nil
}

// refreshArchiveSoon counts the whole archive in the background, once at a
// time; a search that finds the counts stale counts its own way meanwhile.
func (ix *Index) refreshArchiveSoon() {
	if !ix.archiveRefreshing.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer ix.archiveRefreshing.Store(false)
		ix.writeMu.Lock()
		defer ix.writeMu.Unlock()
		// An error (the index closed under it) leaves the counts stale; the
		// next search that needs them tries again.
		_ = ix.refreshArchiveLocked(context.Background())
	}()
}

// currentArchive returns the whole archive's counts if they are current at
// generation gen (or newer), and otherwise has them counted in the
// background and returns nil. A search loads them once, so that all its
// counts come from one count.
func (ix *Index) currentArchive(gen uint64) *archiveCounts {
	a := ix.archive.Load()
	if a == nil || a.gen < gen {
		ix.refreshArchiveSoon()
		return nil
	}
	return a
}

// countsOf returns a's counts of the facets in want as a search's counts,
// or nil when a (nil: not current) does not hold them.
func (a *archiveCounts) countsOf(want map[string]*bleve.FacetRequest) *cachedCounts {
	if a == nil {
		return nil
	}
	out := search.FacetResults{}
	for name, fr := range want {
		src := a.facets[name]
		if src == nil {
			return nil
		}
		c := cloneFacet(src)
		c.Fixup(fr.Size)
		out[name] = c
	}
	return &cachedCounts{total: a.total, facets: out}
}

// isMatchAll reports whether q matches every document, as combine builds a
// query with no words and no filters.
func isMatchAll(q query.Query) bool {
	_, ok := q.(*query.MatchAllQuery)
	return ok
}

// archiveDelta is what a batch takes from the archive's counts and adds to
// them: the counts of the documents it replaces or deletes, made before
// its commit, and of those it indexes, made after.
type archiveDelta struct {
	base    *archiveCounts
	removed *archiveCounts
}

// beginArchiveDelta counts the documents ids hold now, if the archive's
// counts are current (nil otherwise: then nothing is kept up to date and
// the next search that needs them counts them again). The caller holds
// writeMu.
func (ix *Index) beginArchiveDelta(ids []string) *archiveDelta {
	a := ix.archive.Load()
	if a == nil || a.gen != ix.gen.Load() {
		return nil
	}
	d := &archiveDelta{base: a}
	if len(ids) > 0 {
		removed, err := ix.countArchive(context.Background(), query.NewDocIDQuery(ids))
		if err != nil {
			return nil
		}
		d.removed = removed
	}
	return d
}

// finish counts the documents ids (those the batch indexed, now committed)
// and stores the archive's counts for generation gen. It is called before
// gen is published, so that a search never sees a generation whose counts
// are on their way.
func (d *archiveDelta) finish(ix *Index, ids []string, gen uint64) {
	next := d.base.clone()
	next.gen = gen
	if d.removed != nil {
		next.add(d.removed, -1)
	}
	if len(ids) > 0 {
		added, err := ix.countArchive(context.Background(), query.NewDocIDQuery(ids))
		if err != nil {
			return // stale: counted again when next needed
		}
		next.add(added, 1)
	}
	ix.archive.Store(next)
}

func (a *archiveCounts) clone() *archiveCounts {
	c := &archiveCounts{gen: a.gen, total: a.total, facets: search.FacetResults{}, killed: slices.Clone(a.killed)}
	for name, fr := range a.facets {
		c.facets[name] = cloneFacet(fr)
	}
	return c
}

// add adds d's counts to a's, times sign (+1 or -1). Values whose count
// falls to zero go, as they would from a fresh count.
func (a *archiveCounts) add(d *archiveCounts, sign int) {
	a.total = uint64(int64(a.total) + int64(sign)*int64(d.total))
	for name, dfr := range d.facets {
		fr := a.facets[name]
		if fr == nil {
			fr = &search.FacetResult{Field: dfr.Field}
			a.facets[name] = fr
		}
		addFacet(fr, dfr, sign)
	}
	months := map[string]int{} // key → position in a.killed
	for i, m := range a.killed {
		months[m.Key] = i
	}
	for _, m := range d.killed {
		i, ok := months[m.Key]
		if !ok {
			i = len(a.killed)
			months[m.Key] = i
			a.killed = append(a.killed, MonthKilled{Key: m.Key})
		}
		a.killed[i].Killed += sign * m.Killed
		a.killed[i].Articles += sign * m.Articles
	}
	a.killed = slices.DeleteFunc(a.killed, func(m MonthKilled) bool { return m.Articles <= 0 })
	sort.Slice(a.killed, func(i, j int) bool { return a.killed[i].Key < a.killed[j].Key })
}

// addFacet adds d's counts to fr's, times sign.
func addFacet(fr, d *search.FacetResult, sign int) {
	fr.Total += sign * d.Total
	fr.Missing += sign * d.Missing
	fr.Other += sign * d.Other
	if d.Terms != nil {
		counts := map[string]int{}
		for _, t := range fr.Terms.Terms() {
			counts[t.Term] = t.Count
		}
		for _, t := range d.Terms.Terms() {
			counts[t.Term] += sign * t.Count
		}
		fr.Terms = &search.TermFacets{}
		for term, n := range counts {
			if n > 0 {
				fr.Terms.Add(&search.TermFacet{Term: term, Count: n})
			}
		}
		sort.Sort(fr.Terms)
	}
	fr.NumericRanges = addRanges(fr.NumericRanges, d.NumericRanges, sign,
		func(r *search.NumericRangeFacet) (string, *int) { return r.Name, &r.Count })
	fr.DateRanges = addRanges(fr.DateRanges, d.DateRanges, sign,
		func(r *search.DateRangeFacet) (string, *int) { return r.Name, &r.Count })
}

// addRanges adds the counts of the ranges in d to those of the same name in
// dst, times sign, and drops the ranges left empty (a fresh count has none).
// field gives a range's name and count.
func addRanges[R any](dst, d []*R, sign int, field func(*R) (string, *int)) []*R {
	for _, r := range d {
		name, n := field(r)
		i := slices.IndexFunc(dst, func(x *R) bool { xn, _ := field(x); return xn == name })
		if i < 0 {
			c := *r
			_, cn := field(&c)
			*cn = 0
			dst = append(dst, &c)
			i = len(dst) - 1
		}
		_, dn := field(dst[i])
		*dn += sign * *n
	}
	return slices.DeleteFunc(dst, func(x *R) bool { _, n := field(x); return *n <= 0 })
}

// cloneFacet copies fr deeply enough that Fixup and addFacet on the copy
// leave fr as it was.
func cloneFacet(fr *search.FacetResult) *search.FacetResult {
	c := &search.FacetResult{Field: fr.Field, Total: fr.Total, Missing: fr.Missing, Other: fr.Other}
	if fr.Terms != nil {
		c.Terms = &search.TermFacets{}
		for _, t := range fr.Terms.Terms() {
			c.Terms.Add(&search.TermFacet{Term: t.Term, Count: t.Count})
		}
	}
	for _, r := range fr.NumericRanges {
		v := *r
		c.NumericRanges = append(c.NumericRanges, &v)
	}
	for _, r := range fr.DateRanges {
		v := *r
		c.DateRanges = append(c.DateRanges, &v)
	}
	return c
}
