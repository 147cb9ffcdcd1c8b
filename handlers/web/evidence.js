// evidence.js — the document view's evidence marking. Selecting a facet
// chip of an open document marks, in its title and body, the words the
// value was read from (GET /api/documents/{id} returns them as byte spans
// into the stored text) and scrolls to the first; selecting it again
// clears the marks. Each chip of a list facet gets a small button beside it
// that filters the archive by the value, which the chip itself did before.
//
// app.js calls rasidEvidence.attach(box, doc, filter) once it has drawn a
// document; this file only reads the DOM it drew: the title #doc-title,
// the paragraphs of .doc-body (each a trimmed line of doc.body, in order)
// and the chips of #doc-facets carrying data-facet (and data-id).
(function () {
  "use strict";

  const LABELS = {
    ar: { filter: "ابحث في الأرشيف بهذه القيمة", none: "لا موضع محدّد لهذه القيمة في النص", show: "أظهر موضعها في النص" },
    en: { filter: "Search the archive for this value", none: "No single place in the text gives this value", show: "Show where the text says so" },
  };
  const label = (k) => (LABELS[document.documentElement.lang] || LABELS.ar)[k];

  // utf16At maps the UTF-8 byte offsets of str's code point boundaries to
  // string indices (JavaScript strings count UTF-16 units).
  function utf16At(str) {
    const m = new Map();
    let b = 0, u = 0;
    for (const ch of str) {
      m.set(b, u);
      const cp = ch.codePointAt(0);
      b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      u += ch.length;
    }
    m.set(b, u);
    return m;
  }

  // state of the open document: where its title and paragraphs sit in the
  // stored text.
  let doc = null, box = null, titleEl = null, paras = [], maps = {};

  function attach(container, d, filter) {
    box = container;
    doc = d;
    maps = { title: utf16At(d.title || ""), body: utf16At(d.body || "") };
    titleEl = box.querySelector("#doc-title");
    if (titleEl && titleEl.textContent !== (d.title || "")) titleEl = null;
    paras = [];
    let at = 0;
    for (const p of box.querySelectorAll(".doc-body p")) {
      const i = (d.body || "").indexOf(p.textContent, at);
      if (i < 0) continue;
      paras.push({ el: p, start: i, end: i + p.textContent.length });
      at = i + p.textContent.length;
    }
    for (const chip of box.querySelectorAll("#doc-facets [data-facet]")) {
      const facet = chip.dataset.facet, id = chip.dataset.id || "";
      const spans = spansOf(facet, id);
      if (chip.tagName !== "BUTTON") {
        // killed, injured, event date: a static chip becomes selectable.
        const b = document.createElement("button");
        b.type = "button";
        b.className = chip.className.replace(/\bstatic\b/, "").trim();
        for (const [k, v] of Object.entries(chip.dataset)) b.dataset[k] = v;
        b.append(...chip.childNodes);
        chip.replaceWith(b);
        wire(b, spans);
        continue;
      }
      wire(chip, spans);
      if (id && filter) {
        const f = document.createElement("button");
        f.type = "button";
        f.className = "chip-filter";
        f.dataset.facet = facet;
        f.dataset.id = id;
        f.title = label("filter");
        f.setAttribute("aria-label", label("filter"));
        f.textContent = "+";
        f.addEventListener("click", () => filter(facet, id));
        chip.after(f);
      }
    }
  }

  function wire(chip, spans) {
    chip.setAttribute("aria-pressed", "false");
    chip.dataset.evidence = String(spans.length);
    chip.title = spans.length ? label("show") : label("none");
    chip.addEventListener("click", () => select(chip));
  }

  function spansOf(facet, id) {
    const ev = doc && doc.evidence;
    if (!ev) return [];
    const v = ev[facet];
    if (Array.isArray(v)) return v;
    return (v && v[id]) || [];
  }

  // clear removes every evidence mark and unpresses every chip.
  function clear() {
    if (!box) return;
    for (const m of box.querySelectorAll("mark.evidence")) {
      const parent = m.parentNode;
      m.replaceWith(...m.childNodes);
      parent.normalize();
    }
    for (const c of box.querySelectorAll('#doc-facets [aria-pressed="true"]')) c.setAttribute("aria-pressed", "false");
  }

  // select marks the evidence of chip's value, or clears it when the chip
  // was already selected. It returns how many marks it made.
  function select(chip) {
    const was = chip.getAttribute("aria-pressed") === "true";
    clear();
    if (was) return 0;
    chip.setAttribute("aria-pressed", "true");
    const ranges = { title: [], body: [] };
    for (const s of spansOf(chip.dataset.facet, chip.dataset.id || "")) {
      const m = maps[s.field], text = s.field === "title" ? doc.title : doc.body;
      if (!m || !ranges[s.field]) continue;
      const a = m.get(s.start), b = m.get(s.end);
      // The page's copy of the text must be the one the spans point into.
      if (a == null || b == null || text.slice(a, b) !== s.text) continue;
      ranges[s.field].push([a, b]);
    }
    let n = 0;
    for (const [a, b] of merged(ranges.title)) if (titleEl && mark(titleEl, a, b)) n++;
    for (const [a, b] of merged(ranges.body)) {
      const p = paras.find((q) => q.start <= a && a < q.end);
      if (p && mark(p.el, a - p.start, Math.min(b, p.end) - p.start)) n++;
    }
    const first = box.querySelector("mark.evidence");
    if (first) first.scrollIntoView({ block: "center" });
    return n;
  }

  // merged sorts ranges and joins the overlapping ones, so marks never nest.
  function merged(rs) {
    rs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const out = [];
    for (const r of rs) {
      const last = out[out.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else out.push([r[0], r[1]]);
    }
    return out;
  }

  // mark wraps characters [a, b) of el's text in <mark class="evidence">.
  function mark(el, a, b) {
    if (b <= a) return false;
    const start = locate(el, a, false), end = locate(el, b, true);
    if (!start || !end || start.node !== end.node) return false; // marks never cross one another
    const r = document.createRange();
    r.setStart(start.node, start.offset);
    r.setEnd(end.node, end.offset);
    const m = document.createElement("mark");
    m.className = "evidence";
    r.surroundContents(m);
    return true;
  }

  // locate finds the text node and offset of character i of el's text; at
  // a boundary between nodes, an end belongs to the node before.
  function locate(el, i, isEnd) {
    const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const len = n.data.length;
      if (i < at + len || (isEnd && i === at + len)) return { node: n, offset: i - at };
      at += len;
    }
    return null;
  }

  window.rasidEvidence = { attach, select, clear };
})();
