package index

import (
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/numeric"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	segment "github.com/blevesearch/scorch_segment_api/v2"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// Facet columns. bleve counts a facet by reading every match's doc values:
// it decompresses the field's chunk of about a thousand documents, splits
// it into terms, and adds each term to a map keyed by its string. A word
// that matches one article in five therefore decompresses every chunk of
// every facet field, and at a million articles that pass is most of a
// cold page request (BENCHMARKS.md, "Facet columns").
//
// An index segment never changes once written (merges write new ones), so
// its documents' facet values can be read once, turned into small
// integers, and kept: counting a match is then a few array increments.
// Columns are built in the background, one segment at a time, from a
// snapshot the builder holds; a search that meets a segment without its
// column yet counts that segment's matches from doc values, as bleve does.
// Counts are the same either way, and the same as bleve's own facets.

// columnTermFields are the keyword fields kept as columns; columnKilled and
// columnPublished are the numeric and date fields.
var columnTermFields = append(slices.Clone(facets.FacetNames), fieldSource, fieldMonth)

const (
	columnKilled    = fieldKilled
	columnPublished = fieldPublished
)

// columnFields is every field a column is built from, in visiting order.
var columnFields = append(slices.Clone(columnTermFields), columnKilled, columnPublished)

// termDict numbers the values of one keyword field. Only a build adds to
// it (builds take turns: columnStore.buildMu); searches read terms under
// the read lock.
type termDict struct {
	mu    sync.RWMutex
	ids   map[string]uint32
	terms []string
}

func (d *termDict) id(term []byte) uint32 {
	if id, ok := d.ids[string(term)]; ok { // a build is the only writer
		return id
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	id := uint32(len(d.terms))
	s := string(term)
	d.ids[s] = id
	d.terms = append(d.terms, s)
	return id
}

func (d *termDict) snapshot() []string {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.terms
}

// termColumn holds a keyword field's value ids per document, the ids of
// document n at ids[start[n]:start[n+1]].
type termColumn struct {
	start []uint32
	ids   []uint32
}

// segColumns is one segment's columns, indexed by local document number.
type segColumns struct {
	terms     []termColumn // in columnTermFields order
	killed    []float64    // NaN: no toll
	published []int64      // UnixNano; math.MinInt64: no date
}

// columnStore holds the columns of the segments searched lately.
type columnStore struct {
	dicts []*termDict // in columnTermFields order
	// closed ends builds when the index closes, which waits for them.
	closed context.Context
	close  context.CancelFunc
	// buildMu makes builds take turns (the server's start-up build and
	// one a search asked for may overlap).
	buildMu sync.Mutex

	mu       sync.Mutex
	segs     map[segment.Segment]*segColumns
	building bool
}

func newColumnStore() *columnStore {
	c := &columnStore{segs: map[segment.Segment]*segColumns{}}
	c.closed, c.close = context.WithCancel(context.Background())
	for range columnTermFields {
		c.dicts = append(c.dicts, &termDict{ids: map[string]uint32{}})
	}
	return c
}

// lookup returns the columns of segs (nil for a segment without them yet)
// and whether any is missing.
func (c *columnStore) lookup(segs []*scorch.SegmentSnapshot) ([]*segColumns, bool) {
	out := make([]*segColumns, len(segs))
	missing := false
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, s := range segs {
		out[i] = c.segs[s.Segment()]
		missing = missing || out[i] == nil
	}
	return out, missing
}

// buildSoon builds the missing columns of ix's current segments in the
// background, once at a time.
func (c *columnStore) buildSoon(ix *Index) {
	c.mu.Lock()
	if c.building {
		c.mu.Unlock()
		return
	}
	c.building = true
	c.mu.Unlock()
	go func() {
		defer func() {
			c.mu.Lock()
			c.building = false
			c.mu.Unlock()
		}()
		_ = c.build(c.closed, ix) // a search without columns counts from doc values
	}()
}

// build makes the columns of every segment of ix's current snapshots that
// has none, and forgets those of segments no longer in them (merged away:
// a search still holding an older snapshot counts them from doc values).
func (c *columnStore) build(ctx context.Context, ix *Index) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer context.AfterFunc(c.closed, cancel)()
	c.buildMu.Lock()
	defer c.buildMu.Unlock()
	current := map[segment.Segment]bool{}
	err := ix.r.withShards(func(set *shardSet) error {
		for _, shard := range set.shards {
			if err := c.buildShard(ctx, shard, current); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for s := range c.segs {
		if !current[s] {
			delete(c.segs, s)
		}
	}
	return nil
}

func (c *columnStore) buildShard(ctx context.Context, shard bleve.Index, current map[segment.Segment]bool) error {
	snap, err := shardSnapshot(shard)
	if err != nil {
		return fmt.Errorf("facet columns: %w", err)
	}
	defer snap.Close()
	for _, ss := range snap.Segments() {
		if err := ctx.Err(); err != nil {
			return err
		}
		seg := ss.Segment()
		current[seg] = true
		c.mu.Lock()
		have := c.segs[seg] != nil
		c.mu.Unlock()
		if have {
			continue
		}
		col, err := c.buildSegment(ctx, seg)
		if err != nil {
			return err
		}
		c.mu.Lock()
		c.segs[seg] = col
		c.mu.Unlock()
	}
	return nil
}

// buildSegment reads the doc values of every document of seg. The caller
// holds a snapshot that holds seg open.
func (c *columnStore) buildSegment(ctx context.Context, seg segment.Segment) (*segColumns, error) {
	dv, ok := seg.(segment.DocValueVisitable)
	if !ok {
		return nil, fmt.Errorf("facet columns: segment %T has no doc values", seg)
	}
	n := int(seg.Count())
	col := &segColumns{
		terms:     make([]termColumn, len(columnTermFields)),
		killed:    make([]float64, n),
		published: make([]int64, n),
	}
	for i := range col.terms {
		col.terms[i].start = make([]uint32, 1, n+1)
	}
	var v docVisit
	v.reset()
	visitor := func(field string, term []byte) { v.visit(field, term) }
	var state segment.DocVisitState
	for d := range n {
		if d%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		var err error
		if state, err = dv.VisitDocValues(uint64(d), columnFields, visitor, state); err != nil {
			return nil, fmt.Errorf("facet columns: doc values of document %d: %w", d, err)
		}
		for i := range columnTermFields {
			for _, t := range v.terms[i] {
				col.terms[i].ids = append(col.terms[i].ids, c.dicts[i].id(t))
			}
			col.terms[i].start = append(col.terms[i].start, uint32(len(col.terms[i].ids)))
		}
		col.killed[d], col.published[d] = v.killed, v.published
		v.reset()
	}
	return col, nil
}

// docVisit gathers one document's column values from doc values.
type docVisit struct {
	terms     [][][]byte // per columnTermFields; slices into bleve's buffers, valid during the visit
	killed    float64
	published int64
}

var termFieldIndex = func() map[string]int {
	m := map[string]int{}
	for i, f := range columnTermFields {
		m[f] = i
	}
	return m
}()

func (v *docVisit) reset() {
	if v.terms == nil {
		v.terms = make([][][]byte, len(columnTermFields))
	}
	for i := range v.terms {
		v.terms[i] = v.terms[i][:0]
	}
	v.killed, v.published = math.NaN(), math.MinInt64
}

func (v *docVisit) visit(field string, term []byte) {
	switch field {
	case columnKilled, columnPublished:
		// Numbers are indexed at several precisions; the full one is
		// shift 0.
		pc := numeric.PrefixCoded(term)
		if shift, err := pc.Shift(); err != nil || shift != 0 {
			return
		}
		i64, err := pc.Int64()
		if err != nil {
			return
		}
		if field == columnKilled {
			v.killed = numeric.Int64ToFloat64(i64)
		} else {
			v.published = i64
		}
	default:
		if i, ok := termFieldIndex[field]; ok {
			v.terms[i] = append(v.terms[i], term)
		}
	}
}

// columnCounts are the counts of one search: per keyword field, per value
// id; and the matches' tolls and dates, by value, for the range facets.
type columnCounts struct {
	total     uint64
	terms     [][]int          // per columnTermFields, per id
	missing   []int            // per columnTermFields: matches with no value
	extra     []map[string]int // per columnTermFields: values of segments without columns
	killed    map[float64]int  // per toll; NaN key not used
	noKilled  int
	published map[int64]int // per UTC day (days since 1970-01-01)
	noDate    int
	// tolls sums the tolls of matches with one (killed ≥ 1) by month: by
	// month id for segments with columns, by month for the others.
	tolls   map[uint32]*MonthKilled
	tollsBy map[string]*MonthKilled
}

// monthField is fieldMonth's place in columnTermFields.
var monthField = termFieldIndex[fieldMonth]

func newColumnCounts(dicts [][]string) *columnCounts {
	cc := &columnCounts{
		terms:     make([][]int, len(columnTermFields)),
		missing:   make([]int, len(columnTermFields)),
		extra:     make([]map[string]int, len(columnTermFields)),
		killed:    map[float64]int{},
		published: map[int64]int{},
		tolls:     map[uint32]*MonthKilled{},
		tollsBy:   map[string]*MonthKilled{},
	}
	for i := range cc.terms {
		cc.terms[i] = make([]int, len(dicts[i]))
		cc.extra[i] = map[string]int{}
	}
	return cc
}

// add counts document d of a segment with columns.
func (cc *columnCounts) add(col *segColumns, d uint64) {
	cc.total++
	for i := range cc.terms {
		t := &col.terms[i]
		lo, hi := t.start[d], t.start[d+1]
		if lo == hi {
			cc.missing[i]++
			continue
		}
		counts := cc.terms[i]
		for _, id := range t.ids[lo:hi] {
			counts[id]++
		}
	}
	cc.addNumbers(col.killed[d], col.published[d])
	if k := col.killed[d]; k >= 1 {
		m := &col.terms[monthField]
		if lo := m.start[d]; lo < m.start[d+1] {
			t := tollAt(cc.tolls, m.ids[lo])
			t.Killed += int(k)
			t.Articles++
		}
	}
}

func (cc *columnCounts) addNumbers(killed float64, published int64) {
	if math.IsNaN(killed) {
		cc.noKilled++
	} else {
		cc.killed[killed]++
	}
	if published == math.MinInt64 {
		cc.noDate++
	} else {
		day := published / nsPerDay
		if published%nsPerDay < 0 {
			day-- // before 1970: rounded down, not toward zero
		}
		cc.published[day]++
	}
}

const nsPerDay = int64(24 * time.Hour)

// tollAt is m's entry for month, made when missing.
func tollAt[K comparable](m map[K]*MonthKilled, month K) *MonthKilled {
	t := m[month]
	if t == nil {
		t = &MonthKilled{}
		m[month] = t
	}
	return t
}

// addVisit counts a document of a segment without columns.
func (cc *columnCounts) addVisit(v *docVisit) {
	cc.total++
	for i, ts := range v.terms {
		if len(ts) == 0 {
			cc.missing[i]++
		}
		for _, t := range ts {
			cc.extra[i][string(t)]++
		}
	}
	cc.addNumbers(v.killed, v.published)
	if ms := v.terms[monthField]; v.killed >= 1 && len(ms) > 0 {
		t := tollAt(cc.tollsBy, string(ms[0]))
		t.Killed += int(v.killed)
		t.Articles++
	}
}

func (cc *columnCounts) merge(o *columnCounts) {
	cc.total += o.total
	for i := range cc.terms {
		for id, n := range o.terms[i] {
			cc.terms[i][id] += n
		}
		cc.missing[i] += o.missing[i]
		for t, n := range o.extra[i] {
			cc.extra[i][t] += n
		}
	}
	for k, n := range o.killed {
		cc.killed[k] += n
	}
	for k, n := range o.published {
		cc.published[k] += n
	}
	cc.noKilled += o.noKilled
	cc.noDate += o.noDate
	for k, t := range o.tolls {
		addTolls(cc.tolls, k, t)
	}
	for k, t := range o.tollsBy {
		addTolls(cc.tollsBy, k, t)
	}
}

func addTolls[K comparable](m map[K]*MonthKilled, month K, o *MonthKilled) {
	t := tollAt(m, month)
	t.Killed += o.Killed
	t.Articles += o.Articles
}

// monthKilled is the tolls by month, months in order; a match whose month
// is not one (no date) is left out, as killedByMonth's pass leaves it.
func (cc *columnCounts) monthKilled(dicts [][]string, scale int) []MonthKilled {
	byMonth := map[string]*MonthKilled{}
	for id, t := range cc.tolls {
		addTolls(byMonth, dicts[monthField][id], t)
	}
	for k, t := range cc.tollsBy {
		addTolls(byMonth, k, t)
	}
	out := make([]MonthKilled, 0, len(byMonth))
	for _, k := range slices.Sorted(maps.Keys(byMonth)) {
		if _, err := time.Parse("2006-01", k); err != nil {
			continue
		}
		t := byMonth[k]
		out = append(out, MonthKilled{Key: k, Killed: t.Killed * scale, Articles: t.Articles * scale})
	}
	return out
}

// columnsCover reports whether every facet of req can be counted from
// columns.
func columnsCover(req *bleve.SearchRequest) bool {
	for _, fr := range req.Facets {
		switch {
		case len(fr.NumericRanges) > 0:
			if fr.Field != columnKilled {
				return false
			}
		case len(fr.DateTimeRanges) > 0:
			if fr.Field != columnPublished {
				return false
			}
			// Dates are counted by day: a range must start and end at
			// midnight UTC (the published years do). A range given as
			// strings, parsed by bleve only, has neither.
			for _, r := range fr.DateTimeRanges {
				if r.Start.IsZero() && r.End.IsZero() || !midnight(r.Start) || !midnight(r.End) {
					return false
				}
			}
		case fr.TermPrefix != "" || fr.TermPattern != "":
			return false
		default:
			if _, ok := termFieldIndex[fr.Field]; !ok {
				return false
			}
		}
	}
	return true
}

func midnight(t time.Time) bool { return t.IsZero() || t.UnixNano()%nsPerDay == 0 }

// countFacets answers a count search (req's query and facets; its hits are
// not wanted) from the facet columns, as bleve would answer it, with the
// matches' tolls by month that the same pass gives. A request with a facet
// the columns do not hold goes to bleve, and then the tolls are nil.
func (ix *Index) countFacets(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, []MonthKilled, error) {
	if !columnsCover(req) {
		res, err := ix.bi.SearchInContext(ctx, req)
		return res, nil, err
	}
	all, dicts, err := ix.countColumns(ctx, req.Query)
	if err != nil {
		return nil, nil, err
	}
	res := &bleve.SearchResult{Total: all.total, Facets: search.FacetResults{}, Request: req, Status: &bleve.SearchStatus{Total: 1, Successful: 1}}
	for name, fr := range req.Facets {
		res.Facets[name] = all.result(fr, dicts)
	}
	return res, all.monthKilled(dicts, 1), nil
}

// countColumns counts the matches of q by the values of every column, in
// one pass that reads no doc values where a segment has its columns.
func (ix *Index) countColumns(ctx context.Context, q query.Query) (*columnCounts, [][]string, error) {
	dicts := make([][]string, len(columnTermFields))
	var (
		mu      sync.Mutex
		all     *columnCounts
		missing atomic.Bool
	)
	// bleve hands every match to the handler, which keeps none. Size 0
	// would skip the handler; with size 1, no scores and a sort on the
	// score alone bleve stops after the first match (all tie), so the sort
	// names the score twice: no field is read for it either way.
	sr := bleve.NewSearchRequestOptions(q, 1, 0, false)
	sr.Score = "none"
	sr.SortBy([]string{"-_score", "_score"})
	// The dictionaries are read before any segment's columns: a column
	// looked up later may use ids added since, which a count array sized
	// now cannot hold. Each handler therefore sizes its own arrays from
	// the dictionaries as they are when it starts.
	count := search.MakeDocumentMatchHandler(func(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
		snap, ok := sc.IndexReader.(*scorch.IndexSnapshot)
		if !ok {
			return nil, false, fmt.Errorf("count columns: index reader is a %T, not a scorch snapshot", sc.IndexReader)
		}
		segs := snap.Segments()
		cols, miss := ix.columns.lookup(segs)
		if miss {
			missing.Store(true)
		}
		local := make([][]string, len(columnTermFields))
		for i, d := range ix.columns.dicts {
			local[i] = d.snapshot()
		}
		cc := newColumnCounts(local)
		offsets := make([]uint64, len(segs)+1)
		for i, s := range segs {
			offsets[i+1] = offsets[i] + s.Segment().Count()
		}
		var (
			v      docVisit
			states = make([]segment.DocVisitState, len(segs))
		)
		v.reset()
		visitor := func(field string, term []byte) { v.visit(field, term) }
		return func(d *search.DocumentMatch) error {
			if d == nil {
				mu.Lock()
				defer mu.Unlock()
				if all == nil {
					all = cc
					for i := range dicts {
						dicts[i] = local[i]
					}
					return nil
				}
				// The larger dictionaries win; ids are stable, so the
				// shorter arrays are prefixes of the longer.
				for i := range dicts {
					if len(local[i]) > len(dicts[i]) {
						dicts[i] = local[i]
						all.terms[i] = append(all.terms[i], make([]int, len(local[i])-len(all.terms[i]))...)
					}
				}
				all.merge(cc)
				return nil
			}
			defer sc.DocumentMatchPool.Put(d)
			g := d.IndexInternalID.Value()
			si := sort.Search(len(segs), func(i int) bool { return offsets[i+1] > g })
			if si == len(segs) {
				return fmt.Errorf("count facets: document number %d beyond the snapshot's %d", g, offsets[len(segs)])
			}
			local := g - offsets[si]
			if col := cols[si]; col != nil {
				cc.add(col, local)
				return nil
			}
			dv, ok := segs[si].Segment().(segment.DocValueVisitable)
			if !ok {
				return fmt.Errorf("count facets: segment %T has no doc values", segs[si].Segment())
			}
			var err error
			if states[si], err = dv.VisitDocValues(local, columnFields, visitor, states[si]); err != nil {
				return fmt.Errorf("count facets: %w", err)
			}
			cc.addVisit(&v)
			v.reset()
			return nil
		}, false, nil
	})
	if _, err := ix.bi.SearchInContext(context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, count), sr); err != nil {
		return nil, nil, err
	}
	if missing.Load() {
		ix.columns.buildSoon(ix)
	}
	if all == nil { // no shard searched
		all = newColumnCounts(dicts)
	}
	return all, dicts, nil
}

// keepTop sorts ranges as bleve does, keeps size of them and returns them
// with what the rest counted (a facet's Other).
func keepTop[S interface {
	~[]E
	sort.Interface
}, E any](ranges S, size, total int, count func(E) int) (S, int) {
	sort.Sort(ranges)
	if size < len(ranges) {
		ranges = ranges[:size]
	}
	other := total
	for _, r := range ranges {
		other -= count(r)
	}
	return ranges, other
}

// result is fr's facet as bleve's builders make it.
func (cc *columnCounts) result(fr *bleve.FacetRequest, dicts [][]string) *search.FacetResult {
	rv := &search.FacetResult{Field: fr.Field}
	switch {
	case len(fr.NumericRanges) > 0:
		rv.Missing = cc.noKilled
		byName := map[string]int{}
		for v, n := range cc.killed {
			for _, r := range fr.NumericRanges {
				if (r.Min == nil || v >= *r.Min) && (r.Max == nil || v < *r.Max) {
					byName[r.Name] += n
					rv.Total += n
				}
			}
		}
		rv.NumericRanges = search.NumericRangeFacets{}
		for _, r := range fr.NumericRanges {
			if n := byName[r.Name]; n > 0 {
				rv.NumericRanges = append(rv.NumericRanges, &search.NumericRangeFacet{Name: r.Name, Count: n, Min: r.Min, Max: r.Max})
			}
		}
		rv.NumericRanges, rv.Other = keepTop(rv.NumericRanges, fr.Size, rv.Total, func(r *search.NumericRangeFacet) int { return r.Count })
	case len(fr.DateTimeRanges) > 0:
		rv.Missing = cc.noDate
		byName := map[string]int{}
		for day, n := range cc.published {
			t := time.Unix(0, day*nsPerDay)
			for _, r := range fr.DateTimeRanges {
				if (r.Start.IsZero() || !t.Before(r.Start)) && (r.End.IsZero() || t.Before(r.End)) {
					byName[r.Name] += n
					rv.Total += n
				}
			}
		}
		rv.DateRanges = search.DateRangeFacets{}
		for _, r := range fr.DateTimeRanges {
			n := byName[r.Name]
			if n == 0 {
				continue
			}
			f := &search.DateRangeFacet{Name: r.Name, Count: n}
			if !r.Start.IsZero() {
				s := r.Start.Format(time.RFC3339Nano)
				f.Start = &s
			}
			if !r.End.IsZero() {
				e := r.End.Format(time.RFC3339Nano)
				f.End = &e
			}
			rv.DateRanges = append(rv.DateRanges, f)
		}
		rv.DateRanges, rv.Other = keepTop(rv.DateRanges, fr.Size, rv.Total, func(r *search.DateRangeFacet) int { return r.Count })
	default:
		i := termFieldIndex[fr.Field]
		rv.Missing = cc.missing[i]
		byTerm := map[string]int{}
		for id, n := range cc.terms[i] {
			if n > 0 {
				byTerm[dicts[i][id]] += n
			}
		}
		for t, n := range cc.extra[i] {
			byTerm[t] += n
		}
		rv.Terms = &search.TermFacets{}
		for t, n := range byTerm {
			rv.Total += n
			rv.Terms.Add(&search.TermFacet{Term: t, Count: n})
		}
		sort.Sort(rv.Terms)
		rv.Terms.TrimToTopN(min(fr.Size, rv.Terms.Len()))
		rv.Other = rv.Total
		for _, t := range rv.Terms.Terms() {
			rv.Other -= t.Count
		}
	}
	return rv
}
