// rasid's map of the current search: Syria with one mark per town the
// matching articles name, its area growing with their number. app.js
// announces every rendered search with a "rasid:results" event; clicking a
// mark toggles that town's filter in the URL, exactly as its check box in
// the towns facet does, and app.js searches again (popstate).
//
// Positions are approximate: each town sits within its sub-district
// (handlers/internal/genmap explains why), so the map says where, not
// exactly where.
"use strict";

(function () {
  const box = document.getElementById("map");
  if (!box) return;
  const NS = "http://www.w3.org/2000/svg";
  // The towns facet is asked for in full: the page's own facet list stops
  // at a dozen values, the map shows every town.
  const MAX_TOWNS = 1000;

  const T = {
    ar: {
      title: "الخريطة", towns: (n) => `${n} بلدة على الخريطة`, none: "لا بلدات في هذه النتائج",
      approx: "المواقع تقريبية: كل بلدة داخل ناحيتها.", hint: "انقر علامة لتصفية النتائج بتلك البلدة.",
      attrib: "المصادر: حدود Natural Earth، ومواقع Open-Syria بترخيص CC BY 4.0.", failed: "تعذّر تحميل الخريطة",
      articles: (n) => `${n} مقالة`,
    },
    en: {
      title: "Map", towns: (n) => `${n} towns on the map`, none: "No towns in these results",
      approx: "Positions are approximate: each town lies within its sub-district.", hint: "Click a mark to filter by that town.",
      attrib: "Borders: Natural Earth · positions: Open-Syria (CC BY 4.0)", failed: "The map could not be loaded",
      articles: (n) => `${n} articles`,
    },
  };
  let lang = "ar";
  const t = (k, ...a) => { const v = T[lang][k]; return typeof v === "function" ? v(...a) : v; };
  const num = (n) => new Intl.NumberFormat(lang === "ar" ? "ar-SY" : "en").format(n);

  // The base map and the town positions, fetched once.
  let base = null;
  function load() {
    if (!base) {
      base = Promise.all([
        fetch("/static/map/syria.svg").then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.status)))),
        fetch("/static/map/towns.json").then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.status)))),
      ]).then(([text, pos]) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const svg = document.importNode(doc.documentElement, true);
        svg.setAttribute("id", "map-svg");
        svg.setAttribute("role", "group");
        const marks = document.createElementNS(NS, "g");
        marks.setAttribute("class", "map-marks");
        svg.append(marks);
        return { svg, marks, towns: pos.towns };
      });
      base.catch(() => { base = null; });
    }
    return base;
  }

  const caption = document.createElement("p");
  caption.className = "map-caption";
  caption.id = "map-caption";
  const hover = document.createElement("p");
  hover.className = "map-hover";
  hover.id = "map-hover";
  hover.setAttribute("aria-live", "polite");
  const note = document.createElement("p");
  note.className = "map-note";

  // toggleTown adds or removes a town filter the way the facet's check box
  // does, through the URL app.js reads.
  function toggleTown(id) {
    const p = new URLSearchParams(location.search);
    const towns = p.getAll("town");
    p.delete("town");
    for (const x of towns) if (x !== id) p.append("town", x);
    if (!towns.includes(id)) p.append("town", id);
    p.delete("doc");
    p.delete("page");
    const qs = p.toString();
    history.pushState(null, "", location.pathname + (qs ? "?" + qs : ""));
    window.dispatchEvent(new PopStateEvent("popstate"));
  }

  function name(v) {
    let n = (lang === "ar" ? v.ar : v.en) || v.ar || v.en || v.id;
    const g = v.parent && govNames.get(v.parent);
    if (g) n += lang === "ar" ? `، ${g.ar}` : `, ${g.en}`;
    return n;
  }
  const govNames = new Map();

  let seq = 0;
  let last = null; // {key, res}: the language toggle redraws without a request
  async function update(params, newLang) {
    lang = newLang === "en" ? "en" : "ar";
    const my = ++seq;
    // Busy until this search's map is drawn: the first drawing grows the
    // panel and moves the results below it (the browser tests wait for it
    // before they click there).
    box.setAttribute("aria-busy", "true");
    const p = new URLSearchParams(params);
    for (const k of ["page", "size", "facet_size", "histogram", "doc"]) p.delete(k);
    p.set("size", "1");
    p.set("facet_size", String(MAX_TOWNS));
    p.set("histogram", "false");
    const key = p.toString();
    let m, res;
    try {
      m = await load();
      if (last && last.key === key) res = last.res;
      else {
        const r = await fetch("/api/search?" + key, { headers: { Accept: "application/json" } });
        if (!r.ok) throw new Error(String(r.status));
        res = await r.json();
      }
    } catch (_) {
      if (my === seq) { box.replaceChildren(caption); caption.textContent = t("failed"); box.setAttribute("aria-busy", "false"); }
      return;
    }
    if (my !== seq) return;
    last = { key, res };
    for (const g of (res.facets && res.facets.governorates) || []) govNames.set(g.id, g);
    draw(m, res, new URLSearchParams(params).getAll("town"));
    box.setAttribute("aria-busy", "false");
  }

  function draw(m, res, selected) {
    for (const tx of m.svg.querySelectorAll("[data-gov]")) tx.textContent = tx.getAttribute(lang === "ar" ? "data-ar" : "data-en");
    const vals = ((res.facets && res.facets.towns) || []).filter((v) => m.towns[v.id] && (v.count > 0 || selected.includes(v.id)));
    const max = Math.max(1, ...vals.map((v) => v.count));
    // Large marks first, so that small ones stay on top and clickable.
    vals.sort((a, b) => b.count - a.count);
    const circles = vals.map((v) => {
      const [x, y] = m.towns[v.id];
      const on = selected.includes(v.id);
      const c = document.createElementNS(NS, "circle");
      c.setAttribute("cx", x);
      c.setAttribute("cy", y);
      // Area in proportion to the count, above a size that can be hit.
      c.setAttribute("r", (3 + 15 * Math.sqrt(v.count / max)).toFixed(2));
      c.setAttribute("class", "mark" + (on ? " selected" : ""));
      c.setAttribute("data-town", v.id);
      c.setAttribute("data-count", String(v.count));
      c.setAttribute("tabindex", "0");
      c.setAttribute("role", "button");
      c.setAttribute("aria-pressed", on ? "true" : "false");
      const label = `${name(v)}: ${t("articles", num(v.count))}`;
      c.setAttribute("aria-label", label);
      const title = document.createElementNS(NS, "title");
      title.textContent = label;
      c.append(title);
      const show = () => { hover.textContent = label; };
      c.addEventListener("mouseenter", show);
      c.addEventListener("focus", show);
      c.addEventListener("click", () => toggleTown(v.id));
      c.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggleTown(v.id); }
      });
      return c;
    });
    m.marks.replaceChildren(...circles);
    m.svg.setAttribute("aria-label", t("title"));
    caption.textContent = vals.length ? t("towns", num(vals.length)) + " · " + t("hint") : t("none");
    hover.textContent = "";
    note.textContent = t("approx") + " " + t("attrib");
    if (box.firstChild !== m.svg) box.replaceChildren(m.svg, caption, hover, note);
  }

  // On a phone the map starts folded, above the results it would push out
  // of sight; it is drawn when opened.
  const panel = document.getElementById("map-panel");
  if (panel && window.matchMedia("(max-width: 800px)").matches) panel.open = false;
  let pending = null;
  document.addEventListener("rasid:results", (e) => {
    pending = e.detail;
    if (!panel || panel.open) update(pending.params, pending.lang);
  });
  if (panel) panel.addEventListener("toggle", () => { if (panel.open && pending) update(pending.params, pending.lang); });
})();
