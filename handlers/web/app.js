// rasid's search page: plain JavaScript, no build step. The URL holds the
// whole state (query, filters, sort, page, language, open document), so
// every search can be shared or bookmarked, and the back button works.
"use strict";

(function () {
  const FACETS = ["towns", "governorates", "actors", "event_types", "sources"];
  // URL parameter of each facet, as /api/search takes it.
  const PARAM = { towns: "town", governorates: "governorate", actors: "actor", event_types: "event_type", sources: "source" };
  // Facets the type-ahead endpoint knows (sources are few: all are listed).
  const TYPEAHEAD = new Set(["towns", "governorates", "actors", "event_types"]);
  const PAGE_SIZE = 10;
  const FACET_SIZE = 12;
  const MAX_Q_BYTES = 4096;

  const T = {
    ar: {
      title: "راصد — البحث في أرشيف الأخبار", skip: "تخطَّ إلى النتائج",
      tagline: "أرشيف أخبار النزاع", placeholder: "ابحث في الأرشيف… مثال: البوكمال، داعش، \"غارات جوية\"",
      search_label: "كلمات البحث", match_label: "مطابقة الكلمات", match_all: "كل الكلمات", match_any: "أي كلمة",
      sort_label: "الترتيب", search: "بحث", sort_relevance: "الأكثر صلة", sort_date: "الأحدث نشرًا", filters: "المرشّحات",
      date: "تاريخ الحدث", date_note: "تاريخ الحدث الذي يرويه المقال، أو تاريخ نشره حين لا يذكر النص تاريخًا.",
      killed_month: "القتلى شهريًا",
      killed_month_note: "مجموع أعداد القتلى في المقالات المطابقة لكل شهر. قد يُنشر الحدث الواحد في عدة مقالات، فهذا مجموع التقارير لا الأحداث.",
      killed_month_partial: "(جُمعت أول ١٠٬٠٠٠ مقالة فقط)",
      killed: "عدد القتلى", min: "من", max: "إلى", apply: "تطبيق", prev: "السابق", next: "التالي",
      page_of: (p, n) => `الصفحة ${p} من ${n}`, results_heading: "النتائج", pages: "الصفحات",
      footer: "راصد — بحث عربي في أرشيف الأخبار",
      towns: "البلدات", governorates: "المحافظات", actors: "الأطراف", event_types: "أنواع الأحداث", sources: "المصادر",
      town: "بلدة", governorate: "محافظة", actor: "طرف", event_type: "حدث", source: "المصدر",
      q: "البحث", from: "من تاريخ", to: "إلى تاريخ", killed_min: "القتلى من", killed_max: "القتلى إلى", sort: "الترتيب", page: "الصفحة", match: "المطابقة",
      filter_in: "ابحث في ", clear_all: "مسح الكل", results: (n) => `${n} نتيجة`, took: (ms) => `(${ms} ملّي ثانية)`,
      no_results: "لا نتائج", no_results_hint: "جرّب كلمات أقل أو أعمّ، أو أزل بعض المرشّحات.",
      no_results_words: "تُطابق كلمات البحث الصيغ المختلفة للكلمة (البوكمال، وبالبوكمال)؛ جرّب اسمًا آخر أو تهجئة أخرى.",
      relaxed: (k, n) => `لا نتيجة تضم كل الكلمات؛ نعرض النتائج التي تضم أكثرها (${k} من ${n}).`,
      most_words: (k, n) => `تضم النتائج ${k} على الأقل من كلمات البحث الـ${n}.`,
      try_any: "ابحث عن أي كلمة",
      remove_filters: "إزالة المرشّحات", error: "تعذّر إكمال البحث", retry: "أعد المحاولة",
      bad_value: "قيمة غير صالحة أُهملت:", remove: "إزالة",
      err_bad_date: (p) => `«${p}» ليس تاريخًا صالحًا (سنة-شهر-يوم).`,
      err_bad_range_date: "تاريخ البداية بعد تاريخ النهاية.",
      err_bad_range_killed: "الحد الأدنى للقتلى أكبر من الحد الأعلى.",
      err_bad_parameter: (p) => `قيمة «${p}» غير صالحة.`,
      err_unknown_parameter: (p) => `المعامل «${p}» غير معروف.`,
      err_bad_page: "رقم الصفحة خارج النطاق.",
      err_query_too_long: (n) => `البحث أطول من الحد (${n} بايت، نحو ${Math.floor(n / 2)} حرف عربي). اختصره.`,
      err_timeout: "استغرق البحث وقتًا طويلًا؛ جرّب كلمات أو مرشّحات أقل.",
      err_other: "حدث خطأ في الخادم.",
      showing_without: "نعرض النتائج من دونها.",
      query_ignored: (q) => `البحث «${q}» لا يحوي حرفًا ولا رقمًا يُبحث عنه؛ نعرض كل المقالات التي تسمح بها المرشّحات.`,
      loading: "جارٍ البحث…", empty_facet: "لا قيم لهذا البحث", no_match: "لا تطابق",
      show_all: "عرض الكل", show_less: "عرض أقل", or_note: "القيم المختارة من القائمة نفسها تُجمع بـ«أو».",
      all_dates: "كل التواريخ", brush_hint: "اسحب على الأعمدة لاختيار فترة", clear: "إزالة",
      hist_label: (a, b) => `عدد المقالات في كل شهر من ${a} إلى ${b}`,
      km_label: "مجموع القتلى في كل شهر",
      earlier: (n, d) => `${n} مقالة قبل ${d}`, later: (n, d) => `${n} مقالة بعد ${d}`,
      killed_range: (a, b) => b == null ? `${a} فأكثر` : a === b ? `${a}` : `${a}–${b}`,
      articles_n: (n) => `${n} مقالة`,
      docs: (n) => `${n} وثيقة مفهرسة`, last_ingest: "آخر إدخال", quarantined: (n) => `${n} ملف معزول`,
      ready: "جاهز", starting: "يُحضّر الفهرس…", stopping: "يتوقف…", status_error: "خطأ",
      watching: "يراقب مجلدًا", not_watching: "بلا مراقبة مجلد", offline: "الخادم لا يستجيب",
      published: "نُشر", event_date: "تاريخ الحدث", injured: "الجرحى", open_source: "المصدر الأصلي",
      doc_missing: "لم يُعثر على هذه الوثيقة", close: "إغلاق", from_date: "من", to_date: "إلى",
      lang_button: "English", untitled: "(بلا عنوان)", map: "الخريطة",
    },
    en: {
      title: "rasid — search the news archive", skip: "Skip to results",
      tagline: "Conflict news archive", placeholder: "Search the archive… e.g. البوكمال, ISIS, \"air strikes\"",
      search_label: "Search words", match_label: "Word matching", match_all: "All words", match_any: "Any word",
      sort_label: "Order", search: "Search", sort_relevance: "Most relevant", sort_date: "Newest published", filters: "Filters",
      date: "Event date", date_note: "The date of the event an article reports, or its publication date when the text gives none.",
      killed_month: "Killed per month",
      killed_month_note: "The sum of the killed tolls of the matching articles in each month. One event may be reported by several articles: this sums reports, not events.",
      killed_month_partial: "(only the first 10,000 articles summed)",
      killed: "Killed", min: "min", max: "max", apply: "Apply", prev: "Previous", next: "Next",
      page_of: (p, n) => `Page ${p} of ${n}`, results_heading: "Results", pages: "Pages",
      footer: "rasid — Arabic search over a news archive",
      towns: "Towns", governorates: "Governorates", actors: "Actors", event_types: "Event types", sources: "Sources",
      town: "town", governorate: "governorate", actor: "actor", event_type: "event", source: "source",
      q: "search", from: "from date", to: "to date", killed_min: "killed min", killed_max: "killed max", sort: "order", page: "page", match: "matching",
      filter_in: "Find in ", clear_all: "Clear all", results: (n) => `${n} results`, took: (ms) => `(${ms} ms)`,
      no_results: "No results", no_results_hint: "Try fewer or broader words, or remove some filters.",
      no_results_words: "Words match their Arabic variants (البوكمال, وبالبوكمال); try another name or spelling.",
      relaxed: (k, n) => `No result has all words; showing results with most of them (${k} of ${n}).`,
      most_words: (k, n) => `Results hold at least ${k} of your ${n} words.`,
      try_any: "Search for any word",
      remove_filters: "Remove filters", error: "The search failed", retry: "Try again",
      bad_value: "An invalid value was ignored:", remove: "Remove",
      err_bad_date: (p) => `“${p}” is not a valid date (year-month-day).`,
      err_bad_range_date: "The start date is after the end date.",
      err_bad_range_killed: "The minimum killed is above the maximum.",
      err_bad_parameter: (p) => `The value of “${p}” is not valid.`,
      err_unknown_parameter: (p) => `“${p}” is not a known parameter.`,
      err_bad_page: "The page number is out of range.",
      err_query_too_long: (n) => `The search is longer than the limit (${n} bytes, about ${Math.floor(n / 2)} Arabic letters). Shorten it.`,
      err_timeout: "The search took too long; try fewer words or filters.",
      err_other: "The server had an error.",
      showing_without: "Showing results without it.",
      query_ignored: (q) => `The search “${q}” has no letter or digit to search for; showing every article the filters allow.`,
      loading: "Searching…", empty_facet: "No values for this search", no_match: "No match",
      show_all: "Show all", show_less: "Show fewer", or_note: "Values picked in one list are combined with “or”.",
      all_dates: "All dates", brush_hint: "Drag across the bars to pick a period", clear: "clear",
      hist_label: (a, b) => `Articles per month from ${a} to ${b}`,
      km_label: "Killed per month",
      earlier: (n, d) => `${n} articles before ${d}`, later: (n, d) => `${n} articles after ${d}`,
      killed_range: (a, b) => b == null ? `${a}+` : a === b ? `${a}` : `${a}–${b}`,
      articles_n: (n) => `${n} articles`,
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
    for (const kid of kids.flat()) if (kid != null && kid !== false) e.append(kid);
    return e;
  };

  const urlLang = () => new URLSearchParams(location.search).get("lang");
  let lang = urlLang() === "en" || (urlLang() == null && localStorage.getItem("rasid-lang") === "en") ? "en" : "ar";
  const t = (k, ...a) => { const v = T[lang][k]; return typeof v === "function" ? v(...a) : v; };
  const num = (n) => new Intl.NumberFormat(lang === "ar" ? "ar-SY" : "en").format(n);
  const isPhone = () => window.matchMedia("(max-width: 800px)").matches;

  // labels remembers every labelled value the API sent (facet counts, hits,
  // documents, type-ahead), so chips can be named even when a value is not
  // in the current counts. An id is never shown: an unknown one waits for
  // its label (labelOf falls back to "…").
  const labels = new Map();
  const remember = (facet, v) => { if (v && v.id) labels.set(facet + ":" + v.id, v); };
  const labelOf = (facet, id) => {
    const v = labels.get(facet + ":" + id);
    if (!v) return "…";
    return (lang === "ar" ? v.ar : v.en) || v.ar || v.en || "…";
  };
  // A town's governorate is named only once its label is known.
  const knownLabel = (facet, id) => labels.has(facet + ":" + id);
  // A label's language: Arabic names stay marked as Arabic in the English view.
  const labelLang = (facet, id) => {
    const v = labels.get(facet + ":" + id);
    return lang === "en" && v && v.en ? "en" : "ar";
  };
  const rememberLabels = (ls) => { for (const [f, vs] of Object.entries(ls || {})) for (const v of vs || []) remember(f, v); };

  // ---- state <-> URL ----
  function readState() {
    const p = new URLSearchParams(location.search);
    const s = { q: p.get("q") || "", sort: p.get("sort") || "", match: p.get("match") || "", from: p.get("from") || "", to: p.get("to") || "",
      killed_min: p.get("killed_min") || "", killed_max: p.get("killed_max") || "", doc: p.get("doc") || "",
      page: Math.max(1, parseInt(p.get("page") || "1", 10) || 1), extra: [], filters: {} };
    for (const f of FACETS) s.filters[f] = p.getAll(PARAM[f]);
    // Parameters the page does not know are kept, so the API can name them.
    const known = new Set(["q", "sort", "match", "from", "to", "killed_min", "killed_max", "doc", "page", "lang", ...Object.values(PARAM)]);
    for (const [k, v] of p) if (!known.has(k)) s.extra.push([k, v]);
    return s;
  }
  function stateParams(s, forPage) {
    const p = new URLSearchParams();
    if (s.q) p.set("q", s.q);
    for (const f of FACETS) for (const id of s.filters[f]) p.append(PARAM[f], id);
    for (const k of ["from", "to", "killed_min", "killed_max", "sort", "match"]) if (s[k]) p.set(k, s[k]);
    for (const [k, v] of s.extra || []) p.append(k, v);
    if (forPage) {
      if (s.page > 1) p.set("page", String(s.page));
      if (s.doc) p.set("doc", s.doc);
      if (lang === "en") p.set("lang", "en");
    }
    return p;
  }
  function go(s, replace) {
    const qs = stateParams(s, true).toString();
    const url = location.pathname + (qs ? "?" + qs : "");
    if (replace) history.replaceState(null, "", url); else history.pushState(null, "", url);
    render();
  }
  const activeFilters = (s) => FACETS.reduce((n, f) => n + s.filters[f].length, 0) + (s.from || s.to ? 1 : 0) + (s.killed_min || s.killed_max ? 1 : 0);
  const hasFilters = (s) => activeFilters(s) > 0;
  // without returns s with the parameter name removed (a bad value).
  function without(s, name) {
    const c = { ...s, filters: { ...s.filters }, extra: (s.extra || []).filter(([k]) => k !== name), page: name === "page" ? 1 : s.page };
    for (const f of FACETS) if (PARAM[f] === name) c.filters[f] = [];
    if (name in c && typeof c[name] === "string") c[name] = "";
    if (name === "from" || name === "to") { c.from = ""; c.to = ""; }
    return c;
  }

  // ---- fetching ----
  let inflight = null;
  let lastResult = null;
  async function api(path, signal) {
    const r = await fetch(path, { signal, headers: { Accept: "application/json" } });
    let body = null;
    try { body = await r.json(); } catch (_) { /* not JSON */ }
    if (!r.ok) {
      const e = (body && body.error) || {};
      throw Object.assign(new Error(e.message || r.status + " " + r.statusText), { status: r.status, code: e.code, param: e.param, value: e.value });
    }
    return body;
  }

  function setLoading(on) {
    $("progress").hidden = !on;
    $("results").setAttribute("aria-busy", on ? "true" : "false");
  }

  // errorText says in the page's language what was wrong with a request.
  function errorText(err) {
    const p = err.param ? t(err.param) || err.param : "";
    switch (err.code) {
      case "bad_date": return t("err_bad_date", err.value || p);
      case "bad_range": return err.param === "killed_min" ? t("err_bad_range_killed") : t("err_bad_range_date");
      case "unknown_parameter": return t("err_unknown_parameter", err.param);
      case "bad_page": return t("err_bad_page");
      case "query_too_long": return t("err_query_too_long", MAX_Q_BYTES);
      case "timeout": return t("err_timeout");
      case "bad_parameter": case "bad_sort": return t("err_bad_parameter", p);
    }
    return t("err_other");
  }

  // search runs the state's search. A bad parameter does not leave the user
  // stuck: the search runs again without it, under a notice naming it with
  // a chip that removes it from the URL.
  async function search(s, bad) {
    if (inflight) inflight.abort();
    const ctl = new AbortController();
    inflight = ctl;
    const p = stateParams(s, false);
    p.set("page", String(s.page));
    p.set("size", String(PAGE_SIZE));
    p.set("facet_size", String(FACET_SIZE));
    setLoading(true);
    // Skeletons only when the answer is slow, so fast searches do not flicker.
    // The box keeps its height meanwhile, so the page does not jump.
    const slow = setTimeout(() => {
      $("results").style.minHeight = $("results").offsetHeight + "px";
      $("results").replaceChildren(...[1, 2, 3].map(() => el("div", { class: "skeleton" })));
      $("summary").textContent = t("loading");
    }, 250);
    try {
      const res = await api("/api/search?" + p.toString(), ctl.signal);
      if (ctl !== inflight) return;
      lastResult = res;
      shownState = s;
      renderResult(res, s, bad);
      $("results").style.minHeight = "";
      refreshExpanded();
    } catch (err) {
      if (err.name === "AbortError") return;
      if (ctl !== inflight) return;
      clearTimeout(slow);
      // Retry without the bad parameter (the search box keeps a bad query
      // for the user to shorten).
      if (err.param && !bad) {
        inflight = null;
        return search(without(s, err.param), { err, state: s });
      }
      renderError(err, s);
    } finally {
      clearTimeout(slow);
      if (ctl === inflight) { setLoading(false); inflight = null; }
    }
  }

  // ---- rendering ----
  // safeHTML keeps the text and the <mark> elements of a server fragment
  // and drops any other markup, whatever the server sends.
  function safeHTML(html) {
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
  function fmtMonth(key) {
    const d = new Date(key + "-01T00:00:00Z");
    if (isNaN(d)) return key;
    return new Intl.DateTimeFormat(lang === "ar" ? "ar-SY" : "en-GB", { year: "numeric", month: "short", timeZone: "UTC" }).format(d);
  }

  function renderResult(res, s, bad) {
    for (const f of FACETS) for (const v of (res.facets && res.facets[f]) || []) remember(f, v);
    for (const h of res.hits || []) rememberLabels(h.labels);
    document.title = s.q ? `${s.q} — ${t("title")}` : t("title");
    renderNotice(res, s, bad);
    renderChips(s);
    renderFacets(res, s);
    renderHistogram(res.date_histogram || [], res.date_outliers, s);
    renderKilledMonth(res.date_histogram || [], res.killed_by_month || [], res.killed_by_month_partial);
    renderKilled(res.killed_ranges || [], s);
    renderHits(res, s);
    $("filter-count").textContent = activeFilters(s) ? `(${num(activeFilters(s))})` : "";
    // workflow hook: map.js and workflow.js follow every rendered search.
    document.dispatchEvent(new CustomEvent("rasid:results", { detail: { params: stateParams(s, false).toString(), lang, result: res } }));
  }

  function renderNotice(res, s, bad) {
    const box = $("notice");
    const parts = [];
    if (bad) {
      const name = bad.err.param;
      const value = bad.err.value || new URLSearchParams(location.search).get(name) || "";
      parts.push(el("div", { class: "notice-bad", id: "bad-param" },
        el("strong", { text: t("bad_value") }), " ",
        el("button", { type: "button", class: "chip bad", "data-param": name, title: t("remove"),
          onclick: () => go(without(readState(), name)) },
        el("span", { class: "chip-kind", text: t(name) || name }), el("span", { dir: "auto", text: value }), el("span", { class: "x", "aria-hidden": "true", text: "×" }),
        el("span", { class: "sr-only", text: t("remove") })),
        " ", el("span", { text: errorText(bad.err) + " " + t("showing_without") })));
    }
    if (res.query_ignored) {
      parts.push(el("div", { class: "notice-most", id: "query-ignored", dir: "auto", text: t("query_ignored", s.q) }));
    }
    const m = res.match;
    if (m && m.words > 1 && m.required < m.words) {
      parts.push(el("div", { class: m.relaxed ? "notice-relaxed" : "notice-most", id: m.relaxed ? "relaxed" : "most-words" },
        m.relaxed ? t("relaxed", num(m.required), num(m.words)) : t("most_words", num(m.required), num(m.words)),
        m.mode !== "any" ? el("button", { type: "button", class: "link", onclick: () => go({ ...readState(), match: "any", page: 1 }), text: t("try_any") }) : null));
    }
    box.replaceChildren(...parts);
  }

  function renderHits(res, s) {
    const box = $("results");
    const total = res.total;
    $("summary").replaceChildren(el("strong", { id: "total", "data-total": String(total), text: t("results", num(total)) }),
      " ", el("span", { text: t("took", num(Math.round(res.took_ms))) }));
    if (total === 0) {
      box.replaceChildren(emptyState(s));
      $("pager").hidden = true;
      return;
    }
    box.replaceChildren(...res.hits.map(hitCard));
    const pages = Math.max(1, Math.ceil(Math.min(total, 10000) / PAGE_SIZE));
    $("pager").hidden = pages <= 1;
    $("pager").setAttribute("aria-label", t("pages"));
    $("page-no").textContent = t("page_of", num(s.page), num(pages));
    $("prev").disabled = s.page <= 1;
    $("next").disabled = s.page >= pages;
  }

  function hitCard(h) {
    const tags = [];
    const ls = h.labels || {};
    for (const l of ls.towns || []) tags.push(tagChip("towns", l.id));
    for (const l of (ls.actors || []).slice(0, 4)) tags.push(tagChip("actors", l.id));
    for (const l of (ls.event_types || []).slice(0, 2)) tags.push(tagChip("event_types", l.id));
    const fc = h.facets || {};
    const src = (ls.sources || [])[0];
    return el("article", { class: "hit", "data-id": h.id },
      el("h3", { dir: "rtl", lang: "ar" }, el("a", { href: "?" + docLink(h.id), class: "hit-title", onclick: (e) => { e.preventDefault(); openDoc(h.id); } },
        h.title_html ? safeHTML(h.title_html) : h.title || t("untitled"))),
      el("div", { class: "meta" },
        src ? el("span", { class: "src", "data-source": src.id, lang: labelLang("sources", src.id), text: labelOf("sources", src.id) }) : null,
        h.published ? el("span", { class: "date-published" }, t("published") + ": ", el("time", { datetime: h.published, text: fmtDate(h.published) })) : null,
        fc.event_date ? el("span", { class: "date-event" }, t("event_date") + ": ", el("time", { datetime: fc.event_date, text: fmtDate(fc.event_date) })) : null,
        fc.killed != null ? el("span", { text: t("killed") + ": " + num(fc.killed) }) : null),
      el("p", { class: "snippet", dir: "rtl", lang: "ar" }, safeHTML(h.snippet)),
      tags.length ? el("div", { class: "tags" }, tags) : null);
  }
  function tagChip(facet, id) {
    return el("button", { type: "button", class: "chip", "data-facet": facet, "data-id": id, lang: labelLang(facet, id),
      onclick: () => addFilter(facet, id) }, labelOf(facet, id));
  }
  function docLink(id) { const p = stateParams({ ...readState(), doc: id }, true); return p.toString(); }

  function emptyState(s) {
    const box = el("div", { class: "empty", id: "empty" },
      el("h3", { text: t("no_results") }),
      el("p", { text: t("no_results_hint") }));
    if (s.q) box.append(el("p", { text: t("no_results_words") }));
    if (hasFilters(s)) box.append(el("button", { type: "button", class: "more", onclick: clearAll, text: t("remove_filters") }));
    return box;
  }
  // renderError keeps the facets and chips of the last answer, so the
  // user can still narrow or widen the search from where they were.
  function renderError(err, s) {
    $("summary").textContent = "";
    const retry = err.param ? null : el("button", { type: "button", class: "more", onclick: () => { lastSearchKey = null; render(); }, text: t("retry") });
    const chip = err.param ? el("button", { type: "button", class: "chip bad", "data-param": err.param, onclick: () => go(without(readState(), err.param)) },
      el("span", { class: "chip-kind", text: t(err.param) || err.param }), el("span", { class: "x", "aria-hidden": "true", text: "×" }), el("span", { class: "sr-only", text: t("remove") })) : null;
    $("results").replaceChildren(el("div", { class: "empty error", id: "error", role: "alert" },
      el("h3", { text: t("error") }), el("p", { text: errorText(err) }), chip, retry));
    $("pager").hidden = true;
    $("notice").replaceChildren();
    renderChips(s);
  }

  function renderChips(s) {
    const chips = [];
    const x = () => [el("span", { class: "x", "aria-hidden": "true", text: "×" }), el("span", { class: "sr-only", text: t("remove") })];
    for (const f of FACETS) for (const id of s.filters[f]) {
      chips.push(el("button", { type: "button", class: "chip", "data-facet": f, "data-id": id, title: t("clear"),
        onclick: () => removeFilter(f, id) }, el("span", { class: "chip-kind", text: t(PARAM[f]) }), el("span", { lang: labelLang(f, id), text: labelOf(f, id) }), x()));
    }
    if (s.from || s.to) chips.push(el("button", { type: "button", class: "chip", "data-param": "from", onclick: () => go({ ...s, from: "", to: "", page: 1 }) },
      el("span", { class: "chip-kind", text: t("date") }), el("span", { dir: "ltr", text: `${s.from || "…"} → ${s.to || "…"}` }), x()));
    if (s.killed_min || s.killed_max) chips.push(el("button", { type: "button", class: "chip", "data-param": "killed_min", onclick: () => go({ ...s, killed_min: "", killed_max: "", page: 1 }) },
      el("span", { class: "chip-kind", text: t("killed") }), `${s.killed_min || 0} – ${s.killed_max || "∞"}`, x()));
    if (chips.length) chips.push(el("button", { type: "button", class: "link", id: "clear-all", onclick: clearAll, text: t("clear_all") }));
    $("chips").replaceChildren(...chips);
  }

  // Facets whose full list the user opened, with that list.
  const expanded = new Map();

  function renderFacets(res, s) {
    const box = $("facets");
    // Re-rendering must not cost the user their place: keep the type-ahead
    // text of every facet, each list's scroll, and the focused box.
    const keep = {};
    for (const f of FACETS) {
      const input = box.querySelector(`.facet-search[data-facet="${f}"]`);
      const list = $("facet-" + f);
      keep[f] = { text: input ? input.value : "", scroll: list ? list.scrollTop : 0 };
    }
    const active = document.activeElement;
    const focusKey = active && active.matches && active.matches("#facets input[type=checkbox]") ? active.dataset.facet + ":" + active.value : null;
    // A late answer (governorate labels, a recount) may redraw the facets
    // while the user types in a type-ahead box: the new box takes the focus
    // and the caret, or the next letters would go nowhere.
    const typing = active && active.matches && active.matches("#facets .facet-search")
      ? { f: active.dataset.facet, start: active.selectionStart, end: active.selectionEnd } : null;
    const pageY = window.scrollY;

    const panels = FACETS.map((f) => {
      let vals = ((res.facets && res.facets[f]) || []).slice();
      if (expanded.has(f)) vals = expanded.get(f).slice();
      // Values filtered on stay visible even if outside the top counts.
      for (const id of s.filters[f]) if (!vals.some((v) => v.id === id)) vals.push({ id, count: null, selected: true });
      // Selected values first, then by count (zero counts last).
      const sel = (v) => s.filters[f].includes(v.id);
      vals.sort((a, b) => (sel(b) - sel(a)) || ((b.count || 0) - (a.count || 0)));
      const list = el("ul", { class: "facet-list", id: "facet-" + f, "aria-labelledby": "h-" + f });
      for (const v of vals) list.append(facetRow(f, v, s));
      if (!vals.length) list.append(el("li", { class: "empty-facet", text: t("empty_facet") }));
      if (vals.length > 10) list.classList.add("long");
      let input = null, sugg = null;
      if (TYPEAHEAD.has(f)) {
        sugg = el("ul", { class: "suggestions", hidden: true, id: "sugg-" + f });
        input = el("input", { type: "search", class: "facet-search", dir: "auto", "data-facet": f,
          placeholder: t("filter_in") + t(f), "aria-label": t("filter_in") + t(f), "aria-controls": "sugg-" + f });
        input.value = keep[f].text;
        input.addEventListener("input", debounce(() => typeahead(f, input.value, sugg), 180));
        if (input.value.trim()) typeahead(f, input.value, sugg);
      }
      const canMore = TYPEAHEAD.has(f) && (expanded.has(f) || ((res.facets && res.facets[f]) || []).length >= FACET_SIZE);
      const more = canMore ? el("button", { type: "button", class: "link show-all", "data-facet": f, "aria-expanded": expanded.has(f) ? "true" : "false",
        onclick: () => toggleAll(f), text: expanded.has(f) ? t("show_less") : t("show_all") }) : null;
      const note = s.filters[f].length ? el("p", { class: "panel-note or-note", text: t("or_note") }) : null;
      return el("section", { class: "panel facet", id: "panel-" + f, "data-facet": f },
        el("h2", { id: "h-" + f }, el("span", { text: t(f) })), note, input, sugg, list, more);
    });
    box.replaceChildren(...panels);
    for (const f of FACETS) { const list = $("facet-" + f); if (list) list.scrollTop = keep[f].scroll; }
    if (focusKey) {
      const [f, id] = focusKey.split(/:(.*)/s);
      const cb = box.querySelector(`input[type=checkbox][data-facet="${f}"][value="${CSS.escape(id)}"]`);
      if (cb) cb.focus({ preventScroll: true });
    }
    const typed = typing && box.querySelector(`.facet-search[data-facet="${typing.f}"]`);
    if (typed) {
      typed.focus({ preventScroll: true });
      typed.setSelectionRange(typing.start, typing.end);
    }
    window.scrollTo(window.scrollX, pageY);
  }

  function facetRow(f, v, s) {
    const checked = s.filters[f].includes(v.id);
    const cb = el("input", { type: "checkbox", value: v.id, checked, "data-facet": f,
      onchange: (e) => (e.target.checked ? addFilter(f, v.id) : removeFilter(f, v.id)) });
    const name = el("span", { class: "name", lang: labelLang(f, v.id) }, labelOf(f, v.id));
    const parent = v.parent || (labels.get(f + ":" + v.id) || {}).parent;
    if (f === "towns" && parent && knownLabel("governorates", parent)) name.append(el("span", { class: "sub", lang: labelLang("governorates", parent), text: labelOf("governorates", parent) }));
    return el("li", { "data-id": v.id, class: v.count === 0 ? "zero" : null },
      el("label", {}, cb, name, el("span", { class: "count", "data-count": v.count == null ? "" : String(v.count), text: v.count == null ? "–" : num(v.count) })));
  }

  // facetQuery is the search the page shows (without a bad parameter it
  // dropped), for counts within it.
  let shownState = null;
  const facetQuery = () => stateParams(shownState || readState(), false);

  // allValues fetches every value of a facet, counted in the current search.
  async function allValues(f) {
    const p = facetQuery();
    p.set("limit", "1000");
    const res = await api(`/api/facets/${f}?` + p.toString());
    for (const [, l] of Object.entries(res.parents || {})) remember(f === "towns" ? "governorates" : f, l);
    for (const v of res.values) remember(f, v);
    return res.values;
  }
  async function toggleAll(f) {
    if (expanded.has(f)) { expanded.delete(f); if (lastResult) renderFacets(lastResult, readState()); return; }
    try {
      expanded.set(f, await allValues(f));
      if (lastResult) renderFacets(lastResult, readState());
      const btn = document.querySelector(`.show-all[data-facet="${f}"]`);
      if (btn) btn.focus({ preventScroll: true });
    } catch (_) { /* the short list stays */ }
  }
  // refreshExpanded recounts the opened full lists for a new search.
  async function refreshExpanded() {
    if (!expanded.size) return;
    try {
      for (const f of [...expanded.keys()]) expanded.set(f, await allValues(f));
      if (lastResult) renderFacets(lastResult, readState());
    } catch (_) { /* the previous lists stay */ }
  }

  // One sequence per facet: only a facet's latest answer is shown.
  const taSeq = {};
  async function typeahead(f, prefix, box) {
    const seq = taSeq[f] = (taSeq[f] || 0) + 1;
    prefix = prefix.trim();
    if (!prefix) { box.hidden = true; box.replaceChildren(); return; }
    try {
      const p = facetQuery();
      p.set("limit", "10");
      p.set("prefix", prefix);
      const res = await api(`/api/facets/${f}?` + p.toString());
      if (seq !== taSeq[f] || !box.isConnected) return;
      for (const [, l] of Object.entries(res.parents || {})) remember(f === "towns" ? "governorates" : f, l);
      const s = readState();
      const items = res.values.map((v) => {
        remember(f, v);
        const on = s.filters[f].includes(v.id);
        return el("li", { class: v.count === 0 ? "zero" : null }, el("button", { type: "button", "data-id": v.id, "aria-pressed": on ? "true" : "false",
          onclick: () => (on ? removeFilter(f, v.id) : addFilter(f, v.id)) },
        el("span", { lang: labelLang(f, v.id) }, labelOf(f, v.id), f === "towns" && v.parent && knownLabel("governorates", v.parent) ? el("span", { class: "sub", text: " (" + labelOf("governorates", v.parent) + ")" }) : null),
        el("span", { class: "count", "data-count": String(v.count), text: num(v.count) })));
      });
      box.replaceChildren(...(items.length ? items : [el("li", { class: "empty-facet", text: t("no_match") })]));
      box.hidden = false;
    } catch (_) { box.hidden = true; }
  }

  // ---- histogram: a time axis with brushing, and killed per month ----
  function monthEnd(key) {
    const [y, m] = key.split("-").map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  const NS = "http://www.w3.org/2000/svg";
  const svgEl = (tag, attrs) => { const e = document.createElementNS(NS, tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); return e; };

  function renderHistogram(buckets, outliers, s) {
    const box = $("histogram");
    const range = $("date-range");
    const rangeText = s.from || s.to ? `${s.from || "…"} → ${s.to || "…"}` : t("all_dates");
    put(range, el("span", { dir: "ltr", text: rangeText }),
      s.from || s.to ? el("button", { type: "button", class: "link", onclick: () => go({ ...s, from: "", to: "", page: 1 }), text: t("clear") })
        : el("span", { text: buckets.length > 1 ? t("brush_hint") : "" }));
    $("from").value = /^\d{4}-\d{2}-\d{2}$/.test(s.from) ? s.from : "";
    $("to").value = /^\d{4}-\d{2}-\d{2}$/.test(s.to) ? s.to : "";
    const out = [];
    if (outliers && outliers.before) out.push(el("button", { type: "button", class: "link", id: "outliers-before",
      onclick: () => go({ ...readState(), from: outliers.before.from, to: outliers.before.to, page: 1, doc: "" }),
      text: t("earlier", num(outliers.before.count), fmtMonth(buckets.length ? buckets[0].key : outliers.before.to.slice(0, 7))) }));
    if (outliers && outliers.after) out.push(el("button", { type: "button", class: "link", id: "outliers-after",
      onclick: () => go({ ...readState(), from: outliers.after.from, to: outliers.after.to, page: 1, doc: "" }),
      text: t("later", num(outliers.after.count), fmtMonth(buckets.length ? buckets[buckets.length - 1].key : outliers.after.from.slice(0, 7))) }));
    $("date-outliers").replaceChildren(...out);
    if (!buckets.length) { box.replaceChildren(); return; }
    const W = 280, H = 90, pad = 14;
    const max = Math.max(...buckets.map((b) => b.count), 1);
    // Every month has its slot, so bar spacing is time; a few months do
    // not become slabs: a bar is at most a twelfth of the width.
    const bw = W / Math.max(buckets.length, 12);
    const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", role: "img",
      "aria-label": t("hist_label", fmtMonth(buckets[0].key), fmtMonth(buckets[buckets.length - 1].key)) });
    // Bars run in time order from the reading start: right to left in Arabic.
    const rtl = document.documentElement.dir === "rtl";
    const xOf = (i) => (rtl ? W - (i + 1) * bw : i * bw);
    const inRange = (b) => (!s.from || (b.to || monthEnd(b.key)) >= s.from) && (!s.to || (b.from || b.key + "-01") <= s.to);
    const bars = buckets.map((b, i) => {
      const h = b.count ? Math.max(1.5, (b.count / max) * (H - pad - 4)) : 0;
      const r = svgEl("rect", { x: xOf(i) + 0.25, width: Math.max(0.5, bw - 0.5), y: H - pad - h, height: h,
        class: "bar" + ((s.from || s.to) && inRange(b) ? " in" : ""), "data-key": b.key });
      const tt = document.createElementNS(NS, "title");
      tt.textContent = `${fmtMonth(b.key)}: ${t("articles_n", num(b.count))}`;
      r.append(tt);
      svg.append(r);
      return r;
    });
    svg.append(svgEl("line", { x1: 0, x2: W, y1: H - pad + 0.5, y2: H - pad + 0.5, class: "baseline" }));
    axisLabels(svg, buckets, xOf, bw, W, H);
    const idxAt = (ev) => {
      const rect = svg.getBoundingClientRect();
      const x = ((ev.clientX - rect.left) / rect.width) * W;
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
      go({ ...readState(), doc: "", page: 1, from: a.from || a.key + "-01", to: b.to || monthEnd(b.key) });
    });
    box.replaceChildren(svg);
  }

  // axisLabels writes the first and last month under a chart, and the
  // years between when there is room.
  function axisLabels(svg, buckets, xOf, bw, W, H) {
    const label = (i, text) => {
      const tx = svgEl("text", { class: "axis", y: H - 2 });
      const left = xOf(i), right = xOf(i) + bw;
      if (right > W - 30) { tx.setAttribute("x", right); tx.setAttribute("text-anchor", "end"); }
      else if (left < 30) { tx.setAttribute("x", left); tx.setAttribute("text-anchor", "start"); }
      else { tx.setAttribute("x", left + bw / 2); tx.setAttribute("text-anchor", "middle"); }
      tx.textContent = text;
      svg.append(tx);
    };
    label(0, buckets[0].key);
    if (buckets.length > 1) label(buckets.length - 1, buckets[buckets.length - 1].key);
  }

  function renderKilledMonth(buckets, killed, partial) {
    const box = $("killed-month");
    if (!buckets.length || !killed.length) { box.replaceChildren(); return; }
    const by = new Map(killed.map((k) => [k.key, k]));
    const W = 280, H = 70, pad = 14;
    const max = Math.max(...killed.map((k) => k.killed), 1);
    const bw = W / Math.max(buckets.length, 12);
    const rtl = document.documentElement.dir === "rtl";
    const xOf = (i) => (rtl ? W - (i + 1) * bw : i * bw);
    const total = killed.reduce((n, k) => n + k.killed, 0);
    const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", role: "img", "aria-label": `${t("km_label")}: ${num(total)}` });
    buckets.forEach((b, i) => {
      const k = by.get(b.key);
      if (!k) return;
      const h = Math.max(1.5, (k.killed / max) * (H - pad - 4));
      const r = svgEl("rect", { x: xOf(i) + 0.25, width: Math.max(0.5, bw - 0.5), y: H - pad - h, height: h, class: "kbar", "data-key": b.key, "data-killed": k.killed });
      const tt = document.createElementNS(NS, "title");
      tt.textContent = `${fmtMonth(b.key)}: ${t("killed")} ${num(k.killed)} (${t("articles_n", num(k.articles))})`;
      r.append(tt);
      svg.append(r);
    });
    svg.append(svgEl("line", { x1: 0, x2: W, y1: H - pad + 0.5, y2: H - pad + 0.5, class: "baseline" }));
    axisLabels(svg, buckets, xOf, bw, W, H);
    put(box, svg, partial ? el("p", { class: "panel-note", text: t("killed_month_partial") }) : null);
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
      btns.push(el("button", { type: "button", class: on ? "on" : null, disabled: !on && b.count === 0, "data-key": b.key, "aria-pressed": on ? "true" : "false",
        onclick: () => go(on ? { ...readState(), killed_min: "", killed_max: "", page: 1 } : { ...readState(), killed_min: String(r[0]), killed_max: r[1] == null ? "" : String(r[1]), page: 1 }) },
      // The count in parentheses: a "·" separator reads as the Arabic-Indic zero.
      el("span", { text: t("killed_range", num(r[0]), r[1] == null ? null : num(r[1])) }), " ", el("span", { class: "kcount", text: `(${num(b.count)})` })));
    }
    $("killed-buckets").replaceChildren(...btns);
    $("killed-min").value = s.killed_min;
    $("killed-max").value = s.killed_max;
  }

  // ---- document view: a modal dialog that holds the focus ----
  let returnFocus = null;
  async function openDoc(id) { returnFocus = document.activeElement; go({ ...readState(), doc: id }); }
  async function renderDoc(id) {
    const view = $("doc-view"), box = $("doc-content");
    const wasHidden = view.hidden;
    view.hidden = false;
    if (wasHidden && !returnFocus) returnFocus = document.activeElement;
    box.replaceChildren(el("h2", { id: "doc-title", class: "sr-only", text: t("loading") }), el("div", { class: "skeleton" }));
    $("doc-close").setAttribute("aria-label", t("close"));
    try {
      const d = await api("/api/documents/" + encodeURIComponent(id));
      rememberLabels(d.labels);
      const rows = [];
      for (const f of FACETS) {
        const ls = (d.labels && d.labels[f]) || [];
        if (!ls.length) continue;
        // evidence.js makes a click mark the value's evidence and adds a
        // filter button beside the chip.
        rows.push(el("dt", { text: t(f) }), el("dd", {}, ls.map((l) => el("button", { type: "button", class: "chip", "data-facet": f, "data-id": l.id, lang: labelLang(f, l.id),
          title: l.district || "" }, labelOf(f, l.id),
        f === "towns" && l.parent && knownLabel("governorates", l.parent) ? el("span", { class: "chip-kind", text: labelOf("governorates", l.parent) }) : null))));
      }
      const fc = d.facets || {};
      if (fc.killed != null) rows.push(el("dt", { text: t("killed") }), el("dd", {}, el("span", { class: "chip static", "data-facet": "killed", text: num(fc.killed) })));
      if (fc.injured != null) rows.push(el("dt", { text: t("injured") }), el("dd", {}, el("span", { class: "chip static", "data-facet": "injured", text: num(fc.injured) })));
      if (fc.event_date) rows.push(el("dt", { text: t("event_date") }), el("dd", {}, el("span", { class: "chip static", "data-facet": "event_date", text: fmtDate(fc.event_date) })));
      const paras = (d.body || "").split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean).map((p) => el("p", { text: p }));
      // The source is named from the labels the search sent (the document
      // answer labels facets only).
      const src = d.source ? ((d.labels && d.labels.sources) || [])[0] || (knownLabel("sources", d.source) ? { id: d.source } : null) : null;
      put(box,
        el("h2", { id: "doc-title", class: "doc-title", dir: "rtl", lang: "ar", tabindex: "-1", text: d.title || t("untitled") }),
        el("div", { class: "meta" }, d.source ? el("span", { text: src ? labelOf("sources", src.id) : d.source }) : null,
          d.published ? el("span", {}, t("published") + ": ", el("time", { datetime: d.published, text: fmtDate(d.published) })) : null,
          d.url && /^https?:\/\//.test(d.url) ? el("a", { href: d.url, rel: "noopener noreferrer", target: "_blank", text: t("open_source") }) : null),
        rows.length ? el("dl", { class: "doc-facets", id: "doc-facets" }, rows) : null,
        el("div", { class: "doc-body", dir: "rtl", lang: "ar" }, paras));
      if (window.rasidEvidence) window.rasidEvidence.attach(box, d, (f, fid) => addFilter(f, fid, true));
      document.title = `${d.title || t("untitled")} — ${t("title")}`;
      // The focus goes to the title, not to the close button. Enter opens
      // a result on its keydown and presses a button on its keypress: when
      // the document loaded between the two (a busy page), the close button
      // took the keypress of the Enter that opened it and shut the dialog.
      // A long text is read from its title on (WAI-ARIA APG, dialog).
      if (!$("doc-dialog").contains(document.activeElement)) $("doc-title").focus();
    } catch (err) {
      box.replaceChildren(el("div", { class: "empty error" }, el("h2", { id: "doc-title", tabindex: "-1", text: err.status === 404 ? t("doc_missing") : t("error") }), el("p", { text: errorText(err) })));
      $("doc-title").focus();
    }
  }
  function closeDoc() { go({ ...readState(), doc: "" }); }
  function hideDoc() {
    const view = $("doc-view");
    if (view.hidden) return;
    view.hidden = true;
    const s = readState();
    document.title = s.q ? `${s.q} — ${t("title")}` : t("title");
    const back = returnFocus && returnFocus.isConnected ? returnFocus : document.querySelector(".hit .hit-title");
    returnFocus = null;
    if (back) back.focus();
  }
  // trapFocus keeps Tab inside the open dialog. The focus may rest on the
  // title, which Tab does not stop at: past the last stop (or before the
  // first) it wraps as from the last (or first).
  function trapFocus(e) {
    if (e.key !== "Tab" || $("doc-view").hidden) return;
    const items = [...$("doc-dialog").querySelectorAll("button, a[href], input, select, [tabindex]:not([tabindex='-1'])")].filter((n) => !n.disabled && n.offsetParent !== null);
    if (!items.length) return;
    const first = items[0], last = items[items.length - 1], at = document.activeElement;
    const after = (a, b) => a === b || !!(b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (!$("doc-dialog").contains(at)) { e.preventDefault(); first.focus(); }
    else if (e.shiftKey && after(first, at)) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && after(at, last)) { e.preventDefault(); first.focus(); }
  }

  // ---- filter actions ----
  // afterFilter on a phone folds the filter panel away and brings the
  // results into view: the user ticked to see them.
  function afterFilter() {
    if (!isPhone() || !$("sidebar").classList.contains("open")) return;
    setFilters(false);
    $("results-heading").focus({ preventScroll: true });
    $("results-heading").scrollIntoView({ block: "start" });
  }
  function addFilter(f, id, closeDocument) {
    const s = readState();
    if (!s.filters[f].includes(id)) s.filters[f] = s.filters[f].concat(id);
    if (closeDocument || s.doc) s.doc = "";
    s.page = 1;
    go(s);
    afterFilter();
  }
  function removeFilter(f, id) {
    const s = readState();
    s.filters[f] = s.filters[f].filter((x) => x !== id);
    s.page = 1;
    go(s);
    afterFilter();
  }
  function clearAll() {
    const s = readState();
    for (const f of FACETS) s.filters[f] = [];
    s.from = s.to = s.killed_min = s.killed_max = "";
    s.extra = [];
    s.page = 1;
    go(s);
  }
  function setFilters(open) {
    $("sidebar").classList.toggle("open", open);
    $("toggle-filters").setAttribute("aria-expanded", open ? "true" : "false");
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
    $("lang").setAttribute("lang", lang === "ar" ? "en" : "ar");
    $("doc-close").setAttribute("aria-label", t("close"));
  }

  function debounce(fn, ms) { let h; return (...a) => { clearTimeout(h); h = setTimeout(() => fn(...a), ms); }; }

  // ---- main render: the URL decides ----
  let lastSearchKey = null;
  function render() {
    const s = readState();
    const l = urlLang() === "en" ? "en" : urlLang() === "ar" ? "ar" : lang;
    if (l !== lang) { lang = l; applyLang(); if (lastResult) renderResult(lastResult, s); }
    $("q").value = s.q;
    $("sort").value = s.sort;
    $("match").value = s.match === "any" ? "any" : "";
    const key = stateParams(s, false).toString() + "&page=" + s.page;
    if (key !== lastSearchKey) {
      lastSearchKey = key;
      search(s, null);
    }
    if (s.doc) renderDoc(s.doc); else hideDoc();
  }

  function init() {
    applyLang();
    $("search-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const s = readState();
      s.q = $("q").value.trim();
      s.sort = $("sort").value;
      s.match = $("match").value;
      s.doc = "";
      s.page = 1;
      lastSearchKey = null; // Enter on the same words searches again
      go(s);
    });
    $("sort").addEventListener("change", () => $("search-form").requestSubmit());
    $("match").addEventListener("change", () => $("search-form").requestSubmit());
    const turn = (d) => { const s = readState(); s.page = Math.max(1, s.page + d); go(s); $("results-heading").focus({ preventScroll: true }); $("results-heading").scrollIntoView({ block: "start" }); };
    $("prev").addEventListener("click", () => turn(-1));
    $("next").addEventListener("click", () => turn(1));
    $("killed-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const a = $("killed-min").value.trim(), b = $("killed-max").value.trim();
      go({ ...readState(), killed_min: a, killed_max: b, page: 1 });
    });
    $("date-form").addEventListener("submit", (e) => {
      e.preventDefault();
      go({ ...readState(), from: $("from").value, to: $("to").value, page: 1, doc: "" });
    });
    $("doc-close").addEventListener("click", closeDoc);
    $("doc-view").addEventListener("click", (e) => { if (e.target === $("doc-view")) closeDoc(); });
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && !$("doc-view").hidden) closeDoc();
      trapFocus(e);
    });
    $("toggle-filters").addEventListener("click", () => setFilters(!$("sidebar").classList.contains("open")));
    $("skip").addEventListener("click", (e) => { e.preventDefault(); $("results-heading").focus(); });
    $("lang").addEventListener("click", () => {
      lang = lang === "ar" ? "en" : "ar";
      localStorage.setItem("rasid-lang", lang);
      applyLang();
      history.replaceState(null, "", location.pathname + "?" + stateParams(readState(), true).toString());
      if (lastResult) renderResult(lastResult, readState());
      refreshStatus();
    });
    $("home").addEventListener("click", (e) => { e.preventDefault(); expanded.clear(); history.pushState(null, "", lang === "en" ? "/?lang=en" : "/"); render(); });
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
