package handlers

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/index"
)

// filterParams maps the repeated facet parameters of /api/search to the
// facet names of the index.
var filterParams = map[string]string{
	"town":        facets.FacetTowns,
	"governorate": facets.FacetGovernorates,
	"actor":       facets.FacetActors,
	"event_type":  facets.FacetEventTypes,
}

// searchParams are every parameter /api/search understands; any other is a
// client mistake (a typo like towns= would otherwise be silently ignored).
var searchParams = map[string]bool{
	"q": true, "town": true, "governorate": true, "actor": true, "event_type": true,
	"from": true, "to": true, "killed_min": true, "killed_max": true, "source": true,
	"sort": true, "page": true, "size": true, "facet_size": true, "histogram": true, "match": true,
}

const (
	defaultPageSize  = 10
	defaultFacetSize = 10
	// maxFacetSize lets the page's map ask for every town of a search
	// (the index counts up to 1000 values per facet).
	maxFacetSize = 1000
	maxIDBytes   = 200
)

// parseSearch turns a query string into an index.Request, or an apiError
// that says which parameter is wrong.
func parseSearch(rawQuery string) (index.Request, *apiError) {
	var req index.Request
	vals, err := url.ParseQuery(rawQuery)
	if err != nil {
		return req, badRequest(codeBadParameter, "the query string is not valid URL encoding")
	}
	for k := range vals {
		if !searchParams[k] {
			return req, badParam(codeUnknownParameter, clip(k), "", fmt.Sprintf("unknown parameter %q", clip(k)))
		}
	}
	single := func(name string) (string, *apiError) {
		v := vals[name]
		switch len(v) {
		case 0:
			return "", nil
		case 1:
			if !utf8.ValidString(v[0]) {
				return "", badParam(codeBadParameter, name, "", name+" is not valid UTF-8")
			}
			return strings.TrimSpace(v[0]), nil
		}
		return "", badParam(codeBadParameter, name, v[0], name+" is given more than once")
	}

	q, e := single("q")
	if e != nil {
		return req, e
	}
	if len(q) > index.MaxQueryBytes {
		return req, badParam(codeQueryTooLong, "q", q, fmt.Sprintf("q is longer than %d bytes (about %d Arabic letters)", index.MaxQueryBytes, index.MaxQueryBytes/2))
	}
	req.Query = q

	for param, facet := range filterParams {
		ids, e := idList(param, vals[param])
		if e != nil {
			return req, e
		}
		if len(ids) > 0 {
			if req.Filters == nil {
				req.Filters = map[string][]string{}
			}
			req.Filters[facet] = ids
		}
	}
	sources, e := idList("source", vals["source"])
	if e != nil {
		return req, e
	}
	req.Sources = sources

	for _, d := range []struct {
		name string
		dst  *time.Time
	}{{"from", &req.From}, {"to", &req.To}} {
		s, e := single(d.name)
		if e != nil {
			return req, e
		}
		if s == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return req, badParam(codeBadDate, d.name, s, fmt.Sprintf("%s must be a date as YYYY-MM-DD, not %q", d.name, clip(s)))
		}
		*d.dst = t
	}
	if !req.From.IsZero() && !req.To.IsZero() && req.From.After(req.To) {
		return req, badParam(codeBadRange, "from", req.From.Format(time.DateOnly), "from is after to")
	}

	for _, k := range []struct {
		name string
		dst  **int
	}{{"killed_min", &req.KilledMin}, {"killed_max", &req.KilledMax}} {
		s, e := single(k.name)
		if e != nil {
			return req, e
		}
		if s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > 1_000_000 {
			return req, badParam(codeBadParameter, k.name, s, fmt.Sprintf("%s must be a whole number from 0 to 1000000, not %q", k.name, clip(s)))
		}
		*k.dst = &n
	}
	if req.KilledMin != nil && req.KilledMax != nil && *req.KilledMin > *req.KilledMax {
		return req, badParam(codeBadRange, "killed_min", strconv.Itoa(*req.KilledMin), "killed_min is greater than killed_max")
	}

	sort, e := single("sort")
	if e != nil {
		return req, e
	}
	switch sort {
	case "", "relevance", "date":
		req.Sort = sort
	default:
		return req, badParam(codeBadSort, "sort", sort, fmt.Sprintf("sort must be relevance or date, not %q", clip(sort)))
	}
	match, e := single("match")
	if e != nil {
		return req, e
	}
	switch match {
	case "", index.MatchAll, index.MatchAny:
		req.Match = match
	default:
		return req, badParam(codeBadParameter, "match", match, fmt.Sprintf("match must be all or any, not %q", clip(match)))
	}

	page, e := intParam(single, "page", 1, 1, index.MaxOffset+1)
	if e != nil {
		return req, e
	}
	// size=0 asks for counts only, as Elasticsearch and Meilisearch allow.
	size, e := intParam(single, "size", defaultPageSize, 0, index.MaxPageSize)
	if e != nil {
		return req, e
	}
	if (page-1)*size > index.MaxOffset {
		return req, badParam(codeBadPage, "page", strconv.Itoa(page), fmt.Sprintf("page %d is too deep: at most %d results can be paged through", page, index.MaxOffset))
	}
	req.Offset, req.Size = (page-1)*size, size
	req.CountsOnly = size == 0

	req.FacetSize, e = intParam(single, "facet_size", defaultFacetSize, 0, maxFacetSize)
	if e != nil {
		return req, e
	}
	hist, e := single("histogram")
	if e != nil {
		return req, e
	}
	switch hist {
	case "", "1", "true":
		req.Histogram = true
	case "0", "false":
	default:
		return req, badParam(codeBadParameter, "histogram", hist, "histogram must be true or false")
	}
	return req, nil
}

func intParam(single func(string) (string, *apiError), name string, def, lo, hi int) (int, *apiError) {
	s, e := single(name)
	if e != nil || s == "" {
		return def, e
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		code := codeBadParameter
		if name == "page" || name == "size" {
			code = codeBadPage
		}
		return 0, badParam(code, name, s, fmt.Sprintf("%s must be a whole number from %d to %d, not %q", name, lo, hi, clip(s)))
	}
	return n, nil
}

// idList validates the values of a repeated id parameter: empty values are
// dropped (a form may send town=), duplicates removed.
func idList(name string, vals []string) ([]string, *apiError) {
	if len(vals) > maxFilterValues {
		return nil, badParam(codeBadParameter, name, "", fmt.Sprintf("%s is given more than %d times", name, maxFilterValues))
	}
	var out []string
	seen := map[string]bool{}
	for _, v := range vals {
		v = strings.TrimSpace(v)
		if v == "" || seen[v] {
			continue
		}
		if !validValue(v) {
			return nil, badParam(codeBadParameter, name, v, fmt.Sprintf("%s has an invalid value %q", name, clip(v)))
		}
		seen[v] = true
		out = append(out, v)
	}
	return out, nil
}

// validValue accepts printable UTF-8 of sane length.
func validValue(v string) bool {
	if len(v) > maxIDBytes || !utf8.ValidString(v) {
		return false
	}
	for _, r := range v {
		if !unicode.IsPrint(r) && r != ' ' {
			return false
		}
	}
	return true
}

// clip shortens a client's value for an error message.
func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	i := 40
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

func (s *Server) handleSearch(c *gin.Context) {
	req, e := parseSearch(c.Request.URL.RawQuery)
	if e != nil {
		abortAPIError(c, e)
		return
	}
	res, err := s.search(c.Request.Context(), req)
	if err != nil {
		s.abortIndexError(c, err)
		return
	}
	// Unescaped like `rasid search --json`: snippets keep a readable <mark>.
	c.PureJSON(http.StatusOK, res)
}

// search runs req and marks the facet values the request filters on, so a
// client can draw its check boxes from the response alone.
func (s *Server) search(ctx context.Context, req index.Request) (*index.Result, error) {
	ctx, cancel := context.WithTimeout(ctx, searchTimeout)
	defer cancel()
	res, err := s.searcher.Search(ctx, req)
	if err != nil {
		return nil, err
	}
	if res.Hits == nil {
		res.Hits = []index.Hit{}
	}
	if res.Facets == nil && req.FacetSize > 0 {
		res.Facets = map[string][]index.FacetValue{}
	}
	for _, name := range facets.FacetNames {
		if req.FacetSize == 0 {
			break
		}
		vals := res.Facets[name]
		if vals == nil {
			vals = []index.FacetValue{}
		}
		selected := map[string]bool{}
		for _, id := range req.Filters[name] {
			selected[id] = true
		}
		for i := range vals {
			if selected[vals[i].ID] {
				vals[i].Selected = true
			}
		}
		res.Facets[name] = vals
	}
	return res, nil
}

// abortIndexError maps an error of the index to a response: the caller's
// mistakes are 4xx, a timeout is 503, anything else is a logged 500.
func (s *Server) abortIndexError(c *gin.Context, err error) {
	var re *index.RequestError
	switch {
	case errors.As(err, &re):
		status := http.StatusBadRequest
		abortError(c, status, re.Code, re.Message)
	case errors.Is(err, index.ErrNotFound):
		abortError(c, http.StatusNotFound, codeNotFound, "no document with this id")
	case errors.Is(err, context.DeadlineExceeded):
		abortError(c, http.StatusServiceUnavailable, codeTimeout, "the search took too long; try fewer words or filters")
	case errors.Is(err, context.Canceled):
		c.AbortWithStatus(499) // the client left (nginx's code); nobody reads the answer
	default:
		_ = c.Error(err)
		s.log.Error("index error", "path", c.Request.URL.Path, "err", err)
		abortError(c, http.StatusInternalServerError, codeInternal, "internal error")
	}
}
