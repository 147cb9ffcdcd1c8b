package facets

import (
	_ "embed"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/rasid-project/rasid/analyzers"
)

// The event model is a logistic regression per event type that reads what
// the rules saw of the type (how strongly and where its triggers stand) and
// the words of the article, and may add a type the rules left below their
// threshold or veto one they kept. It is scored only for the types with at
// least one trigger the rules kept, so every type it gives has evidence.
// Its weights are made by internal/trainevents from the gold samples that
// code event types (the dev gold's tune part and the tunable files) and the
// rules' confident decisions over ant-all.

//go:embed data/eventmodel.tsv
var eventModelTSV string

// ruleHits is what the rules kept of one event type's triggers in an
// article: the weighted count they decide on and where the triggers stand.
type ruleHits struct {
	score             int
	title, lead, body int
	headAt            int // 1 + the token of the first trigger in the title or lead; 0 if none
	// leadScore is score with every word of the lead's two sentences
	// weighed as the lead's, past leadWords too: whether an undated
	// report tells news of the day is read from the whole lead.
	leadScore int
	// bodyLone: a lone body trigger weighed up to the floor
	// (loneSeizedRegain): a type of the article, not the day's news.
	bodyLone bool
}

// add counts a trigger at token i of weight w; at is where it stands in the
// lead (see leadZone.place).
func (h *ruleHits) add(i, w int, inTitle bool, at leadPlace) {
	inLead := at != notLead
	h.score += w
	h.leadScore += w
	if at == leadPast {
		h.leadScore += w // weighed 1 for 2: see placeWeight
	}
	switch {
	case inTitle:
		h.title++
	case inLead:
		h.lead++
	default:
		h.body++
	}
	if (inTitle || inLead) && h.headAt == 0 {
		h.headAt = i + 1
	}
}

// Feature names of the rules' view of a type (the model's dense features).
const (
	featBias  = "bias"
	featRule  = "rule"  // the rules alone give the type
	featScore = "score" // log(1+weighted trigger count)
	featOne   = "one"   // a single body trigger
	featTitle = "title" // a trigger in the title
	featLead  = "lead"  // a trigger in the first two sentences
	featBody  = "body"  // log(1+triggers further down)
)

// ruleFeatures returns the dense features of one type, in a fixed order.
func ruleFeatures(h ruleHits, rule bool) [7]float64 {
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	return [7]float64{1, b(rule), math.Log1p(float64(h.score)), b(h.score == 1), b(h.title > 0), b(h.lead > 0), math.Log1p(float64(h.body))}
}

var ruleFeatureNames = [7]string{featBias, featRule, featScore, featOne, featTitle, featLead, featBody}

// eachWord calls fn once per distinct word feature of the article: "h:"
// for a word of the title or lead, "b:" for one of the rest of the body,
// each word taken without its proclitics; stop words, numbers and
// one-letter words are left out.
func eachWord(toks []token, fn func(head bool, w string)) {
	lead := leadSentences(toks)
	seen := make(map[string]uint8, len(toks)/2)
	for i := range toks {
		t := &toks[i]
		w := t.forms[len(t.forms)-1]
		if len(w) < 4 || w[0] >= '0' && w[0] <= '9' || analyzers.IsStopWord(w) {
			continue
		}
		bit := uint8(2)
		if t.title || lead[t.sent] {
			bit = 1
		}
		if seen[w]&bit != 0 {
			continue
		}
		seen[w] |= bit
		fn(bit == 1, w)
	}
}

// eventModel holds one weight vector per event type.
type eventModel struct {
	add, veto float64 // probability above which a type is added, below which a rule's type is dropped
	types     map[string]*typeModel
	vocab     map[string]int // word → index into typeModel.head / body
}

type typeModel struct {
	dense      [7]float64
	head, body []float64 // by vocab index
}

// adjust adds to set the types the model is confident of and drops those it
// is confident against, among the types with a kept trigger.
func (m *eventModel) adjust(toks []token, hits map[string]ruleHits, set map[string]bool) {
	cand := 0
	for id := range hits {
		if m.types[id] != nil {
			cand++
		}
	}
	if cand == 0 {
		return
	}
	var head, body []int
	if len(m.vocab) > 0 {
		m.words(toks, &head, &body)
	}
	for id, h := range hits {
		tm := m.types[id]
		if tm == nil {
			continue
		}
		p := tm.prob(ruleFeatures(h, set[id]), head, body)
		switch {
		case !set[id] && p >= m.add:
			set[id] = true
		case set[id] && p < m.veto:
			delete(set, id)
		}
	}
}

// words collects the vocabulary indices of the article's word features.
func (m *eventModel) words(toks []token, head, body *[]int) {
	eachWord(toks, func(h bool, w string) {
		k, ok := m.vocab[w]
		switch {
		case !ok:
		case h:
			*head = append(*head, k)
		default:
			*body = append(*body, k)
		}
	})
}

func (tm *typeModel) prob(dense [7]float64, head, body []int) float64 {
	z := 0.0
	for k, v := range dense {
		z += tm.dense[k] * v
	}
	for _, k := range head {
		z += tm.head[k]
	}
	for _, k := range body {
		z += tm.body[k]
	}
	return 1 / (1 + math.Exp(-z))
}

// parseEventModel reads the weights file: "add"/"veto" lines with the
// thresholds, then "type<TAB>feature<TAB>weight" lines, a word feature
// named "h:word" or "b:word". An empty file is no model.
func parseEventModel(data string) (*eventModel, error) {
	m := &eventModel{types: map[string]*typeModel{}, vocab: map[string]int{}}
	type wordWeight struct {
		typ  string
		head bool
		k    int
		w    float64
	}
	var words []wordWeight
	n := 0
	var err error
	eachRow(data, func(f []string) {
		n++
		if err != nil {
			return
		}
		if len(f) == 2 && (f[0] == "add" || f[0] == "veto") {
			v, e := strconv.ParseFloat(f[1], 64)
			if e != nil {
				err = fmt.Errorf("event model line %d: %w", n, e)
			}
			if f[0] == "add" {
				m.add = v
			} else {
				m.veto = v
			}
			return
		}
		if len(f) != 3 {
			err = fmt.Errorf("event model line %d: %d fields, want 3", n, len(f))
			return
		}
		w, e := strconv.ParseFloat(f[2], 64)
		if e != nil {
			err = fmt.Errorf("event model line %d: %w", n, e)
			return
		}
		tm := m.types[f[0]]
		if tm == nil {
			tm = &typeModel{}
			m.types[f[0]] = tm
		}
		if word, ok := strings.CutPrefix(f[1], "h:"); ok {
			words = append(words, wordWeight{f[0], true, m.index(word), w})
			return
		}
		if word, ok := strings.CutPrefix(f[1], "b:"); ok {
			words = append(words, wordWeight{f[0], false, m.index(word), w})
			return
		}
		for k, name := range ruleFeatureNames {
			if name == f[1] {
				tm.dense[k] = w
				return
			}
		}
		err = fmt.Errorf("event model line %d: unknown feature %q", n, f[1])
	})
	if err != nil {
		return nil, err
	}
	if len(m.types) == 0 {
		return nil, nil
	}
	for _, tm := range m.types {
		tm.head = make([]float64, len(m.vocab))
		tm.body = make([]float64, len(m.vocab))
	}
	for _, ww := range words {
		if ww.head {
			m.types[ww.typ].head[ww.k] = ww.w
		} else {
			m.types[ww.typ].body[ww.k] = ww.w
		}
	}
	return m, nil
}

func (m *eventModel) index(w string) int {
	k, ok := m.vocab[w]
	if !ok {
		k = len(m.vocab)
		m.vocab[w] = k
	}
	return k
}

// EventSample is what the event model reads of one article, for the
// training command (internal/trainevents): the types the rules give alone,
// and for each type with a kept trigger its named features.
type EventSample struct {
	Rules []string
	// Features maps each type with a kept trigger to its features (name →
	// value); word features ("h:…", "b:…") have the value 1.
	Features map[string]map[string]float64
}

// EventSampleOf reads an article as the event model does.
func EventSampleOf(title, body string, published time.Time) EventSample {
	l := lex()
	r := l.reading(title, body)
	defer r.release()
	toks := r.toks
	hits := l.eventHits(toks, r.ms, published, nil)
	// The dates-only pseudo types (datesOnly: siege, crime, march,
	// supply) are never types of the article (findEvents drops them after
	// the model; they only date the news), so they are neither the rules'
	// nor the model's to give.
	maps.DeleteFunc(hits, func(id string, _ ruleHits) bool { return datesOnly(id) })
	set := ruleEvents(hits)
	s := EventSample{Rules: slices.Sorted(maps.Keys(set)), Features: map[string]map[string]float64{}}
	var words []string
	eachWord(toks, func(head bool, w string) {
		if head {
			words = append(words, "h:"+w)
		} else {
			words = append(words, "b:"+w)
		}
	})
	for id, h := range hits {
		f := map[string]float64{}
		for k, v := range ruleFeatures(h, set[id]) {
			if v != 0 {
				f[ruleFeatureNames[k]] = v
			}
		}
		for _, w := range words {
			f[w] = 1
		}
		s.Features[id] = f
	}
	return s
}
