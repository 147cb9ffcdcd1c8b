package handlers

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/index"
)

// allDocs fetches every stored document, the ground truth the counts of
// the API are checked against.
func allDocs(t *testing.T, e *testEnv) []*index.Document {
	t.Helper()
	res := e.search(t, "size=100&facet_size=0")
	var docs []*index.Document
	for _, h := range res.Hits {
		d, err := e.ix.Get(h.ID)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	n, _ := e.ix.Count()
	if uint64(len(docs)) != n || n < 7 {
		t.Fatalf("browsing lists %d documents, the index holds %d (want ≥ 7)", len(docs), n)
	}
	return docs
}

// docValues are the values of facet a document counts under: an actor
// also counts under its ancestors, as filtering does.
func docValues(d *index.Document, facet string) []string {
	var vals []string
	switch facet {
	case facets.FacetTowns:
		vals = d.Facets.Towns
	case facets.FacetGovernorates:
		vals = d.Facets.Governorates
	case facets.FacetActors:
		for _, a := range d.Facets.Actors {
			vals = append(vals, facets.ActorAncestors(a)...)
		}
	case facets.FacetEventTypes:
		vals = d.Facets.EventTypes
	}
	slices.Sort(vals)
	return slices.Compact(vals)
}

func matchesFilters(d *index.Document, filters map[string][]string, except string) bool {
	for f, ids := range filters {
		if f == except {
			continue
		}
		vals := docValues(d, f)
		if !slices.ContainsFunc(ids, func(id string) bool { return slices.Contains(vals, id) }) {
			return false
		}
	}
	return true
}

// handCounts computes the disjunctive counts of facet from the documents
// themselves: every filter applies except the facet's own.
func handCounts(docs []*index.Document, filters map[string][]string, facet string) map[string]int {
	out := map[string]int{}
	for _, d := range docs {
		if !matchesFilters(d, filters, facet) {
			continue
		}
		for _, v := range docValues(d, facet) {
			out[v]++
		}
	}
	return out
}

func filterQuery(filters map[string][]string) string {
	v := url.Values{}
	for f, ids := range filters {
		for param, name := range filterParams {
			if name == f {
				v[param] = ids
			}
		}
	}
	return v.Encode()
}

func TestSearchBrowsesEverythingNewestFirst(t *testing.T) {
	e := newEnv(t)
	res := e.search(t, "")
	n, _ := e.ix.Count()
	if res.Total != n {
		t.Fatalf("empty q: total %d, index holds %d", res.Total, n)
	}
	if len(res.Hits) != defaultPageSize && uint64(len(res.Hits)) != n {
		t.Errorf("default page has %d hits", len(res.Hits))
	}
	for _, f := range facets.FacetNames {
		if _, ok := res.Facets[f]; !ok {
			t.Errorf("facet %s missing from the answer", f)
		}
	}
	var last time.Time
	for i, h := range res.Hits {
		if h.Published == nil {
			continue
		}
		if i > 0 && !last.IsZero() && h.Published.After(last) {
			t.Errorf("hit %d (%s, %s) is newer than the one before (%s)", i, h.ID, h.Published, last)
		}
		last = *h.Published
	}
	dated := e.search(t, "sort=date&size=100")
	for i := 1; i < len(dated.Hits); i++ {
		a, b := dated.Hits[i-1].Published, dated.Hits[i].Published
		if a != nil && b != nil && b.After(*a) {
			t.Errorf("sort=date: %s after %s", b, a)
		}
	}
}

// TestSearchSizeZeroCountsOnly: size=0 answers the counts of the same
// search without hits, as Elasticsearch and Meilisearch do.
func TestSearchSizeZeroCountsOnly(t *testing.T) {
	e := newEnv(t)
	for _, q := range []string{"", "q=" + url.QueryEscape("البوكمال"), "actor=isis&facet_size=20"} {
		full := e.search(t, q)
		counts := e.search(t, q+"&size=0")
		if len(counts.Hits) != 0 {
			t.Errorf("%s&size=0: %d hits", q, len(counts.Hits))
		}
		if counts.Total != full.Total || full.Total == 0 {
			t.Errorf("%s: size=0 total %d, with hits %d", q, counts.Total, full.Total)
		}
		for _, f := range facets.FacetNames {
			if !slices.Equal(counts.Facets[f], full.Facets[f]) {
				t.Errorf("%s: facet %s differs with size=0:\n%v\n%v", q, f, counts.Facets[f], full.Facets[f])
			}
		}
		if !slices.Equal(counts.DateHistogram, full.DateHistogram) {
			t.Errorf("%s: the date histogram differs with size=0", q)
		}
	}
}

func TestSearchArabicQueryHighlights(t *testing.T) {
	e := newEnv(t)
	res := e.search(t, "q="+url.QueryEscape("البوكمال"))
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
		if !strings.Contains(h.Snippet, "<mark>") {
			t.Errorf("%s: snippet without <mark>: %q", h.ID, h.Snippet)
		}
		if strings.Contains(strings.ReplaceAll(strings.ReplaceAll(h.Snippet, "<mark>", ""), "</mark>", ""), "<") {
			t.Errorf("%s: snippet carries markup other than <mark>: %q", h.ID, h.Snippet)
		}
	}
	for _, want := range []string{"000_29e69d567a082153", "001_cf68c4a37876e045", "fx-bukamal-coalition"} {
		if !slices.Contains(ids, want) {
			t.Errorf("البوكمال: %s missing from %v", want, ids)
		}
	}
	if slices.Contains(ids, "fx-idlib-shelling") {
		t.Errorf("البوكمال matched the Idlib article")
	}
	// A stacked proclitic finds the same articles.
	res2 := e.search(t, "q="+url.QueryEscape("وبالبوكمال"))
	if res2.Total < 3 {
		t.Errorf("وبالبوكمال: %d hits, want the 3 Albukamal articles", res2.Total)
	}
	// Pages do not overlap and cover the result.
	p1 := e.search(t, "q="+url.QueryEscape("البوكمال")+"&size=2&page=1")
	p2 := e.search(t, "q="+url.QueryEscape("البوكمال")+"&size=2&page=2")
	if len(p1.Hits) != 2 || p1.Total != res.Total || uint64(len(p1.Hits)+len(p2.Hits)) != min(res.Total, 4) {
		t.Errorf("paging: page1 %d hits, page2 %d, total %d", len(p1.Hits), len(p2.Hits), res.Total)
	}
	for _, h := range p2.Hits {
		if slices.ContainsFunc(p1.Hits, func(x index.Hit) bool { return x.ID == h.ID }) {
			t.Errorf("%s on both pages", h.ID)
		}
	}
}

// TestDisjunctiveCounts checks every facet count of filtered searches
// against counts computed from the stored documents, and against separate
// searches that apply one value at a time.
func TestDisjunctiveCounts(t *testing.T) {
	e := newEnv(t)
	docs := allDocs(t, e)
	browse := handCounts(docs, nil, facets.FacetActors)
	towns := handCounts(docs, nil, facets.FacetTowns)
	if len(browse) < 3 || len(towns) < 3 {
		t.Fatalf("fixtures yield too few facet values to test with: actors %v towns %v", browse, towns)
	}
	// The two most frequent actors and towns make filters that overlap.
	top := func(m map[string]int) []string {
		ks := make([]string, 0, len(m))
		for k := range m {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool {
			if m[ks[i]] != m[ks[j]] {
				return m[ks[i]] > m[ks[j]]
			}
			return ks[i] < ks[j]
		})
		return ks
	}
	actors, townIDs := top(browse), top(towns)
	govs := top(handCounts(docs, nil, facets.FacetGovernorates))
	cases := []map[string][]string{
		{facets.FacetActors: {actors[0]}},
		{facets.FacetActors: {actors[0], actors[1]}},
		{facets.FacetActors: {actors[1]}, facets.FacetTowns: {townIDs[0]}},
		{facets.FacetTowns: {townIDs[0], townIDs[2]}, facets.FacetGovernorates: {govs[0]}},
		{facets.FacetActors: {actors[len(actors)-1]}, facets.FacetGovernorates: {govs[0]}},
	}
	for _, filters := range cases {
		t.Run(filterQuery(filters), func(t *testing.T) {
			res := e.search(t, filterQuery(filters)+"&size=100&facet_size=100")
			var want uint64
			for _, d := range docs {
				if matchesFilters(d, filters, "") {
					want++
				}
			}
			if res.Total != want {
				t.Errorf("total %d, counted by hand %d", res.Total, want)
			}
			for _, f := range facets.FacetNames {
				hand := handCounts(docs, filters, f)
				got := map[string]int{}
				for _, v := range res.Facets[f] {
					if v.Count > 0 {
						got[v.ID] = v.Count
					}
					if v.Selected != slices.Contains(filters[f], v.ID) {
						t.Errorf("%s/%s: selected=%v", f, v.ID, v.Selected)
					}
				}
				if fmt.Sprint(got) != fmt.Sprint(hand) {
					t.Errorf("%s counts:\n got %v\nhand %v", f, got, hand)
				}
				// Each count is what adding that one value would give.
				for id, n := range hand {
					if slices.Contains(filters[f], id) && len(filters[f]) == 1 {
						continue
					}
					alt := map[string][]string{}
					for k, v := range filters {
						alt[k] = v
					}
					alt[f] = []string{id}
					one := e.search(t, filterQuery(alt)+"&facet_size=0&size=1")
					if one.Total != uint64(n) {
						t.Errorf("%s=%s: count %d, a search with only that value finds %d", f, id, n, one.Total)
					}
				}
			}
			for _, ids := range filters {
				for _, id := range ids {
					found := false
					for _, fv := range res.Facets {
						for _, v := range fv {
							found = found || (v.ID == id && v.Selected)
						}
					}
					if !found {
						t.Errorf("selected value %s is not in the facet answer", id)
					}
				}
			}
		})
	}
}

func TestHistogramKilledAndDates(t *testing.T) {
	e := newEnv(t)
	docs := allDocs(t, e)
	res := e.search(t, "size=1")
	// killed ranges, by hand
	hand := map[string]int{}
	for _, d := range docs {
		k := d.Facets.Killed
		if k == nil {
			continue
		}
		switch {
		case *k == 0:
			hand["0"]++
		case *k < 10:
			hand["1-9"]++
		case *k < 50:
			hand["10-49"]++
		case *k < 100:
			hand["50-99"]++
		default:
			hand["100+"]++
		}
	}
	got := map[string]int{}
	for _, b := range res.KilledRanges {
		if b.Count > 0 {
			got[b.Key] = b.Count
		}
	}
	if len(res.KilledRanges) == 0 || fmt.Sprint(got) != fmt.Sprint(hand) {
		t.Errorf("killed ranges %v, by hand %v", res.KilledRanges, hand)
	}
	var tenPlus uint64
	for _, d := range docs {
		if d.Facets.Killed != nil && *d.Facets.Killed >= 10 {
			tenPlus++
		}
	}
	if r := e.search(t, "killed_min=10"); r.Total != tenPlus {
		t.Errorf("killed_min=10: %d hits, by hand %d", r.Total, tenPlus)
	}
	// the date histogram is sorted by month and counts no more than the hits
	sum := 0
	for i, b := range res.DateHistogram {
		sum += b.Count
		if i > 0 && res.DateHistogram[i-1].Key >= b.Key {
			t.Errorf("histogram out of order at %s", b.Key)
		}
		if !strings.HasPrefix(b.From, b.Key) {
			t.Errorf("bucket %s starts %s", b.Key, b.From)
		}
	}
	if len(res.DateHistogram) == 0 || uint64(sum) > res.Total {
		t.Errorf("date histogram %v for %d hits", res.DateHistogram, res.Total)
	}
	// A month of the histogram used as a date filter finds its count.
	b := res.DateHistogram[len(res.DateHistogram)-1]
	r := e.search(t, "from="+b.From+"&to="+b.To)
	if r.Total != uint64(b.Count) {
		t.Errorf("from=%s&to=%s: %d hits, bucket says %d", b.From, b.To, r.Total, b.Count)
	}
	if r := e.search(t, "histogram=false"); len(r.DateHistogram) != 0 || len(r.KilledRanges) != 0 {
		t.Errorf("histogram=false still returns buckets")
	}
	if r := e.search(t, "facet_size=0"); len(r.Facets) != 0 {
		t.Errorf("facet_size=0 still returns facets: %v", r.Facets)
	}
	if r := e.search(t, "source=fixture&size=100"); r.Total != 3 {
		t.Errorf("source=fixture: %d hits, want 3", r.Total)
	}
}
