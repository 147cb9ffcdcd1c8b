package handlers

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/rasid-project/rasid/index"
)

// artifactDir collects the screenshots of the browser test (gitignored).
const artifactDir = "../testdata/artifacts"

func chromiumPath() string {
	for _, p := range []string{os.Getenv("RASID_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return ""
}

// browser is a headless Chromium tab with the helpers the tests use.
type browser struct {
	t   *testing.T
	ctx context.Context
}

func startBrowser(t *testing.T, startURL string) *browser {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	chrome := chromiumPath()
	if chrome == "" {
		t.Skip("chromium not installed (apt-get install chromium)")
	}
	if err := os.MkdirAll(artifactDir, 0o755); err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome),
		chromedp.NoSandbox,
		chromedp.Headless,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelA)
	bctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(cancelB)
	// The first Run starts the browser and must not carry a timeout.
	if err := chromedp.Do(bctx, chromedp.Navigate(startURL)); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	ctx, cancelT := context.WithTimeout(bctx, 90*time.Second)
	t.Cleanup(cancelT)
	return &browser{t: t, ctx: ctx}
}

func (br *browser) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	br.t.Helper()
	if err := chromedp.Do(br.ctx, steps...); err != nil {
		br.t.Fatalf("%s: %v", what, err)
	}
}

func (br *browser) evalString(expr string) string {
	br.t.Helper()
	v, err := chromedp.Run(br.ctx, chromedp.Evaluate[string](expr))
	if err != nil {
		br.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

func (br *browser) evalFloat(expr string) float64 {
	br.t.Helper()
	v, err := chromedp.Run(br.ctx, chromedp.Evaluate[float64](expr))
	if err != nil {
		br.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

func (br *browser) shot(name string) {
	br.t.Helper()
	if _, err := chromedp.Run(br.ctx, chromedp.Evaluate[bool](`window.scrollTo(0, 0); true`)); err != nil {
		br.t.Fatal(err)
	}
	buf, err := chromedp.Run(br.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		br.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(artifactDir, name), buf, 0o644); err != nil {
		br.t.Fatal(err)
	}
}

// waitJS polls a boolean expression in the page.
func (br *browser) waitJS(what, expr string) {
	br.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		ok, err := chromedp.Run(br.ctx, chromedp.Evaluate[bool](expr))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			br.shot("e2e-failed.png")
			br.t.Fatalf("timed out waiting for %s (%v)", what, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestBrowserEndToEnd drives the page in headless Chromium against a real
// server on loopback: an Arabic query, highlighted results, an actor facet
// that changes the hit count and the other facets' counts, a document and
// its town chip.
func TestBrowserEndToEnd(t *testing.T) {
	e := newEnv(t)

	br := startBrowser(t, e.ts.URL+"/")
	do, evalString, shot, waitJS := br.do, br.evalString, br.shot, br.waitJS
	facetCounts := func(facet string) string {
		return evalString(fmt.Sprintf(`JSON.stringify(Object.fromEntries([...document.querySelectorAll('#facet-%s li[data-id]')].map(li => [li.dataset.id, li.querySelector('.count').dataset.count])))`, facet))
	}

	const query = "البوكمال"
	plain := e.search(t, "q="+url.QueryEscape(query)+"&facet_size=100")
	// Pick an actor that narrows the result without emptying it.
	actor := ""
	for _, v := range plain.Facets["actors"] {
		if v.Count > 0 && uint64(v.Count) < plain.Total {
			actor = v.ID
			break
		}
	}
	if actor == "" {
		t.Fatalf("no actor narrows %s: %+v", query, plain.Facets["actors"])
	}
	narrowed := e.search(t, "q="+url.QueryEscape(query)+"&actor="+actor)

	waitJS("the status strip", `!!document.querySelector('#status-docs')`)
	statusDocs := evalString(`document.querySelector('#status-docs').dataset.documents`)
	waitJS("the browse-all result", `!!document.querySelector('#total')`)
	do("type a query", chromedp.SendKeys(chromedp.CSS("#q"), query+kb.Enter))
	waitJS("highlighted hits", `document.querySelectorAll('.hit .snippet mark').length > 0 && location.search.includes('q=')`)
	marks := evalString(`[...document.querySelectorAll('.hit .snippet mark')].map(m => m.textContent).join('|')`)
	total0 := evalString(`document.querySelector('#total').dataset.total`)
	towns0 := facetCounts("towns")
	shot("e2e-1-results.png")

	do("tick "+actor, chromedp.Click(chromedp.CSS(fmt.Sprintf(`#facet-actors input[value="%s"]`, actor))))
	waitJS("the narrowed count", fmt.Sprintf(`document.querySelector('#total') && document.querySelector('#total').dataset.total === "%d"`, narrowed.Total))
	total1 := evalString(`document.querySelector('#total').dataset.total`)
	towns1 := facetCounts("towns")
	urlAfter := evalString(`location.href`)
	shot("e2e-2-actor-filter.png")

	do("open a document", chromedp.Click(chromedp.CSS(`.hit .hit-title`)),
		chromedp.WaitVisible(chromedp.CSS(`#doc-title`)),
		chromedp.WaitVisible(chromedp.CSS(`#doc-facets button[data-facet="towns"]`)))
	docTitle := evalString(`document.querySelector('#doc-title').textContent`)
	shot("e2e-3-document.png")

	do("filter by the town chip", chromedp.Click(chromedp.CSS(`#doc-facets .chip-filter[data-facet="towns"][data-id="C5167"]`)))
	waitJS("the town filter", `document.getElementById('doc-view').hidden && location.search.includes('town=C5167') && !!document.querySelector('#chips [data-id="C5167"]')`)
	waitJS("the town box ticked", `!!document.querySelector('#facet-towns input[value="C5167"]:checked')`)
	chipIDs := evalString(`[...document.querySelectorAll('#chips [data-id]')].map(c => c.dataset.id).join(',')`)
	shot("e2e-4-town-chip.png")

	do("switch to English", chromedp.Click(chromedp.CSS(`#lang`)))
	waitJS("English labels", `document.documentElement.lang === 'en' && document.documentElement.dir === 'ltr'`)
	shot("e2e-5-english.png")

	if n, _ := e.ix.Count(); statusDocs != fmt.Sprint(n) {
		t.Errorf("status strip shows %s documents, index holds %d", statusDocs, n)
	}
	if !strings.Contains(marks, "البوكمال") {
		t.Errorf("highlights %q do not mark the query", marks)
	}
	if total0 != fmt.Sprint(plain.Total) || total1 != fmt.Sprint(narrowed.Total) || total0 == total1 {
		t.Errorf("hit counts %s → %s, API says %d → %d", total0, total1, plain.Total, narrowed.Total)
	}
	if !strings.Contains(urlAfter, "actor="+actor) {
		t.Errorf("URL after ticking %s: %s", actor, urlAfter)
	}
	wantTowns := map[string]string{}
	for _, v := range narrowed.Facets["towns"] {
		wantTowns[v.ID] = fmt.Sprint(v.Count)
	}
	var got1 map[string]string
	json.Unmarshal([]byte(towns1), &got1)
	if fmt.Sprint(got1) != fmt.Sprint(wantTowns) || towns0 == towns1 {
		t.Errorf("town counts did not follow the actor filter:\nbefore %v\nafter  %v\n   API %v", towns0, towns1, wantTowns)
	}
	if docTitle == "" {
		t.Errorf("document view without a title")
	}
	if !strings.Contains(chipIDs, "C5167") || !strings.Contains(chipIDs, actor) {
		t.Errorf("active filter chips %v, want %s and C5167", chipIDs, actor)
	}
	b, _ := json.Marshal(map[string]any{"actor": actor, "totals": []string{total0, total1}})
	t.Logf("browser run: %s; screenshots in %s", b, artifactDir)
}

// TestBrowserFacetTools covers the other ways to filter: type-ahead
// inside a facet, brushing the date histogram, the killed ranges, and the
// empty state.
func TestBrowserFacetTools(t *testing.T) {
	e := newEnv(t)
	// More articles than one page holds, for the "more" button.
	b := e.ix.NewBatch()
	for i := 0; i < 8; i++ {
		b.Upsert(index.Document{ID: fmt.Sprintf("extra-%d", i), Title: fmt.Sprintf("نشرة أخبار رقم %d", i),
			Body: fmt.Sprintf("نص النشرة رقم %d عن الطقس والأسواق في المدينة %d.", i, i*7919)})
	}
	if _, err := e.ix.Apply(b); err != nil {
		t.Fatal(err)
	}
	br := startBrowser(t, e.ts.URL+"/")
	br.waitJS("the browse-all result", `!!document.querySelector('#total')`)
	total := e.search(t, "").Total
	if total <= 10 {
		t.Fatalf("only %d documents", total)
	}
	br.waitJS("a full first page and the more button", `document.querySelectorAll('.hit').length === 10 && !document.querySelector('#more').hidden`)
	br.do("more", chromedp.Click(chromedp.CSS(`#more`)))
	br.waitJS("every hit listed once", fmt.Sprintf(`document.querySelectorAll('.hit').length === %d && new Set([...document.querySelectorAll('.hit')].map(h => h.dataset.id)).size === %d && document.querySelector('#more').hidden`, total, total))

	// Type-ahead: a few letters of a town not among the visible values.
	br.do("type in the towns box", chromedp.SendKeys(chromedp.CSS(`#panel-towns .facet-search`), "دوم"))
	br.waitJS("a suggestion", `!!document.querySelector('#panel-towns .suggestions button')`)
	br.shot("e2e-6-typeahead.png")
	br.do("pick the suggestion", chromedp.Click(chromedp.CSS(`#panel-towns .suggestions button`)))
	duma := e.search(t, "town=C2338")
	br.waitJS("the town filter", fmt.Sprintf(`location.search.includes('town=C2338') && document.querySelector('#total').dataset.total === "%d"`, duma.Total))

	// Brush: drag from the first month to the second of the histogram.
	br.do("clear", chromedp.Click(chromedp.CSS(`#clear-all`)))
	br.waitJS("no filters", `!location.search.includes('town=') && document.querySelectorAll('#histogram rect.bar').length > 1`)
	all := e.search(t, "")
	h := all.DateHistogram
	if len(h) < 2 {
		t.Fatalf("histogram %v", h)
	}
	center := func(i int) (float64, float64) {
		x := br.evalFloat(fmt.Sprintf(`(() => { const r = document.querySelectorAll('#histogram rect.bar')[%d].getBoundingClientRect(); return r.x + r.width / 2; })()`, i))
		y := br.evalFloat(`(() => { const r = document.querySelector('#histogram svg').getBoundingClientRect(); return r.y + r.height / 2; })()`)
		return x, y
	}
	x0, y := center(0)
	x1, _ := center(1)
	br.do("brush two months",
		chromedp.MouseEvent(chromedp.MousePressed, x0, y, chromedp.ButtonLeft, chromedp.ClickCount(1)),
		chromedp.MouseEvent(chromedp.MouseMoved, (x0+x1)/2, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseMoved, x1, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseReleased, x1, y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	want := e.search(t, "from="+h[0].From+"&to="+h[1].To)
	br.waitJS("the brushed range", fmt.Sprintf(`location.search.includes('from=%s') && location.search.includes('to=%s') && document.querySelector('#total').dataset.total === "%d"`, h[0].From, h[1].To, want.Total))
	br.shot("e2e-7-brushed.png")

	// Killed: the first range that has articles.
	br.do("clear", chromedp.Click(chromedp.CSS(`#clear-all`)))
	br.waitJS("no filters", `!location.search.includes('from=')`)
	key := ""
	for _, b := range all.KilledRanges {
		if b.Count > 0 {
			key = b.Key
			break
		}
	}
	if key != "" {
		br.do("pick a killed range", chromedp.Click(chromedp.CSS(fmt.Sprintf(`#killed-buckets button[data-key="%s"]`, key))))
		br.waitJS("the killed filter", `location.search.includes('killed_min=')`)
		min := br.evalString(`new URLSearchParams(location.search).get('killed_min') || ''`)
		max := br.evalString(`new URLSearchParams(location.search).get('killed_max') || ''`)
		q := "killed_min=" + min
		if max != "" {
			q += "&killed_max=" + max
		}
		killed := e.search(t, q)
		br.waitJS("the killed count", fmt.Sprintf(`document.querySelector('#total').dataset.total === "%d"`, killed.Total))
	}

	// Nothing matches: a sentence for people, and a way out.
	br.do("search nonsense", chromedp.Navigate(e.ts.URL+"/?q=zzqxj&actor=isis"))
	br.waitJS("the empty state", `!!document.querySelector('#empty') && document.querySelector('#empty').textContent.includes('لا نتائج')`)
	br.shot("e2e-8-empty.png")
	br.do("remove the filters", chromedp.Click(chromedp.CSS(`#empty button`)))
	br.waitJS("filters removed", `!location.search.includes('actor=') && location.search.includes('q=zzqxj')`)

	// A phone: one column, filters folded behind a button, nothing wider
	// than the screen.
	br.do("phone viewport", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(e.ts.URL+"/?q="+url.QueryEscape("البوكمال")))
	br.waitJS("results on a phone", `document.querySelectorAll('.hit').length > 0`)
	br.waitJS("filters folded", `getComputedStyle(document.querySelector('#toggle-filters')).display !== 'none' && getComputedStyle(document.querySelector('#filters-body')).display === 'none'`)
	if w := br.evalFloat(`document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("page is %v px wide on a 390 px phone", w)
	}
	br.shot("e2e-9-phone.png")
	br.do("open the filters", chromedp.Click(chromedp.CSS(`#toggle-filters`)))
	br.waitJS("filters shown", `getComputedStyle(document.querySelector('#filters-body')).display !== 'none'`)
}
