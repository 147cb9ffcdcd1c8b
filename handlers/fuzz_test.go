package handlers

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// FuzzSearchParams sends arbitrary query strings to /api/search and
// /api/facets and asserts that the server never answers 5xx or panics,
// and that every non-200 answer has the JSON error shape. The seed corpus
// runs as a normal test; go test -fuzz FuzzSearchParams explores further.
func FuzzSearchParams(f *testing.F) {
	for _, s := range []string{
		"", "q=%D8%A7%D9%84%D8%A8%D9%88%D9%83%D9%85%D8%A7%D9%84", "q=\"", "q=-", "q=((", "q=*",
		"town=C5167&actor=isis&actor=russia", "from=2018-01-01&to=2017-01-01", "from=2018-02-31",
		"killed_min=5&killed_max=1", "killed_min=99999999999999999999", "size=101", "page=0", "page=1001",
		"sort=x", "facet_size=-1", "histogram=2", "q=%zz", "q=%ff", "x=1", "q=a&q=b", "q=" + "%00",
		"q=%22%D8%BA%D8%A7%D8%B1%D8%A7%D8%AA+%D8%AC%D9%88%D9%8A%D8%A9%22+-%D8%AF%D8%A7%D8%B9%D8%B4",
		"q=title:x", "q=%5C", "q=~&town=", "event_type=air-drone-strike&governorate=SY09",
	} {
		f.Add(s, "")
	}
	f.Add("", "towns?prefix=%D8%A7")
	f.Add("", "actors?prefix=%E2%80%8F&limit=3")
	e := newEnv(f)
	f.Fuzz(func(t *testing.T, rawQuery, facetPath string) {
		for _, target := range []string{"/api/search?" + rawQuery, "/api/facets/" + facetPath} {
			req := httptest.NewRequest(http.MethodGet, "/", nil)
			req.URL.RawQuery = ""
			if u, err := req.URL.Parse(target); err == nil {
				req.URL = u
			} else {
				continue // not a request line a client could send
			}
			req.RequestURI = ""
			rec := httptest.NewRecorder()
			e.srv.ServeHTTP(rec, req)
			if rec.Code >= 500 {
				t.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
			}
			if rec.Code != http.StatusOK {
				var eb ErrorBody
				if err := json.Unmarshal(rec.Body.Bytes(), &eb); err != nil || eb.Error.Code == "" {
					t.Fatalf("%s: %d without the error shape: %s", target, rec.Code, rec.Body)
				}
			}
		}
	})
}
