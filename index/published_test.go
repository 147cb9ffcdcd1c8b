package index

import (
	"os"
	"testing"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// TestRebuildKeepsPublishedDay indexes real articles posted in the small
// hours of their own zone (+0400), where the day of publication differs
// from the UTC day, and whose event date the rules resolve against that
// day (أمس، a present-tense lead). A rebuild re-extracts each article from
// what the index stored; stored in UTC, the time gave the rebuilt article
// another date than the one the file gave it.
func TestRebuildKeepsPublishedDay(t *testing.T) {
	const corpus = "../../shared/corpus/ant-all.jsonl.gz"
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("shared corpus not present")
	}
	all, err := readCorpusForTest(corpus)
	if err != nil {
		t.Fatal(err)
	}
	var docs []Document
	for _, d := range all {
		if d.Published.IsZero() || d.Published.Hour() >= 4 {
			continue
		}
		if facets.Extract(d.Title, d.Body, d.Published).EventDate != facets.Extract(d.Title, d.Body, d.Published.UTC()).EventDate {
			docs = append(docs, d)
		}
		if len(docs) == 8 {
			break
		}
	}
	if len(docs) == 0 {
		t.Fatal("no article of the corpus is dated by its own day of publication")
	}

	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	apply(t, ix, docs...)
	want := map[string]string{}
	for _, d := range docs {
		got, err := ix.Get(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Published.Equal(d.Published) || got.Published.Day() != d.Published.Day() {
			t.Errorf("%s: stored published %v, want %v (same instant, same day)", d.ID, got.Published, d.Published)
		}
		want[d.ID] = got.Facets.EventDate
	}
	// A page of results gives the time as the document does.
	byID := map[string]Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	for _, h := range runSearch(t, ix, Request{Size: len(docs)}).Hits {
		if d := byID[h.ID]; h.Published == nil || !h.Published.Equal(d.Published) || h.Published.Day() != d.Published.Day() {
			t.Errorf("%s: a search hit gives published %v, want %v (same instant, same day)", h.ID, h.Published, d.Published)
		}
	}

	// An older rules marker makes Open rebuild from the stored documents.
	if err := ix.r.set.shards[metaShard].SetInternal(rulesKey, []byte("0")); err != nil {
		t.Fatal(err)
	}
	ix = reopen(t, ix, dir)
	for _, d := range docs {
		got, err := ix.Get(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Facets.EventDate != want[d.ID] {
			t.Errorf("%s (published %v): event date %q after a rebuild, %q when indexed from its file", d.ID, d.Published, got.Facets.EventDate, want[d.ID])
		}
	}
}
