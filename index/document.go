// Package index is rasid's document store and search engine: the document
// model, the bleve mapping, batched writes with de-duplication, and search
// with filters, disjunctive facet counts and highlighted snippets. Every way
// into the index goes through this package.
package index

import (
	"time"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// Document is one article. Facets and their evidence are extracted by the
// index on every write; a caller's values are ignored.
type Document struct {
	ID        string        `json:"id"`
	Title     string        `json:"title"`
	Body      string        `json:"body"`
	Source    string        `json:"source,omitempty"`
	URL       string        `json:"url,omitempty"`
	Published time.Time     `json:"published,omitzero"`
	Path      string        `json:"path,omitempty"`
	Ingested  time.Time     `json:"ingested,omitzero"`
	Facets    facets.Facets `json:"facets"`
	// Evidence says where in Title and Body each facet value was read
	// (byte offsets into them as stored).
	Evidence facets.Evidence `json:"evidence"`
}
