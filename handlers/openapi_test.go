package handlers

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rasid-project/rasid/watch"
)

// spec is the subset of OpenAPI 3 the checker below understands.
type spec struct {
	Paths      map[string]map[string]operation `json:"paths"`
	Components struct {
		Schemas   map[string]*schema   `json:"schemas"`
		Responses map[string]*response `json:"responses"`
	} `json:"components"`
}

type operation struct {
	Responses map[string]*response `json:"responses"`
}

type response struct {
	Ref     string `json:"$ref"`
	Content map[string]struct {
		Schema *schema `json:"schema"`
	} `json:"content"`
}

type schema struct {
	Ref                  string             `json:"$ref"`
	Type                 string             `json:"type"`
	Nullable             bool               `json:"nullable"`
	Properties           map[string]*schema `json:"properties"`
	Required             []string           `json:"required"`
	AdditionalProperties json.RawMessage    `json:"additionalProperties"` // false, or a schema
	Items                *schema            `json:"items"`
	Enum                 []any              `json:"enum"`
	Format               string             `json:"format"`
	Minimum              *float64           `json:"minimum"`
	OneOf                []*schema          `json:"oneOf"`
}

func loadSpec(t *testing.T) *spec {
	t.Helper()
	var s spec
	if err := json.Unmarshal(openAPISpec, &s); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return &s
}

func (s *spec) resolve(sc *schema) *schema {
	for sc != nil && sc.Ref != "" {
		sc = s.Components.Schemas[strings.TrimPrefix(sc.Ref, "#/components/schemas/")]
	}
	return sc
}

// check validates v (decoded JSON) against sc and returns every mismatch.
func (s *spec) check(sc *schema, v any, path string) []string {
	sc = s.resolve(sc)
	if sc == nil {
		return []string{path + ": unresolved schema"}
	}
	if v == nil {
		if sc.Nullable || sc.Type == "" {
			return nil
		}
		return []string{path + ": null, schema does not allow it"}
	}
	if len(sc.OneOf) > 0 {
		for _, alt := range sc.OneOf {
			if len(s.check(alt, v, path)) == 0 {
				return nil
			}
		}
		return []string{path + ": matches no oneOf alternative"}
	}
	var errs []string
	if len(sc.Enum) > 0 && !slices.Contains(sc.Enum, v) {
		errs = append(errs, fmt.Sprintf("%s: %v not in %v", path, v, sc.Enum))
	}
	switch sc.Type {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			return append(errs, fmt.Sprintf("%s: %T, want object", path, v))
		}
		for _, r := range sc.Required {
			if _, ok := m[r]; !ok {
				errs = append(errs, path+"."+r+": required, missing")
			}
		}
		for k, val := range m {
			p, ok := sc.Properties[k]
			if !ok {
				switch ap := strings.TrimSpace(string(sc.AdditionalProperties)); {
				case ap == "false":
					errs = append(errs, path+"."+k+": not in the schema")
				case strings.HasPrefix(ap, "{"):
					var extra schema
					if err := json.Unmarshal(sc.AdditionalProperties, &extra); err != nil {
						errs = append(errs, path+": bad additionalProperties schema")
					} else {
						errs = append(errs, s.check(&extra, val, path+"."+k)...)
					}
				}
				continue
			}
			errs = append(errs, s.check(p, val, path+"."+k)...)
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			return append(errs, fmt.Sprintf("%s: %T, want array", path, v))
		}
		for i, el := range a {
			errs = append(errs, s.check(sc.Items, el, fmt.Sprintf("%s[%d]", path, i))...)
		}
	case "string":
		str, ok := v.(string)
		if !ok {
			return append(errs, fmt.Sprintf("%s: %T, want string", path, v))
		}
		switch sc.Format {
		case "date-time":
			if _, err := time.Parse(time.RFC3339Nano, str); err != nil {
				errs = append(errs, fmt.Sprintf("%s: %q is not date-time", path, str))
			}
		case "date":
			if _, err := time.Parse(time.DateOnly, str); err != nil {
				errs = append(errs, fmt.Sprintf("%s: %q is not a date", path, str))
			}
		}
	case "integer", "number":
		n, ok := v.(float64)
		if !ok {
			return append(errs, fmt.Sprintf("%s: %T, want %s", path, v, sc.Type))
		}
		if sc.Type == "integer" && n != float64(int64(n)) {
			errs = append(errs, fmt.Sprintf("%s: %v is not an integer", path, n))
		}
		if sc.Minimum != nil && n < *sc.Minimum {
			errs = append(errs, fmt.Sprintf("%s: %v below minimum %v", path, n, *sc.Minimum))
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			errs = append(errs, fmt.Sprintf("%s: %T, want boolean", path, v))
		}
	}
	return errs
}

// responseSchema finds the schema the spec gives for a route, method and
// status; ok is false when the spec does not list that status.
func (s *spec) responseSchema(route, method string, status int) (sc *schema, ok bool) {
	op, found := s.Paths[route][strings.ToLower(method)]
	if !found {
		return nil, false
	}
	r := op.Responses[strconv.Itoa(status)]
	if r == nil {
		return nil, false
	}
	if r.Ref != "" {
		r = s.Components.Responses[strings.TrimPrefix(r.Ref, "#/components/responses/")]
	}
	for ctype, c := range r.Content {
		if strings.Contains(ctype, "json") {
			return c.Schema, true
		}
	}
	return nil, true
}

// specRoute turns a gin route into the OpenAPI path template.
var ginParam = regexp.MustCompile(`:([a-z]+)`)

func specRoute(ginRoute string) string { return ginParam.ReplaceAllString(ginRoute, "{$1}") }

// TestOpenAPIMatchesResponses sends real requests of every kind and checks
// each answer against the schema the spec gives for its status.
func TestOpenAPIMatchesResponses(t *testing.T) {
	s := loadSpec(t)
	w := &fakeWatcher{}
	e := newEnv(t, withToken("tok"), withWatcher(w))
	auth := map[string]string{"Authorization": "Bearer tok"}
	q := url.QueryEscape
	reqs := []struct {
		method, route, path, body string
		hdr                       map[string]string
	}{
		{"GET", "/readyz", "/readyz", "", nil},
		{"GET", "/api/search", "/api/search", "", nil},
		{"GET", "/api/search", "/api/search?q=" + q("البوكمال") + "&actor=isis&town=C5167&sort=date&size=5", "", nil},
		{"GET", "/api/search", "/api/search?q=" + q("غارات") + "&facet_size=0&histogram=false", "", nil},
		{"GET", "/api/search", "/api/search?q=" + q("غارات") + "&size=0", "", nil},
		{"GET", "/api/search", "/api/search?from=2017-01-01&to=2018-12-31&killed_min=0", "", nil},
		{"GET", "/api/search", "/api/search?size=500", "", nil},
		{"GET", "/api/search", "/api/search?from=nope", "", nil},
		{"GET", "/api/search", "/api/search?q=" + strings.Repeat("a", MaxRawQueryBytes), "", nil},
		{"GET", "/api/facets/:name", "/api/facets/towns?prefix=" + q("دير"), "", nil},
		{"GET", "/api/facets/:name", "/api/facets/actors", "", nil},
		{"GET", "/api/facets/:name", "/api/facets/colours", "", nil},
		{"GET", "/api/facets/:name", "/api/facets/towns?limit=x", "", nil},
		{"GET", "/api/documents/:id", "/api/documents/000_29e69d567a082153", "", nil},
		{"GET", "/api/documents/:id", "/api/documents/fx-douma-regime", "", nil},
		{"GET", "/api/documents/:id", "/api/documents/none", "", nil},
		{"GET", "/api/documents/:id", "/api/documents/..", "", nil},
		{"POST", "/api/documents", "/api/documents", `{"id":"oa-1","title":"عنوان","body":"نص عن حلب","date":"2018-01-01"}`, auth},
		{"POST", "/api/documents", "/api/documents", `{"id":"oa-1","title":"عنوان","body":"نص عن حلب","date":"2018-01-01"}`, auth},
		{"POST", "/api/documents", "/api/documents", `nope`, auth},
		{"POST", "/api/documents", "/api/documents", `{}`, nil},
		{"DELETE", "/api/documents/:id", "/api/documents/oa-1", "", auth},
		{"DELETE", "/api/documents/:id", "/api/documents/oa-1", "", auth},
		{"DELETE", "/api/documents/:id", "/api/documents/oa-1", "", nil},
		{"GET", "/healthz", "/healthz", "", nil},
		{"GET", "/readyz", "/readyz", "", nil},
		{"GET", "/api/openapi.json", "/api/openapi.json", "", nil},
	}
	w.set(watch.Status{Watching: true, LastIngest: time.Now()})
	for i, r := range reqs {
		if i == len(reqs)-2 {
			w.set(watch.Status{}) // not watching: the 503 readiness answer
		}
		st, body, _ := e.do(t, r.method, r.path, strings.NewReader(r.body), r.hdr)
		sc, ok := s.responseSchema(specRoute(r.route), r.method, st)
		if !ok {
			t.Errorf("%s %s: status %d is not in the spec", r.method, clip(r.path), st)
			continue
		}
		if sc == nil {
			if len(body) != 0 {
				t.Errorf("%s %s: %d has a body the spec does not describe", r.method, clip(r.path), st)
			}
			continue
		}
		var v any
		if err := json.Unmarshal(body, &v); err != nil {
			t.Errorf("%s %s: %d body is not JSON: %v", r.method, clip(r.path), st, err)
			continue
		}
		for _, msg := range s.check(sc, v, "$") {
			t.Errorf("%s %s (%d): %s", r.method, clip(r.path), st, msg)
		}
	}
	// The checker itself must catch a drift.
	var bad any
	_ = json.Unmarshal([]byte(`{"total":"7","took_ms":1,"hits":[{"id":"x"}],"facets":null,"extra":1}`), &bad)
	if errs := s.check(&schema{Ref: "#/components/schemas/SearchResult"}, bad, "$"); len(errs) < 3 {
		t.Errorf("the checker misses drift: %v", errs)
	}
}

// TestOpenAPIListsEveryRoute keeps the spec and the router in step.
func TestOpenAPIListsEveryRoute(t *testing.T) {
	s := loadSpec(t)
	e := newEnv(t)
	seen := map[string]bool{}
	for _, r := range e.srv.engine.Routes() {
		if r.Method == http.MethodHead || r.Method == http.MethodOptions || r.Path == "/" || strings.HasPrefix(r.Path, "/static/") {
			continue
		}
		p := specRoute(r.Path)
		seen[strings.ToLower(r.Method)+" "+p] = true
		if _, ok := s.Paths[p][strings.ToLower(r.Method)]; !ok {
			t.Errorf("%s %s is served but not in openapi.json", r.Method, p)
		}
	}
	for p, ops := range s.Paths {
		for m := range ops {
			if !seen[m+" "+p] {
				t.Errorf("openapi.json lists %s %s, which is not served", m, p)
			}
		}
	}
}
