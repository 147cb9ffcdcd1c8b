package facets

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestEventModelParses checks the committed weights file: lex() panics on a
// bad one.
func TestEventModelParses(t *testing.T) {
	if _, err := parseEventModel(eventModelTSV); err != nil {
		t.Fatal(err)
	}
}

func TestEventModelParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, data string }{
		{"two fields", "armed-clash\tbias\n"},
		{"bad weight", "armed-clash\tbias\tx\n"},
		{"bad threshold", "add\tx\n"},
		{"unknown feature", "armed-clash\tnonsense\t1\n"},
	} {
		if _, err := parseEventModel(tc.data); err == nil {
			t.Errorf("%s: %q parsed", tc.name, tc.data)
		}
	}
	m, err := parseEventModel("# comment only\n")
	if err != nil || m != nil {
		t.Errorf("comment only: model %v, err %v; want no model", m, err)
	}
}

// TestEventModelAdjust runs hand-written models on an article whose rules
// keep one type (a lead of shelling) and leave another below their line (a
// clash named once, deep in the body): a model sure of every type adds each
// type with a kept trigger, one sure against them drops the rules' types,
// and a word feature of the title moves the probability the way its weight
// says.
func TestEventModelAdjust(t *testing.T) {
	title := "قصف صاروخي على مدينة البوكمال"
	body := "استهدف قصف صاروخي مدينة البوكمال في ريف دير الزور الشرقي صباح اليوم.\n" +
		"وقال مصدر محلي إن القذائف سقطت على أحياء سكنية.\n" +
		"وأضاف المصدر أن الأهالي نزحوا إلى القرى المجاورة.\n" +
		"وكانت المدينة شهدت قبل أيام اشتباكات بين الفصائل."
	s := EventSampleOf(title, body, time.Time{})
	if len(s.Rules) == 0 || len(s.Features) <= len(s.Rules) {
		t.Fatalf("rules %v, types with triggers %d; want some types and more with triggers", s.Rules, len(s.Features))
	}
	var withHits []string
	for id := range s.Features {
		withHits = append(withHits, id)
	}
	slices.Sort(withHits)

	l := lex()
	toks := tokenize(title, cleanBody(title, body))
	adjusted := func(model string) []string {
		m, err := parseEventModel(model)
		if err != nil {
			t.Fatal(err)
		}
		hits := l.eventHits(toks, l.scan(toks), time.Time{}, nil)
		set := ruleEvents(hits)
		if got := slices.Sorted(maps.Keys(set)); !slices.Equal(got, s.Rules) {
			t.Fatalf("rules alone %v, EventSampleOf %v", got, s.Rules)
		}
		m.adjust(toks, hits, set)
		return slices.Sorted(maps.Keys(set))
	}
	model := func(bias string, extra ...string) string {
		var sb strings.Builder
		sb.WriteString("add\t0.5\nveto\t0.5\n")
		for _, id := range withHits {
			sb.WriteString(id + "\tbias\t" + bias + "\n")
		}
		for _, e := range extra {
			sb.WriteString(e + "\n")
		}
		return sb.String()
	}
	if got := adjusted(model("5")); !slices.Equal(got, withHits) {
		t.Errorf("sure of every type: %v, want every type with a trigger %v", got, withHits)
	}
	if got := adjusted(model("-5")); len(got) != 0 {
		t.Errorf("sure against every type: %v, want none", got)
	}
	// The title word البوكمال pulls the clash over the line; the bias
	// leaves the others out.
	one := withHits[0]
	if slices.Contains(s.Rules, one) {
		one = ""
		for _, id := range withHits {
			if !slices.Contains(s.Rules, id) {
				one = id
				break
			}
		}
	}
	if s.Features[one]["h:البوكمال"] != 1 {
		t.Fatalf("%s: no title feature h:البوكمال in %v", one, s.Features[one])
	}
	got := adjusted(model("-5", one+"\th:البوكمال\t10"))
	if !slices.Equal(got, []string{one}) {
		t.Errorf("title word weighs for %s: %v", one, got)
	}
}
