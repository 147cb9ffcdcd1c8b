package index

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// manyDocs makes n distinct articles from the seeds (a numbered sentence
// keeps de-duplication from merging them), one month apart.
func manyDocs(t testing.TB, n int) []Document {
	seeds := seedDocs(t)
	var out []Document
	for i := 0; i < n; i++ {
		d := seeds[i%len(seeds)]
		d.ID = fmt.Sprintf("doc-%03d", i)
		d.Body += fmt.Sprintf("\nتحديث رقم %d", i)
		d.Published = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, i, 0) // over four years: date windows come into play
		out = append(out, d)
	}
	return out
}

func townCount(res *Result, town string) int {
	for _, v := range res.Facets["towns"] {
		if v.ID == town {
			return v.Count
		}
	}
	return -1
}

// TestShardsSpreadPageAndCount checks that documents land on every shard
// and that paging, date order, counts, deletes and counts-only requests
// see them as one index, with cached counts dropped by every commit.
func TestShardsSpreadPageAndCount(t *testing.T) {
	ix := openTemp(t)
	if len(ix.r.set.shards) < 2 {
		t.Fatalf("%d shards, want at least 2", len(ix.r.set.shards))
	}
	docs := manyDocs(t, 40)
	apply(t, ix, docs...)
	for i, sh := range ix.r.set.shards {
		if n, _ := sh.DocCount(); n == 0 {
			t.Errorf("shard %d holds no document", i)
		}
	}

	// Newest first across shards, every document once, page by page.
	var got []string
	for off := 0; off < 40; off += 7 {
		res := runSearch(t, ix, Request{Offset: off, Size: 7, FacetSize: 12, Histogram: true})
		if res.Total != 40 {
			t.Fatalf("total %d, want 40", res.Total)
		}
		got = append(got, ids(res)...)
	}
	var want []string
	for i := 39; i >= 0; i-- {
		want = append(want, docs[i].ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("pages in date order:\n got %v\nwant %v", got, want)
	}

	res := runSearch(t, ix, Request{FacetSize: 12, Histogram: true})
	if c := townCount(res, "C5167"); c != 40 {
		t.Errorf("C5167 counted %d times, want 40", c)
	}
	// A commit must be seen by the next count, cached or not.
	b := ix.NewBatch()
	for _, d := range docs[:5] {
		b.Delete(d.ID)
	}
	if _, err := ix.Apply(b); err != nil {
		t.Fatal(err)
	}
	res = runSearch(t, ix, Request{FacetSize: 12, Histogram: true})
	if res.Total != 35 || townCount(res, "C5167") != 35 {
		t.Errorf("after deleting 5: total %d, C5167 %d; want 35, 35", res.Total, townCount(res, "C5167"))
	}
	if res.Hits[0].ID != docs[39].ID {
		t.Errorf("newest hit %s, want %s", res.Hits[0].ID, docs[39].ID)
	}
	sum := 0
	for _, b := range res.DateHistogram {
		sum += b.Count
	}
	if sum != 35 {
		t.Errorf("date histogram sums to %d, want 35", sum)
	}

	// Counts only: no hits, the same counts.
	co := runSearch(t, ix, Request{CountsOnly: true, FacetSize: 12, Filters: map[string][]string{"actors": {"isis"}}})
	full := runSearch(t, ix, Request{FacetSize: 12, Filters: map[string][]string{"actors": {"isis"}}})
	if len(co.Hits) != 0 || co.Total != full.Total || townCount(co, "C5167") != townCount(full, "C5167") || co.Total == 0 {
		t.Errorf("counts only: %d hits, total %d, C5167 %d; full search: total %d, C5167 %d",
			len(co.Hits), co.Total, townCount(co, "C5167"), full.Total, townCount(full, "C5167"))
	}
}

// TestCrashBetweenShardCommits stops a batch after every shard's documents
// have committed and before its manifest entry has, as a crash there would, then replays the batch after reopening, as the watcher does for a
// file whose manifest entry is missing: every document ends up once.
func TestCrashBetweenShardCommits(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	docs := manyDocs(t, 30)
	batch := func() *Batch {
		b := ix.NewBatch()
		for _, d := range docs {
			b.Upsert(d)
		}
		b.SetMeta("file:a.jsonl", []byte("v1"))
		return b
	}
	ix.beforeMetaCommit = func() error { return errors.New("simulated crash") }
	if _, err := ix.Apply(batch()); err == nil {
		t.Fatal("the interrupted batch reported success")
	}
	if v, _ := ix.Meta("file:a.jsonl"); v != nil {
		t.Errorf("manifest entry written before the documents of every shard: %q", v)
	}
	if written, _ := ix.Count(); written != 30 {
		t.Errorf("%d documents after the interrupted batch; want all 30 written before the manifest", written)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	if ix, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Apply(batch())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Duplicates) != 0 || len(res.Indexed) != 30 {
		t.Errorf("replay: %d indexed, duplicates %v", len(res.Indexed), res.Duplicates)
	}
	if n, _ := ix.Count(); n != 30 {
		t.Errorf("%d documents after the replay, want 30", n)
	}
	if v, _ := ix.Meta("file:a.jsonl"); string(v) != "v1" {
		t.Errorf("manifest entry after the replay: %q", v)
	}
	if r := runSearch(t, ix, Request{Size: 100}); r.Total != 30 || len(r.Hits) != 30 {
		t.Errorf("search after the replay: total %d, %d hits", r.Total, len(r.Hits))
	}
}

// TestOpenMigratesSingleIndex opens the layout rasid wrote before shards
// (one bleve index in index/, format 2) and checks it is rebuilt into
// shards with its documents and metadata.
func TestOpenMigratesSingleIndex(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, indexSubdir)
	bi, err := bleve.NewUsing(path, newMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	old := &shardSet{shards: []bleve.Index{bi}}
	if err := old.makeAlias(); err != nil {
		t.Fatal(err)
	}
	oldIx := newIndex(dir, old)
	docs := manyDocs(t, 12)
	apply(t, oldIx, docs...)
	if err := bi.SetInternal(formatKey, []byte("2")); err != nil {
		t.Fatal(err)
	}
	if err := oldIx.Close(); err != nil {
		t.Fatal(err)
	}

	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if exists(filepath.Join(path, "index_meta.json")) || !exists(filepath.Join(path, shardName(1))) {
		t.Error("the index was not moved to the sharded layout")
	}
	if n, _ := ix.Count(); n != 12 {
		t.Errorf("%d documents after migration, want 12", n)
	}
	got, err := ix.Get(docs[3].ID)
	if err != nil || got.Title != docs[3].Title || !got.Published.Equal(docs[3].Published) {
		t.Errorf("document after migration: %+v, %v", got, err)
	}
	if r := runSearch(t, ix, Request{Query: "البوكمال"}); r.Total != 12 {
		t.Errorf("search after migration: %d hits, want 12", r.Total)
	}
}

// TestSampledCounts lowers the sampling thresholds so that a few hundred
// documents count as many: a search matching all of them gets estimated
// counts marked approximate with an exact total and the right hits, and a
// search matching few is counted exactly.
func TestSampledCounts(t *testing.T) {
	ix := openTemp(t)
	ix.sampleAbove, ix.sampleMinEstimate = 100, 150
	docs := manyDocs(t, 320)
	if _, err := ix.IndexAll(docs, 100); err != nil {
		t.Fatal(err)
	}
	res := runSearch(t, ix, Request{FacetSize: 12, Histogram: true})
	if !res.Approximate {
		t.Fatal("counts over every document are not marked approximate")
	}
	if res.Total != 320 || len(res.Hits) != 10 || res.Hits[0].ID != docs[319].ID {
		t.Errorf("total %d, %d hits, first %v; want 320, 10, %s", res.Total, len(res.Hits), ids(res), docs[319].ID)
	}
	c := townCount(res, "C5167")
	if c%sampleRate != 0 || c < 320/3 || c > 3*320 {
		t.Errorf("estimated C5167 count %d: not a plausible estimate of 320", c)
	}
	// The killed-per-month series is sampled with the counts: its
	// articles are those the killed ranges count, scaled up alike.
	withToll, summed := 0, 0
	for _, r := range res.KilledRanges {
		withToll += r.Count
	}
	for _, m := range res.KilledByMonth {
		summed += m.Articles
		if m.Articles%sampleRate != 0 || m.Killed%sampleRate != 0 {
			t.Errorf("killed per month %+v in a sampled search: not scaled up from a sample", m)
		}
	}
	if summed != withToll {
		t.Errorf("killed per month sums %d articles, the killed ranges count %d", summed, withToll)
	}
	// A word in every document (the landing page's counts are the
	// archive's by now, exact: see below).
	co := runSearch(t, ix, Request{Query: "تحديث", CountsOnly: true, FacetSize: 12})
	if co.Total != 320 || !co.Approximate {
		t.Errorf("counts only: total %d, approximate %v", co.Total, co.Approximate)
	}
	// Once the whole archive is counted (the server does it as it starts),
	// the landing page's counts are exact and kept so by commits.
	if err := ix.WarmCounts(context.Background()); err != nil {
		t.Fatal(err)
	}
	land := runSearch(t, ix, Request{FacetSize: 12, Histogram: true})
	if land.Approximate || land.Total != 320 || townCount(land, "C5167") != 320 {
		t.Errorf("landing page with the archive counted: approximate %v, total %d, C5167 %d", land.Approximate, land.Total, townCount(land, "C5167"))
	}

	few := runSearch(t, ix, Request{Query: `"تحديث رقم 7"`, FacetSize: 12, Histogram: true})
	if few.Approximate || few.Total == 0 || townCount(few, "C5167") != int(few.Total) {
		t.Errorf("a narrow search: approximate %v, total %d, C5167 %d", few.Approximate, few.Total, townCount(few, "C5167"))
	}
}

// TestCompactKeepsResults checks that compacting leaves one segment per
// shard, drops nothing but deleted documents, answers every request as
// before (hits, totals, facet counts), survives a reopen and takes writes
// after.
func TestCompactKeepsResults(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	// A segment per batch and shard, each persisted before the next (the
	// persister merges segments waiting together). Scorch's tiered merging
	// merges a shard of fewer than floorSegmentSize documents into one
	// segment, and leaves some of these 300-document segments apart.
	docs := manyDocs(t, 2400)
	for i := 0; i < len(docs); i += 600 {
		apply(t, ix, docs[i:i+600]...)
		if err := ix.WaitMerged(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	b := ix.NewBatch()
	for _, d := range docs[:6] {
		b.Delete(d.ID)
	}
	if _, err := ix.Apply(b); err != nil {
		t.Fatal(err)
	}
	if err := ix.WaitMerged(context.Background()); err != nil {
		t.Fatal(err)
	}
	before, err := ix.Segments()
	if err != nil {
		t.Fatal(err)
	}
	if slices.Max(before) < 2 {
		t.Fatalf("segments per shard %v before compacting; the test needs several", before)
	}
	requests := []Request{
		{FacetSize: 12, Histogram: true},
		{Query: "قصف", Size: 25, FacetSize: 12, Histogram: true},
		{Query: "البوكمال", Size: 5, Offset: 10},
		{Query: "\"دير الزور\"", FacetSize: 12},
		{Filters: map[string][]string{"actors": {"isis"}}, FacetSize: 12, Histogram: true},
	}
	type answer struct {
		ids    []string
		total  uint64
		facets map[string][]FacetValue
	}
	answers := func(ix *Index) []answer {
		var out []answer
		for _, r := range requests {
			res := runSearch(t, ix, r)
			out = append(out, answer{ids(res), res.Total, res.Facets})
		}
		return out
	}
	want := answers(ix)
	if want[0].total != 2394 {
		t.Fatalf("total %d before compacting, want 2394", want[0].total)
	}

	// Interrupted, compacting says so and leaves the index whole.
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ix.Compact(cancelled); !errors.Is(err, context.Canceled) {
		t.Errorf("compact with a cancelled context: %v", err)
	}
	for i, got := range answers(ix) {
		if !slices.Equal(got.ids, want[i].ids) || got.total != want[i].total {
			t.Errorf("after an interrupted compaction: %+v gives %v (total %d), before %v (total %d)", requests[i], got.ids, got.total, want[i].ids, want[i].total)
		}
	}

	if err := ix.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
	check := func(when string, ix *Index) {
		t.Helper()
		after, err := ix.Segments()
		if err != nil {
			t.Fatal(err)
		}
		for i, n := range after {
			if n != 1 {
				t.Errorf("%s: shard %d holds %d segments, want 1 (before: %v)", when, i, n, before)
			}
		}
		for i, got := range answers(ix) {
			if !slices.Equal(got.ids, want[i].ids) || got.total != want[i].total || !reflect.DeepEqual(got.facets, want[i].facets) {
				t.Errorf("%s: %+v gives %v (total %d), before compacting %v (total %d)", when, requests[i], got.ids, got.total, want[i].ids, want[i].total)
			}
		}
	}
	check("compacted", ix)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if ix, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	check("reopened", ix)
	apply(t, ix, docs[0])
	if res := runSearch(t, ix, Request{}); res.Total != 2395 {
		t.Errorf("after a write: total %d, want 2395", res.Total)
	}
}
