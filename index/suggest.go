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

// maxSuggest bounds the values one type-ahead or "show all" answer lists.
const maxSuggest = facetCountSize

// SuggestFacet returns values of facet whose Arabic or English label
// matches prefix, with their document counts in the whole archive, for
// type-ahead. See SuggestFacetIn.
func (ix *Index) SuggestFacet(ctx context.Context, facet, prefix string, limit int) ([]FacetValue, error) {
	return ix.SuggestFacetIn(ctx, Request{}, facet, prefix, limit)
}

// SuggestFacetIn returns values of facet whose Arabic or English label, a
// known alias or a Latin name (Bukamal, Albukamal) matches prefix, each
// with its count among the results of r, counted as the facet counts of a
// search are: with r's own filter on facet left out, so every value can
// still be added. Most frequent first, zero counts last; among equal
// counts the best name match first. An empty prefix lists the most
// frequent values, and those r selects even when they count less ("show
// all").
func (ix *Index) SuggestFacetIn(ctx context.Context, r Request, facet, prefix string, limit int) ([]FacetValue, error) {
	if !slices.Contains(facets.FacetNames, facet) {
		return nil, &RequestError{"unknown_facet", fmt.Sprintf("unknown facet %q (known: %s)", facet, strings.Join(facets.FacetNames, ", "))}
	}
	if len(prefix) > MaxQueryBytes {
		return nil, &RequestError{"query_too_long", fmt.Sprintf("the prefix is over %d bytes", MaxQueryBytes)}
	}
	if limit <= 0 || limit > maxSuggest {
		limit = 10
	}
	if err := r.validate(); err != nil {
		return nil, err
	}
	uq := parseQuery(r.Query)
	filters := buildFilters(r)
	text, _, err := ix.matchText(ctx, r, uq, filters)
	if err != nil {
		return nil, err
	}
	base := combine(text, filters, facet)
	selected := r.Filters[facet]

	prefix = strings.TrimSpace(prefix)
	if prefix == "" {
		req := bleve.NewSearchRequestOptions(base, 0, 0, false)
		req.Score = "none"
		req.AddFacet(facet, bleve.NewFacetRequest(facet, limit))
		res, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("count facet values: %w", err)
		}
		return facetValues(facet, res.Facets[facet], selected, limit), nil
	}

	labels := facets.SearchLabels(facet, prefix, 50)
	// Latin and other names the query parser knows (Bukamal) but the
	// label search does not come first: they name the value exactly.
	var named []facets.Label
	for _, e := range facets.FindEntities(prefix) {
		if e.Facet != facet || slices.ContainsFunc(named, func(l facets.Label) bool { return l.ID == e.ID }) {
			continue
		}
		if l, ok := facets.LookupLabel(facet, e.ID); ok {
			named = append(named, l)
		}
	}
	labels = slices.DeleteFunc(labels, func(l facets.Label) bool {
		return slices.ContainsFunc(named, func(n facets.Label) bool { return n.ID == l.ID })
	})
	labels = append(named, labels...)
	if len(labels) == 0 {
		return []FacetValue{}, nil
	}
	qs := make([]query.Query, 0, len(labels))
	for _, l := range labels {
		tq := query.NewTermQuery(l.ID)
		tq.SetField(facet)
		qs = append(qs, tq)
	}
	req := bleve.NewSearchRequestOptions(combine(query.NewDisjunctionQuery(qs), []filterClause{{q: base}}, ""), 0, 0, false)
	req.Score = "none"
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
		out = append(out, FacetValue{ID: l.ID, AR: l.AR, EN: l.EN, Parent: l.Parent, Count: counts[l.ID],
			Selected: slices.Contains(selected, l.ID)})
	}
	// Stable: among equal counts the label search's own order stays.
	slices.SortStableFunc(out, func(a, b FacetValue) int { return b.Count - a.Count })
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}
