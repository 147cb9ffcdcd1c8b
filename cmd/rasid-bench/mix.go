package main

import (
	"net/url"
	"slices"
	"sort"
	"time"
)

// mixRequest is one request of the web page's mix: what the page asks for
// when a user lands, types one or two words, names an entity, or ticks
// facet values. Every one asks for 10 hits, 12 values per facet and the
// date histogram, as the page does.
type mixRequest struct {
	Kind    string // landing, word, two-words, entity, filters
	Query   string
	Filters map[string][]string // facet name → ids
}

// pageMix is the request list, in the order a round sends it. Words and
// entities are the everyday vocabulary of conflict news; the filters are
// the kind of combinations the page's check boxes make (all four facets are
// counted in every request).
func pageMix() []mixRequest {
	var out []mixRequest
	add := func(kind string, qs ...string) {
		for _, q := range qs {
			out = append(out, mixRequest{Kind: kind, Query: q})
		}
	}
	out = append(out, mixRequest{Kind: "landing"})
	add("word", "قصف", "غارات", "انفجار", "مقتل", "النفط", "الانتخابات", "اللاجئين", "المعارضة",
		"هجوم", "اشتباكات", "الحدود", "الاحتلال")
	out = append(out, mixRequest{Kind: "landing"})
	add("two-words", "غارات جوية", "قصف مدفعي", "هجوم انتحاري", "مجلس الأمن", "وقف إطلاق",
		"قوات النظام", "مخيم اللاجئين", "عبوة ناسفة", "المنطقة الآمنة", "ريف حلب")
	out = append(out, mixRequest{Kind: "landing"})
	add("entity", "داعش", "حزب الله", "الرقة", "حلب", "دير الزور", "البوكمال", "قسد", "إدلب",
		"روسيا", "إيران")
	out = append(out, mixRequest{Kind: "landing"})
	f := func(q string, kv ...string) {
		m := map[string][]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = append(m[kv[i]], kv[i+1])
		}
		out = append(out, mixRequest{Kind: "filters", Query: q, Filters: m})
	}
	f("", "actors", "isis")
	f("", "governorates", "SY02")
	f("", "actors", "isis", "governorates", "SY09")
	f("", "event_types", "air-drone-strike", "governorates", "SY07")
	f("", "actors", "russia", "actors", "usa")
	f("", "governorates", "SY11", "governorates", "SY09", "event_types", "armed-clash")
	f("قصف", "governorates", "SY02")
	f("", "actors", "syrian-government", "event_types", "shelling-artillery-missile-attack")
	f("", "towns", "C5167")
	f("غارات", "actors", "coalition", "governorates", "SY11")
	return out
}

// query is the request's /api/search query string.
func (r mixRequest) query() string {
	v := url.Values{}
	if r.Query != "" {
		v.Set("q", r.Query)
	}
	names := make([]string, 0, len(r.Filters))
	for n := range r.Filters {
		names = append(names, n)
	}
	sort.Strings(names)
	param := map[string]string{"towns": "town", "governorates": "governorate", "actors": "actor", "event_types": "event_type"}
	for _, n := range names {
		for _, id := range r.Filters[n] {
			v.Add(param[n], id)
		}
	}
	v.Set("size", "10")
	v.Set("facet_size", "12")
	v.Set("histogram", "true")
	return v.Encode()
}

// latencies collects request durations by kind.
type latencies map[string][]time.Duration

func (l latencies) add(kind string, d time.Duration) {
	l[kind] = append(l[kind], d)
	l["all"] = append(l["all"], d)
}

func (l latencies) merge(o latencies) {
	for k, v := range o {
		l[k] = append(l[k], v...)
	}
}

// pct returns the p-th percentile (nearest rank) of ds.
func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(p/100*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

var mixKinds = []string{"landing", "word", "two-words", "entity", "filters", "all"}
