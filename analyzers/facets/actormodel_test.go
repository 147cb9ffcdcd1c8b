package facets

import (
	"reflect"
	"slices"
	"testing"
	"time"
)

// TestActorModelParses checks the committed weights file: lex() panics on a
// bad one. The committed file is no model (BENCHMARKS.md, round 27): the
// rules decide actors alone.
func TestActorModelParses(t *testing.T) {
	m, err := parseActorModel(actorModelTSV)
	if err != nil {
		t.Fatal(err)
	}
	if m != lex().actorModel && (m == nil) != (lex().actorModel == nil) {
		t.Errorf("the lexicon's actor model is not the committed file's")
	}
}

func TestActorModelParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, data string }{
		{"three fields", "in:bias\t1\t2\n"},
		{"bad weight", "in:bias\tx\n"},
		{"bad threshold", "add\tx\n"},
	} {
		if _, err := parseActorModel(tc.data); err == nil {
			t.Errorf("%s: %q parsed", tc.name, tc.data)
		}
	}
	m, err := parseActorModel("# comment only\nadd\t0.5\n")
	if err != nil || m != nil {
		t.Errorf("no weights: model %v, err %v; want no model", m, err)
	}
}

// TestActorModelAdjust runs hand-written models on a report written the
// way the corpus words a Russian strike on Idlib, with Turkey named in
// speech and history: the rules' actors are the model's candidates with the "in:"
// side, the actors named but dropped with "out:"; a model sure of every
// dropped actor adds them, one sure against the kept drops them, and a
// model of no opinion changes nothing.
func TestActorModelAdjust(t *testing.T) {
	title := "غارات روسية على ريف إدلب"
	body := "قتل خمسة مدنيين بغارات جوية روسية استهدفت بلدة سراقب في ريف إدلب الشرقي صباح اليوم.\n" +
		"وقال وزير الخارجية التركي إن أنقرة تتابع الوضع في المنطقة منذ عام 2012."
	pub := time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC)
	s := ActorSampleOf(title, body, pub)
	if !slices.Contains(s.Rules, "russia") || !slices.Contains(s.Rules, "civilians") {
		t.Fatalf("rules %v; want russia and civilians", s.Rules)
	}
	if again := ActorSampleOf(title, body, pub); !reflect.DeepEqual(again, s) {
		t.Errorf("a second reading gives other features:\n%v\n%v", s, again)
	}
	var dropped []string
	for id, f := range s.Features {
		in := slices.Contains(s.Rules, id)
		if in != (f["in:bias"] == 1) || in == (f["out:bias"] == 1) {
			t.Errorf("%s: features %v do not say the rules' decision (rules %v)", id, f, s.Rules)
		}
		if !in {
			dropped = append(dropped, id)
		}
	}
	if f := s.Features["russia"]; f["in:title"] != 1 || f["in:lead"] != 1 || f["in:evAny"] != 1 || f["in:kind:external"] != 1 {
		t.Errorf("russia: features %v; want title, lead, event, kind external", f)
	}
	if !slices.Contains(dropped, "turkey") {
		t.Errorf("dropped candidates %v; want turkey, named in speech", dropped)
	}
	l := lex()
	adjusted := func(model string) []string {
		m, err := parseActorModel(model)
		if err != nil || m == nil {
			t.Fatalf("model %v, %v", m, err)
		}
		f, r := (&extractor{rulesOnly: true}).read(title, body, pub, nil)
		defer r.release()
		return m.adjust(l, r, f, pub)
	}
	if got := adjusted("add\t0.6\nveto\t0.4\nin:bias\t0\nout:bias\t0\n"); len(dropped) > 0 && !slices.Equal(got, s.Rules) {
		t.Errorf("a model of no opinion: %v, want the rules' %v", got, s.Rules)
	}
	if got := adjusted("add\t0.5\nveto\t0.5\nin:bias\t-9\nout:bias\t-9\n"); len(got) != 0 {
		t.Errorf("a model against every actor: %v, want none", got)
	}
	want := slices.Sorted(slices.Values(append(slices.Clone(s.Rules), dropped...)))
	if got := adjusted("add\t0.5\nveto\t0.5\nin:bias\t9\nout:bias\t9\n"); !slices.Equal(got, want) {
		t.Errorf("a model for every actor: %v, want %v", got, want)
	}
}
