package facets

import (
	"sort"
	"strings"
)

// LookupLabel returns the Arabic and English labels of a facet value:
// towns with their governorate (Parent) and district, actors with their
// parent actor, event types with their ACLED event type.
func LookupLabel(facet, id string) (Label, bool) {
	l := lex()
	switch facet {
	case FacetTowns:
		if t := l.towns[id]; t != nil {
			return Label{ID: id, AR: t.ar, EN: t.en, Parent: t.gov, District: t.districtAR + " / " + t.districtEN}, true
		}
	case FacetGovernorates:
		if g := l.govs[id]; g != nil {
			return Label{ID: id, AR: g.ar, EN: g.en}, true
		}
	case FacetActors:
		if a := l.actors[id]; a != nil {
			return Label{ID: id, AR: a.ar, EN: a.en, Parent: a.parent}, true
		}
	case FacetEventTypes:
		if e := l.events[id]; e != nil {
			return Label{ID: id, AR: e.ar, EN: e.en, Parent: e.group}, true
		}
	}
	return Label{ID: id}, false
}

// SearchLabels returns up to limit values of facet whose Arabic or English
// label (or, for places and actors, a known name) contains prefix,
// normalized as Normalize does; an exact name comes first, then names that
// start with it, then names with a word that starts with it.
func SearchLabels(facet, prefix string, limit int) []Label {
	l := lex()
	q := strings.TrimSpace(normName(prefix))
	if q == "" || limit <= 0 {
		return nil
	}
	type hit struct {
		id   string
		rank int
	}
	var hits []hit
	for _, k := range l.labelKeys[facet] {
		best := -1
		for _, n := range k.names {
			switch {
			case n == q:
				best = 3
			case strings.HasPrefix(n, q) && best < 2:
				best = 2
			case strings.Contains(n, " "+q) && best < 1:
				best = 1
			case strings.Contains(n, q) && best < 0:
				best = 0
			}
		}
		if best >= 0 {
			hits = append(hits, hit{k.id, best})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].rank > hits[j].rank })
	if len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]Label, len(hits))
	for i, h := range hits {
		out[i], _ = LookupLabel(facet, h.id)
	}
	return out
}

// labelKey is one facet value with its normalized names, for SearchLabels.
type labelKey struct {
	id    string
	names []string
}

// buildLabelKeys normalizes every value's names once.
func (l *lexicon) buildLabelKeys() {
	l.labelKeys = map[string][]labelKey{}
	add := func(facet, id string, names ...string) {
		k := labelKey{id: id}
		for _, n := range names {
			if n = normName(n); n != "" {
				k.names = append(k.names, n)
			}
		}
		l.labelKeys[facet] = append(l.labelKeys[facet], k)
	}
	for _, p := range l.townOrder {
		t := l.towns[p]
		add(FacetTowns, p, append([]string{t.ar, t.en}, t.names...)...)
	}
	for _, p := range l.govOrder {
		g := l.govs[p]
		add(FacetGovernorates, p, append([]string{g.ar, g.en}, g.names...)...)
	}
	for _, id := range l.actorOrder {
		a := l.actors[id]
		add(FacetActors, id, append([]string{a.ar, a.en}, a.latin...)...)
	}
	for _, id := range l.eventOrder {
		e := l.events[id]
		add(FacetEventTypes, id, e.ar, e.en, id)
	}
}
