package index

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// FacetSources is the name of the source facet in Result.Facets: the
// outlets the articles come from, counted like the other facets.
const FacetSources = "sources"

// sourceNames labels the outlets of the shared corpora (ANT and
// SaudiNewsNet write them as short codes). A source not listed is shown
// as written: it is the name a user gave the outlet.
var sourceNames = map[string][2]string{
	"skynews":      {"سكاي نيوز عربية", "Sky News Arabia"},
	"france24":     {"فرانس 24", "France 24"},
	"cnn":          {"سي إن إن بالعربية", "CNN Arabic"},
	"bbc":          {"بي بي سي عربي", "BBC Arabic"},
	"alarabia":     {"العربية", "Al Arabiya"},
	"alarabiya":    {"العربية", "Al Arabiya"},
	"alriyadh":     {"الرياض", "Al Riyadh"},
	"aljazirah":    {"الجزيرة (السعودية)", "Al Jazirah"},
	"alyaum":       {"اليوم", "Al Yaum"},
	"aleqtisadiya": {"الاقتصادية", "Al Eqtisadiya"},
	"aawsat":       {"الشرق الأوسط", "Asharq Al-Awsat"},
	"okaz":         {"عكاظ", "Okaz"},
	"alwatan":      {"الوطن", "Al Watan"},
	"almadina":     {"المدينة", "Al Madina"},
	"alweeam":      {"الوئام", "Al Weeam"},
	"3alyoum":      {"عاليوم", "3alyoum"},
	"sabq":         {"سبق", "Sabq"},
	"was":          {"واس", "Saudi Press Agency"},
	"arreyadi":     {"الرياضي", "Arreyadi"},
	"arriyadiyah":  {"الرياضية", "Arriyadiyah"},
}

// SourceLabel returns the Arabic and English names of an outlet code.
func SourceLabel(source string) facets.Label {
	if n, ok := sourceNames[strings.ToLower(strings.TrimSpace(source))]; ok {
		return facets.Label{ID: source, AR: n[0], EN: n[1]}
	}
	return facets.Label{ID: source, AR: source, EN: source}
}

// Labels labels every facet value of a document and its source, so a client
// never has to show an id: a town with its governorate's id in Parent
// (labelled too, under governorates), an actor with its parent actor.
func Labels(f facets.Facets, source string) map[string][]facets.Label {
	out := map[string][]facets.Label{}
	add := func(facet, id string) {
		if slices.ContainsFunc(out[facet], func(l facets.Label) bool { return l.ID == id }) {
			return
		}
		l, ok := facets.LookupLabel(facet, id)
		if !ok {
			l = facets.Label{ID: id, AR: id, EN: id}
		}
		out[facet] = append(out[facet], l)
	}
	for _, id := range f.Towns {
		add(facets.FacetTowns, id)
	}
	for _, id := range f.Governorates {
		add(facets.FacetGovernorates, id)
	}
	// A town's governorate is named even when the text does not name it.
	for _, l := range out[facets.FacetTowns] {
		if l.Parent != "" {
			add(facets.FacetGovernorates, l.Parent)
		}
	}
	for _, id := range f.Actors {
		add(facets.FacetActors, id)
	}
	for _, id := range f.EventTypes {
		add(facets.FacetEventTypes, id)
	}
	if source != "" {
		out[FacetSources] = []facets.Label{SourceLabel(source)}
	}
	return out
}

// sourceValues labels the source counts like facetValues does a facet's.
func sourceValues(fr *search.FacetResult, selected []string, n int) []FacetValue {
	out := []FacetValue{}
	counts := map[string]int{}
	value := func(id string, count int) FacetValue {
		l := SourceLabel(id)
		return FacetValue{ID: id, AR: l.AR, EN: l.EN, Count: count, Selected: slices.Contains(selected, id)}
	}
	if fr != nil && fr.Terms != nil {
		for _, t := range fr.Terms.Terms() {
			if t.Term == "" {
				continue // an article without a source
			}
			counts[t.Term] = t.Count
			if len(out) < n {
				out = append(out, value(t.Term, t.Count))
			}
		}
	}
	for _, id := range selected {
		if !slices.ContainsFunc(out, func(v FacetValue) bool { return v.ID == id }) {
			out = append(out, value(id, counts[id]))
		}
	}
	return out
}
