package index

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// SuggestFacet returns values of facet whose Arabic or English label
// matches prefix, with their document counts, for type-ahead. Values found
// in the archive come first, most frequent first. An empty prefix gives the
// most frequent values.
func (ix *Index) SuggestFacet(ctx context.Context, facet, prefix string, limit int) ([]FacetValue, error) {
	if !slices.Contains(facets.FacetNames, facet) {
		return nil, &RequestError{"unknown_facet", fmt.Sprintf("unknown facet %q (known: %s)", facet, strings.Join(facets.FacetNames, ", "))}
	}
	if len(prefix) > MaxQueryBytes {
		return nil, &RequestError{"query_too_long", fmt.Sprintf("the prefix is over %d bytes", MaxQueryBytes)}
	}
	if limit <= 0 || limit > MaxPageSize {
		limit = 10
	}
	prefix = strings.TrimSpace(prefix)
	if prefix == "" {
		res, err := ix.Search(ctx, Request{Size: 0, FacetSize: limit})
		if err != nil {
			return nil, err
		}
		// Search counts with Size 0 defaulting to 10 hits; only facets matter here.
		return res.Facets[facet], nil
	}
	labels := facets.SearchLabels(facet, prefix, 50)
	if len(labels) == 0 {
		return []FacetValue{}, nil
	}
	qs := make([]query.Query, 0, len(labels))
	for _, l := range labels {
		tq := query.NewTermQuery(l.ID)
		tq.SetField(facet)
		qs = append(qs, tq)
	}
	req := bleve.NewSearchRequestOptions(query.NewDisjunctionQuery(qs), 0, 0, false)
	req.AddFacet(facet, bleve.NewFacetRequest(facet, facetCountSize))
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("count facet values: %w", err)
	}
	counts := map[string]int{}
	if fr := res.Facets[facet]; fr != nil && fr.Terms != nil {
		for _, t := range fr.Terms.Terms() {
			counts[t.Term] = t.Count
		}
	}
	out := make([]FacetValue, 0, len(labels))
	for _, l := range labels {
		out = append(out, FacetValue{ID: l.ID, AR: l.AR, EN: l.EN, Parent: l.Parent, Count: counts[l.ID]})
	}
	// Stable: among equal counts the label search's own order stays.
	slices.SortStableFunc(out, func(a, b FacetValue) int { return b.Count - a.Count })
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}
