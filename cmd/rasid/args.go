package main

import (
	"flag"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/rasid-project/rasid/analyzers"
	"github.com/rasid-project/rasid/analyzers/facets"
)

// parseArgs parses flags wherever they stand on the line (rasid search
// البوكمال --limit 2), unlike flag.Parse, which stops at the first word.
// Everything after "--" is a word. A word that starts with "-" but is no
// flag of fs and does not begin with a Latin letter is a word too, so that
// query exclusions (-داعش, -"غارات جوية") pass; a Latin one (--limt) is
// reported as an unknown flag rather than searched for.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var flags, words []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			words = append(words, args[i+1:]...)
			break
		}
		name, hasValue := flagName(a)
		if name == "" || (fs.Lookup(name) == nil && !isLatinLetter(name) && name != "h" && name != "help") {
			words = append(words, a)
			continue
		}
		flags = append(flags, a)
		f := fs.Lookup(name)
		if f == nil || hasValue || isBoolFlag(f) {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	if err := fs.Parse(flags); err != nil {
		return nil, err
	}
	return words, nil
}

// flagName returns the name of a flag argument ("--limit=2" → "limit",
// true), or "" for a word.
func flagName(a string) (string, bool) {
	if len(a) < 2 || a[0] != '-' {
		return "", false
	}
	name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
	if name == "" {
		return "", false
	}
	name, _, hasValue := strings.Cut(name, "=")
	return name, hasValue
}

func isLatinLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// facetFlags names the facet of each filter flag of rasid search.
var facetFlags = map[string]string{
	"town": facets.FacetTowns, "governorate": facets.FacetGovernorates,
	"actor": facets.FacetActors, "event-type": facets.FacetEventTypes,
}

// facetFromName resolves a facet name as a user may write it: towns or
// town, event_types, event-types or event-type.
func facetFromName(name string) (string, bool) {
	n := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(name)), "-", "_")
	for _, f := range facets.FacetNames {
		if n == f || n+"s" == f || strings.TrimSuffix(n, "s")+"s" == f {
			return f, true
		}
	}
	return "", false
}

// resolveValue turns what a user wrote for a facet (an id, an Arabic or
// English name, an alias such as داعش or ISIS) into the id, as the page's
// type-ahead finds it. An unknown or ambiguous value is an error that
// lists the nearest values with their ids.
func resolveValue(flagName, facet, v string) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", fmt.Errorf("--%s needs a value", flagName)
	}
	if _, ok := facets.LookupLabel(facet, v); ok {
		return v, nil
	}
	if _, ok := facets.LookupLabel(facet, strings.ToUpper(v)); ok && facet != facets.FacetActors && facet != facets.FacetEventTypes {
		return strings.ToUpper(v), nil // c5167, sy09
	}
	if _, ok := facets.LookupLabel(facet, strings.ToLower(v)); ok {
		return strings.ToLower(v), nil // ISIS as an id
	}
	cands := facets.SearchLabels(facet, v, 12)
	var exact []facets.Label
	norm := analyzers.Normalize(v)
	for _, l := range cands {
		if analyzers.Normalize(l.AR) == norm || strings.EqualFold(l.EN, v) {
			exact = append(exact, l)
		}
	}
	// The search's own entity finder knows the aliases (داعش, ISIS,
	// Albukamal): a value that names exactly one entity of the facet is it.
	if len(exact) == 0 {
		var found []string
		for _, e := range facets.FindEntities(v) {
			if e.Facet == facet {
				found = append(found, e.ID)
			}
		}
		if len(found) == 1 {
			return found[0], nil
		}
	}
	switch {
	case len(exact) == 1:
		return exact[0].ID, nil
	case len(exact) > 1:
		return "", fmt.Errorf("--%s %q names %d values; pass one id: %s", flagName, v, len(exact), describe(facet, exact))
	case len(cands) == 1:
		// One value's name contains what was typed (قسد in its alias list,
		// a unique prefix): as the type-ahead would offer it alone.
		return cands[0].ID, nil
	}
	near := cands
	// Nothing contains the value: look for values that share its start,
	// shortening it a letter at a time (a typo near the end).
	for r := []rune(v); len(near) == 0 && len(r) > 2; {
		r = r[:len(r)-1]
		near = facets.SearchLabels(facet, string(r), 8)
	}
	if len(near) == 0 {
		return "", fmt.Errorf("--%s %q: no such value; list them with rasid facets %s", flagName, v, facet)
	}
	if len(near) > 8 {
		near = near[:8]
	}
	return "", fmt.Errorf("--%s %q: no such value; nearest: %s", flagName, v, describe(facet, near))
}

// describe lists values as "id (Arabic / English, governorate)".
func describe(facet string, ls []facets.Label) string {
	parts := make([]string, 0, len(ls))
	for _, l := range ls {
		parts = append(parts, l.ID+" ("+labelText(facet, l)+")")
	}
	return strings.Join(parts, "; ")
}

// labelText names a value in Arabic and English; a town also by its
// governorate, since many towns share a name.
func labelText(facet string, l facets.Label) string {
	s := l.AR
	if l.EN != "" && l.EN != l.AR {
		s += " / " + l.EN
	}
	if facet == facets.FacetTowns && l.Parent != "" {
		if g, ok := facets.LookupLabel(facets.FacetGovernorates, l.Parent); ok {
			s += "، " + g.AR
		}
	}
	return s
}
