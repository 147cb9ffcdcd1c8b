package handlers

import (
	"context"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// pageLogScript records, in every document the browser tests open, what a
// failed wait needs to tell "never happened" from "happened and undone":
// keys and clicks with the element they reached, focus moves, history
// entries, requests, and the document dialog shown and hidden. It keeps
// the last 200 entries in window.__e2eLog; waitJS prints them on a
// timeout.
const pageLogScript = `(() => {
  if (window.__e2eLog) return;
  const log = window.__e2eLog = [];
  const t0 = performance.now();
  const add = (what) => { log.push((performance.now() - t0).toFixed(0) + "ms " + what); if (log.length > 200) log.shift(); };
  const desc = (n) => {
    if (!n || !n.tagName) return String(n && n.nodeName);
    let s = n.tagName.toLowerCase();
    if (n.id) s += "#" + n.id;
    if (typeof n.className === "string" && n.className) s += "." + n.className.trim().split(/\s+/).join(".");
    const hit = n.closest && n.closest(".hit");
    if (hit) s += "[hit " + hit.dataset.id + "]";
    if (!n.isConnected) s += "(detached)";
    return s;
  };
  for (const type of ["keydown", "keypress", "keyup"]) {
    window.addEventListener(type, (e) => add(type + " " + JSON.stringify(e.key) + " on " + desc(e.target)), true);
  }
  window.addEventListener("click", (e) => add("click " + desc(e.target)), true);
  window.addEventListener("focusin", (e) => add("focus " + desc(e.target)), true);
  window.addEventListener("popstate", () => add("popstate " + location.search), true);
  for (const m of ["pushState", "replaceState"]) {
    const orig = history[m];
    history[m] = function (st, title, url) { add(m + " " + url); return orig.apply(this, arguments); };
  }
  const origFetch = window.fetch;
  window.fetch = function (input) {
    const u = String(input && input.url || input);
    add("fetch " + u);
    return origFetch.apply(this, arguments).then(
      (r) => { add("fetched " + r.status + " " + u); return r; },
      (err) => { add("fetch failed " + (err && err.name) + " " + u); throw err; });
  };
  addEventListener("DOMContentLoaded", () => {
    add("DOMContentLoaded " + location.search);
    const view = document.getElementById("doc-view");
    if (view) new MutationObserver(() => add("doc-view hidden=" + view.hidden)).observe(view, { attributes: true, attributeFilter: ["hidden"] });
    const results = document.getElementById("results");
    if (results) new MutationObserver((ms) => {
      if (ms.some((m) => m.removedNodes.length)) add("results replaced (" + results.querySelectorAll(".hit").length + " hits), focus on " + desc(document.activeElement));
    }).observe(results, { childList: true });
  });
})();`

// addPageLog installs pageLogScript in the tab's documents, present and
// future.
func addPageLog(ctx context.Context, t *chromedp.Target) error {
	run := true
	_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: pageLogScript, RunImmediately: &run})
	return err
}
