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

// TestBrowserEndToEnd drives the page in headless Chromium against a real
// server on loopback: an Arabic query, highlighted results, an actor facet
// that changes the hit count and the other facets' counts, a document and
// its town chip.
func TestBrowserEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	chrome := chromiumPath()
	if chrome == "" {
		t.Skip("chromium not installed (apt-get install chromium)")
	}
	e := newEnv(t)
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
	defer cancelA()
	bctx, cancelB := chromedp.NewContext(actx)
	defer cancelB()
	// The first Run starts the browser and must not carry a timeout.
	if err := chromedp.Do(bctx, chromedp.Navigate(e.ts.URL+"/")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	ctx, cancelT := context.WithTimeout(bctx, 90*time.Second)
	defer cancelT()

	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	evalString := func(expr string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return v
	}
	shot := func(name string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.scrollTo(0, 0); true`)); err != nil {
			t.Fatal(err)
		}
		buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(artifactDir, name), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// waitJS polls a boolean expression in the page.
	waitJS := func(what, expr string) {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
			if err == nil && ok {
				return
			}
			if time.Now().After(deadline) {
				shot("e2e-failed.png")
				t.Fatalf("timed out waiting for %s (%v)", what, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
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

	do("click the town chip", chromedp.Click(chromedp.CSS(`#doc-facets button[data-facet="towns"][data-id="C5167"]`)))
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
