// Package facets extracts the event facets of Arabic conflict news (towns
// and their governorates, actors, event types, killed and injured, the
// event date) with its embedded gazetteers and rules, and labels and finds
// facet values by name. It uses the analysis chain of package analyzers,
// which never imports it.
package facets

import (
	"encoding/json"
	"time"
)

// Facets are the event facets extracted from one article. Ids are canonical:
// OCHA admin4 pcodes for towns (C5167), admin1 pcodes for governorates
// (SY09), and the ids of the actor and event-type taxonomies.
type Facets struct {
	Towns        []string `json:"towns"`
	Governorates []string `json:"governorates"`
	Actors       []string `json:"actors"`
	EventTypes   []string `json:"event_types"`
	Killed       *int     `json:"killed"`
	Injured      *int     `json:"injured"`
	// EventDate is the main event's date as YYYY-MM-DD, or empty when the
	// text cannot tell.
	EventDate string `json:"event_date,omitempty"`
}

// MarshalJSON writes the facets the same way everywhere (search hits,
// stored documents, rasid extract): every list present, [] when empty, and
// event_date null when the text does not tell it.
func (f Facets) MarshalJSON() ([]byte, error) {
	type plain Facets
	out := struct {
		plain
		EventDate *string `json:"event_date"`
	}{plain: plain(f)}
	for _, l := range []*[]string{&out.Towns, &out.Governorates, &out.Actors, &out.EventTypes} {
		if *l == nil {
			*l = []string{}
		}
	}
	if f.EventDate != "" {
		out.EventDate = &f.EventDate
	}
	return json.Marshal(out)
}

// Label describes one facet value for display.
type Label struct {
	ID string `json:"id"`
	AR string `json:"ar"`
	EN string `json:"en"`
	// Parent is the enclosing value: an actor's parent actor, a town's
	// governorate pcode, an event type's ACLED event type.
	Parent string `json:"parent,omitempty"`
	// District is a town's admin2 (district) name, "AR / EN".
	District string `json:"district,omitempty"`
}

// Facet names, as used in the index, the API and the command line.
const (
	FacetTowns        = "towns"
	FacetGovernorates = "governorates"
	FacetActors       = "actors"
	FacetEventTypes   = "event_types"
)

// FacetNames lists the keyword facets in display order.
var FacetNames = []string{FacetTowns, FacetGovernorates, FacetActors, FacetEventTypes}

// Extract reads the event facets of one article. published anchors relative
// dates (أمس); it may be zero.
func Extract(title, body string, published time.Time) Facets {
	return defaultExtractor.Extract(title, body, published)
}

// List returns the ids of one list facet (FacetTowns, FacetGovernorates,
// FacetActors, FacetEventTypes), nil for any other name.
func (f Facets) List(name string) []string {
	switch name {
	case FacetTowns:
		return f.Towns
	case FacetGovernorates:
		return f.Governorates
	case FacetActors:
		return f.Actors
	case FacetEventTypes:
		return f.EventTypes
	}
	return nil
}
