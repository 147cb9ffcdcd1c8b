package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/rasid-project/rasid/analyzers"
	"github.com/rasid-project/rasid/analyzers/facets"
)

// Field names in the bleve index. Title and body are indexed together
// twice, as one text (indexedText): fieldText holds normalized, unstemmed
// tokens (with positions, for phrases and for ranking exact forms first),
// fieldTextStem holds clitic-stripped, stemmed tokens for recall. The title
// is also indexed on its own, both ways (fieldTitle, fieldTitleStem), for a
// light title bonus that an inflected title word (باعتراض for اعتراض) earns
// too; the body is only stored.
const (
	fieldTitle      = "title"
	fieldTitleStem  = "title_s"
	fieldBody       = "body"
	fieldText       = "text"
	fieldTextStem   = "text_s"
	fieldSource     = "source"
	fieldURL        = "url"
	fieldURLKey     = "url_key" // canonical URL: de-duplication
	fieldPublished  = "published"
	fieldIngested   = "ingested"
	fieldPath       = "path"
	fieldHash       = "content_hash"
	fieldDate       = "date"  // event date, else published date: range filters
	fieldMonth      = "month" // YYYY-MM of fieldDate: the date histogram
	fieldKilled     = "killed"
	fieldFacetsJSON = "facets_json"
	// fieldSample is the first hex digit of the content hash: one of 16
	// equal, random buckets, so that counting one of them (sampleBucket)
	// estimates the counts of a search with too many matches to count.
	fieldSample = "sample"
	// fieldEvidenceJSON holds facets.Evidence, stored only: it is read
	// back for one document at a time, never by search.
	fieldEvidenceJSON = "evidence_json"
	// fieldPublishedZone holds the published time's offset from UTC
	// ("+04:00"), stored only: bleve gives a date back in UTC, and a
	// rebuild extracts facets again from what is stored, while the rules
	// read the day of publication in the post's own zone (أمس after
	// midnight in Damascus is not UTC's yesterday).
	fieldPublishedZone = "published_zone"
)

// storedDoc is what bleve indexes for a Document; its json tags are the
// field names above. Title and Text, each the value of an exact and a
// stemmed field, are left out of the mapping's walk: bleveDocument adds
// their fields through one analysis each.
type storedDoc struct {
	Title         string   `json:"-"`
	Body          string   `json:"body"`
	Text          string   `json:"-"` // indexedText
	Source        string   `json:"source,omitempty"`
	URL           string   `json:"url,omitempty"`
	URLKey        string   `json:"url_key,omitempty"`
	Published     string   `json:"published,omitempty"`
	PublishedZone string   `json:"published_zone,omitempty"`
	Ingested      string   `json:"ingested,omitempty"`
	Path          string   `json:"path,omitempty"`
	Hash          string   `json:"content_hash"`
	Date          string   `json:"date,omitempty"`
	Month         string   `json:"month,omitempty"`
	Towns         []string `json:"towns,omitempty"`
	Governorates  []string `json:"governorates,omitempty"`
	// Actors holds every actor with its ancestors, so filtering on sdf
	// also finds documents that name only ypg.
	Actors     []string `json:"actors,omitempty"`
	EventTypes []string `json:"event_types,omitempty"`
	// Killed is indexed for range filters; the injured toll and the event
	// date are only read back from FacetsJSON (filters use fieldDate).
	Killed       *float64 `json:"killed,omitempty"`
	FacetsJSON   string   `json:"facets_json"`
	EvidenceJSON string   `json:"evidence_json"`
	Sample       string   `json:"sample"`
}

// ingestedLayout writes the ingest time in UTC with every digit of its
// nanoseconds, so that its keyword sorts as the time does; it parses as
// RFC 3339.
const ingestedLayout = "2006-01-02T15:04:05.000000000Z07:00"

// indexedText is storedDoc.Text: the title and the body joined by
// analyzers.FieldBreak. As two values of one field each counted positions
// from 1, so a phrase could join a title word to an unrelated body word,
// and merging their token counts cost 8% of an import's CPU.
func indexedText(title, body string) string { return title + analyzers.FieldBreak + body }

func newMapping() *mapping.IndexMappingImpl {
	text := func(name, analyzer string, store, vectors bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Name = name
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = vectors
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	keywordField := func(store, docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = docValues
		return f
	}
	dateField := func(store bool) *mapping.FieldMapping {
		f := bleve.NewDateTimeFieldMapping()
		f.Store = store
		f.IncludeInAll = false
		f.DocValues = true
		return f
	}
	numField := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.Store = false
		f.IncludeInAll = false
		f.DocValues = true
		return f
	}
	storedOnly := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = keyword.Name
		f.Index = false
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldTitle,
		text(fieldTitle, analyzers.AnalyzerExact, true, false),
		text(fieldTitleStem, analyzers.AnalyzerStem, false, false))
	bodyStored := storedOnly()
	bodyStored.Name = fieldBody
	doc.AddFieldMappingsAt(fieldBody, bodyStored)
	doc.AddFieldMappingsAt(fieldText,
		text(fieldText, analyzers.AnalyzerExact, false, true),
		text(fieldTextStem, analyzers.AnalyzerStem, false, false))
	doc.AddFieldMappingsAt(fieldSource, keywordField(true, true))
	doc.AddFieldMappingsAt(fieldURL, storedOnly())
	doc.AddFieldMappingsAt(fieldURLKey, keywordField(true, false))
	doc.AddFieldMappingsAt(fieldPath, keywordField(true, false))
	doc.AddFieldMappingsAt(fieldHash, keywordField(true, false))
	doc.AddFieldMappingsAt(fieldSample, keywordField(false, false))
	doc.AddFieldMappingsAt(fieldMonth, keywordField(false, true))
	for _, f := range facets.FacetNames {
		doc.AddFieldMappingsAt(f, keywordField(false, true))
	}
	doc.AddFieldMappingsAt(fieldPublished, dateField(true))
	// An indexed date or number costs sixteen prefix terms and their doc
	// values; the three dates took a sixth of what bleve spends on a
	// document. The ingest time is only sorted on (the Atom feed lists the
	// most recently indexed articles first, SortIndexed), never searched by
	// range, so it is a keyword of fixed width (ingestedLayout), which sorts
	// as the time does, at one term.
	doc.AddFieldMappingsAt(fieldIngested, keywordField(true, true))
	// The filter date is only searched by range: nothing sorts or counts
	// by it (the histogram counts fieldMonth, the columns the published
	// date), so its sixteen prefix terms need no doc values.
	filterDate := dateField(false)
	filterDate.DocValues = false
	doc.AddFieldMappingsAt(fieldDate, filterDate)
	doc.AddFieldMappingsAt(fieldKilled, numField())
	doc.AddFieldMappingsAt(fieldFacetsJSON, storedOnly())
	doc.AddFieldMappingsAt(fieldEvidenceJSON, storedOnly())
	doc.AddFieldMappingsAt(fieldPublishedZone, storedOnly())
	// Nothing is searched through bleve's composite _all field; without
	// this, bleve builds it (empty) for every document.
	doc.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())

	im := bleve.NewIndexMapping()
	im.DefaultMapping = doc
	im.DefaultAnalyzer = analyzers.AnalyzerExact
	// bleve's default tf-idf: on the dev queries it ranked better than
	// BM25 with this field layout (MRR@10 0.946 vs 0.943, nDCG@10 0.676
	// vs 0.677 at equal boosts, and clearly better after tuning them).
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	return im
}
