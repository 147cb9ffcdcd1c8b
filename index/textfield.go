package index

import (
	"fmt"
	"unsafe"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/size"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/rasid-project/rasid/analyzers"
)

// A document's title, and its text (indexedText), each feed two fields, one
// analyzed exactly and one stemmed. Given to bleve as a plain value, each
// field would tokenize and normalize it on its own; these fields share one
// analysis (analyzers.AnalyzeExactAndStem) instead. The mapping still
// names both fields with their analyzers: queries are analyzed by it, and
// the fields' options are read from it.

// sharedText is the text the two fields are fed from, analyzed by
// whichever of them bleve analyzes first.
type sharedText struct {
	value       []byte
	exact, stem analysis.TokenStream
	analyzed    bool
	fields      int // how many fields are fed from it
	pending     int // fields yet to take their tokens
}

func (s *sharedText) tokens(stemmed bool) analysis.TokenStream {
	if !s.analyzed {
		s.exact, s.stem = analyzers.AnalyzeExactAndStem(s.value)
		s.analyzed = true
	}
	ts := s.exact
	if stemmed {
		ts = s.stem
	}
	// Once every field has its frequencies the tokens are garbage, but a
	// batch holds every document's fields until it commits: let them go.
	// (Analyzed again, as a retried batch might be, it starts afresh.)
	if s.pending--; s.pending <= 0 {
		s.exact, s.stem, s.analyzed, s.pending = nil, nil, false, s.fields
	}
	return ts
}

// sharedTextField is one of the fields of a sharedText. bleve analyzes a
// document's fields one after the other on one goroutine, so the two never
// run Analyze at the same time.
type sharedTextField struct {
	name    string
	text    *sharedText
	stemmed bool
	options bindex.FieldIndexingOptions
	length  int
	freqs   bindex.TokenFrequencies
	// freqsSize estimates freqs.Size(); see Size.
	freqsSize int
}

var _ document.Field = (*sharedTextField)(nil)

func (f *sharedTextField) Name() string                                      { return f.name }
func (f *sharedTextField) ArrayPositions() []uint64                          { return nil }
func (f *sharedTextField) Options() bindex.FieldIndexingOptions              { return f.options }
func (f *sharedTextField) Value() []byte                                     { return f.text.value }
func (f *sharedTextField) Text() string                                      { return string(f.text.value) }
func (f *sharedTextField) NumPlainTextBytes() uint64                         { return uint64(len(f.text.value)) }
func (f *sharedTextField) EncodedFieldType() byte                            { return 't' }
func (f *sharedTextField) AnalyzedLength() int                               { return f.length }
func (f *sharedTextField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freqs }

// Size is what bleve counts against a batch's memory: the field, and its
// share of the text, and once analyzed an estimate of its frequencies.
//
// Before analysis bleve reads it for the batch's size. After analysis it
// only adds it to a statistic (scorch's analysis bytes, part of its
// MemoryUsed), which rasid never reads; the exact figure,
// TokenFrequencies.Size, walks every term and every location of the
// document again, 1.4% of an import's CPU (BENCHMARKS.md, "Import: fewer
// allocations per article (round 20)"). So the frequencies are counted by
// estimate.
func (f *sharedTextField) Size() int {
	n := int(unsafe.Sizeof(*f)) + size.SizeOfPtr + len(f.name) + len(f.text.value)/f.text.fields
	if f.freqs != nil {
		n += f.freqsSize
	}
	return n
}

// Sizes of what TokenFrequencies.Size counts, for estimateFreqsSize.
const (
	sizeOfTokenFreq     = int(unsafe.Sizeof(bindex.TokenFreq{}))
	sizeOfTokenLocation = int(unsafe.Sizeof(bindex.TokenLocation{}))
	// estTermBytes is a term's length in bytes, on average: an Arabic word
	// of four to six letters, two bytes each. TokenFrequencies.Size counts
	// it twice, as the map's key and as the TokenFreq's Term.
	estTermBytes = 10
)

// estimateFreqsSize is TokenFrequencies.Size of terms unique terms from
// tokens tokens, without walking them: every token is one location when
// the field keeps term vectors, and no array positions (text fields are
// single values).
func estimateFreqsSize(terms, tokens int, vectors bool) int {
	n := size.SizeOfMap + terms*(size.SizeOfString+size.SizeOfPtr+sizeOfTokenFreq+2*estTermBytes)
	if vectors {
		n += tokens * (size.SizeOfPtr + sizeOfTokenLocation)
	}
	return n
}

func (f *sharedTextField) Analyze() {
	ts := f.text.tokens(f.stemmed)
	f.length = len(ts)
	f.freqs = tokenFrequency(ts, f.options)
	f.freqsSize = estimateFreqsSize(len(f.freqs), f.length, f.options.IncludeTermVectors())
}

// addSharedText adds to doc the fields m maps the document property path
// to, fed from value through one analysis. Each of them must use
// analyzers.AnalyzerExact or analyzers.AnalyzerStem.
func addSharedText(doc *document.Document, m *mapping.IndexMappingImpl, path, value string) error {
	prop := m.DefaultMapping.Properties[path]
	if prop == nil || len(prop.Fields) == 0 {
		return fmt.Errorf("mapping has no fields at %q", path)
	}
	text := &sharedText{value: []byte(value), fields: len(prop.Fields), pending: len(prop.Fields)}
	for _, fm := range prop.Fields {
		var stemmed bool
		switch fm.Analyzer {
		case analyzers.AnalyzerExact:
		case analyzers.AnalyzerStem:
			stemmed = true
		default:
			return fmt.Errorf("field %s: analyzer %q cannot share an analysis", fm.Name, fm.Analyzer)
		}
		doc.AddField(&sharedTextField{name: fm.Name, text: text, stemmed: stemmed, options: fm.Options()})
	}
	return nil
}
