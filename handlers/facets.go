package handlers

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/index"
)

const (
	defaultSuggestLimit = 20
	maxSuggestLimit     = 100
	maxPrefixBytes      = 200
)

// facetName resolves a facet name of the URL: the index's plural names and
// the singular names of the search parameters both work.
func facetName(name string) (string, bool) {
	if f, ok := filterParams[name]; ok {
		return f, true
	}
	for _, f := range facets.FacetNames {
		if f == name {
			return f, true
		}
	}
	return "", false
}

// FacetSuggestions is the answer of GET /api/facets/{name}.
type FacetSuggestions struct {
	Facet  string             `json:"facet"`
	Prefix string             `json:"prefix"`
	Values []index.FacetValue `json:"values"`
	// Parents labels the parent ids of the values (a town's governorate),
	// so a client can name them without another request.
	Parents map[string]facets.Label `json:"parents"`
}

func (s *Server) handleFacet(c *gin.Context) {
	facet, ok := facetName(c.Param("name"))
	if !ok {
		abortError(c, http.StatusNotFound, codeUnknownFacet,
			fmt.Sprintf("unknown facet %q; facets are %s", clip(c.Param("name")), strings.Join(facets.FacetNames, ", ")))
		return
	}
	vals, err := url.ParseQuery(c.Request.URL.RawQuery)
	if err != nil {
		abortError(c, http.StatusBadRequest, codeBadParameter, "the query string is not valid URL encoding")
		return
	}
	for k := range vals {
		if k != "prefix" && k != "limit" {
			abortError(c, http.StatusBadRequest, codeUnknownParameter, fmt.Sprintf("unknown parameter %q", clip(k)))
			return
		}
	}
	single := func(name string) (string, *apiError) {
		v := vals[name]
		if len(v) > 1 {
			return "", badRequest(codeBadParameter, name+" is given more than once")
		}
		if len(v) == 0 {
			return "", nil
		}
		return strings.TrimSpace(v[0]), nil
	}
	prefix, e := single("prefix")
	if e != nil {
		abortAPIError(c, e)
		return
	}
	if len(prefix) > maxPrefixBytes || !validValue(prefix) && prefix != "" {
		abortError(c, http.StatusBadRequest, codeBadParameter, fmt.Sprintf("prefix must be printable text of at most %d bytes", maxPrefixBytes))
		return
	}
	limit, e := intParam(single, "limit", defaultSuggestLimit, 1, maxSuggestLimit)
	if e != nil {
		abortAPIError(c, e)
		return
	}
	out, err := s.cfg.Index.SuggestFacet(c.Request.Context(), facet, prefix, limit)
	if err != nil {
		s.abortIndexError(c, err)
		return
	}
	if out == nil {
		out = []index.FacetValue{}
	}
	parents := map[string]facets.Label{}
	parentFacet := map[string]string{facets.FacetTowns: facets.FacetGovernorates, facets.FacetActors: facets.FacetActors}[facet]
	for _, v := range out {
		if v.Parent == "" || parentFacet == "" {
			continue
		}
		if l, ok := facets.LookupLabel(parentFacet, v.Parent); ok {
			parents[v.Parent] = l
		}
	}
	c.PureJSON(http.StatusOK, FacetSuggestions{Facet: facet, Prefix: prefix, Values: out, Parents: parents})
}
