package handlers

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// TestBrowserEvidence opens a seed article in headless Chromium and
// selects its facet chips: each marks, in the article text, exactly the
// spans the documents API gives as the value's evidence, and scrolls the
// first into view; selecting the chip again clears them, and the filter
// button beside a chip still filters the archive.
func TestBrowserEvidence(t *testing.T) {
	e := newEnv(t)
	const id = "001_cf68c4a37876e045"
	st, raw := e.get(t, "/api/documents/"+id)
	if st != http.StatusOK {
		t.Fatalf("GET document: %d %s", st, raw)
	}
	var d struct {
		Title, Body string
		Facets      facets.Facets
		Evidence    facets.Evidence
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatal(err)
	}
	// The marks a value should get: its spans' texts, in page order (title
	// first), overlapping spans joined as the page joins them.
	want := func(spans []facets.Span) string {
		var out []string
		end, field := -1, ""
		for _, s := range spans {
			if s.Field == field && s.Start < end {
				continue // joined with the one before (tidySpans leaves none nested)
			}
			out = append(out, s.Text)
			end, field = s.End, s.Field
		}
		return strings.Join(out, "|")
	}
	if len(d.Evidence.Towns["C5167"]) == 0 || len(d.Facets.Actors) == 0 || d.Facets.Killed == nil {
		t.Fatalf("seed %s lacks the town, actors or toll this test selects: %+v", id, d.Facets)
	}

	br := startBrowser(t, e.ts.URL+"/?doc="+id)
	waitJS, evalString, shot := br.waitJS, br.evalString, br.shot
	marks := `[...document.querySelectorAll('#doc-content mark.evidence')].map(m => m.textContent).join('|')`
	chip := func(facet, value string) string {
		if value == "" {
			return fmt.Sprintf(`#doc-facets [data-facet="%s"]`, facet)
		}
		return fmt.Sprintf(`#doc-facets .chip[data-facet="%s"][data-id="%s"]`, facet, value)
	}
	selectChip := func(what, sel string) {
		t.Helper()
		br.do("select "+what, chromedp.Click(chromedp.CSS(sel)))
		waitJS(what+" pressed", fmt.Sprintf(`document.querySelector('%s').getAttribute('aria-pressed') === 'true'`, sel))
	}

	waitJS("the document's chips", fmt.Sprintf(`!!document.querySelector('%s[data-evidence]')`, chip("towns", "C5167")))
	if got := evalString(marks); got != "" {
		t.Errorf("marks before any chip is selected: %q", got)
	}

	selectChip("the town chip", chip("towns", "C5167"))
	if got, w := evalString(marks), want(d.Evidence.Towns["C5167"]); got != w {
		t.Errorf("town marks %q, want %q", got, w)
	}
	// Scrolled so the first mark is on screen.
	inView := `(() => { const r = document.querySelector('#doc-content mark.evidence').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`
	waitJS("the first mark on screen", inView)
	shot("e2e-evidence-1-town.png")

	actor := d.Facets.Actors[len(d.Facets.Actors)-1]
	selectChip("the actor chip "+actor, chip("actors", actor))
	if got, w := evalString(marks), want(d.Evidence.Actors[actor]); got != w || got == "" {
		t.Errorf("%s marks %q, want %q", actor, got, w)
	}
	if evalString(fmt.Sprintf(`document.querySelector('%s').getAttribute('aria-pressed')`, chip("towns", "C5167"))) != "false" {
		t.Error("the town chip stays selected after another chip is")
	}
	waitJS("the actor's first mark on screen", inView)
	shot("e2e-evidence-2-actor.png")

	// The toll is a static chip made selectable; its marks hold the figures.
	selectChip("the killed chip", chip("killed", ""))
	if got, w := evalString(marks), want(d.Evidence.Killed); got != w || !strings.ContainsAny(got, "0123456789") {
		t.Errorf("killed marks %q, want %q", got, w)
	}

	// Selecting it again clears the marks, and leaves the text as it was.
	br.do("unselect the killed chip", chromedp.Click(chromedp.CSS(chip("killed", ""))))
	waitJS("no marks", `document.querySelectorAll('#doc-content mark.evidence').length === 0`)
	body := evalString(`[...document.querySelectorAll('#doc-content .doc-body p')].map(p => p.textContent).join('\n')`)
	for _, line := range strings.Split(body, "\n") {
		if !strings.Contains(d.Body, line) {
			t.Fatalf("paragraph changed by marking: %q", line)
		}
	}

	br.do("filter by the town", chromedp.Click(chromedp.CSS(`#doc-facets .chip-filter[data-facet="towns"][data-id="C5167"]`)))
	waitJS("the town filter", `document.getElementById('doc-view').hidden && location.search.includes('town=C5167')`)
}
