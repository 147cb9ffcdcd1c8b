package facets

import (
	"slices"
	"testing"
	"time"
)

// placeCase is one row of a place rule's table: a real sentence, with the
// towns and governorates it must give and those it must not.
type placeCase struct {
	class, id, title, text string
	towns, govs            []string
	notTowns, notGovs      []string
}

// checkPlaces extracts the facets of each case and checks its places.
func checkPlaces(t *testing.T, cases []placeCase) {
	t.Helper()
	for _, c := range cases {
		f := Extract(c.title, c.text, time.Time{})
		name := c.class + " " + c.id
		hasAll(t, name+" towns", f.Towns, c.towns...)
		hasAll(t, name+" governorates", f.Governorates, c.govs...)
		hasNone(t, name+" towns", f.Towns, c.notTowns...)
		hasNone(t, name+" governorates", f.Governorates, c.notGovs...)
	}
}

// tollCase is one row of a toll rule's table: an article as published.
type tollCase struct {
	id, title, body, pub string
	want                 int // -1: no toll
}

// checkKilled extracts the facets of each case and checks its killed toll.
func checkKilled(t *testing.T, cases []tollCase) {
	t.Helper()
	checkToll(t, "killed", func(f Facets) *int { return f.Killed }, cases)
}

// checkInjured extracts the facets of each case and checks its injured toll.
func checkInjured(t *testing.T, cases []tollCase) {
	t.Helper()
	checkToll(t, "injured", func(f Facets) *int { return f.Injured }, cases)
}

func checkToll(t *testing.T, name string, toll func(Facets) *int, cases []tollCase) {
	t.Helper()
	for _, c := range cases {
		got := -1
		if n := toll(Extract(c.title, c.body, pubAt(c.pub))); n != nil {
			got = *n
		}
		if got != c.want {
			t.Errorf("%s: %s %d, want %d (-1: none)", c.id, name, got, c.want)
		}
	}
}

// dateCase is one row of a date rule's table: an article as published and
// the event date it must give ("" for none).
type dateCase struct {
	class, id, title, body, pub, want string
}

// checkDates extracts the facets of each case and checks its event date.
func checkDates(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		if got := Extract(c.title, c.body, pubAt(c.pub)).EventDate; got != c.want {
			t.Errorf("%s (%s): event date %q, want %q", c.class, c.id, got, c.want)
		}
	}
}

// typeCase is one row of an event-type rule's table: an article as
// published, a type, and whether the article must have it.
type typeCase struct {
	name, id, title, body, pub, typ string
	want                            bool
}

// checkTypes extracts the facets of each case and checks its type.
func checkTypes(t *testing.T, cases []typeCase) {
	t.Helper()
	for _, c := range cases {
		f := Extract(c.title, c.body, pubAt(c.pub))
		if got := slices.Contains(f.EventTypes, c.typ); got != c.want {
			t.Errorf("%s (%s): %s in %v = %v, want %v", c.name, c.id, c.typ, f.EventTypes, got, c.want)
		}
	}
}
