package facets

import (
	"strings"
	"time"
)

// The toll trace: which stage of casualties (numbers.go) kept or dropped
// each figure findTolls read, and why. It is a reader's tool (rasid
// extract --trace-tolls), the cheapest way to sort a toll's misses by the
// reading that lost them (round 63, m63kill; round 64, m64kill): a gold
// figure never read is findTolls' (or a word list's), one dropped by a
// filter is that filter's, one kept and not chosen is mainToll's.
//
// Extraction records nothing: casualties' filters name the reason they
// drop a figure (datedFilter, storyDrop: the trace's names are the
// readings' own, so the two cannot drift), and n.tollStep notes it only
// when n.tracing(), false for the nil notes of Extract and for the notes of
// ExtractWithEvidence alike.

// Stages of the toll trace, in casualties' order.
const (
	TollStageRead     = "read"     // findTolls' figures
	TollStageFilter   = "filter"   // the per-figure filters of a dated article
	TollStageRecalled = "recalled" // tollRecalled: an earlier event's figure
	TollStageStory    = "story"    // a story-level drop of every killed figure
	TollStageAct      = "act"      // an act's one victim beside another toll
	TollStageKept     = "kept"     // what mainToll chooses from
	TollStageMain     = "main"     // mainToll's choice and the last steps
)

// TollStep is one line of the toll trace: a figure (Kind, N, its words)
// at a stage, with Why naming the rule that dropped it, or for the main
// stage the value chosen.
type TollStep struct {
	Stage string `json:"stage"`
	Why   string `json:"why,omitempty"`
	Kind  string `json:"kind,omitempty"` // killed or injured
	N     int    `json:"n"`
	Flags string `json:"flags,omitempty"` // the toll's marks: vague, running, part, later, act …
	Para  int    `json:"para"`
	Title bool   `json:"title,omitempty"`
	Text  string `json:"text,omitempty"` // the figure's words and a few before it
}

// tollTrace is what casualties noted for the trace.
type tollTrace struct {
	steps []tollNote
}

type tollNote struct {
	stage, why string
	t          toll
	value      *int // for a main step
}

// tracing reports whether the toll trace is asked for.
func (n *notes) tracing() bool { return n != nil && n.trace != nil }

// tollStep notes toll t at stage, dropped for why ("" when it stands).
func (n *notes) tollStep(stage, why string, t toll) {
	if n.tracing() {
		n.trace.steps = append(n.trace.steps, tollNote{stage: stage, why: why, t: t})
	}
}

// tollSteps notes every toll of ts at stage.
func (n *notes) tollSteps(stage, why string, ts []toll) {
	if n.tracing() {
		for _, t := range ts {
			n.tollStep(stage, why, t)
		}
	}
}

// tollMain notes a main-stage value: the killed or injured figure chosen
// (nil for none), or a last step's (why) change of it.
func (n *notes) tollMain(why string, kind killKind, v *int) {
	if n.tracing() {
		n.trace.steps = append(n.trace.steps, tollNote{stage: TollStageMain, why: why, t: toll{kind: kind, tok: -1}, value: v})
	}
}

// TraceTolls is Extract that also returns the toll trace: every figure
// casualties read, the stage that dropped it and why, the figures mainToll
// chose from and its choice. The facets are Extract's.
func TraceTolls(title, body string, published time.Time) (Facets, []TollStep) {
	return defaultExtractor.TraceTolls(title, body, published)
}

// TraceTolls is the package-level TraceTolls with x's rules.
func (x *extractor) TraceTolls(title, body string, published time.Time) (Facets, []TollStep) {
	n := notesPool.Get().(*notes)
	defer notesPool.Put(n)
	n.reset()
	tr := &tollTrace{}
	n.trace = tr
	f, rd := x.read(title, body, published, n)
	n.trace = nil
	ev := evidenceReader{toks: rd.toks, title: title, body: body, tokBody: rd.body}
	out := make([]TollStep, 0, len(tr.steps))
	for _, s := range tr.steps {
		st := TollStep{Stage: s.stage, Why: s.why, Kind: kindName(s.t.kind)}
		if s.t.tok < 0 {
			st.N, st.Para = -1, -1
			if s.value != nil {
				st.N = *s.value
			}
			out = append(out, st)
			continue
		}
		t := s.t
		st.N, st.Flags = t.n, tollFlags(t)
		st.Para, st.Title = rd.toks[t.tok].para, rd.toks[t.tok].title
		i, j := ev.tollTokens(t)
		s := rd.toks[t.tok].sent
		for i > 0 && i > t.tok-3 && rd.toks[i-1].sent == s {
			i--
		}
		for k := 0; k < 2 && j < len(rd.toks) && rd.toks[j].sent == s && rd.toks[j].title == rd.toks[t.tok].title; k++ {
			j++
		}
		if sp, ok := ev.span(i, j); ok {
			st.Text = sp.Text
		}
		out = append(out, st)
	}
	rd.release()
	return f, out
}

func kindName(k killKind) string {
	if k == injuredKind {
		return "injured"
	}
	return "killed"
}

// tollFlags lists t's marks, space-separated.
func tollFlags(t toll) string {
	var b strings.Builder
	for _, f := range []struct {
		on   bool
		name string
	}{{t.vague, "vague"}, {t.running, "running"}, {t.part, "part"}, {t.bare, "bare"}, {t.later, "later"}, {t.act, "act"},
		{t.total, "total"}, {t.others, "others"}, {t.whole, "whole"}, {t.found, "found"}, {t.executed, "executed"}} {
		if f.on {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(f.name)
		}
	}
	return b.String()
}
