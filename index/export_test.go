package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// TestEachListsEveryMatchInSearchOrder pages through matches a few at a
// time (so that every page boundary is crossed, ties included) and checks
// that the export holds exactly what Search lists, in the same order.
func TestEachListsEveryMatchInSearchOrder(t *testing.T) {
	ix := openTemp(t)
	docs := seedDocs(t)
	for i := range 23 {
		// Every third article shares a date, so date order has ties that
		// only the id breaks; bodies differ in length so scores differ.
		body := "غارة جوية على البوكمال في دير الزور أسفرت عن مقتل مدنيين."
		for range i % 4 {
			body += " وقالت مصادر محلية إن القصف استمر."
		}
		docs = append(docs, Document{ID: fmt.Sprintf("gen-%02d", i), Title: fmt.Sprintf("تقرير رقم %d عن الرقة", i),
			Body: body + fmt.Sprintf(" التقرير %d", i), Published: time.Date(2018, 1, 1+i/3, 0, 0, 0, 0, time.UTC)})
	}
	// Articles with no date and with one before the date windows' floor
	// come last in date order, after every windowed page.
	docs = append(docs,
		Document{ID: "undated", Title: "تقرير بلا تاريخ عن الرقة", Body: "غارة جوية على البوكمال بلا تاريخ."},
		Document{ID: "old-1985", Title: "تقرير قديم عن الرقة", Body: "غارة جوية على البوكمال قديما.",
			Published: time.Date(1985, 3, 1, 0, 0, 0, 0, time.UTC)})
	apply(t, ix, docs...)

	cases := []Request{
		{},                  // everything, newest first
		{Query: "البوكمال"}, // by score
		{Query: "البوكمال", Sort: "date"},
		{Query: "غارة", Filters: map[string][]string{facets.FacetTowns: {"C5167"}}},
		{Sort: SortIndexed},
		{Query: "لاشيءيطابقهذا"},
	}
	for _, r := range cases {
		t.Run(fmt.Sprintf("%q/%s", r.Query, r.Sort), func(t *testing.T) {
			want := runSearch(t, ix, Request{Query: r.Query, Sort: r.Sort, Filters: r.Filters, Size: MaxPageSize})
			var got []string
			n, err := ix.each(context.Background(), r, 4, func(h Hit) error {
				got = append(got, h.ID)
				if math.IsNaN(h.Score) || math.IsInf(h.Score, 0) {
					t.Errorf("%s: score %v", h.ID, h.Score)
				}
				if h.Ingested == nil {
					t.Errorf("%s: no ingest time", h.ID)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if n != want.Total || uint64(len(got)) != want.Total {
				t.Fatalf("exported %d (%d ids), search total %d", n, len(got), want.Total)
			}
			if !slices.Equal(got, ids(want)) {
				t.Errorf("order differs from search:\n got %v\nwant %v", got, ids(want))
			}
		})
	}

	stop := errors.New("stop")
	n, err := ix.Each(context.Background(), Request{}, func(Hit) error { return stop })
	if !errors.Is(err, stop) || n != 0 {
		t.Errorf("an error from fn: got %d, %v", n, err)
	}
	if _, err := ix.Each(context.Background(), Request{Sort: "random"}, func(Hit) error { return nil }); err == nil {
		t.Error("a bad sort was accepted")
	}
}

// TestSortIndexed lists the most recently written document first, whatever
// its publication date.
func TestSortIndexed(t *testing.T) {
	ix := openTemp(t)
	seeds := seedDocs(t)
	apply(t, ix, seeds...)
	old := Document{ID: "late", Title: "خبر قديم عن البوكمال", Body: "نص قديم عن البوكمال.",
		Published: time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)}
	apply(t, ix, old)
	res := runSearch(t, ix, Request{Sort: SortIndexed})
	if len(res.Hits) != 3 || res.Hits[0].ID != "late" {
		t.Fatalf("newest indexed first: got %v", ids(res))
	}
	if res.Hits[0].Ingested == nil || res.Hits[1].Ingested == nil || res.Hits[0].Ingested.Before(*res.Hits[1].Ingested) {
		t.Errorf("ingest times out of order: %v, %v", res.Hits[0].Ingested, res.Hits[1].Ingested)
	}
}

// TestOpenLockedFailsAtOnce opens an index a second time while it is open:
// bleve's lock would make that wait forever.
func TestOpenLockedFailsAtOnce(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	start := time.Now()
	_, err = Open(dir)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > 5*lockWait {
		t.Errorf("second open took %v", d)
	}
}
