package handlers

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/index"
)

// TestHitsCarryLabels: every id a hit carries comes with Arabic and
// English labels, a town's governorate included, and its source is named.
func TestHitsCarryLabels(t *testing.T) {
	e := newEnv(t)
	res := e.search(t, "size=100")
	if len(res.Hits) < 7 {
		t.Fatalf("%d hits", len(res.Hits))
	}
	for _, h := range res.Hits {
		lists := map[string][]string{facets.FacetTowns: h.Facets.Towns, facets.FacetGovernorates: h.Facets.Governorates,
			facets.FacetActors: h.Facets.Actors, facets.FacetEventTypes: h.Facets.EventTypes}
		for _, l := range h.Labels[facets.FacetTowns] {
			if l.Parent != "" {
				lists[facets.FacetGovernorates] = append(lists[facets.FacetGovernorates], l.Parent)
			}
		}
		if h.Source != "" {
			lists[index.FacetSources] = []string{h.Source}
		}
		for facet, ids := range lists {
			for _, id := range ids {
				i := slices.IndexFunc(h.Labels[facet], func(l facets.Label) bool { return l.ID == id })
				if i < 0 || h.Labels[facet][i].AR == "" || h.Labels[facet][i].EN == "" {
					t.Errorf("%s: %s %q has no labels: %v", h.ID, facet, id, h.Labels[facet])
				}
			}
		}
	}
}

// TestMatchModes: all words by default (fewer hits than any word), an
// explicit any, a relaxed answer that says so, and a bad mode named.
func TestMatchModes(t *testing.T) {
	e := newEnv(t)
	q := url.QueryEscape("غارات روسية على الميادين")
	all := e.search(t, "q="+q)
	anyRes := e.search(t, "q="+q+"&match=any")
	if all.Match == nil || all.Match.Mode != "all" || all.Match.Words != 3 || all.Match.Required != 3 || all.Match.Relaxed {
		t.Errorf("all: match %+v", all.Match)
	}
	if all.Total == 0 || all.Total >= anyRes.Total {
		t.Errorf("all words %d hits, any word %d: all should be fewer and not none", all.Total, anyRes.Total)
	}
	for _, h := range all.Hits {
		d, err := e.ix.Get(h.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(d.Title+d.Body, "الميادين") {
			t.Errorf("%s lacks الميادين yet matched all words", h.ID)
		}
	}
	// No article names an earthquake: most words, flagged.
	relaxed := e.search(t, "q="+url.QueryEscape("البوكمال زلزال"))
	if relaxed.Total == 0 || relaxed.Match == nil || !relaxed.Match.Relaxed || relaxed.Match.Required != 1 {
		t.Errorf("relaxed: %d hits, match %+v", relaxed.Total, relaxed.Match)
	}
	// Punctuation alone is nothing to search for: everything is listed,
	// and the answer says the query was ignored.
	ignored, browse := e.search(t, "q="+url.QueryEscape("(((")), e.search(t, "")
	if !ignored.QueryIgnored || ignored.Total != browse.Total || browse.QueryIgnored {
		t.Errorf("q=(((: ignored %v, %d hits; browsing: ignored %v, %d hits", ignored.QueryIgnored, ignored.Total, browse.QueryIgnored, browse.Total)
	}
	st, body := e.get(t, "/api/search?q=x&match=most")
	wantError(t, "match=most", st, body, 400, codeBadParameter)
	var eb ErrorBody
	json.Unmarshal(body, &eb)
	if eb.Error.Param != "match" || eb.Error.Value != "most" {
		t.Errorf("match=most names %q=%q", eb.Error.Param, eb.Error.Value)
	}
}

// TestErrorsNameTheParameter: a client can show the bad value as a chip
// and retry without it.
func TestErrorsNameTheParameter(t *testing.T) {
	e := newEnv(t)
	cases := []struct {
		query, code, param, value string
	}{
		{"from=2018-13-45", codeBadDate, "from", "2018-13-45"},
		{"to=yesterday", codeBadDate, "to", "yesterday"},
		{"from=2018-05-01&to=2018-01-01", codeBadRange, "from", "2018-05-01"},
		{"killed_min=10&killed_max=5", codeBadRange, "killed_min", "10"},
		{"killed_max=ten", codeBadParameter, "killed_max", "ten"},
		{"towns=C5167", codeUnknownParameter, "towns", ""},
		{"sort=popular", codeBadSort, "sort", "popular"},
		{"page=0", codeBadPage, "page", "0"},
		{"q=" + url.QueryEscape(strings.Repeat("ب", 2100)), codeQueryTooLong, "q", ""},
	}
	for _, c := range cases {
		st, body := e.get(t, "/api/search?"+c.query)
		wantError(t, clip(c.query), st, body, 400, c.code)
		var eb ErrorBody
		json.Unmarshal(body, &eb)
		if eb.Error.Param != c.param || (c.value != "" && eb.Error.Value != c.value) {
			t.Errorf("%s: param %q value %q, want %q %q", clip(c.query), eb.Error.Param, eb.Error.Value, c.param, c.value)
		}
	}
	// Several Arabic sentences (about 3.5 KiB) are a query, not an error.
	sentence := "قالت مصادر محلية إن غارات جوية استهدفت مدينة البوكمال في ريف دير الزور الشرقي. "
	long := strings.Repeat(sentence, 4096/len(sentence))
	if len(long) < 3000 || len(long) > 4096 {
		t.Fatalf("test query of %d bytes", len(long))
	}
	if res := e.search(t, "q="+url.QueryEscape(long)); res.Total == 0 {
		t.Errorf("a %d-byte query found nothing", len(long))
	}
}

// TestFacetTypeaheadInSearch: type-ahead counts are those of the current
// search, Latin names find their value, zero counts come last, and an
// empty prefix with a large limit lists every value ("show all").
func TestFacetTypeaheadInSearch(t *testing.T) {
	e := newEnv(t)
	suggest := func(query string) FacetSuggestions {
		t.Helper()
		st, body := e.get(t, "/api/facets/towns?"+query)
		if st != 200 {
			t.Fatalf("%s: %d %s", query, st, body)
		}
		var s FacetSuggestions
		if err := json.Unmarshal(body, &s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	for _, latin := range []string{"Bukamal", "Albukamal", "Abu Kamal"} {
		s := suggest("prefix=" + url.QueryEscape(latin))
		if len(s.Values) == 0 || s.Values[0].ID != "C5167" || s.Values[0].Count == 0 {
			t.Errorf("%s: %+v", latin, s.Values)
		}
	}
	// Counts within a search equal that search's own facet counts.
	q := "q=" + url.QueryEscape("غارات")
	res := e.search(t, q+"&facet_size=100")
	want := map[string]int{}
	for _, v := range res.Facets["towns"] {
		want[v.ID] = v.Count
	}
	s := suggest(q + "&prefix=" + url.QueryEscape("ال"))
	seenZero := false
	for _, v := range s.Values {
		if v.Count != want[v.ID] {
			t.Errorf("%s counts %d in the search, type-ahead says %d", v.ID, want[v.ID], v.Count)
		}
		if v.Count == 0 {
			seenZero = true
		} else if seenZero {
			t.Errorf("a counted value after a zero: %+v", s.Values)
		}
	}
	// Show all: every town of the archive.
	all := suggest("limit=1000")
	towns := map[string]bool{}
	for _, h := range e.search(t, "size=100").Hits {
		for _, id := range h.Facets.Towns {
			towns[id] = true
		}
	}
	if len(all.Values) != len(towns) {
		t.Errorf("show all lists %d towns, the archive has %d", len(all.Values), len(towns))
	}
	// A bad search parameter is named here too.
	st, body := e.get(t, "/api/facets/towns?from=2018-13-45")
	wantError(t, "facets with a bad date", st, body, 400, codeBadDate)
}

// TestDateHistogramIsATimeAxis: every month between the first and the
// last, empty ones included, and killed per month summed from the hits.
func TestDateHistogramIsATimeAxis(t *testing.T) {
	e := newEnv(t)
	res := e.search(t, "size=100")
	h := res.DateHistogram
	if len(h) < 2 {
		t.Fatalf("histogram %v", h)
	}
	for i := 1; i < len(h); i++ {
		prev, _ := time.Parse("2006-01", h[i-1].Key)
		cur, _ := time.Parse("2006-01", h[i].Key)
		if !prev.AddDate(0, 1, 0).Equal(cur) {
			t.Errorf("histogram jumps from %s to %s", h[i-1].Key, h[i].Key)
		}
	}
	sum := 0
	for _, b := range h {
		sum += b.Count
	}
	dated := 0
	for _, hit := range res.Hits {
		if hit.Published != nil || hit.Facets.EventDate != "" {
			dated++
		}
	}
	if res.DateOutliers == nil && sum != dated {
		t.Errorf("histogram counts %d of %d dated articles with no outliers", sum, dated)
	}
	want := map[string]int{}
	for _, hit := range res.Hits {
		if hit.Facets.Killed == nil {
			continue
		}
		d, _ := e.ix.Get(hit.ID)
		date := d.Published
		if ed, err := time.Parse(time.DateOnly, d.Facets.EventDate); err == nil {
			date = ed
		}
		want[date.Format("2006-01")] += *hit.Facets.Killed
	}
	got := map[string]int{}
	for _, m := range res.KilledByMonth {
		got[m.Key] = m.Killed
	}
	if len(want) == 0 || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("killed by month %v, want %v", got, want)
	}
}

// TestStaticAssetsFingerprinted: the page refers to content-hashed names
// served as immutable; the plain names are revalidated.
func TestStaticAssetsFingerprinted(t *testing.T) {
	e := newEnv(t)
	_, page, hdr := e.do(t, http.MethodGet, "/", nil, nil)
	if cc := hdr.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("page Cache-Control %q", cc)
	}
	refs := regexp.MustCompile(`/static/(app|style)\.([0-9a-f]{10})\.(js|css)`).FindAllStringSubmatch(string(page), -1)
	if len(refs) != 2 {
		t.Fatalf("page refers to %v", refs)
	}
	for _, r := range refs {
		st, hashed, h := e.do(t, http.MethodGet, r[0], nil, nil)
		if st != 200 || !strings.Contains(h.Get("Cache-Control"), "immutable") || !strings.Contains(h.Get("Cache-Control"), "max-age=31536000") {
			t.Errorf("%s: %d %q", r[0], st, h.Get("Cache-Control"))
		}
		st, plain, h := e.do(t, http.MethodGet, "/static/"+r[1]+"."+r[3], nil, nil)
		if st != 200 || h.Get("Cache-Control") != "no-cache" || string(plain) != string(hashed) {
			t.Errorf("plain %s: %d %q, same content %v", r[1], st, h.Get("Cache-Control"), string(plain) == string(hashed))
		}
		if r[3] == "css" && !regexp.MustCompile(`/static/fonts/NotoSansArabic-Regular\.[0-9a-f]{10}\.ttf`).Match(hashed) {
			t.Errorf("style.css does not refer to the hashed font")
		}
	}
	// Scripts' own references are hashed too (the map's outline and towns).
	if m := regexp.MustCompile(`/static/map\.[0-9a-f]{10}\.js`).FindString(string(page)); m == "" {
		t.Errorf("the page does not load a hashed map.js")
	} else if _, js, _ := e.do(t, http.MethodGet, m, nil, nil); !regexp.MustCompile(`/static/map/syria\.[0-9a-f]{10}\.svg`).Match(js) {
		t.Errorf("map.js does not fetch the hashed outline")
	}
	// A changed file would get another name: the name is the content's hash.
	if st, _ := e.get(t, "/static/app.0000000000.js"); st != 404 {
		t.Errorf("a made-up hash is served: %d", st)
	}
}

// TestExportFollowsMatchMode: an export holds exactly what the search
// counts, for a multi-word query in both matching modes and when the
// search is relaxed.
func TestExportFollowsMatchMode(t *testing.T) {
	e := newEnv(t)
	for _, q := range []string{
		"q=" + url.QueryEscape("غارات روسية على الميادين"),
		"q=" + url.QueryEscape("غارات روسية على الميادين") + "&match=any",
		"q=" + url.QueryEscape("البوكمال زلزال"),
	} {
		total := e.search(t, q).Total
		st, body, _ := e.do(t, http.MethodGet, "/api/export?format=jsonl&"+q, nil, nil)
		if st != http.StatusOK {
			t.Fatalf("%s: %d %s", q, st, body)
		}
		rows := strings.Count(strings.TrimSpace(string(body)), "\n") + 1
		if len(strings.TrimSpace(string(body))) == 0 {
			rows = 0
		}
		if uint64(rows) != total || total == 0 {
			t.Errorf("%s: export has %d rows, search total %d", q, rows, total)
		}
	}
}
