// The researcher's tools for the current search: download every match
// (CSV for spreadsheets, JSON lines for scripts) and follow the search as
// an Atom feed. app.js announces every rendered search with a
// "rasid:results" event; the links here follow it, and so does the page's
// <link rel="alternate">, which feed readers and browsers discover.
"use strict";

(function () {
  const T = {
    ar: { csv: "تنزيل CSV", jsonl: "تنزيل JSONL", feed: "تابع هذا البحث (Atom)",
      csv_title: (n) => `تنزيل كل النتائج (${n}) جدولًا لـ Excel أو LibreOffice`,
      jsonl_title: (n) => `تنزيل كل النتائج (${n}) سطر JSON لكل مقالة`,
      feed_title: "خلاصة Atom بأحدث المقالات المفهرسة التي تطابق هذا البحث" },
    en: { csv: "Download CSV", jsonl: "Download JSONL", feed: "Follow this search (Atom)",
      csv_title: (n) => `Download all ${n} results as a spreadsheet`,
      jsonl_title: (n) => `Download all ${n} results, one JSON object per line`,
      feed_title: "Atom feed of the newest indexed articles matching this search" },
  };

  // Only the parameters that select articles: paging and counts do not
  // change what an export or a feed holds.
  function selection(params) {
    const p = new URLSearchParams(params);
    for (const k of ["page", "size", "facet_size", "histogram", "doc"]) p.delete(k);
    return p;
  }

  function update(detail) {
    const lang = detail.lang === "en" ? "en" : "ar";
    const tr = T[lang];
    const p = selection(detail.params);
    const total = detail.result ? new Intl.NumberFormat(lang === "ar" ? "ar-SY" : "en").format(detail.result.total) : "";
    const url = (path, extra) => {
      const q = new URLSearchParams(p);
      for (const [k, v] of Object.entries(extra || {})) q.set(k, v);
      const s = q.toString();
      return path + (s ? "?" + s : "");
    };
    const set = (id, href, text, title) => {
      const a = document.getElementById(id);
      if (!a) return;
      a.href = href;
      a.textContent = text;
      a.title = title;
    };
    set("export-csv", url("/api/export", { format: "csv" }), tr.csv, tr.csv_title(total));
    set("export-jsonl", url("/api/export", { format: "jsonl" }), tr.jsonl, tr.jsonl_title(total));
    set("feed-button", url("/api/feed"), tr.feed, tr.feed_title);
    const alt = document.getElementById("feed-link");
    if (alt) {
      alt.href = url("/api/feed");
      alt.title = tr.feed_title;
    }
    const tools = document.getElementById("tools");
    if (tools) tools.hidden = false;
  }

  document.addEventListener("rasid:results", (e) => update(e.detail));
})();
