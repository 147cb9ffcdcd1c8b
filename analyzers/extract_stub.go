package analyzers

import "time"

// extractor is replaced by the real gazetteer-backed extractor.
type extractor struct{}

var defaultExtractor = &extractor{}

func (e *extractor) Extract(title, body string, published time.Time) Facets { return Facets{} }

// LookupLabel returns the labels of a facet value.
func LookupLabel(facet, id string) (Label, bool) { return Label{ID: id}, false }

// ActorAncestors returns id and its parents up the actor hierarchy.
func ActorAncestors(id string) []string { return []string{id} }

// Entity is a facet value named in a query.
type Entity struct {
	Facet string // FacetTowns, FacetActors, FacetGovernorates
	ID    string
	// Start and End are rune offsets... of the alias within the normalized query.
	Alias string
}

// FindEntities returns the known actors and places a query names, by alias
// (Arabic, any clitic stack, or Latin like ISIS/Raqqa).
func FindEntities(query string) []Entity { return nil }

// SearchLabels returns up to limit values of facet whose Arabic or English
// label contains prefix (normalized as Normalize does), best first.
func SearchLabels(facet, prefix string, limit int) []Label { return nil }
