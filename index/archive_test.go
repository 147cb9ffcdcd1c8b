package index

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// flatCounts is an archiveCounts as plain maps, for comparing counts kept
// up to date with counts made afresh.
type flatCounts struct {
	Total  uint64
	Values map[string]map[string]int // facet → value or range → count
	Killed map[string][2]int         // month → killed, articles
}

func flatten(a *archiveCounts) flatCounts {
	f := flatCounts{Total: a.total, Values: map[string]map[string]int{}, Killed: map[string][2]int{}}
	for name, fr := range a.facets {
		m := map[string]int{"(total)": fr.Total, "(missing)": fr.Missing, "(other)": fr.Other}
		for _, t := range fr.Terms.Terms() {
			m[t.Term] = t.Count
		}
		for _, r := range fr.NumericRanges {
			m[r.Name] = r.Count
		}
		for _, r := range fr.DateRanges {
			m[r.Name] = r.Count
		}
		maps.DeleteFunc(m, func(_ string, n int) bool { return n == 0 })
		f.Values[name] = m
	}
	for _, k := range a.killed {
		f.Killed[k.Key] = [2]int{k.Killed, k.Articles}
	}
	return f
}

// checkArchive fails unless the archive's counts are current and equal to
// counts made afresh over the whole index.
func checkArchive(t *testing.T, ix *Index, step string) {
	t.Helper()
	a := ix.archive.Load()
	if a == nil || a.gen != ix.gen.Load() {
		t.Fatalf("%s: the archive's counts are not current", step)
	}
	fresh, err := ix.countArchive(context.Background(), query.NewMatchAllQuery())
	if err != nil {
		t.Fatal(err)
	}
	got, want := flatten(a), flatten(fresh)
	if got.Total != want.Total {
		t.Errorf("%s: total %d, afresh %d", step, got.Total, want.Total)
	}
	for _, name := range slices.Sorted(maps.Keys(want.Values)) {
		if !maps.Equal(got.Values[name], want.Values[name]) {
			t.Errorf("%s: %s counts differ from a fresh count\nkept:   %v\nafresh: %v", step, name, got.Values[name], want.Values[name])
		}
	}
	if !maps.Equal(got.Killed, want.Killed) {
		t.Errorf("%s: killed per month differs from a fresh count\nkept:   %v\nafresh: %v", step, got.Killed, want.Killed)
	}
}

// TestArchiveCountsFollowCommits keeps the whole archive's counts up to date
// through the kinds of batch a watched folder sends — new articles, edits
// that change an article's facets, deletes (some of ids never indexed),
// an edit and a delete of one id in one batch, a copy of another article —
// on real articles, and compares them with a fresh count after each.
func TestArchiveCountsFollowCommits(t *testing.T) {
	docs, err := readCorpusForTest(filepath.Join("..", "..", "shared", "corpus", "ant-syria.jsonl.gz"))
	if err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	if len(docs) < 600 {
		t.Fatalf("%d articles in the corpus, want 600", len(docs))
	}
	ix := openTemp(t)
	ctx := context.Background()
	apply(t, ix, docs[:200]...)
	if err := ix.WarmCounts(ctx); err != nil {
		t.Fatal(err)
	}
	checkArchive(t, ix, "warmed")
	if ix.archive.Load().total == 0 {
		t.Fatal("the archive counted nothing")
	}

	commit := func(step string, fill func(b *Batch)) {
		t.Helper()
		b := ix.NewBatch()
		fill(b)
		if _, err := ix.Apply(b); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		checkArchive(t, ix, step)
	}
	commit("new articles", func(b *Batch) {
		for _, d := range docs[200:300] {
			b.Upsert(d)
		}
	})
	commit("edits that change facets", func(b *Batch) {
		for i, d := range docs[300:340] {
			d.ID = docs[i].ID // the text of another article under an indexed id
			b.Upsert(d)
		}
	})
	commit("deletes", func(b *Batch) {
		for _, d := range docs[100:140] {
			b.Delete(d.ID)
		}
		b.Delete("never-indexed")
	})
	commit("an edit and a delete of one id, and a copy", func(b *Batch) {
		b.Upsert(docs[340])
		b.Delete(docs[340].ID)
		d := docs[150]
		d.ID = "copy-of-" + d.ID
		b.Upsert(d)
		b.Upsert(docs[341])
	})
	commit("metadata only", func(b *Batch) { b.SetMeta("file:x", []byte("1")) })

	// A commit that fails part-way leaves the counts stale, never wrong:
	// they are not used until counted again.
	ix.beforeMetaCommit = func() error { return errors.New("simulated crash") }
	b := ix.NewBatch()
	for _, d := range docs[400:450] {
		b.Upsert(d)
	}
	b.SetMeta("file:y", []byte("1"))
	if _, err := ix.Apply(b); err == nil {
		t.Fatal("the interrupted batch reported success")
	}
	ix.beforeMetaCommit = nil
	if a := ix.archive.Load(); a.gen == ix.gen.Load() {
		t.Fatal("counts kept current across a failed commit")
	}
	if ix.currentArchive(ix.gen.Load()) != nil {
		t.Error("stale counts served after a failed commit")
	}
	if err := ix.WarmCounts(ctx); err != nil {
		t.Fatal(err)
	}
	checkArchive(t, ix, "counted again after the failed commit")
	commit("after the failed commit", func(b *Batch) {
		for _, d := range docs[450:500] {
			b.Upsert(d)
		}
	})
}

// TestLandingPageUsesArchiveCounts checks that a page request with no words
// and no filters, and a facet whose only filter is its own, take their
// counts from the archive's, and that those equal a fresh count.
func TestLandingPageUsesArchiveCounts(t *testing.T) {
	ix := openTemp(t)
	apply(t, ix, manyDocs(t, 40)...)
	if err := ix.WarmCounts(context.Background()); err != nil {
		t.Fatal(err)
	}
	landing := Request{Size: 10, FacetSize: 10, Histogram: true}
	res := runSearch(t, ix, landing)
	fresh, err := ix.countArchive(context.Background(), query.NewMatchAllQuery())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range facets.FacetNames {
		fr := cloneFacet(fresh.facets[name])
		fr.Fixup(facetCountSize)
		if want := facetValues(name, fr, nil, 10); !slices.Equal(res.Facets[name], want) {
			t.Errorf("landing page %s: %v, a fresh count gives %v", name, res.Facets[name], want)
		}
	}
	if !slices.Equal(res.KilledByMonth, fresh.killed) {
		t.Errorf("killed per month %v, a fresh count gives %v", res.KilledByMonth, fresh.killed)
	}
	if res.Total != fresh.total || res.Approximate {
		t.Errorf("total %d (approximate %v), want %d exactly", res.Total, res.Approximate, fresh.total)
	}

	// The counts served are the archive's: marked ones come back.
	marked := ix.archive.Load().clone()
	town := res.Facets[facets.FacetTowns][0].ID
	marked.add(&archiveCounts{facets: search.FacetResults{facets.FacetTowns: {
		Terms: termsOf(map[string]int{town: 1000}), Total: 1000}}}, 1)
	ix.archive.Store(marked)
	ix.counts = countCache{} // what a commit does to the cache
	for _, r := range []Request{landing, {Size: 10, FacetSize: 10, Filters: map[string][]string{facets.FacetTowns: {town}}}} {
		if n := townCount(runSearch(t, ix, r), town); n != res.Facets[facets.FacetTowns][0].Count+1000 {
			t.Errorf("%+v: %s counted %d, not from the archive's counts", r, town, n)
		}
	}
}

func termsOf(m map[string]int) *search.TermFacets {
	tf := &search.TermFacets{}
	for k, v := range m {
		tf.Add(&search.TermFacet{Term: k, Count: v})
	}
	return tf
}

// BenchmarkApplyWithArchive is the cost of keeping the archive's counts up
// to date: batches of 100 real articles with and without counts to keep.
func BenchmarkApplyWithArchive(b *testing.B) {
	docs, err := readCorpusForTest(filepath.Join("..", "..", "shared", "corpus", "ant-syria.jsonl.gz"))
	if err != nil {
		b.Skipf("shared corpus not available: %v", err)
	}
	for _, keep := range []bool{false, true} {
		b.Run(fmt.Sprintf("archive=%v", keep), func(b *testing.B) {
			ix := openTemp(b)
			apply(b, ix, docs[:1000]...)
			if keep {
				if err := ix.WarmCounts(context.Background()); err != nil {
					b.Fatal(err)
				}
			}
			for i := 0; b.Loop(); i++ {
				from := 1000 + (i*100)%(len(docs)-1100)
				apply(b, ix, docs[from:from+100]...)
			}
		})
	}
}
