package handlers

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/rasid-project/rasid/index"
	"github.com/rasid-project/rasid/watch"
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
		chromedp.WindowSize(1280, 900),
	)
	// Chromium now and then dies while starting on a loaded CI machine
	// (crashpad reports, no DevTools endpoint) and runs fine when started
	// again. A start is retried; anything after it is the page's own doing.
	var bctx context.Context
	for attempt := 1; ; attempt++ {
		// A fresh profile each time: a crashed start may leave its lock behind.
		attemptOpts := append(slices.Clone(opts), chromedp.UserDataDir(t.TempDir()))
		actx, cancelA := chromedp.NewExecAllocator(context.Background(), attemptOpts...)
		ctx, cancelB := chromedp.NewContext(actx)
		// The first Run starts the browser and must not carry a timeout.
		err := chromedp.Do(ctx, chromedp.Func(addPageLog), chromedp.Navigate(startURL))
		if err == nil {
			t.Cleanup(cancelA)
			t.Cleanup(cancelB)
			bctx = ctx
			break
		}
		cancelB()
		cancelA()
		if attempt == 3 || !strings.Contains(err.Error(), "failed to start") {
			t.Fatalf("start chromium (attempt %d): %v", attempt, err)
		}
		t.Logf("chromium did not start (attempt %d), starting it again: %v", attempt, err)
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

// mapDrawn holds once the map has drawn the shown search. Its first
// drawing grows the panel above the results: a mouse click aimed at a
// result (or the empty state) before it may land on the map instead.
const mapDrawn = `document.querySelector('#map').getAttribute('aria-busy') !== 'true'`

// clickJS clicks the element sel from script once it exists: the map
// draws itself after the results and moves the page under a mouse click
// aimed by coordinates.
func (br *browser) clickJS(what, sel string) {
	br.t.Helper()
	q := fmt.Sprintf("document.querySelector(%q)", sel)
	br.waitJS(what, "!!"+q)
	br.evalString(q + ".click(); ''")
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
			br.t.Fatalf("timed out waiting for %s (%v); the page's last events:\n%s", what, err, br.pageLog())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// pageLog returns the page's recent events (pageLogScript), one a line.
func (br *browser) pageLog() string {
	ctx, cancel := context.WithTimeout(br.ctx, 5*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(window.__e2eLog || []).join('\n')`))
	if err != nil {
		return "(no page log: " + err.Error() + ")"
	}
	return v
}

// pressSlowly sends one key's keyDown, runs between, and then the rest of
// the keystroke (its char event, where it has one, and keyUp): a keystroke
// whose keypress the page handles only after what its keydown started has
// finished, as a busy page may.
func (br *browser) pressSlowly(what, key string, between func()) {
	br.t.Helper()
	r := []rune(key)
	if len(r) != 1 {
		br.t.Fatalf("pressSlowly %q: one key at a time", key)
	}
	events := kb.Encode(r[0])
	send := func(evs []*input.DispatchKeyEventParams) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			for _, ev := range evs {
				if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, *ev); err != nil {
					return err
				}
			}
			return nil
		})
	}
	br.do(what+" (keydown)", send(events[:1]))
	between()
	br.do(what+" (rest of the key)", send(events[1:]))
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

	waitJS("the map drawn", mapDrawn)
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
	// More articles than one page holds, for the pager.
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
	br.waitJS("a full first page and the pager", `document.querySelectorAll('.hit').length === 10 && !document.querySelector('#pager').hidden`)
	first := br.evalString(`[...document.querySelectorAll('.hit')].map(h => h.dataset.id).join(',')`)
	br.clickJS("next page", `#next`)
	br.waitJS("page 2 in the URL and the rest of the hits", fmt.Sprintf(`new URLSearchParams(location.search).get('page') === '2' && document.querySelectorAll('.hit').length === %d && document.querySelector('#next').disabled`, total-10))
	second := br.evalString(`[...document.querySelectorAll('.hit')].map(h => h.dataset.id).join(',')`)
	for _, id := range strings.Split(second, ",") {
		if strings.Contains(","+first+",", ","+id+",") {
			t.Errorf("%s is on both pages", id)
		}
	}
	// The page number survives a reload: it is in the URL.
	br.do("reload page 2", chromedp.Reload())
	br.waitJS("page 2 after reload", fmt.Sprintf(`document.querySelectorAll('.hit').length === %d && /2/.test(document.querySelector('#page-no').textContent + '') || document.querySelector('#page-no').textContent.includes('٢')`, total-10))
	br.clickJS("previous page", `#prev`)
	br.waitJS("page 1", `!new URLSearchParams(location.search).get('page') && document.querySelectorAll('.hit').length === 10`)

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
		br.waitJS("the unfiltered ranges", fmt.Sprintf(`document.querySelector('#total').dataset.total === "%d" && !document.querySelector('#killed-buckets button[data-key="%s"]').disabled`, all.Total, key))
		br.clickJS("pick a killed range", fmt.Sprintf(`#killed-buckets button[data-key="%s"]`, key))
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
	br.waitJS("the map drawn", mapDrawn)
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

// axeViolations runs axe-core (vendored in testdata/axe) on the page as it
// is and returns its serious and critical WCAG 2.2 A/AA violations.
func (br *browser) axeViolations(what string) []string {
	br.t.Helper()
	src, err := os.ReadFile("../testdata/axe/axe.min.js")
	if err != nil {
		br.t.Fatalf("axe-core: %v", err)
	}
	if _, err := chromedp.Run(br.ctx, chromedp.Evaluate[bool](string(src)+"\n;true")); err != nil {
		br.t.Fatalf("load axe-core: %v", err)
	}
	out, err := chromedp.Run(br.ctx, chromedp.Evaluate[string](`axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
		.then(r => { window.__axeSummary = r.passes.length + ' rules passed, ' + r.violations.length + ' violated (' + r.violations.map(v => v.id + ':' + v.impact).join(', ') + ')';
			return JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
			.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))); })`, chromedp.EvalAwaitPromise))
	if err != nil {
		br.t.Fatalf("run axe-core on %s: %v", what, err)
	}
	var v []string
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		br.t.Fatal(err)
	}
	br.t.Logf("axe-core on %s: %s", what, br.evalString(`window.__axeSummary`))
	return v
}

// firstHourDocs adds articles from many places and two known outlets, so
// facets have more values than the page shows at first.
func firstHourDocs(t *testing.T, e *testEnv) {
	t.Helper()
	cities := []string{"دمشق", "حلب", "حمص", "حماة", "اللاذقية", "طرطوس", "إدلب", "الرقة", "دير الزور", "الحسكة", "درعا", "السويداء", "القنيطرة", "منبج"}
	b := e.ix.NewBatch()
	for i, c := range cities {
		src := []string{"skynews", "alarabia"}[i%2]
		b.Upsert(index.Document{ID: fmt.Sprintf("city-%02d", i), Source: src,
			Title:     fmt.Sprintf("قصف مدفعي على مدينة %s", c),
			Body:      fmt.Sprintf("قالت مصادر محلية إن قصفا مدفعيا استهدف مدينة %s وأسفر عن مقتل %d أشخاص.", c, i+2),
			Published: time.Date(2016+i%3, time.Month(1+i%12), 3, 9, 0, 0, 0, time.UTC)})
	}
	if _, err := e.ix.Apply(b); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserFirstHour walks what a new researcher hit in their first
// hour (issue 13): labels instead of ids, all-words matching, named dates,
// a time axis, facets that show everything and keep the user's place,
// the page and language in the URL, recovery from bad URLs, and WCAG 2.2
// AA checks with axe-core, on a desktop and on a phone.
func TestBrowserFirstHour(t *testing.T) {
	e := newEnv(t)
	firstHourDocs(t, e)
	br := startBrowser(t, e.ts.URL+"/")
	do, evalString, evalFloat, waitJS := br.do, br.evalString, br.evalFloat, br.waitJS
	visit := func(what, query string) {
		t.Helper()
		do(what, chromedp.Navigate(e.ts.URL+"/?"+query))
		waitJS(what, `!!document.querySelector('#total') || !!document.querySelector('#error')`)
	}

	// 1. Matching: every word by default, any word on request; titles marked.
	q := "غارات روسية على الميادين"
	all := e.search(t, "q="+url.QueryEscape(q))
	anyRes := e.search(t, "q="+url.QueryEscape(q)+"&match=any")
	visit("an all-words search", "q="+url.QueryEscape(q))
	waitJS("all-words total", fmt.Sprintf(`document.querySelector('#total').dataset.total === "%d"`, all.Total))
	if title := evalString(`document.title`); !strings.Contains(title, q) {
		t.Errorf("title %q does not reflect the query", title)
	}
	if n := evalFloat(`document.querySelectorAll('.hit .hit-title mark').length`); n == 0 {
		t.Errorf("no highlight in result titles")
	}
	do("pick any word", chromedp.SetValue(chromedp.CSS(`#match`), "any"))
	evalString(`document.querySelector('#match').dispatchEvent(new Event('change')); ''`)
	waitJS("any-word total", fmt.Sprintf(`location.search.includes('match=any') && document.querySelector('#total').dataset.total === "%d"`, anyRes.Total))
	visit("a search no article fully matches", "q="+url.QueryEscape("البوكمال زلزال"))
	waitJS("the relaxed notice", `!!document.querySelector('#relaxed') && document.querySelector('#relaxed').textContent.includes('لا نتيجة تضم كل الكلمات')`)
	br.shot("e2e-10-relaxed.png")
	visit("a search of punctuation alone", "q="+url.QueryEscape("((("))
	waitJS("the ignored-query notice", `!!document.querySelector('#query-ignored') && document.querySelector('#query-ignored').textContent.includes('لا يحوي حرفًا ولا رقمًا')`)

	// 2. No raw ids, in Arabic and in English; Arabic marked as Arabic.
	visit("browse everything", "")
	res := e.search(t, "size=10")
	ids := map[string]bool{}
	for _, h := range res.Hits {
		for _, list := range [][]string{h.Facets.Towns, h.Facets.Governorates, h.Facets.Actors, h.Facets.EventTypes} {
			for _, id := range list {
				ids[id] = true
			}
		}
	}
	shown := `JSON.stringify([...document.querySelectorAll('.hit .chip, .hit .src, .facet-list .name, #chips .chip')].map(n => n.textContent.trim()))`
	for _, l := range []string{"ar", "en"} {
		if l == "en" {
			do("English", chromedp.Click(chromedp.CSS(`#lang`)))
			waitJS("English and lang in the URL", `document.documentElement.lang === 'en' && location.search.includes('lang=en')`)
		}
		var texts []string
		json.Unmarshal([]byte(evalString(shown)), &texts)
		for _, s := range texts {
			if ids[s] || strings.Contains(s, "…") {
				t.Errorf("%s view shows a raw id or a missing label %q: %s", l, s,
					evalString(fmt.Sprintf(`[...document.querySelectorAll('.hit .chip, .hit .src, .facet-list .name, #chips .chip')].filter(n => n.textContent.trim() === %q).map(n => (n.closest('li') || n).outerHTML.slice(0, 300)).join(' ')`, s)))
			}
		}
		if j := strings.Join(texts, "|"); l == "ar" && (!strings.Contains(j, "سكاي نيوز عربية") || strings.Contains(j, "skynews")) {
			t.Errorf("the source skynews is not named: %v", texts)
		}
	}
	if n := evalFloat(`[...document.querySelectorAll('.hit h3')].filter(h => h.lang !== 'ar').length`); n != 0 {
		t.Errorf("%v Arabic titles without lang=ar in the English view", n)
	}
	do("reload in English", chromedp.Reload())
	waitJS("still English after reload", `document.documentElement.lang === 'en' && !!document.querySelector('#total')`)
	if v := br.axeViolations("English results"); len(v) > 0 {
		t.Errorf("axe, English results: %v", v)
	}
	do("back to Arabic", chromedp.Click(chromedp.CSS(`#lang`)))
	waitJS("Arabic", `document.documentElement.lang === 'ar' && !location.search.includes('lang=en')`)

	// 3. Dates: cards and sort name the date; a true time axis; date inputs
	// used from the keyboard; killed ranges without "·" or an empty 0.
	if n := evalFloat(`document.querySelectorAll('.hit .date-published').length`); n == 0 || !strings.Contains(evalString(`document.querySelector('.hit .date-published').textContent`), "نُشر") {
		t.Errorf("cards do not say which date they show")
	}
	if s := evalString(`document.querySelector('#sort option[value=date]').textContent`); !strings.Contains(s, "نشر") {
		t.Errorf("sort option %q does not name the date", s)
	}
	if s := evalString(`document.querySelector('#date-heading').textContent`); !strings.Contains(s, "الحدث") {
		t.Errorf("date panel heading %q does not name the event date", s)
	}
	if n := int(evalFloat(`document.querySelectorAll('#histogram rect.bar').length`)); n != len(res.DateHistogram) || n < 12 {
		t.Errorf("%d bars for %d months", n, len(res.DateHistogram))
	}
	if s := evalString(`document.querySelector('#killed-buckets').textContent`); strings.Contains(s, "·") || evalFloat(`document.querySelectorAll('#killed-buckets [data-key="0"]').length`) > 0 {
		t.Errorf("killed ranges %q", s)
	}
	if n := evalFloat(`document.querySelectorAll('#killed-month rect.kbar').length`); n == 0 {
		t.Errorf("no killed-per-month bars")
	}
	from, to := res.DateHistogram[0].From, res.DateHistogram[len(res.DateHistogram)/2].To
	dated := e.search(t, "from="+from+"&to="+to)
	do("type dates", chromedp.SetValue(chromedp.CSS(`#from`), from), chromedp.SetValue(chromedp.CSS(`#to`), to),
		chromedp.Focus(chromedp.CSS(`#to`)), chromedp.KeyEvent(kb.Enter))
	waitJS("the date filter from the keyboard", fmt.Sprintf(`location.search.includes('from=%s') && location.search.includes('to=%s') && document.querySelector('#total').dataset.total === "%d"`, from, to, dated.Total))

	// 4. Facets: show all, pinned selection, "or", type-ahead kept.
	visit("browse everything again", "")
	govs := e.search(t, "facet_size=100").Facets["governorates"]
	if len(govs) <= 12 {
		t.Fatalf("only %d governorates: the test needs more than a panel shows", len(govs))
	}
	br.clickJS("show all governorates", `#panel-governorates .show-all`)
	waitJS("every governorate", fmt.Sprintf(`document.querySelectorAll('#facet-governorates li[data-id]').length === %d`, len(govs)))
	last := govs[len(govs)-1].ID
	do("type in the towns box", chromedp.SendKeys(chromedp.CSS(`#panel-towns .facet-search`), "Bukamal"))
	waitJS("a Latin suggestion", `!!document.querySelector('#panel-towns .suggestions button[data-id="C5167"]')`)
	if n := evalFloat(`document.querySelectorAll('#facet-sources li[data-id]').length`); n < 2 {
		t.Errorf("source facet has %v values", n)
	}
	// The full list scrolls; the user scrolled it to the end to reach the last value.
	scrollBefore := evalFloat(`(() => { const l = document.querySelector('#facet-governorates'); l.scrollIntoView({block: 'center'}); l.scrollTop = l.scrollHeight; return l.scrollTop; })()`)
	if scrollBefore == 0 {
		t.Errorf("the full governorate list does not scroll")
	}
	br.clickJS("tick the last governorate", fmt.Sprintf(`#facet-governorates input[value="%s"]`, last))
	waitJS("the governorate pinned first", fmt.Sprintf(`location.search.includes('governorate=%s') && document.querySelector('#facet-governorates li[data-id]').dataset.id === '%s'`, last, last))
	if v := evalString(`document.querySelector('#panel-towns .facet-search').value`); v != "Bukamal" {
		t.Errorf("ticking a box cleared the towns type-ahead: %q", v)
	}
	// The facets were redrawn while the focus was in the towns box (a click
	// from script does not move it), as a late answer may redraw them while
	// the user types: the next key must still reach the box.
	do("type on in the towns box", chromedp.KeyEvent(" "))
	if v := evalString(`document.activeElement.matches('#panel-towns .facet-search') ? document.activeElement.value : 'the focus on ' + document.activeElement.outerHTML.slice(0, 80)`); v != "Bukamal " {
		t.Errorf("after the facets were redrawn, a key typed in the towns box went to %q", v)
	}
	if d := evalFloat(`document.querySelector('#facet-governorates').scrollTop`) - scrollBefore; d > 2 || d < -2 {
		t.Errorf("ticking a box scrolled its list by %v px", d)
	}
	if !strings.Contains(evalString(`document.querySelector('#panel-governorates').textContent`), "«أو»") {
		t.Errorf("nothing says that two governorates mean or")
	}
	if v := br.axeViolations("Arabic results with filters"); len(v) > 0 {
		t.Errorf("axe, Arabic results: %v", v)
	}
	br.shot("e2e-11-facets.png")

	// 5. Recovery: a bad value in the URL becomes a removable chip, with
	// results and facets shown without it.
	for _, c := range []struct{ query, param, gone string }{
		{"q=" + url.QueryEscape("قصف") + "&from=2018-13-45", "from", "from="},
		{"from=2018-05-01&to=2018-01-01", "from", "from="},
		{"killed_min=10&killed_max=5", "killed_min", "killed_min="},
		{"q=" + url.QueryEscape(strings.Repeat("ب", 2100)), "q", "q="},
	} {
		visit("a bad URL "+clip(c.query), c.query)
		waitJS("the bad-value chip with results and facets", fmt.Sprintf(`!!document.querySelector('#bad-param [data-param="%s"]') && !!document.querySelector('#total') && document.querySelectorAll('#facet-towns li[data-id]').length > 0`, c.param))
		msg := evalString(`document.querySelector('#bad-param').textContent`)
		if !strings.Contains(msg, "قيمة غير صالحة") {
			t.Errorf("%s: message %q is not localized", c.query, msg)
		}
		if c.param == "q" && !strings.Contains(msg, "4096") && !strings.Contains(msg, "٤٠٩٦") {
			t.Errorf("long query: message %q does not give the limit", msg)
		}
		br.clickJS("remove the bad value", fmt.Sprintf(`#bad-param [data-param="%s"]`, c.param))
		waitJS("the value removed", fmt.Sprintf(`!location.search.includes(%q) && !document.querySelector('#bad-param')`, c.gone))
	}
	br.shot("e2e-12-recovered.png")

	// 6. Keyboard and dialog: a skip link first, a dialog with a name that
	// holds the focus and gives it back.
	visit("a search", "q="+url.QueryEscape("البوكمال"))
	// No wait for the page to settle: the answers after the results
	// (governorate labels, the map) redraw the facets and the map, never
	// the results or the focus, so the keys can start. (A 750 ms quiet wait
	// here was the first guess at the flake fixed with the dialog's focus.)
	if n := evalFloat(`document.querySelectorAll('h1').length`); n != 1 {
		t.Errorf("%v h1 elements", n)
	}
	do("tab once", chromedp.KeyEvent(kb.Tab))
	if id := evalString(`document.activeElement.id`); id != "skip" {
		t.Errorf("first Tab reaches %q, not the skip link", id)
	}
	do("follow the skip link", chromedp.KeyEvent(kb.Enter))
	waitJS("focus on the results", `document.activeElement.id === 'results-heading'`)
	do("tab to the first result", chromedp.KeyEvent(kb.Tab))
	waitJS("focus on the first result", `document.activeElement.classList.contains('hit-title')`)
	// Enter opens the result on its keydown; the same keystroke's keypress
	// follows. On a loaded machine the keypress came after the document had
	// loaded and taken the focus, and once pressed the dialog's close button
	// (the dialog opened and shut at once). The keypress is held back here
	// until the dialog is ready, the order that failed, so it is tested
	// every run.
	dialogOpen := `!document.getElementById('doc-view').hidden && !!document.querySelector('#doc-dialog h2#doc-title') && document.querySelector('#doc-title').textContent.length > 0 && document.getElementById('doc-dialog').contains(document.activeElement)`
	br.pressSlowly("open it", kb.Enter, func() { waitJS("the dialog", dialogOpen) })
	if open := evalString(`String(` + dialogOpen + `)`); open != "true" {
		t.Fatalf("the keypress of the Enter that opened the dialog closed it; the page's last events:\n%s", br.pageLog())
	}
	if name := evalString(`document.getElementById(document.querySelector('[role=dialog]').getAttribute('aria-labelledby')).textContent`); name == "" {
		t.Errorf("the dialog has no accessible name")
	}
	for i := 0; i < 25; i++ {
		do("tab in the dialog", chromedp.KeyEvent(kb.Tab))
	}
	if in := evalString(`String(document.getElementById('doc-dialog').contains(document.activeElement))`); in != "true" {
		t.Errorf("Tab left the dialog")
	}
	if v := br.axeViolations("the document dialog"); len(v) > 0 {
		t.Errorf("axe, dialog: %v", v)
	}
	do("escape", chromedp.KeyEvent(kb.Escape))
	waitJS("the dialog closed, focus back on the result", `document.getElementById('doc-view').hidden && document.activeElement.classList.contains('hit-title')`)

	// 7. A phone: a filter button with the count of active filters, and a
	// tick folds the panel and brings the results back.
	do("phone viewport", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(e.ts.URL+"/?q="+url.QueryEscape("قصف")+"&source=skynews"))
	waitJS("results on a phone", `document.querySelectorAll('.hit').length > 0`)
	if c := evalString(`document.querySelector('#filter-count').textContent`); !strings.Contains(c, "١") && !strings.Contains(c, "1") {
		t.Errorf("filter button count %q, want 1", c)
	}
	do("open the filters", chromedp.Click(chromedp.CSS(`#toggle-filters`)))
	waitJS("filters open", `document.querySelector('#toggle-filters').getAttribute('aria-expanded') === 'true' && getComputedStyle(document.querySelector('#filters-body')).display !== 'none'`)
	if v := br.axeViolations("the phone filter panel"); len(v) > 0 {
		t.Errorf("axe, phone: %v", v)
	}
	br.clickJS("tick a town", `#facet-towns input[type=checkbox]`)
	waitJS("panel folded, results in view", `location.search.includes('town=') && getComputedStyle(document.querySelector('#filters-body')).display === 'none' && document.activeElement.id === 'results-heading'`)
	br.shot("e2e-13-phone-after-tick.png")
}

// TestREADMEScreenshots refreshes docs/screenshot-*.png from the ANT
// Syria corpus: RASID_SCREENSHOTS=1 go test ./handlers -run TestREADMEScreenshots
// (indexing the corpus takes a minute or two, so it is not part of the
// default run).
func TestREADMEScreenshots(t *testing.T) {
	if os.Getenv("RASID_SCREENSHOTS") == "" {
		t.Skip("set RASID_SCREENSHOTS=1 to refresh the README's screenshots")
	}
	const corpus = "../../shared/corpus/ant-syria.jsonl.gz"
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("shared corpus not present")
	}
	docs, err := watch.ReadFile(corpus, watch.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(filepath.Join(t.TempDir(), "data"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if _, err := ix.IndexAll(docs, 1000); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(New(Config{Index: ix, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	t.Cleanup(ts.Close)
	br := startBrowser(t, ts.URL+"/")
	save := func(name string, full bool) {
		t.Helper()
		var buf []byte
		var err error
		if full {
			buf, err = chromedp.Run(br.ctx, chromedp.FullScreenshot(90))
		} else {
			buf, err = chromedp.Run(br.ctx, chromedp.CaptureScreenshot())
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("..", "docs", name), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	q := url.QueryEscape("غارات روسية على إدلب")
	br.do("search", chromedp.EmulateViewport(1280, 1100), chromedp.Navigate(ts.URL+"/?q="+q+"&actor=syrian-government"))
	br.waitJS("results", `document.querySelectorAll('.hit').length > 0 && document.querySelectorAll('#histogram rect').length > 0`)
	save("screenshot-search.png", false)
	br.do("a document", chromedp.Click(chromedp.CSS(`.hit .hit-title`)))
	br.waitJS("the document", `!!document.querySelector('#doc-facets')`)
	save("screenshot-document.png", false)
	br.do("a map", chromedp.Navigate(ts.URL+"/?q="+url.QueryEscape("قصف")+"&actor=isis"))
	br.waitJS("map marks", `document.querySelectorAll('#map [data-town]').length > 0`)
	br.do("scroll to the map", chromedp.ScrollIntoView(chromedp.CSS(`#map-panel`)))
	buf, err := chromedp.Run(br.ctx, chromedp.Screenshot(chromedp.CSS(`#map-panel`)))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("..", "docs", "screenshot-map.png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
	br.do("phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(ts.URL+"/?q="+url.QueryEscape("البوكمال")+"&lang=en"))
	br.waitJS("results on a phone", `document.querySelectorAll('.hit').length > 0`)
	save("screenshot-phone.png", false)
}
