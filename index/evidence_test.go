package index

import (
	"testing"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// checkEvidence asserts that d carries evidence for its facet values and
// that every span holds the stored bytes it points at.
func checkEvidence(t *testing.T, d *Document) {
	t.Helper()
	spans := 0
	for _, name := range facets.FacetNames {
		for id, sp := range d.Evidence.Values(name) {
			for _, s := range sp {
				text := d.Body
				if s.Field == facets.FieldTitle {
					text = d.Title
				}
				if s.Start < 0 || s.Start >= s.End || s.End > len(text) || text[s.Start:s.End] != s.Text {
					t.Fatalf("%s %s: span %+v does not hold the stored text", name, id, s)
				}
				spans++
			}
		}
	}
	if len(d.Facets.Towns) == 0 || len(d.Evidence.Towns[d.Facets.Towns[0]]) == 0 {
		t.Fatalf("%s: towns %v without evidence %v", d.ID, d.Facets.Towns, d.Evidence.Towns)
	}
	if spans == 0 {
		t.Fatalf("%s: no evidence stored", d.ID)
	}
}

// Evidence is stored with the document and read back by Get.
func TestEvidenceStored(t *testing.T) {
	ix := openTemp(t)
	seeds := seedDocs(t)
	apply(t, ix, seeds...)
	for _, s := range seeds {
		d, err := ix.Get(s.ID)
		if err != nil {
			t.Fatal(err)
		}
		checkEvidence(t, d)
	}
}

// An index of format 2 stored no evidence; opening it rebuilds it, and its
// documents come back with evidence.
func TestEvidenceAfterRebuild(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	seeds := seedDocs(t)
	// Write the documents as rasid 2 did: no evidence field.
	for _, d := range seeds {
		p := prepare(d)
		p.stored.EvidenceJSON = ""
		writeStored(t, ix, d.ID, p.stored)
	}
	if err := ix.r.set.shards[metaShard].SetInternal(formatKey, []byte("2")); err != nil {
		t.Fatal(err)
	}
	if d, err := ix.Get(seeds[0].ID); err != nil || len(d.Evidence.Towns) != 0 {
		t.Fatalf("a format-2 document already has evidence (%v): the test writes the wrong thing", err)
	}

	ix = reopen(t, ix, dir)
	if v, _ := ix.r.set.shards[metaShard].GetInternal(formatKey); string(v) != formatVersion {
		t.Errorf("format after rebuild = %q, want %q", v, formatVersion)
	}
	for _, s := range seeds {
		d, err := ix.Get(s.ID)
		if err != nil {
			t.Fatal(err)
		}
		checkEvidence(t, d)
	}
}
