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
)

// The actor model is one logistic regression over every actor the article
// names: it reads what the rules decided of the actor (kept or dropped),
// what kind of actor it is, how often and where it is named, what the
// sentences that name it tell (an event, a toll, a place, speech, history)
// and the words around its mentions, and may add an actor the rules
// dropped or drop one they kept. Its candidates are the actors of the
// lexicon's and phrase finders' mentions and the rules' output, so every
// actor it gives is named in the text. Its weights are made by
// internal/trainactors from the tunable gold samples, and written only when
// left out one sample at a time it beats the rules alone.

//go:embed data/actormodel.tsv
var actorModelTSV string

// actorModel holds the weights of the named features and the thresholds.
type actorModel struct {
	add, veto float64 // probability from which a dropped actor is added, below which a kept one is dropped
	w         map[string]float64
}

// parseActorModel reads the weights file: "add"/"veto" lines with the
// thresholds, then "feature<TAB>weight" lines. A file of no weights is no
// model (nil).
func parseActorModel(data string) (*actorModel, error) {
	m := &actorModel{add: 2, veto: -1, w: map[string]float64{}}
	n := 0
	var err error
	eachRow(data, func(f []string) {
		n++
		if err != nil {
			return
		}
		if len(f) != 2 {
			err = fmt.Errorf("actor model line %d: %d fields, want 2", n, len(f))
			return
		}
		v, e := strconv.ParseFloat(f[1], 64)
		if e != nil {
			err = fmt.Errorf("actor model line %d: %w", n, e)
			return
		}
		switch f[0] {
		case "add":
			m.add = v
		case "veto":
			m.veto = v
		default:
			m.w[f[0]] = v
		}
	})
	if err != nil {
		return nil, err
	}
	if len(m.w) == 0 {
		return nil, nil
	}
	return m, nil
}

// prob is the model's probability that the actor of features f is one of
// the article's.
func (m *actorModel) prob(f map[string]float64) float64 {
	z := 0.0
	for k, v := range f {
		z += m.w[k] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// adjust returns the rules' actors with the model's changes.
func (m *actorModel) adjust(l *lexicon, r reading, f Facets, published time.Time) []string {
	cands := l.actorFeatures(r, f, published)
	if len(cands) == 0 {
		return f.Actors
	}
	set := map[string]bool{}
	for _, id := range f.Actors {
		set[id] = true
	}
	for id, feats := range cands {
		p := m.prob(feats)
		switch {
		case !set[id] && p >= m.add:
			set[id] = true
		case set[id] && p < m.veto:
			delete(set, id)
		}
	}
	return sortedKeys(set)
}

// Words of the actor features, normalized at start-up.
var (
	actorSpeechWords = wordSet("قال قالت قالوا يقول يقولون تقول أفاد أفادت أكد أكدت أكدوا يؤكد تؤكد ذكر ذكرت أوضح أوضحت أضاف أضافت " +
		"أعلن أعلنت يعلن تعلن اعتبر اعتبرت يعتبر تعتبر نفى نفت ينفي تنفي حذر حذرت يحذر تحذر دعا دعت يدعو تدعو " +
		"ندد نددت أدان أدانت يدين تدين طالب طالبت صرح صرحت تصريح تصريحات كلمة خطاب مؤتمر")
	actorBackWords  = wordSet("منذ ومنذ سابقا سابق السابق آنذاك حينها حينذاك الماضية الماضي تاريخ عقود سنوات")
	actorStmtWords  = wordSet("بيان بيانا البيان بلاغ")
	actorTalksWords = wordSet("مفاوضات محادثات اتفاق الاتفاق حل الحل السياسي مباحثات قمة اجتماع لقاء وزير الخارجية")
)

// actorFeatures returns, for every actor the article names or the rules
// give, the features the model reads (name → value; word features have
// the value 1).
func (l *lexicon) actorFeatures(r reading, f Facets, published time.Time) map[string]map[string]float64 {
	toks, ms := r.toks, r.ms
	if len(toks) == 0 {
		return nil
	}
	aboutSyria := len(f.Towns)+len(f.Governorates) > 0 || mentionsSyria(toks)
	all := l.actorMentions(toks, ms, aboutSyria)
	cues := articleCues{aboutSyria: aboutSyria}
	type agg struct {
		n, counted, title, lead, ev, toll, place, speech, back, stmt, talks, weak, generic int
		first                                                                              int
		words                                                                              map[string]bool
	}
	byID := map[string]*agg{}
	var sentInfo map[int]uint16
	lead := leadSentences(toks)
	const (
		sEv = 1 << iota
		sToll
		sPlace
		sSpeech
		sBack
		sStmt
		sTalks
	)
	for _, m := range all {
		e := m.e
		if e.kind != kindActor {
			continue
		}
		if sentInfo == nil {
			sentInfo = l.sentenceCues(toks, ms, published)
		}
		id := e.ids[0]
		a := byID[id]
		if a == nil {
			a = &agg{first: m.start, words: map[string]bool{}}
			byID[id] = a
		}
		a.n++
		if l.actorCounts(toks, ms, m, &cues) {
			a.counted++
		}
		t := toks[m.start]
		switch {
		case t.title:
			a.title++
		case lead[t.sent]:
			a.lead++
		}
		a.first = min(a.first, m.start)
		si := sentInfo[t.sent]
		for bit, c := range []*int{&a.ev, &a.toll, &a.place, &a.speech, &a.back, &a.stmt, &a.talks} {
			if si&(1<<bit) != 0 {
				*c++
			}
		}
		if e.weak {
			a.weak++
		}
		if e.syria && anonymous(e) {
			a.generic++
		}
		for j := max(0, m.start-2); j < min(len(toks), m.end+2); j++ {
			if j >= m.start && j < m.end || toks[j].sent != t.sent {
				continue
			}
			w := toks[j].forms[len(toks[j].forms)-1]
			if len(w) < 4 || w[0] >= '0' && w[0] <= '9' {
				continue
			}
			if j < m.start {
				a.words["wb:"+w] = true
			} else {
				a.words["wa:"+w] = true
			}
		}
	}
	rules := map[string]bool{}
	for _, id := range f.Actors {
		rules[id] = true
		if byID[id] == nil {
			byID[id] = &agg{first: len(toks), words: map[string]bool{}}
		}
	}
	if len(byID) == 0 {
		return nil
	}
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	frac := func(k, n int) float64 {
		if n == 0 {
			return 0
		}
		return float64(k) / float64(n)
	}
	art := map[string]float64{
		"syriaTown":  b(len(f.Towns) > 0),
		"aboutSyria": b(aboutSyria),
		"events":     b(len(f.EventTypes) > 0),
		"killed":     b(f.Killed != nil),
		"nRules":     math.Log1p(float64(len(f.Actors))),
		"nCands":     math.Log1p(float64(len(byID))),
	}
	out := make(map[string]map[string]float64, len(byID))
	for id, a := range byID {
		kind := "?"
		if ac := l.actors[id]; ac != nil {
			kind = ac.kind
		}
		rule := rules[id]
		x := map[string]float64{"bias": 1, "id:" + id: 1, "kind:" + kind: 1}
		maps.Copy(x, art)
		if rule {
			x["rule"] = 1
			x["rule&kind:"+kind] = 1
			x["rule&id:"+id] = 1
		}
		for o := range rules {
			if o != id && l.under(o, id) {
				x["implied"] = 1 // a kept actor below it gives it anyway
				break
			}
		}
		x["n"] = math.Log1p(float64(a.n))
		x["one"] = b(a.n == 1)
		x["counted"] = math.Log1p(float64(a.counted))
		x["uncounted"] = b(a.n > 0 && a.counted == 0)
		x["title"] = b(a.title > 0)
		x["lead"] = b(a.lead > 0)
		x["headNone"] = b(a.title+a.lead == 0)
		x["first"] = float64(a.first) / float64(len(toks))
		for k, v := range map[string]int{"ev": a.ev, "toll": a.toll, "place": a.place, "speech": a.speech, "back": a.back, "stmt": a.stmt, "talks": a.talks, "weak": a.weak, "generic": a.generic} {
			if v > 0 {
				x[k+"Any"] = 1
				x[k+"Frac"] = frac(v, a.n)
			}
		}
		for w := range a.words {
			x[w] = 1
		}
		// Each feature of the rules' view again for the actor's kind:
		// a toll beside civilians says another thing than beside a state.
		group := kindGroup(kind)
		byKind := map[string]float64{}
		for k, v := range x {
			if v != 0 && !strings.HasPrefix(k, "w") && !strings.HasPrefix(k, "id:") && !strings.HasPrefix(k, "rule&") && !strings.HasPrefix(k, "kind:") {
				byKind["K"+group+"|"+k] = v
			}
		}
		maps.Copy(x, byKind)
		// A kept actor and a dropped one are weighed apart, the first
		// for a veto, the second for an add: what a feature says of an
		// actor differs with what the rules made of it.
		side := "out:"
		if rule {
			side = "in:"
		}
		y := make(map[string]float64, len(x))
		for k, v := range x {
			if v != 0 {
				y[side+k] = v
			}
		}
		out[id] = y
	}
	return out
}

// kindGroup is the group of an actor kind whose features are weighed
// apart: civilians, Syria's government side, foreign states, armed groups.
func kindGroup(kind string) string {
	switch kind {
	case "civilians":
		return "civ"
	case "state", "militia":
		return "gov"
	case "external":
		return "ext"
	}
	return "reb"
}

// sentenceCues returns, for each sentence, what it tells as bits: an event
// trigger, a casualty figure, a place, speech, history, a statement, talks.
func (l *lexicon) sentenceCues(toks []token, ms []mention, published time.Time) map[int]uint16 {
	out := map[int]uint16{}
	var forms []string
	for i := range toks {
		t := toks[i]
		if t.has(l.triggerIx.starts) {
			forms = withoutSuffix(append(forms[:0], t.forms...))
			if l.triggerIx.longestAt(toks, i, len(t.forms), forms[len(t.forms):]) != nil {
				out[t.sent] |= 1
			}
		}
		switch {
		case t.has(actorSpeechWords):
			out[t.sent] |= 8
		case t.has(actorBackWords):
			out[t.sent] |= 16
		case t.has(actorStmtWords):
			out[t.sent] |= 32
		case t.has(actorTalksWords):
			out[t.sent] |= 64
		}
		if y, err := strconv.Atoi(t.w); err == nil && y >= 1900 && y < 2100 && !published.IsZero() && y < published.Year() {
			out[t.sent] |= 16
		}
	}
	for _, tl := range findTolls(toks) {
		if tl.tok >= 0 && tl.tok < len(toks) {
			out[toks[tl.tok].sent] |= 2
		}
	}
	for _, m := range ms {
		if m.e.kind == kindTown || m.e.kind == kindGov {
			out[toks[m.start].sent] |= 4
		}
	}
	return out
}

// ActorSample is what the actor model reads of one article, for the
// training command (internal/trainactors): the actors the rules give
// alone, and for each candidate actor its named features.
type ActorSample struct {
	Rules    []string
	Features map[string]map[string]float64
}

// ActorSampleOf reads an article as the actor model does, with the rules
// alone deciding its actors.
func ActorSampleOf(title, body string, published time.Time) ActorSample {
	l := lex()
	f, r := (&extractor{rulesOnly: true}).read(title, body, published, nil)
	defer r.release()
	return ActorSample{Rules: slices.Clone(f.Actors), Features: l.actorFeatures(r, f, published)}
}
