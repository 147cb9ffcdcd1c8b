package index

import (
	"unsafe"

	"github.com/blevesearch/bleve/v2/analysis"
	bindex "github.com/blevesearch/bleve_index_api"
)

// tokenFrequency is analysis.TokenFrequency for a single-valued field (no
// array positions), with the same result, built with a handful of
// allocations per field instead of several per term: bleve's allocates
// each term's TokenFreq, its locations slice (grown term by term) and a
// copy of the term for the map's key, the largest allocator of an import
// (18% of its bytes; BENCHMARKS.md, "Import: fewer allocations per
// article (round 20)").
//
// The TokenFreqs are one slab, in the order their terms first occur; each
// term's locations are one window of a slice of every token's location,
// in token order, as bleve appends them; and the map's key is the term
// itself, unsafe.String over the bytes TokenFreq.Term holds: nothing
// writes a term's bytes once its field is analyzed.
func tokenFrequency(tokens analysis.TokenStream, options bindex.FieldIndexingOptions) bindex.TokenFrequencies {
	rv := make(bindex.TokenFrequencies, len(tokens))
	countFreq := !options.SkipFreqNorm()
	vectors := options.IncludeTermVectors()
	// At most one term per token, so the slab never grows and its
	// elements' addresses hold.
	slab := make([]bindex.TokenFreq, 0, len(tokens))
	var ids, counts []int32 // per token its term's slab index; per term its tokens
	if vectors {
		ids = make([]int32, len(tokens))
		counts = make([]int32, len(tokens))
	}
	for i, tok := range tokens {
		key := ""
		if len(tok.Term) > 0 {
			key = unsafe.String(&tok.Term[0], len(tok.Term))
		}
		tf, ok := rv[key]
		if !ok {
			slab = append(slab, bindex.TokenFreq{Term: tok.Term})
			tf = &slab[len(slab)-1]
			rv[key] = tf
		}
		if countFreq {
			tf.SetFrequency(tf.Frequency() + 1)
		}
		if vectors {
			o := int32((uintptr(unsafe.Pointer(tf)) - uintptr(unsafe.Pointer(unsafe.SliceData(slab)))) / unsafe.Sizeof(*tf))
			ids[i] = o
			counts[o]++
		}
	}
	if !vectors {
		return rv
	}
	tls := make([]bindex.TokenLocation, len(tokens))
	ptrs := make([]*bindex.TokenLocation, len(tokens))
	next := counts[:len(slab)] // per term: the end of its window, then its next slot
	var end int32
	for o, c := range next {
		end += c
		next[o] = end - c // its window's start
	}
	for i, tok := range tokens {
		tls[i] = bindex.TokenLocation{Start: tok.Start, End: tok.End, Position: tok.Position}
		o := ids[i]
		ptrs[next[o]] = &tls[i]
		next[o]++
	}
	start := int32(0)
	for o := range slab {
		slab[o].Locations = ptrs[start:next[o]:next[o]]
		start = next[o]
	}
	return rv
}
