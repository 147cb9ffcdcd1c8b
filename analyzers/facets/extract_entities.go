package facets

import "strings"

// Entity is a facet value that a query names.
type Entity struct {
	Facet string // FacetTowns, FacetActors or FacetGovernorates
	ID    string
	// Alias is the name as the query wrote it (normalized), or the Latin
	// name it matched.
	Alias string
}

// FindEntities returns the known actors, towns and governorates a search
// query names by alias: Arabic with any proclitic stack (وبداعش), or Latin
// (ISIS, Albukamal, Raqqa, SDF). Weak aliases (country names) count too: in
// a query they are the user's intent. Place names that are also common
// words are left out unless the query is just that name.
func FindEntities(query string) []Entity {
	l := lex()
	var out []Entity
	seen := map[string]bool{}
	add := func(e Entity) {
		k := e.Facet + "\x00" + e.ID
		if !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	toks := tokenize("", query)
	for _, m := range l.scan(toks) {
		alias := joinWords(wordsOf(toks[m.start:m.end]))
		switch m.e.kind {
		case kindActor:
			add(Entity{Facet: FacetActors, ID: m.e.ids[0], Alias: alias})
		case kindGov:
			add(Entity{Facet: FacetGovernorates, ID: m.e.ids[0], Alias: alias})
		case kindTown:
			if m.e.capital != "" {
				add(Entity{Facet: FacetTowns, ID: m.e.capital, Alias: alias})
				add(Entity{Facet: FacetGovernorates, ID: m.e.ids[0], Alias: alias})
				continue
			}
			if m.e.common > 0 && len(toks) != m.end-m.start {
				continue
			}
			if pc := l.resolve(m.e, m.e.towns, nil, false); pc != "" {
				add(Entity{Facet: FacetTowns, ID: pc, Alias: alias})
			}
		}
	}
	// Latin: try word n-grams, longest first, as folded keys.
	words := strings.FieldsFunc(strings.ToLower(query), func(r rune) bool {
		return !(r >= 'a' && r <= 'z') && r != '-' && r != '\''
	})
	for i := 0; i < len(words); {
		n := 0
		for k := min(4, len(words)-i); k >= 1; k-- {
			key := latinKey(strings.Join(words[i:i+k], " "))
			if es, ok := l.latin[key]; ok {
				for _, e := range es {
					e.Alias = strings.Join(words[i:i+k], " ")
					add(e)
				}
				n = k
				break
			}
		}
		if n == 0 {
			n = 1
		}
		i += n
	}
	return out
}

func wordsOf(ts []token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.w
	}
	return out
}
