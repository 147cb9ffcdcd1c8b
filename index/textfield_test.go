package index

import (
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestSharedTextIndexesAsTheMapping builds one index of the same articles
// twice: with the title and text given to the mapping as plain values (each
// field analyzing them on its own) and through bleveDocument's shared
// analysis. Every field must get the same terms with the same document
// counts, term and phrase queries the same hits and scores, and the stored
// title must come back, so that an index written either way answers alike.
func TestSharedTextIndexesAsTheMapping(t *testing.T) {
	docs := seedAndCorpusDocs(t, 300)
	m := newMapping()
	plain, err := bleve.New(filepath.Join(t.TempDir(), "plain"), m)
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	shared, err := bleve.New(filepath.Join(t.TempDir(), "shared"), m)
	if err != nil {
		t.Fatal(err)
	}
	defer shared.Close()
	pb, sb := plain.NewBatch(), shared.NewBatch()
	for _, d := range docs {
		text := indexedText(d.Title, d.Body)
		if err := pb.Index(d.ID, map[string]any{fieldTitle: d.Title, fieldText: text}); err != nil {
			t.Fatal(err)
		}
		doc, err := bleveDocument(m, d.ID, storedDoc{Title: d.Title, Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if err := sb.IndexAdvanced(doc); err != nil {
			t.Fatal(err)
		}
	}
	if err := plain.Batch(pb); err != nil {
		t.Fatal(err)
	}
	if err := shared.Batch(sb); err != nil {
		t.Fatal(err)
	}

	var probes []string
	for _, field := range []string{fieldTitle, fieldTitleStem, fieldText, fieldTextStem} {
		want, got := dictionary(t, plain, field), dictionary(t, shared, field)
		if len(want) == 0 {
			t.Fatalf("%s: plain index has no terms", field)
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d terms, plain index %d", field, len(got), len(want))
		}
		n := 0
		for term, c := range want {
			if got[term] != c {
				t.Errorf("%s: term %q in %d documents, plain index %d", field, term, got[term], c)
			}
			if n++; n%97 == 0 {
				probes = append(probes, field+"\x00"+term)
			}
		}
	}
	queries := []query.Query{bleve.NewPhraseQuery([]string{"دير", "الزور"}, fieldText), bleve.NewPhraseQuery([]string{"المرصد", "السوري"}, fieldText)}
	for _, p := range probes {
		for i := range len(p) {
			if p[i] == 0 {
				q := bleve.NewTermQuery(p[i+1:])
				q.SetField(p[:i])
				queries = append(queries, q)
				break
			}
		}
	}
	for _, d := range docs[:min(20, len(docs))] {
		req := bleve.NewSearchRequest(bleve.NewDocIDQuery([]string{d.ID}))
		req.Fields = []string{fieldTitle}
		res, err := shared.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) != 1 || res.Hits[0].Fields[fieldTitle] != d.Title {
			t.Errorf("%s: stored title not read back (%d hits)", d.ID, len(res.Hits))
		}
	}
	for i, q := range queries {
		want, got := hits(t, plain, q), hits(t, shared, q)
		if i < 2 && len(want) == 0 {
			t.Errorf("%v: no hits in the plain index", q)
		}
		if len(got) != len(want) {
			t.Errorf("%v: %d hits, plain index %d", q, len(got), len(want))
			continue
		}
		for id, score := range want {
			if got[id] != score {
				t.Errorf("%v: %s scores %v, plain index %v", q, id, got[id], score)
			}
		}
	}
}

func dictionary(t *testing.T, ix bleve.Index, field string) map[string]uint64 {
	t.Helper()
	d, err := ix.FieldDict(field)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	out := make(map[string]uint64)
	for e, err := d.Next(); e != nil || err != nil; e, err = d.Next() {
		if err != nil {
			t.Fatal(err)
		}
		out[e.Term] = e.Count
	}
	return out
}

func hits(t *testing.T, ix bleve.Index, q query.Query) map[string]float64 {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 10000, 0, false)
	res, err := ix.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]float64)
	for _, h := range res.Hits {
		out[h.ID] = h.Score
	}
	return out
}

// TestSharedTextSizeEstimate: the estimate of an analyzed field's
// frequencies that sharedTextField.Size gives bleve (for a statistic)
// stays near TokenFrequencies.Size, the exact figure it replaced, over
// real articles and for fields with and without term vectors.
func TestSharedTextSizeEstimate(t *testing.T) {
	docs := seedAndCorpusDocs(t, 300)
	m := newMapping()
	exact, est := map[string]int{}, map[string]int{}
	for _, d := range docs {
		doc, err := bleveDocument(m, d.ID, storedDoc{Title: d.Title, Text: indexedText(d.Title, d.Body)})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range doc.Fields {
			sf, ok := f.(*sharedTextField)
			if !ok {
				continue
			}
			before := sf.Size()
			sf.Analyze()
			est[sf.name] += sf.Size() - before
			exact[sf.name] += sf.AnalyzedTokenFrequencies().Size()
		}
	}
	if len(exact) != 4 {
		t.Fatalf("shared fields seen: %v", exact)
	}
	for name, want := range exact {
		if r := float64(est[name]) / float64(want); r < 0.8 || r > 1.25 {
			t.Errorf("%s: estimated %d bytes of frequencies, exact %d (%.2f×)", name, est[name], want, r)
		} else {
			t.Logf("%s: estimated %d, exact %d (%.2f×)", name, est[name], want, r)
		}
	}
}
