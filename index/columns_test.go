package index

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/numeric"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestColumnCountsMatchBleve counts facets from the facet columns and
// compares every count with bleve's own facets over the same matches, on
// ant-syria articles: before any column is built (every segment counted
// from doc values), after (from columns), after a commit that adds
// segments without columns and deletes documents from segments with them
// (both at once), and for the range facets (tolls, years).
func TestColumnCountsMatchBleve(t *testing.T) {
	docs, err := readCorpusForTest(filepath.Join("..", "..", "shared", "corpus", "ant-syria.jsonl.gz"))
	if err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	if len(docs) < 700 {
		t.Fatalf("%d articles in the corpus, want 700", len(docs))
	}
	ix := openTemp(t)
	ctx := context.Background()
	for i := 0; i < 400; i += 100 { // several segments per shard
		apply(t, ix, docs[i:i+100]...)
	}

	requests := map[string]func() *bleve.SearchRequest{
		"everything": func() *bleve.SearchRequest { return archiveRequest(query.NewMatchAllQuery()) },
		"a word": func() *bleve.SearchRequest {
			return archiveRequest(ix.textQuery(parseQuery("قصف")))
		},
		"an entity and a filter": func() *bleve.SearchRequest {
			return archiveRequest(combine(ix.textQuery(parseQuery("داعش")), buildFilters(Request{Filters: map[string][]string{"governorates": {"SY09"}}}), ""))
		},
		"a filter's own group": func() *bleve.SearchRequest {
			return archiveRequest(combine(nil, buildFilters(Request{Filters: map[string][]string{"actors": {"isis", "russia"}}}), "actors"))
		},
		"nothing": func() *bleve.SearchRequest { return archiveRequest(ix.textQuery(parseQuery("zzzzqqq"))) },
	}
	compare := func(step string) {
		t.Helper()
		for name, req := range requests {
			for _, sample := range []bool{false, true} {
				want, err := ix.killedByMonthSorted(ctx, req().Query, sample)
				if err != nil {
					t.Fatal(err)
				}
				got, err := ix.killedByMonth(ctx, req().Query, sample)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s, %s, sampled %v: killed by month\ncolumns %v\nsorted  %v", step, name, sample, got, want)
				}
				if name == "everything" && !sample && len(want) == 0 {
					t.Errorf("%s: no tolls by month; the comparison says little", step)
				}
			}
			want, err := ix.bi.SearchInContext(ctx, req())
			if err != nil {
				t.Fatal(err)
			}
			got, gotKilled, err := ix.countFacets(ctx, req())
			if err != nil {
				t.Fatalf("%s, %s: %v", step, name, err)
			}
			wantKilled, err := ix.killedByMonthSorted(ctx, req().Query, false)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(gotKilled, wantKilled) {
				t.Errorf("%s, %s: the count pass's tolls by month\ncolumns %v\nsorted  %v", step, name, gotKilled, wantKilled)
			}
			if got.Total != want.Total {
				t.Errorf("%s, %s: total %d, bleve %d", step, name, got.Total, want.Total)
			}
			if name != "nothing" && want.Total == 0 {
				t.Errorf("%s, %s: matches nothing; the comparison says little", step, name)
			}
			for f, w := range want.Facets {
				g := got.Facets[f]
				if g == nil {
					t.Errorf("%s, %s: no %s facet", step, name, f)
					continue
				}
				if !sameFacet(g, w) {
					t.Errorf("%s, %s, facet %s:\ncolumns %s\nbleve   %s", step, name, f, facetString(g), facetString(w))
				}
			}
		}
	}

	// Through Search: the tolls by month of a page come from the pass that
	// counts its facets, made once and then cached.
	searchTolls := func(step string) {
		t.Helper()
		for _, r := range []Request{
			{Query: "قصف", FacetSize: 12, Histogram: true},
			{Query: "داعش", Filters: map[string][]string{"governorates": {"SY09"}}, FacetSize: 12, Histogram: true},
			{Query: "قصف", Sort: "date", Histogram: true},
		} {
			filters := buildFilters(r)
			text, _, err := ix.matchText(ctx, r, parseQuery(r.Query), filters)
			if err != nil {
				t.Fatal(err)
			}
			want, err := ix.killedByMonthSorted(ctx, combine(text, filters, ""), false)
			if err != nil {
				t.Fatal(err)
			}
			for _, round := range []string{"counted", "cached"} {
				if got := runSearch(t, ix, r).KilledByMonth; !slices.Equal(got, want) {
					t.Errorf("%s, %+v, %s: killed by month %v, want %v", step, r, round, got, want)
				}
			}
		}
	}
	searchTolls("no columns")
	compare("no columns")
	ix.columns.close() // no background build: the next count must read doc values again
	ix.columns = newColumnStore()
	if err := ix.columns.build(ctx, ix); err != nil {
		t.Fatal(err)
	}
	if len(ix.columns.segs) == 0 {
		t.Fatal("no segment has columns after a build")
	}
	compare("columns")
	searchTolls("columns")

	b := ix.NewBatch()
	for _, d := range docs[400:450] {
		b.Upsert(d)
	}
	for _, d := range docs[0:60] {
		b.Delete(d.ID)
	}
	for i, d := range docs[450:480] {
		d.ID = docs[100+i].ID // other text under an indexed id
		b.Upsert(d)
	}
	if _, err := ix.Apply(b); err != nil {
		t.Fatal(err)
	}
	compare("a commit after the build")
	// Merges settle first, so the segments checked below are the built ones.
	if err := ix.WaitMerged(ctx); err != nil {
		t.Fatal(err)
	}
	if err := ix.columns.build(ctx, ix); err != nil {
		t.Fatal(err)
	}
	compare("columns again")

	// Segments merged away or replaced are forgotten by the next build.
	var live int
	for _, shard := range ix.r.shards().shards {
		adv, err := shard.Advanced()
		if err != nil {
			t.Fatal(err)
		}
		r, err := adv.Reader()
		if err != nil {
			t.Fatal(err)
		}
		for _, ss := range r.(*scorch.IndexSnapshot).Segments() {
			live++
			if ix.columns.segs[ss.Segment()] == nil {
				t.Errorf("a live segment of %d documents has no columns", ss.Count())
			}
		}
		r.Close()
	}
	if len(ix.columns.segs) != live {
		t.Errorf("columns kept for %d segments, %d are live", len(ix.columns.segs), live)
	}
}

func sameFacet(a, b *search.FacetResult) bool {
	if a.Field != b.Field || a.Total != b.Total || a.Missing != b.Missing || a.Other != b.Other {
		return false
	}
	if !reflect.DeepEqual(a.Terms.Terms(), b.Terms.Terms()) {
		return len(a.Terms.Terms()) == 0 && len(b.Terms.Terms()) == 0
	}
	norm := func(n []*search.NumericRangeFacet) []*search.NumericRangeFacet {
		if len(n) == 0 {
			return nil
		}
		return n
	}
	if !reflect.DeepEqual(norm(a.NumericRanges), norm(b.NumericRanges)) {
		return false
	}
	normD := func(n []*search.DateRangeFacet) []*search.DateRangeFacet {
		if len(n) == 0 {
			return nil
		}
		return n
	}
	return reflect.DeepEqual(normD(a.DateRanges), normD(b.DateRanges))
}

func facetString(f *search.FacetResult) string {
	out := fmt.Sprintf("total=%d missing=%d other=%d", f.Total, f.Missing, f.Other)
	for _, t := range f.Terms.Terms() {
		out += fmt.Sprintf(" %s=%d", t.Term, t.Count)
	}
	for _, r := range f.NumericRanges {
		out += fmt.Sprintf(" %s=%d", r.Name, r.Count)
	}
	for _, r := range f.DateRanges {
		out += fmt.Sprintf(" %s=%d", r.Name, r.Count)
	}
	return out
}

// killedByMonthSorted is how killedByMonth summed before the facet
// columns, kept as the reference the columns are checked against: a search
// that reads each match's month and toll as sort keys from doc values and
// adds them up in a document match handler.
func (ix *Index) killedByMonthSorted(ctx context.Context, q query.Query, sample bool) ([]MonthKilled, error) {
	lo := 1.0
	incl := true
	hasToll := query.NewNumericRangeInclusiveQuery(&lo, nil, &incl, nil)
	hasToll.SetField(fieldKilled)
	conj := []query.Query{q, hasToll}
	if sample {
		sq := query.NewTermQuery(sampleBucket)
		sq.SetField(fieldSample)
		conj = append(conj, sq)
	}
	// Size 1: bleve only hands matches to the handler below, which keeps
	// none, so the size sets no heap; it must not be 0, which bleve treats
	// as "count only" and then skips the sort keys the sums are read from.
	sr := bleve.NewSearchRequestOptions(query.NewConjunctionQuery(conj), 1, 0, false)
	sr.Score = "none"
	sr.SortByCustom(search.SortOrder{
		&search.SortField{Field: fieldMonth, Type: search.SortFieldAsString},
		&search.SortField{Field: fieldKilled, Type: search.SortFieldAsNumber},
	})
	var (
		mu      sync.Mutex
		byMonth = map[string]*MonthKilled{}
	)
	// bleve makes one handler per shard searched, and calls it with nil
	// when that shard is done; each sums on its own and adds its sums to
	// byMonth at the end.
	sum := search.MakeDocumentMatchHandler(func(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
		local := map[string]*MonthKilled{}
		return func(d *search.DocumentMatch) error {
			if d == nil {
				mu.Lock()
				defer mu.Unlock()
				for k, m := range local {
					t := byMonth[k]
					if t == nil {
						t = &MonthKilled{Key: k}
						byMonth[k] = t
					}
					t.Killed += m.Killed
					t.Articles += m.Articles
				}
				return nil
			}
			defer sc.DocumentMatchPool.Put(d)
			if len(d.Sort) < 2 {
				return nil
			}
			i64, err := numeric.PrefixCoded(d.Sort[1]).Int64()
			if err != nil {
				return nil // no toll
			}
			m := local[d.Sort[0]]
			if m == nil {
				if _, err := time.Parse("2006-01", d.Sort[0]); err != nil {
					return nil // no date
				}
				m = &MonthKilled{Key: d.Sort[0]}
				local[d.Sort[0]] = m
			}
			m.Killed += int(numeric.Int64ToFloat64(i64))
			m.Articles++
			return nil
		}, false, nil
	})
	ctx = context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, sum)
	if _, err := ix.bi.SearchInContext(ctx, sr); err != nil {
		return nil, fmt.Errorf("sum killed per month: %w", err)
	}
	out := make([]MonthKilled, 0, len(byMonth))
	for _, m := range byMonth {
		if sample {
			m.Killed *= sampleRate
			m.Articles *= sampleRate
		}
		out = append(out, *m)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Key < out[b].Key })
	return out, nil
}
