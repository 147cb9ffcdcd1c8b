package main

import (
	"github.com/rasid-project/rasid/analyzers/facets/internal/goldfiles"
	"strings"
	"testing"
)

// toy builds data of two samples from rows "sample label rule id feature…".
func toy(rows ...string) *data {
	d := &data{samples: []string{"a", "b"}, index: map[string]int32{}}
	for _, r := range rows {
		f := strings.Fields(r)
		fold := map[string]int{"a": 0, "b": 1}[f[0]]
		ai := len(d.arts)
		a := article{id: r, fold: fold, gold: ancestors(nil)}
		if f[1] == "1" {
			a.gold = ancestors([]string{f[3]})
		}
		if f[2] == "1" {
			a.rules = []string{f[3]}
		}
		d.arts = append(d.arts, a)
		ex := example{art: ai, id: f[3], label: a.gold[f[3]]}
		for _, name := range f[4:] {
			k := d.intern(name)
			d.df[k]++
			ex.feats = append(ex.feats, k)
			ex.vals = append(ex.vals, 1)
		}
		d.exs = append(d.exs, ex)
	}
	return d
}

// TestScoreAncestors checks the scores count an actor with its ancestors on
// both sides, as eval-facets does: YPG kept where the gold says SDF is SDF
// right and YPG wrong.
func TestScoreAncestors(t *testing.T) {
	d := toy("a 0 1 ypg out:bias")
	d.arts[0].gold = ancestors([]string{"sdf"})
	s := d.score(nil, decision{2, -1}, nil)
	if s[0] != (goldfiles.Score{TP: 1, FP: 1}) {
		t.Errorf("ypg for sdf: %+v, want 1 tp, 1 fp", s[0])
	}
	probs := []float64{0.1}
	if s := d.score(probs, decision{2, 0.5}, nil); s[0] != (goldfiles.Score{FN: 1}) {
		t.Errorf("ypg vetoed: %+v, want 1 fn", s[0])
	}
}

// TestTrainLearnsAndCrossValidates checks a feature that says the label is
// learned, left out one sample at a time, and that thresholds chosen on the
// result add the dropped gold actors and veto the kept wrong ones.
func TestTrainLearnsAndCrossValidates(t *testing.T) {
	var rows []string
	for _, s := range []string{"a", "b"} {
		for range 20 {
			rows = append(rows, s+" 1 0 russia out:bias out:good", s+" 0 0 iran out:bias out:bad",
				s+" 1 1 isis in:bias in:good", s+" 0 1 usa in:bias in:bad")
		}
	}
	d := toy(rows...)
	st := setting{l2: 0.01, feats: "rules", minDF: 1}
	all := []bool{true, true}
	probs := d.crossValidate(st, all)
	dec, s := d.bestDecision(probs, all)
	if p := goldfiles.Sum(s, -1); p.FP != 0 || p.FN != 0 {
		t.Errorf("thresholds %+v: %+v, want no errors", dec, p)
	}
	if base := goldfiles.Sum(d.score(nil, decision{2, -1}, nil), -1); base.FP != 40 || base.FN != 40 {
		t.Errorf("rules alone %+v, want 40 fp and 40 fn", base)
	}
	again := d.crossValidate(st, all)
	for i := range probs {
		if probs[i] != again[i] {
			t.Fatalf("example %d: %g then %g: not deterministic", i, probs[i], again[i])
		}
	}
}

// TestUsesFeatureSets checks which features each setting reads, whatever
// the side prefix.
func TestUsesFeatureSets(t *testing.T) {
	d := toy("a 1 1 isis in:bias in:id:isis in:wb:قصف", "b 1 1 isis in:wb:قصف")
	for _, tc := range []struct {
		feats string
		want  [3]bool
	}{{"rules", [3]bool{true, false, false}}, {"ids", [3]bool{true, true, false}}, {"words", [3]bool{true, true, true}}} {
		for k, w := range tc.want {
			if got := d.uses(setting{feats: tc.feats, minDF: 2}, int32(k)); got != w {
				t.Errorf("%s: %s read %v, want %v", tc.feats, d.names[k], got, w)
			}
		}
	}
}
