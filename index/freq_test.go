package index

import (
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/rasid-project/rasid/analyzers"
)

// TestTokenFrequencyAsBleve: tokenFrequency gives what bleve's
// analysis.TokenFrequency gives for the same tokens — every term, its
// frequency, its locations in order — with term vectors and without,
// frequencies counted and not, on real articles both ways analyzed and on
// edge cases.
func TestTokenFrequencyAsBleve(t *testing.T) {
	docs := seedAndCorpusDocs(t, 200)
	streams := []analysis.TokenStream{
		nil,
		{},
		{{Term: []byte{}, Position: 1, Start: 0, End: 0}, {Term: []byte("a"), Position: 2, Start: 1, End: 2}, {Term: []byte{}, Position: 3}},
		{{Term: []byte("x"), Position: 1}, {Term: []byte("x"), Position: 2}, {Term: []byte("y"), Position: 3}, {Term: []byte("x"), Position: 9}},
	}
	for _, d := range docs {
		exact, stem := analyzers.AnalyzeExactAndStem([]byte(indexedText(d.Title, d.Body)))
		streams = append(streams, exact, stem)
	}
	for _, opts := range []bindex.FieldIndexingOptions{
		bindex.IndexField,
		bindex.IndexField | bindex.IncludeTermVectors,
		bindex.IndexField | bindex.IncludeTermVectors | bindex.StoreField,
		bindex.IndexField | bindex.SkipFreqNorm,
		bindex.IndexField | bindex.IncludeTermVectors | bindex.SkipFreqNorm,
	} {
		for i, ts := range streams {
			want := analysis.TokenFrequency(ts, nil, opts)
			got := tokenFrequency(ts, opts)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("options %v, stream %d (%d tokens): frequencies differ from bleve's", opts, i, len(ts))
			}
		}
	}
}

func BenchmarkTokenFrequency(b *testing.B) {
	docs := seedDocs(b)
	var streams []analysis.TokenStream
	for _, d := range docs {
		exact, stem := analyzers.AnalyzeExactAndStem([]byte(indexedText(d.Title, d.Body)))
		streams = append(streams, exact, stem)
	}
	opts := []bindex.FieldIndexingOptions{bindex.IndexField | bindex.IncludeTermVectors, bindex.IndexField}
	b.Run("bleve", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i, ts := range streams {
				analysis.TokenFrequency(ts, nil, opts[i%2])
			}
		}
	})
	b.Run("rasid", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i, ts := range streams {
				tokenFrequency(ts, opts[i%2])
			}
		}
	})
}
