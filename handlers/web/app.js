// rasid's search page: plain JavaScript, no build step. The URL holds the
// whole state (query, filters, sort, open document), so every search can
// be shared or bookmarked, and the back button works.
"use strict";

(function () {
  const FACETS = ["towns", "governorates", "actors", "event_types"];
  // URL parameter of each facet, as /api/search takes it.
  const PARAM = { towns: "town", governorates: "governorate", actors: "actor", event_types: "event_type" };
  const PAGE_SIZE = 10;
  const FACET_SIZE = 12;

  const T = {
    ar: {
      tagline: "أرشيف أخبار النزاع", placeholder: "ابحث في الأرشيف… مثال: البوكمال، داعش، \"غارات جوية\"",
      search: "بحث", sort_relevance: "الأكثر صلة", sort_date: "الأحدث", filters: "المرشّحات",
      date: "التاريخ", killed: "عدد القتلى", min: "من", max: "إلى", apply: "تطبيق", more: "المزيد من النتائج",
      footer: "راصد — بحث عربي في أرشيف الأخبار",
      towns: "البلدات", governorates: "المحافظات", actors: "الأطراف", event_types: "أنواع الأحداث",
      town: "بلدة", governorate: "محافظة", actor: "طرف", event_type: "حدث", source: "المصدر",
      filter_in: "ابحث في ", clear_all: "مسح الكل", results: (n) => `${n} نتيجة`, took: (ms) => `(${ms} ملّي ثانية)`,
      showing: (a, b) => `عرض ${a}–${b}`,
      no_results: "لا نتائج", no_results_hint: "جرّب كلمات أقل أو أعمّ، أو أزل بعض المرشّحات.",
      no_results_words: "تُطابق كلمات البحث الصيغ المختلفة للكلمة (البوكمال، وبالبوكمال)؛ جرّب اسمًا آخر أو تهجئة أخرى.",
      remove_filters: "إزالة المرشّحات", error: "تعذّر إكمال البحث", retry: "أعد المحاولة",
      loading: "جارٍ البحث…", empty_facet: "لا قيم لهذا البحث", no_match: "لا تطابق",
      all_dates: "كل التواريخ", brush_hint: "اسحب على الأعمدة لاختيار فترة", clear: "إزالة",
      killed_range: (a, b) => b == null ? `${a} فأكثر` : a === b ? `${a}` : `${a}–${b}`,
      docs: (n) => `${n} وثيقة مفهرسة`, last_ingest: "آخر إدخال", quarantined: (n) => `${n} ملف معزول`,
      ready: "جاهز", starting: "يُحضّر الفهرس…", stopping: "يتوقف…", status_error: "خطأ",
      watching: "يراقب مجلدًا", not_watching: "بلا مراقبة مجلد", offline: "الخادم لا يستجيب",
      published: "تاريخ النشر", event_date: "تاريخ الحدث", injured: "الجرحى", open_source: "المصدر الأصلي",
      doc_missing: "لم يُعثر على هذه الوثيقة", close: "إغلاق", from_date: "من", to_date: "إلى",
      lang_button: "English", untitled: "(بلا عنوان)", map: "الخريطة",
    },
    en: {
      tagline: "Conflict news archive", placeholder: "Search the archive… e.g. البوكمال, ISIS, \"air strikes\"",
      search: "Search", sort_relevance: "Most relevant", sort_date: "Newest", filters: "Filters",
      date: "Date", killed: "Killed", min: "min", max: "max", apply: "Apply", more: "More results",
      footer: "rasid — Arabic search over a news archive",
      towns: "Towns", governorates: "Governorates", actors: "Actors", event_types: "Event types",
      town: "town", governorate: "governorate", actor: "actor", event_type: "event", source: "source",
      filter_in: "Find in ", clear_all: "Clear all", results: (n) => `${n} results`, took: (ms) => `(${ms} ms)`,
      showing: (a, b) => `showing ${a}–${b}`,
      no_results: "No results", no_results_hint: "Try fewer or broader words, or remove some filters.",
      no_results_words: "Words match their Arabic variants (البوكمال, وبالبوكمال); try another name or spelling.",
      remove_filters: "Remove filters", error: "The search failed", retry: "Try again",
      loading: "Searching…", empty_facet: "No values for this search", no_match: "No match",
      all_dates: "All dates", brush_hint: "Drag across the bars to pick a period", clear: "clear",
      killed_range: (a, b) => b == null ? `${a}+` : a === b ? `${a}` : `${a}–${b}`,
      docs: (n) => `${n} documents indexed`, last_ingest: "Last ingest", quarantined: (n) => `${n} quarantined`,
      ready: "Ready", starting: "Preparing the index…", stopping: "Stopping…", status_error: "Error",
      watching: "watching a folder", not_watching: "no folder watched", offline: "The server does not answer",
      published: "Published", event_date: "Event date", injured: "Injured", open_source: "Original article",
      doc_missing: "This document was not found", close: "Close", from_date: "from", to_date: "to",
      lang_button: "عربي", untitled: "(untitled)", map: "Map",
    },
  };

  const $ = (id) => document.getElementById(id);
  // put replaces a node's children, skipping null and false (absent parts).
  const put = (node, ...kids) => node.replaceChildren(...kids.flat().filter((k) => k != null && k !== false));
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (k === "text") e.textContent = v;
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const kid of kids.flat()) if (kid != null) e.append(kid);
    return e;
  };

  let lang = localStorage.getItem("rasid-lang") === "en" ? "en" : "ar";
  const t = (k, ...a) => { const v = T[lang][k]; return typeof v === "function" ? v(...a) : v; };
  const num = (n) => new Intl.NumberFormat(lang === "ar" ? "ar-SY" : "en").format(n);

  // labels remembers every facet value seen, so chips and towns'
  // governorates can be named even when a value is not in the current counts.
  const labels = new Map();
  const remember = (facet, v) => { if (v && v.id) labels.set(facet + ":" + v.id, v); };
  const labelOf = (facet, id) => {
    const v = labels.get(facet + ":" + id);
    if (!v) return id;
    return (lang === "ar" ? v.ar : v.en) || v.ar || v.en || id;
  };

  // ---- state <-> URL ----
  function readState() {
    const p = new URLSearchParams(location.search);
    const s = { q: p.get("q") || "", sort: p.get("sort") || "", from: p.get("from") || "", to: p.get("to") || "",
      killed_min: p.get("killed_min") || "", killed_max: p.get("killed_max") || "", doc: p.get("doc") || "",
      filters: {} };
    for (const f of FACETS) s.filters[f] = p.getAll(PARAM[f]);
    return s;
  }
  function stateParams(s, withDoc) {
    const p = new URLSearchParams();
    if (s.q) p.set("q", s.q);
    for (const f of FACETS) for (const id of s.filters[f]) p.append(PARAM[f], id);
    for (const k of ["from", "to", "killed_min", "killed_max", "sort"]) if (s[k]) p.set(k, s[k]);
    if (withDoc && s.doc) p.set("doc", s.doc);
    return p;
  }
  function go(s, replace) {
    const qs = stateParams(s, true).toString();
    const url = location.pathname + (qs ? "?" + qs : "");
    if (replace) history.replaceState(null, "", url); else history.pushState(null, "", url);
    render();
  }
  const hasFilters = (s) => FACETS.some((f) => s.filters[f].length) || s.from || s.to || s.killed_min || s.killed_max;

  // ---- fetching ----
  let inflight = null;
  let page = 1;
  let lastResult = null;
  async function api(path, signal) {
    const r = await fetch(path, { signal, headers: { Accept: "application/json" } });
    let body = null;
    try { body = await r.json(); } catch (_) { /* not JSON */ }
    if (!r.ok) {
      const msg = body && body.error ? body.error.message : r.status + " " + r.statusText;
      throw Object.assign(new Error(msg), { status: r.status, code: body && body.error && body.error.code });
    }
    return body;
  }

  function setLoading(on) {
    $("progress").hidden = !on;
    $("results").setAttribute("aria-busy", on ? "true" : "false");
  }

  async function search(s, append) {
    if (inflight) inflight.abort();
    const ctl = new AbortController();
    inflight = ctl;
    const p = stateParams(s, false);
    p.set("page", String(page));
    p.set("size", String(PAGE_SIZE));
    p.set("facet_size", String(append ? 0 : FACET_SIZE));
    if (append) p.set("histogram", "false");
    setLoading(true);
    // Skeletons only when the answer is slow, so fast searches do not flicker.
    const slow = append ? null : setTimeout(() => {
      $("results").replaceChildren(...[1, 2, 3].map(() => el("div", { class: "skeleton" })));
      $("summary").textContent = t("loading");
    }, 250);
    try {
      const res = await api("/api/search?" + p.toString(), ctl.signal);
      if (ctl !== inflight) return;
      if (append) {
        lastResult.hits = lastResult.hits.concat(res.hits);
        renderHits(lastResult, s, true, res.hits);
      } else {
        lastResult = res;
        renderResult(res, s);
      }
    } catch (err) {
      if (err.name === "AbortError") return;
      renderError(err, s);
    } finally {
      clearTimeout(slow);
      if (ctl === inflight) { setLoading(false); inflight = null; }
    }
  }

  // ---- rendering ----
  // safeSnippet keeps the text and the <mark> elements of a snippet and
  // drops any other markup, whatever the server sends.
  function safeSnippet(html) {
    const tpl = document.createElement("template");
    tpl.innerHTML = html || "";
    const out = document.createDocumentFragment();
    const walk = (node, into) => {
      for (const n of node.childNodes) {
        if (n.nodeType === Node.TEXT_NODE) into.append(n.textContent);
        else if (n.nodeType === Node.ELEMENT_NODE) {
          if (n.tagName === "MARK") { const m = el("mark"); walk(n, m); into.append(m); } else walk(n, into);
        }
      }
    };
    walk(tpl.content, out);
    return out;
  }

  function fmtDate(iso) {
    if (!iso) return "";
    const d = new Date(iso.length === 10 ? iso + "T00:00:00Z" : iso);
    if (isNaN(d)) return iso;
    return new Intl.DateTimeFormat(lang === "ar" ? "ar-SY" : "en-GB", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(d);
  }

  function renderResult(res, s) {
    for (const f of FACETS) for (const v of (res.facets && res.facets[f]) || []) remember(f, v);
    renderChips(s);
    renderFacets(res, s);
    renderHistogram(res.date_histogram || [], s);
    renderKilled(res.killed_ranges || [], s);
    renderHits(res, s, false);
    // workflow hook: map.js and workflow.js follow every rendered search.
    document.dispatchEvent(new CustomEvent("rasid:results", { detail: { params: stateParams(s, false).toString(), lang, result: res } }));
  }

  function renderHits(res, s, append, newHits) {
    const box = $("results");
    const total = res.total;
    const summary = $("summary");
    summary.replaceChildren(el("strong", { id: "total", "data-total": String(total), text: t("results", num(total)) }),
      " ", el("span", { text: t("took", num(Math.round(res.took_ms))) }));
    if (total === 0) {
      box.replaceChildren(emptyState(s));
      $("more").hidden = true;
      return;
    }
    const hits = (append ? newHits : res.hits).map(hitCard);
    if (append) box.append(...hits); else box.replaceChildren(...hits);
    $("more").hidden = res.hits.length >= total || res.hits.length >= 10000;
  }

  function hitCard(h) {
    const tags = [];
    for (const id of (h.facets && h.facets.towns) || []) tags.push(tagChip("towns", id));
    for (const id of ((h.facets && h.facets.actors) || []).slice(0, 4)) tags.push(tagChip("actors", id));
    return el("article", { class: "hit", "data-id": h.id },
      el("h3", { dir: "auto" }, el("a", { href: "?" + docLink(h.id), class: "hit-title", onclick: (e) => { e.preventDefault(); openDoc(h.id); } },
        h.title || t("untitled"))),
      el("div", { class: "meta" },
        h.source ? el("span", { class: "src", text: h.source }) : null,
        h.published ? el("time", { datetime: h.published, text: fmtDate(h.published) }) : null,
        h.facets && h.facets.killed != null ? el("span", { text: t("killed") + ": " + num(h.facets.killed) }) : null),
      el("p", { class: "snippet", dir: "rtl", lang: "ar" }, safeSnippet(h.snippet)),
      tags.length ? el("div", { class: "tags" }, tags) : null);
  }
  function tagChip(facet, id) {
    return el("button", { type: "button", class: "chip", "data-facet": facet, "data-id": id,
      onclick: () => addFilter(facet, id) }, labelOf(facet, id));
  }
  function docLink(id) { const p = stateParams(readState(), false); p.set("doc", id); return p.toString(); }

  function emptyState(s) {
    const box = el("div", { class: "empty", id: "empty" },
      el("h3", { text: t("no_results") }),
      el("p", { text: t("no_results_hint") }));
    if (s.q) box.append(el("p", { text: t("no_results_words") }));
    if (hasFilters(s)) box.append(el("button", { type: "button", class: "more", onclick: clearAll, text: t("remove_filters") }));
    return box;
  }
  function renderError(err, s) {
    $("summary").textContent = "";
    $("results").replaceChildren(el("div", { class: "empty error", id: "error" },
      el("h3", { text: t("error") }), el("p", { text: err.message }),
      el("button", { type: "button", class: "more", onclick: () => render(), text: t("retry") })));
    $("more").hidden = true;
  }

  function renderChips(s) {
    const chips = [];
    for (const f of FACETS) for (const id of s.filters[f]) {
      chips.push(el("button", { type: "button", class: "chip", "data-facet": f, "data-id": id, title: t("clear"),
        onclick: () => removeFilter(f, id) }, el("span", { class: "chip-kind", text: t(PARAM[f]) }), labelOf(f, id), el("span", { class: "x", text: "×" })));
    }
    if (s.from || s.to) chips.push(el("button", { type: "button", class: "chip", onclick: () => go({ ...s, from: "", to: "" }) },
      el("span", { class: "chip-kind", text: t("date") }), `${s.from || "…"} → ${s.to || "…"}`, el("span", { class: "x", text: "×" })));
    if (s.killed_min || s.killed_max) chips.push(el("button", { type: "button", class: "chip", onclick: () => go({ ...s, killed_min: "", killed_max: "" }) },
      el("span", { class: "chip-kind", text: t("killed") }), `${s.killed_min || 0} – ${s.killed_max || "∞"}`, el("span", { class: "x", text: "×" })));
    if (chips.length) chips.push(el("button", { type: "button", class: "link", id: "clear-all", onclick: clearAll, text: t("clear_all") }));
    $("chips").replaceChildren(...chips);
  }

  function renderFacets(res, s) {
    const box = $("facets");
    const panels = FACETS.map((f) => {
      const vals = ((res.facets && res.facets[f]) || []).slice();
      // Values filtered on stay visible even if outside the top counts.
      for (const id of s.filters[f]) if (!vals.some((v) => v.id === id)) vals.push({ id, count: null, selected: true });
      const list = el("ul", { class: "facet-list", id: "facet-" + f });
      for (const v of vals) list.append(facetRow(f, v, s));
      if (!vals.length) list.append(el("li", { class: "empty-facet", text: t("empty_facet") }));
      if (vals.length > 10) list.classList.add("long");
      const sugg = el("ul", { class: "suggestions", hidden: true });
      const input = el("input", { type: "search", class: "facet-search", dir: "auto", "data-facet": f,
        placeholder: t("filter_in") + t(f), "aria-label": t("filter_in") + t(f) });
      input.addEventListener("input", debounce(() => typeahead(f, input.value, sugg), 180));
      return el("section", { class: "panel facet", id: "panel-" + f, "data-facet": f },
        el("h2", {}, el("span", { text: t(f) })), input, sugg, list);
    });
    box.replaceChildren(...panels);
  }

  function facetRow(f, v, s) {
    const checked = s.filters[f].includes(v.id);
    const cb = el("input", { type: "checkbox", value: v.id, checked, "data-facet": f,
      onchange: (e) => (e.target.checked ? addFilter(f, v.id) : removeFilter(f, v.id)) });
    const name = el("span", { class: "name" }, labelOf(f, v.id));
    if (f === "towns" && (v.parent || (labels.get(f + ":" + v.id) || {}).parent)) {
      const gov = v.parent || labels.get(f + ":" + v.id).parent;
      name.append(el("span", { class: "sub", text: labelOf("governorates", gov) }));
    }
    return el("li", { "data-id": v.id, class: v.count === 0 ? "zero" : null },
      el("label", {}, cb, name, el("span", { class: "count", "data-count": v.count == null ? "" : String(v.count), text: v.count == null ? "–" : num(v.count) })));
  }

  let taSeq = 0;
  async function typeahead(f, prefix, box) {
    const seq = ++taSeq;
    prefix = prefix.trim();
    if (!prefix) { box.hidden = true; box.replaceChildren(); return; }
    try {
      const res = await api(`/api/facets/${f}?limit=10&prefix=${encodeURIComponent(prefix)}`);
      if (seq !== taSeq) return;
      for (const [id, l] of Object.entries(res.parents || {})) remember(f === "towns" ? "governorates" : f, l);
      const items = res.values.map((v) => {
        remember(f, v);
        return el("li", {}, el("button", { type: "button", onclick: () => addFilter(f, v.id) },
          el("span", {}, labelOf(f, v.id), f === "towns" && v.parent ? el("span", { class: "sub", text: " · " + labelOf("governorates", v.parent) }) : null),
          el("span", { class: "count", text: num(v.count) })));
      });
      box.replaceChildren(...(items.length ? items : [el("li", { class: "empty-facet", text: t("no_match") })]));
      box.hidden = false;
    } catch (_) { box.hidden = true; }
  }

  // ---- histogram with brushing ----
  function monthEnd(key) {
    const [y, m] = key.split("-").map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  function renderHistogram(buckets, s) {
    const box = $("histogram");
    const range = $("date-range");
    const rangeText = s.from || s.to ? `${s.from || "…"} → ${s.to || "…"}` : t("all_dates");
    put(range, el("span", { text: rangeText }),
      s.from || s.to ? el("button", { type: "button", class: "link", onclick: () => go({ ...s, from: "", to: "" }), text: t("clear") })
        : el("span", { text: buckets.length > 1 ? t("brush_hint") : "" }));
    if (!buckets.length) { box.replaceChildren(); return; }
    const W = 280, H = 90, pad = 14;
    const max = Math.max(...buckets.map((b) => b.count), 1);
    // A few months should not become slabs: bars are at most a twelfth wide.
    const bw = W / Math.max(buckets.length, 12);
    const NS = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(NS, "svg");
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    svg.setAttribute("preserveAspectRatio", "none");
    // Bars run in time order from the reading start: right to left in Arabic.
    const rtl = document.documentElement.dir === "rtl";
    const xOf = (i) => (rtl ? W - (i + 1) * bw : i * bw);
    const inRange = (b) => (!s.from || (b.to || monthEnd(b.key)) >= s.from) && (!s.to || (b.from || b.key + "-01") <= s.to);
    const bars = buckets.map((b, i) => {
      const h = Math.max(1, (b.count / max) * (H - pad - 4));
      const r = document.createElementNS(NS, "rect");
      r.setAttribute("x", xOf(i) + 0.5); r.setAttribute("width", Math.max(1, bw - 1));
      r.setAttribute("y", H - pad - h); r.setAttribute("height", h);
      r.setAttribute("class", "bar" + ((s.from || s.to) && inRange(b) ? " in" : ""));
      const tt = document.createElementNS(NS, "title");
      tt.textContent = `${b.key}: ${num(b.count)}`;
      r.append(tt);
      svg.append(r);
      return r;
    });
    for (const i of [0, buckets.length - 1]) {
      const tx = document.createElementNS(NS, "text");
      tx.setAttribute("class", "axis");
      // Labels at the edges grow inwards so they are not clipped.
      const left = xOf(i), right = xOf(i) + bw;
      if (right > W - 30) { tx.setAttribute("x", right); tx.setAttribute("text-anchor", "end"); }
      else if (left < 30) { tx.setAttribute("x", left); tx.setAttribute("text-anchor", "start"); }
      else { tx.setAttribute("x", left + bw / 2); tx.setAttribute("text-anchor", "middle"); }
      tx.setAttribute("y", H - 2);
      tx.textContent = buckets[i].key;
      svg.append(tx);
      if (buckets.length === 1) break;
    }
    const idxAt = (ev) => {
      const rect = svg.getBoundingClientRect();
      const x = ((ev.clientX - rect.left) / rect.width) * W;
      // Bars start at the reading edge, so count from that edge.
      const i = Math.floor((rtl ? W - x : x) / bw);
      return Math.min(buckets.length - 1, Math.max(0, i));
    };
    let start = null, cur = null;
    const paint = () => bars.forEach((r, i) => r.classList.toggle("in", start != null && i >= Math.min(start, cur) && i <= Math.max(start, cur)));
    svg.addEventListener("pointerdown", (ev) => { start = cur = idxAt(ev); svg.setPointerCapture(ev.pointerId); paint(); });
    svg.addEventListener("pointermove", (ev) => { if (start != null) { cur = idxAt(ev); paint(); } });
    svg.addEventListener("pointerup", () => {
      if (start == null) return;
      const a = buckets[Math.min(start, cur)], b = buckets[Math.max(start, cur)];
      start = null;
      page = 1;
      go({ ...readState(), doc: "", from: a.from || a.key + "-01", to: b.to || monthEnd(b.key) });
    });
    box.replaceChildren(svg);
  }

  function parseKilledKey(key) {
    let m = /^(\d+)\+$/.exec(key);
    if (m) return [Number(m[1]), null];
    m = /^(\d+)(?:-(\d+))?$/.exec(key);
    if (m) return [Number(m[1]), m[2] != null ? Number(m[2]) : Number(m[1])];
    return null;
  }
  function renderKilled(buckets, s) {
    const btns = [];
    for (const b of buckets) {
      const r = parseKilledKey(b.key);
      if (!r) continue;
      const on = String(r[0]) === s.killed_min && (r[1] == null ? !s.killed_max : String(r[1]) === s.killed_max);
      btns.push(el("button", { type: "button", class: on ? "on" : null, disabled: !on && b.count === 0, "data-key": b.key,
        onclick: () => go(on ? { ...s, killed_min: "", killed_max: "" } : { ...s, killed_min: String(r[0]), killed_max: r[1] == null ? "" : String(r[1]) }) },
        `${t("killed_range", num(r[0]), r[1] == null ? null : num(r[1]))} · ${num(b.count)}`));
    }
    $("killed-buckets").replaceChildren(...btns);
    $("killed-min").value = s.killed_min;
    $("killed-max").value = s.killed_max;
  }

  // ---- document view ----
  async function openDoc(id) { go({ ...readState(), doc: id }); }
  async function renderDoc(id) {
    const view = $("doc-view"), box = $("doc-content");
    view.hidden = false;
    box.replaceChildren(el("div", { class: "skeleton" }));
    try {
      const d = await api("/api/documents/" + encodeURIComponent(id));
      for (const f of FACETS) for (const l of (d.labels && d.labels[f]) || []) remember(f, l);
      const rows = [];
      for (const f of FACETS) {
        const ls = (d.labels && d.labels[f]) || [];
        if (!ls.length) continue;
        // evidence.js makes a click mark the value's evidence and adds a
        // filter button beside the chip.
        rows.push(el("dt", { text: t(f) }), el("dd", {}, ls.map((l) => el("button", { type: "button", class: "chip", "data-facet": f, "data-id": l.id,
          title: l.district || "" }, labelOf(f, l.id),
          f === "towns" && l.parent ? el("span", { class: "chip-kind", text: labelOf("governorates", l.parent) }) : null))));
      }
      const fc = d.facets || {};
      if (fc.killed != null) rows.push(el("dt", { text: t("killed") }), el("dd", {}, el("span", { class: "chip static", "data-facet": "killed", text: num(fc.killed) })));
      if (fc.injured != null) rows.push(el("dt", { text: t("injured") }), el("dd", {}, el("span", { class: "chip static", "data-facet": "injured", text: num(fc.injured) })));
      if (fc.event_date) rows.push(el("dt", { text: t("event_date") }), el("dd", {}, el("span", { class: "chip static", "data-facet": "event_date", text: fmtDate(fc.event_date) })));
      const paras = (d.body || "").split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean).map((p) => el("p", { text: p }));
      put(box,
        el("h1", { id: "doc-title", dir: "rtl", lang: "ar", text: d.title || t("untitled") }),
        el("div", { class: "meta" }, d.source ? el("span", { text: d.source }) : null,
          d.published ? el("time", { datetime: d.published, text: t("published") + ": " + fmtDate(d.published) }) : null,
          d.url && /^https?:\/\//.test(d.url) ? el("a", { href: d.url, rel: "noopener noreferrer", target: "_blank", text: t("open_source") }) : null),
        rows.length ? el("dl", { class: "doc-facets", id: "doc-facets" }, rows) : null,
        el("div", { class: "doc-body", dir: "rtl", lang: "ar" }, paras));
      if (window.rasidEvidence) window.rasidEvidence.attach(box, d, (f, fid) => addFilter(f, fid, true));
      $("doc-close").focus();
    } catch (err) {
      box.replaceChildren(el("div", { class: "empty error" }, el("h3", { text: err.status === 404 ? t("doc_missing") : t("error") }), el("p", { text: err.message })));
    }
  }
  function closeDoc() { go({ ...readState(), doc: "" }); }

  // ---- filter actions ----
  function addFilter(f, id, closeDocument) {
    const s = readState();
    if (!s.filters[f].includes(id)) s.filters[f] = s.filters[f].concat(id);
    if (closeDocument || s.doc) s.doc = "";
    page = 1;
    go(s);
  }
  function removeFilter(f, id) {
    const s = readState();
    s.filters[f] = s.filters[f].filter((x) => x !== id);
    page = 1;
    go(s);
  }
  function clearAll() {
    const s = readState();
    for (const f of FACETS) s.filters[f] = [];
    s.from = s.to = s.killed_min = s.killed_max = "";
    page = 1;
    go(s);
  }

  // ---- status strip ----
  async function refreshStatus() {
    const box = $("status");
    let r;
    try {
      const resp = await fetch("/readyz", { headers: { Accept: "application/json" } });
      r = await resp.json();
    } catch (_) {
      box.replaceChildren(el("span", { class: "bad" }, el("span", { class: "dot" }), t("offline")));
      return;
    }
    const cls = r.status === "ready" ? "ok" : "bad";
    const state = { ready: t("ready"), starting: t("starting"), stopping: t("stopping") }[r.status] || t("status_error");
    put(box,
      el("span", { class: cls, id: "status-state" }, el("span", { class: "dot" }), state),
      el("span", { id: "status-docs", "data-documents": String(r.documents), text: t("docs", num(r.documents)) }),
      r.last_ingest ? el("span", { text: `${t("last_ingest")}: ${new Date(r.last_ingest).toLocaleString(lang === "ar" ? "ar-SY" : "en-GB")}` }) : null,
      el("span", { text: t("quarantined", num(r.quarantined || 0)) }),
      el("span", { text: r.watching ? t("watching") : t("not_watching") }),
      r.last_error ? el("span", { class: "bad", text: r.last_error }) : null);
  }

  // ---- language ----
  function applyLang() {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
    for (const n of document.querySelectorAll("[data-i18n]")) n.textContent = t(n.dataset.i18n);
    for (const n of document.querySelectorAll("[data-i18n-ph]")) n.placeholder = t(n.dataset.i18nPh);
    $("lang").textContent = t("lang_button");
    $("lang").setAttribute("aria-label", t("lang_button"));
  }

  function debounce(fn, ms) { let h; return (...a) => { clearTimeout(h); h = setTimeout(() => fn(...a), ms); }; }

  // ---- main render: the URL decides ----
  let lastSearchKey = null;
  function render() {
    const s = readState();
    $("q").value = s.q;
    $("sort").value = s.sort;
    const key = stateParams(s, false).toString();
    if (key !== lastSearchKey) {
      lastSearchKey = key;
      page = 1;
      search(s, false);
    }
    if (s.doc) renderDoc(s.doc); else $("doc-view").hidden = true;
  }

  function init() {
    applyLang();
    $("search-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const s = readState();
      s.q = $("q").value.trim();
      s.sort = $("sort").value;
      s.doc = "";
      page = 1;
      lastSearchKey = null; // Enter on the same words searches again
      go(s);
    });
    $("sort").addEventListener("change", () => $("search-form").requestSubmit());
    $("more").addEventListener("click", () => { page++; search(readState(), true); });
    $("killed-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const a = $("killed-min").value.trim(), b = $("killed-max").value.trim();
      go({ ...readState(), killed_min: a, killed_max: b });
    });
    $("doc-close").addEventListener("click", closeDoc);
    $("doc-view").addEventListener("click", (e) => { if (e.target === $("doc-view")) closeDoc(); });
    document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("doc-view").hidden) closeDoc(); });
    $("toggle-filters").addEventListener("click", () => $("sidebar").classList.toggle("open"));
    $("lang").addEventListener("click", () => {
      lang = lang === "ar" ? "en" : "ar";
      localStorage.setItem("rasid-lang", lang);
      applyLang();
      if (lastResult) renderResult(lastResult, readState());
      refreshStatus();
    });
    $("home").addEventListener("click", (e) => { e.preventDefault(); history.pushState(null, "", "/"); render(); });
    window.addEventListener("popstate", render);
    // Governorate names label the towns of every list and suggestion.
    api("/api/facets/governorates?limit=100").then((r) => {
      for (const v of r.values) remember("governorates", v);
      if (lastResult) renderFacets(lastResult, readState());
    }).catch(() => {});
    render();
    refreshStatus();
    setInterval(refreshStatus, 15000);
  }
  init();
})();
