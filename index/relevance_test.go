package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
)

// TestRelevanceSearchSamePage checks that the first page sorted by score
// alone, with the tie-breaks applied to the page, is the page bleve gives
// when it sorts by score, date and id itself: for words and sizes where the
// page's edge falls between two scores and where it falls in a tie, with
// the tie found by widening the search and, past tieWindow, sorted by
// bleve.
func TestRelevanceSearchSamePage(t *testing.T) {
	ix := openTemp(t)
	docs := append(seedDocs(t), manyDocs(t, 60)...)
	// Copies that differ only in one word the queries do not hold share a
	// date, and those on one shard (each has its own idf) score alike: only
	// the id orders them. For البوكمال, size 4 ends the page after three
	// of them, in a tie the page's edge does not cut.
	for i, w := range []string{"أولى", "ثانية", "ثالثة", "رابعة", "خامسة", "سادسة"} {
		d := docs[1] // the first hit for البوكمال
		d.ID = fmt.Sprintf("copy-%d", 5-i)
		d.Body += "\nنسخة " + w
		docs = append(docs, d)
	}
	if _, err := ix.IndexAll(docs, 100); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	edges := map[bool]int{} // page edge in a tie → cases
	for _, window := range []int{tieWindow, 6} {
		ix.tieWindow = window
		for _, q := range []string{"قصف", "البوكمال", "داعش", "غارات جوية", "مقتل", "تحديث"} {
			for _, size := range []int{1, 3, 4, 10, 25} {
				t.Run(fmt.Sprintf("window%d/%s/%d", window, q, size), func(t *testing.T) {
					text, _, err := ix.matchText(ctx, Request{Query: q}, parseQuery(q), nil)
					if err != nil || text == nil {
						t.Fatalf("query %q: %v", q, err)
					}
					full := bleve.NewSearchRequestOptions(text, size+1, 0, false)
					full.SortBy([]string{"-_score", "-" + fieldPublished, "_id"})
					want, err := ix.bi.SearchInContext(ctx, full)
					if err != nil {
						t.Fatal(err)
					}
					if len(want.Hits) > size {
						edges[want.Hits[size].Score == want.Hits[size-1].Score]++
						want.Hits = want.Hits[:size]
					}
					req := *full
					req.Size = size
					req.Fields = []string{fieldTitle}
					got, err := ix.relevanceSearch(ctx, &req)
					if err != nil {
						t.Fatal(err)
					}
					if !slices.Equal(hitIDs(got), hitIDs(want)) || got.Total != want.Total {
						t.Errorf("page %v (total %d), bleve's sort gives %v (total %d)", hitIDs(got), got.Total, hitIDs(want), want.Total)
					}
					for _, h := range got.Hits {
						if h.Fields[fieldTitle] == nil {
							t.Errorf("hit %s without its title field", h.ID)
						}
					}
				})
			}
		}
	}
	if edges[false] == 0 || edges[true] == 0 {
		t.Errorf("page edges: %d between scores, %d in a tie; the test needs both", edges[false], edges[true])
	}
}

func hitIDs(res *bleve.SearchResult) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return out
}

// TestDateWindowSamePage checks that pages sorted by date, found in a
// window of the newest documents narrowed by counting, are the pages a sort
// of every match gives: the landing page, a later page, filters, words
// sorted by date; with the counts made by the request and cached.
func TestDateWindowSamePage(t *testing.T) {
	ix := openTemp(t)
	ix.windowDocs = 5 // narrow to a few documents, so bisection goes deep
	docs := append(seedDocs(t), manyDocs(t, 200)...)
	// Articles sharing a date (and, without words, a score) land on
	// either shard: only the id may order them.
	for i := range 12 {
		d := docs[2+i]
		d.ID = fmt.Sprintf("same-date-%02d", i)
		d.Body += " نسخة أخرى"
		d.Published = docs[len(docs)-1].Published
		docs = append(docs, d)
	}
	if _, err := ix.IndexAll(docs, 100); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, r := range []Request{
		{},
		{Size: 3},
		{Offset: 20},
		{Offset: 95, Size: 10},
		{Filters: map[string][]string{"actors": {"isis"}}},
		{Filters: map[string][]string{"governorates": {"SY09"}}, Size: 4},
		{Query: "قصف", Sort: "date"},
		{Query: "البوكمال", Sort: "date", Offset: 10},
	} {
		t.Run(fmt.Sprintf("%q/%v/%d+%d", r.Query, r.Filters, r.Offset, r.Size), func(t *testing.T) {
			want, err := ix.Search(ctx, r) // nothing counted: a sort of every match
			if err != nil {
				t.Fatal(err)
			}
			r.FacetSize, r.Histogram = 12, true
			for _, round := range []string{"counted by the request", "counts cached"} {
				got, err := ix.Search(ctx, r)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(resultIDs(got), resultIDs(want)) || got.Total != want.Total {
					t.Errorf("%s: page %v (total %d), a sort of every match gives %v (total %d)",
						round, resultIDs(got), got.Total, resultIDs(want), want.Total)
				}
				for _, h := range got.Hits {
					if math.IsNaN(h.Score) || math.IsInf(h.Score, 0) {
						t.Errorf("%s: %s scores %v (the API cannot encode it)", round, h.ID, h.Score)
					}
				}
			}
		})
	}
}

func resultIDs(res *Result) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return out
}
