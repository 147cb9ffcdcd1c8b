package handlers

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestBrowserWorkflow drives the researcher's tools in headless Chromium
// against a real server: the map of a search (a mark per town, hover names,
// click filters), the download button (the file it fetches is the whole
// export) and the feed link of the current search.
func TestBrowserWorkflow(t *testing.T) {
	e := newEnv(t)
	const query = "البوكمال"
	br := startBrowser(t, e.ts.URL+"/?q="+url.QueryEscape(query))
	do, evalString, evalFloat, waitJS := br.do, br.evalString, br.evalFloat, br.waitJS

	// The towns the map must show: every town of the search with a count.
	all := e.search(t, "q="+url.QueryEscape(query)+"&facet_size=1000")
	var want []string
	for _, v := range all.Facets["towns"] {
		if v.Count > 0 {
			want = append(want, v.ID)
		}
	}
	slices.Sort(want)
	if len(want) < 2 {
		t.Fatalf("the search names too few towns for a map test: %v", want)
	}

	waitJS("map marks", `document.querySelectorAll('#map circle[data-town]').length > 0`)
	got := strings.Split(evalString(`[...document.querySelectorAll('#map circle[data-town]')].map(c => c.dataset.town).sort().join(',')`), ",")
	if !slices.Equal(got, want) {
		t.Errorf("map marks %v, want the search's towns %v", got, want)
	}
	// Area follows the count: the most named town has the largest mark.
	top := all.Facets["towns"][0]
	largest := evalString(`[...document.querySelectorAll('#map circle[data-town]')].sort((a, b) => b.r.baseVal.value - a.r.baseVal.value)[0].dataset.town`)
	if largest != top.ID {
		t.Errorf("largest mark %s, most named town %s (%d)", largest, top.ID, top.Count)
	}

	hover := func(id string) string {
		return evalString(fmt.Sprintf(`document.querySelector('#map circle[data-town="%s"]').dispatchEvent(new MouseEvent('mouseenter')), document.querySelector('#map-hover').textContent`, id))
	}
	if h := hover("C5167"); !strings.Contains(h, "البوكمال") || !strings.Contains(h, "دير الزور") {
		t.Errorf("hovering C5167 shows %q, want its Arabic name and governorate", h)
	}
	if title := evalString(`document.querySelector('#map circle[data-town="C5167"] title').textContent`); !strings.Contains(title, "البوكمال") {
		t.Errorf("C5167's tooltip %q", title)
	}
	// The outline carries the borders between governorates: open lines
	// inside Syria, drawn under the marks.
	if n := evalFloat(`(document.querySelector('#map path.map-gov-borders')?.getAttribute('d') || '').split('M').length - 1`); n < 13 {
		t.Errorf("the map draws %v governorate border lines, want at least 13", n)
	}
	br.shot("workflow-1-map.png")

	// Clicking a mark filters by its town, as ticking it in the facet does.
	narrowed := e.search(t, "q="+url.QueryEscape(query)+"&town=C5110")
	do("click the C5110 mark", chromedp.Click(chromedp.CSS(`#map circle[data-town="C5110"]`)))
	waitJS("the town filter", `location.search.includes('town=C5110') && document.querySelector('#total') && document.querySelector('#total').dataset.total === "`+fmt.Sprint(narrowed.Total)+`"`)
	waitJS("the mark selected", `!!document.querySelector('#map circle.selected[data-town="C5110"]')`)
	waitJS("the town box ticked", `!!document.querySelector('#facet-towns input[value="C5110"]:checked')`)
	if n := evalFloat(`document.querySelectorAll('#map circle.selected').length`); n != 1 {
		t.Errorf("%v selected marks, want 1", n)
	}
	br.shot("workflow-2-map-filtered.png")

	// The feed of the page follows the search, for readers and the button.
	for _, sel := range []string{`link[rel="alternate"][type="application/atom+xml"]`, `#feed-button`} {
		href := evalString(`document.querySelector('` + sel + `').href`)
		if !strings.Contains(href, "/api/feed?") || !strings.Contains(href, "town=C5110") || !strings.Contains(href, "q=") {
			t.Errorf("%s href %q does not follow the search", sel, href)
		}
	}

	// The download button fetches every match of the current search.
	dir := t.TempDir()
	do("allow downloads", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
			Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir})
		return err
	}))
	do("click download", chromedp.Click(chromedp.CSS(`#export-csv`)))
	var file []byte
	deadline := time.Now().Add(15 * time.Second)
	for file == nil {
		entries, _ := os.ReadDir(dir)
		for _, en := range entries {
			if strings.HasSuffix(en.Name(), ".crdownload") {
				continue
			}
			if b, err := os.ReadFile(filepath.Join(dir, en.Name())); err == nil && bytes.HasSuffix(b, []byte("\n")) {
				file = b
			}
		}
		if file == nil && time.Now().After(deadline) {
			t.Fatalf("no download in %s", dir)
		}
		time.Sleep(100 * time.Millisecond)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(file, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatalf("downloaded export: %v", err)
	}
	if uint64(len(rows)-1) != narrowed.Total || rows[0][0] != "id" {
		t.Errorf("downloaded %d rows, search total %d", len(rows)-1, narrowed.Total)
	}

	// The English view names the towns in English.
	do("switch to English", chromedp.Click(chromedp.CSS(`#lang`)))
	waitJS("English", `document.documentElement.lang === 'en'`)
	waitJS("English map", `document.querySelector('#map-caption').textContent.includes('towns')`)
	if h := hover("C5110"); !strings.Contains(h, "Basira") || !strings.Contains(h, "Deir") {
		t.Errorf("English hover %q", h)
	}
	if lbl := evalString(`document.querySelector('#map [data-gov="SY09"]').textContent`); !strings.Contains(lbl, "Deir") {
		t.Errorf("governorate label in English view: %q", lbl)
	}
	// A second click on the selected mark removes the filter.
	do("click C5110 again", chromedp.Click(chromedp.CSS(`#map circle[data-town="C5110"]`)))
	waitJS("the filter removed", `!location.search.includes('town=C5110') && document.querySelector('#total').dataset.total === "`+fmt.Sprint(all.Total)+`"`)
}
