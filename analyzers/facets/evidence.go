package facets

import (
	"encoding/json"
	"slices"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/rasid-project/rasid/analyzers"
)

// Fields a span can point into.
const (
	FieldTitle = "title"
	FieldBody  = "body"
)

// Span is a stretch of an article that a facet value was read from: byte
// offsets into the title or body exactly as they were given to extraction
// (and as the index stores them), and the text between them.
type Span struct {
	Field string `json:"field"` // FieldTitle or FieldBody
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"` // the field's bytes Start to End
}

// Evidence says, for every facet value of an article, where the text names
// it, so that a researcher can check each value. A governorate read from a
// town points at the town's name. A value the rules read from no single
// stretch of text (a date taken from a present-tense lead, say) points at
// the words that decided it.
type Evidence struct {
	Towns        map[string][]Span `json:"towns"`
	Governorates map[string][]Span `json:"governorates"`
	Actors       map[string][]Span `json:"actors"`
	EventTypes   map[string][]Span `json:"event_types"`
	Killed       []Span            `json:"killed"`
	Injured      []Span            `json:"injured"`
	EventDate    []Span            `json:"event_date"`
}

// MarshalJSON writes every map and list, {} or [] when empty, as Facets
// does.
func (e Evidence) MarshalJSON() ([]byte, error) {
	type plain Evidence
	out := plain(e)
	for _, m := range []*map[string][]Span{&out.Towns, &out.Governorates, &out.Actors, &out.EventTypes} {
		if *m == nil {
			*m = map[string][]Span{}
		}
	}
	for _, l := range []*[]Span{&out.Killed, &out.Injured, &out.EventDate} {
		if *l == nil {
			*l = []Span{}
		}
	}
	return json.Marshal(out)
}

// Values returns the spans of one list facet (FacetTowns...), by value.
func (e Evidence) Values(facet string) map[string][]Span {
	switch facet {
	case FacetTowns:
		return e.Towns
	case FacetGovernorates:
		return e.Governorates
	case FacetActors:
		return e.Actors
	case FacetEventTypes:
		return e.EventTypes
	}
	return nil
}

// ExtractWithEvidence is Extract that also says where each value was read.
func ExtractWithEvidence(title, body string, published time.Time) (Facets, Evidence) {
	return defaultExtractor.ExtractWithEvidence(title, body, published)
}

// ExtractWithEvidence reads the event facets of one article and their
// evidence.
//
// The rules note, as they decide, the mentions behind the values they
// weigh (notes); evidence looks each value up among them and turns their
// tokens into byte spans of the title and body. A mention that passed the
// rule's checks is strict; one the rule weighed and set aside (a weak
// actor alias far from any fighting, a trigger under a modal) is loose,
// and is given only for a value with no strict mention.
func (x *extractor) ExtractWithEvidence(title, body string, published time.Time) (Facets, Evidence) {
	n := notesPool.Get().(*notes)
	defer notesPool.Put(n)
	n.reset()
	f, rd := x.read(title, body, published, n)
	ev := evidenceReader{toks: rd.toks, title: title, body: body, tokBody: rd.body}
	var e Evidence
	e.Towns, e.Governorates = ev.places(n, f)
	e.Actors = ev.hits(n.actors, f.Actors, nil)
	e.EventTypes = ev.events(n, f)
	e.Killed, e.Injured = ev.tolls(n, f)
	e.EventDate = ev.date(n, f, published)
	rd.release()
	return f, e
}

// notesPool keeps the notes of past articles, whose slices then need not
// grow again: evidence costs little more than extraction (see
// BenchmarkEvidenceRatio) only while it allocates little more.
var notesPool = sync.Pool{New: func() any { return new(notes) }}

// notes are what the rules note about the mentions behind the values they
// weigh, as they weigh them. Extract passes none (a nil *notes, whose
// methods do nothing), so extraction alone records nothing.
type notes struct {
	places []placeNote
	actors []hit
	events []triggerNote
	tolls  []toll     // casualties' figures, those of older events dropped
	hits   []hit      // scratch space of evidence, for one facet at a time
	dates  []dateExpr // eventDate's dates of the title and lead
	// dateTok is the token that dated the event when no date of the lead
	// did: a relative date a paragraph down, or (dateVerb) the
	// present-tense lead verb; -1 when none did.
	dateTok  int
	dateVerb bool
	// trace, when not nil, takes casualties' toll trace (tolltrace.go).
	trace *tollTrace
}

// hit is a stretch of tokens naming a value; strict when the mention
// passed the rule's checks.
type hit struct {
	id     string
	i, j   int
	strict bool
}

// placeNote is one place mention places weighed: a governorate's phrase
// (gov), a capital or a base's town (town and gov), or a community's name
// (e, any of whose communities it may name).
type placeNote struct {
	e         *entry
	town, gov string
	i, j      int
	strict    bool
}

// triggerNote is one event trigger findEvents met: typed is the type it
// counted for ("" for none: it was set aside, or its context typed it as
// nothing). Only a typed trigger is strict evidence; it is loose evidence
// for every other type it may stand for.
type triggerNote struct {
	trig, typed string
	i, j        int
}

// reset empties n for another article, keeping its slices.
func (n *notes) reset() {
	*n = notes{places: n.places[:0], actors: n.actors[:0], events: n.events[:0], hits: n.hits[:0], dateTok: -1}
}

func (n *notes) place(p placeNote) {
	if n != nil {
		n.places = append(n.places, p)
	}
}

func (n *notes) actor(id string, m mention, strict bool) {
	if n != nil {
		n.actors = append(n.actors, hit{id: id, i: m.start, j: m.end, strict: strict})
	}
}

func (n *notes) trigger(trig, typed string, i, j int) {
	if n != nil {
		n.events = append(n.events, triggerNote{trig: trig, typed: typed, i: i, j: j})
	}
}

// evidenceReader turns one article's notes into spans.
type evidenceReader struct {
	toks        []token
	title, body string
	tokBody     string // the body as tokenized (teasers cut, read-also lines blanked)
	// maps lead from the tokens' offsets in the normalized title and body
	// to the original text. Each is made when a span first needs it:
	// mapping costs more than the lookups (NFKC on text with Latin or
	// presentation forms), and most corpus articles have no span in the
	// title or none at all.
	titleMap, bodyMap   analyzers.OffsetMap
	titleMade, bodyMade bool
}

// offsetMap returns the offset map of the title or the body, made once.
func (r *evidenceReader) offsetMap(title bool) analyzers.OffsetMap {
	if title {
		if !r.titleMade {
			r.titleMap, r.titleMade = analyzers.MapNormalized(r.title), true
		}
		return r.titleMap
	}
	if !r.bodyMade {
		r.bodyMap, r.bodyMade = analyzers.MapNormalized(r.tokBody), true
	}
	return r.bodyMap
}

// span returns the span of tokens [i, j), cut at the end of i's field.
// Each token knows its offset in its normalized field; the field's offset
// map leads back to the original bytes. The body's tokens were read from
// the body with teasers cut and read-also lines blanked, which keeps the
// body's offsets.
func (r *evidenceReader) span(i, j int) (Span, bool) {
	if i < 0 || i >= j || j > len(r.toks) {
		return Span{}, false
	}
	for j > i+1 && r.toks[j-1].title != r.toks[i].title {
		j--
	}
	s := Span{Field: FieldBody}
	text, m := r.body, r.offsetMap(r.toks[i].title)
	if r.toks[i].title {
		s.Field, text = FieldTitle, r.title
	}
	a, b := r.toks[i], r.toks[j-1]
	na, nb := int(a.at), int(b.at)+len(b.w)
	if na >= nb || nb > m.Len() {
		return Span{}, false // NFKC on invalid UTF-8 can leave the map short
	}
	s.Start, _ = m.Original(na, na+1)
	_, s.End = m.Original(nb-1, nb)
	// Take in the harakat and tatweel after the last letter.
	for s.End < len(text) {
		c, size := utf8.DecodeRuneInString(text[s.End:])
		if _, keep := analyzers.FoldRune(c); keep {
			break
		}
		s.End += size
	}
	if s.Start < 0 || s.Start >= s.End || s.End > len(text) {
		return Span{}, false
	}
	s.Text = text[s.Start:s.End]
	return s, true
}

// hits returns the spans of each of ids among hs: the strict ones (with
// those borrowed from extra), or the loose ones where there are none,
// sorted and without repeats.
func (r *evidenceReader) hits(hs []hit, ids []string, extra map[string][]Span) map[string][]Span {
	out := make(map[string][]Span, len(ids))
	for _, id := range ids {
		strict := len(extra[id]) > 0
		n := len(extra[id])
		for _, h := range hs {
			if h.id == id {
				n++
				strict = strict || h.strict
			}
		}
		sp := make([]Span, 0, n)
		sp = append(sp, extra[id]...)
		for _, h := range hs {
			if h.id == id && h.strict == strict {
				if v, ok := r.span(h.i, h.j); ok {
					sp = append(sp, v)
				}
			}
		}
		out[id] = tidySpans(sp)
	}
	return out
}

// tidySpans orders spans title first, then by offset, without repeats or
// spans inside another ("19 من تشرين الثاني" inside "الأحد الـ 19 من
// تشرين الثاني").
func tidySpans(sp []Span) []Span {
	if sp == nil {
		return []Span{}
	}
	slices.SortFunc(sp, func(a, b Span) int {
		if a.Field != b.Field {
			if a.Field == FieldTitle {
				return -1
			}
			return 1
		}
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End // the longer first
	})
	out := sp[:0]
	for _, s := range sp {
		if n := len(out); n > 0 && out[n-1].Field == s.Field && s.End <= out[n-1].End {
			continue
		}
		out = append(out, s)
	}
	return out
}

// places looks f's towns and governorates up among the place mentions
// places noted. A governorate read from a town points at the town.
func (r *evidenceReader) places(n *notes, f Facets) (towns, govs map[string][]Span) {
	ts := n.hits[:0]
	for _, p := range n.places {
		if p.town != "" && slices.Contains(f.Towns, p.town) {
			ts = append(ts, hit{id: p.town, i: p.i, j: p.j, strict: p.strict})
		}
		if p.e == nil {
			continue
		}
		for _, c := range p.e.towns {
			if slices.Contains(f.Towns, c.pcode) {
				ts = append(ts, hit{id: c.pcode, i: p.i, j: p.j, strict: p.strict})
			}
		}
	}
	towns = r.hits(ts, f.Towns, nil)
	gs := ts[:0]
	for _, p := range n.places {
		if p.gov != "" {
			gs = append(gs, hit{id: p.gov, i: p.i, j: p.j, strict: p.strict})
		}
	}
	var extra map[string][]Span
	if len(f.Towns) > 0 {
		extra = make(map[string][]Span, len(f.Governorates))
		l := lex()
		for _, pc := range f.Towns {
			if t := l.towns[pc]; t != nil {
				extra[t.gov] = append(extra[t.gov], towns[pc]...)
			}
		}
	}
	govs = r.hits(gs, f.Governorates, extra)
	n.hits = gs[:0]
	return towns, govs
}

// events looks f's event types up among the triggers findEvents noted.
func (r *evidenceReader) events(n *notes, f Facets) map[string][]Span {
	hs := n.hits[:0]
	for _, t := range n.events {
		for _, id := range f.EventTypes {
			switch {
			case id == t.typed:
				hs = append(hs, hit{id: id, i: t.i, j: t.j, strict: true})
			case id == t.trig || slices.Contains(triggerTypes[t.trig], id):
				hs = append(hs, hit{id: id, i: t.i, j: t.j})
			}
		}
	}
	n.hits = hs[:0]
	return r.hits(hs, f.EventTypes, nil)
}

// triggerTypes are the event types a context-typed trigger may stand for.
var triggerTypes = map[string][]string{
	evCapture:   {"government-regains-territory", "non-state-actor-overtakes-territory"},
	evShelling:  {"shelling-artillery-missile-attack", "air-drone-strike"},
	evTargeted:  {"shelling-artillery-missile-attack", "air-drone-strike"},
	evRaided:    {"air-drone-strike"},
	evSortie:    {"air-drone-strike"},
	evIntercept: {"disrupted-weapons-use"},
}

// tolls finds, among the figures casualties noted, those behind f's killed
// and injured: the figures of the value, or where the value is a sum, the
// figures of the sentence summed.
func (r *evidenceReader) tolls(n *notes, f Facets) (killed, injured []Span) {
	if f.Killed == nil && f.Injured == nil {
		return []Span{}, []Span{}
	}
	// mainToll reads no figure past paragraph maxTollPara+1, nor a late
	// toll past maxLateTollPara or the other side's past maxOtherSidePara;
	// the tolls of the rest of a long article are not evidence.
	ts := n.tolls
	for k, t := range ts {
		if r.toks[t.tok].para > max(maxTollPara+2, maxOtherSidePara, maxLateTollPara) {
			ts = ts[:k]
			break
		}
	}
	// A later party told figure-first (toll.later) counts only as the
	// other side of the main event: it is evidence of a sum alone.
	all, ts := ts, withoutLater(ts)
	read := func(kind killKind, v *int) []Span {
		if v == nil {
			return []Span{}
		}
		// Most tolls are one figure, written as the value: take the tolls
		// of the sentences that write it in digits, and only where that
		// fails (a sum, a dual) those of the whole lead.
		if sp := r.digitTolls(ts, kind, *v); len(sp) > 0 {
			return sp
		}
		if sp := r.otherSideTolls(all, kind, *v); len(sp) > 0 {
			return sp
		}
		var exact, sum []Span
		sent := -1
		for _, t := range ts {
			if t.kind != kind || t.vague {
				continue
			}
			if sent < 0 {
				sent = r.toks[t.tok].sent
			}
			sp, ok := r.span(r.tollTokens(t))
			switch {
			case !ok:
			case t.n == *v:
				exact = append(exact, sp)
			case r.toks[t.tok].sent == sent:
				sum = append(sum, sp)
			}
		}
		if len(exact) > 0 {
			return tidySpans(exact)
		}
		return tidySpans(sum)
	}
	return read(killedKind, f.Killed), read(injuredKind, f.Injured)
}

// otherSideTolls returns the spans of two figures of kind in different
// sentences that add up to v, the first pair found: the main figure and
// the other side's (mainToll's otherSide), when no one figure or sentence
// gives v.
func (r *evidenceReader) otherSideTolls(ts []toll, kind killKind, v int) []Span {
	for a, ta := range ts {
		if ta.kind != kind || ta.vague || ta.n >= v {
			continue
		}
		for _, tb := range ts[a+1:] {
			if tb.kind != kind || tb.vague || ta.n+tb.n != v || r.toks[tb.tok].sent == r.toks[ta.tok].sent {
				continue
			}
			sa, okA := r.span(r.tollTokens(ta))
			sb, okB := r.span(r.tollTokens(tb))
			if okA && okB {
				return tidySpans([]Span{sa, sb})
			}
		}
	}
	return nil
}

// digitTolls returns the spans of the tolls of kind behind the value v
// among those of the sentences that write a figure in digits: the tolls
// that are v, or else those of the first sentence whose tolls of kind add
// up to v ("قتل 31 ... في حين قتل أكثر من 50": 81). It returns nothing
// when no such sentence gives v (a figure in words, a running toll told
// over two sentences).
func (r *evidenceReader) digitTolls(ts []toll, kind killKind, v int) []Span {
	var exact, sum []Span
	for k := 0; k < len(ts); {
		// The tolls of one sentence, in ts[k:e].
		s := r.toks[ts[k].tok].sent
		e := k + 1
		for e < len(ts) && r.toks[ts[e].tok].sent == s {
			e++
		}
		group := ts[k:e]
		k = e
		if !r.digitSentence(group[0].tok) {
			continue
		}
		total := 0
		var parts []Span
		for _, t := range group {
			if t.kind != kind || t.vague {
				continue
			}
			sp, ok := r.span(r.tollTokens(t))
			if !ok {
				continue
			}
			if t.n == v {
				exact = append(exact, sp)
			}
			total += t.n
			parts = append(parts, sp)
		}
		if sum == nil && total == v && len(parts) > 1 {
			sum = parts
		}
	}
	if len(exact) > 0 {
		return tidySpans(exact)
	}
	if sum != nil {
		return tidySpans(sum)
	}
	return nil
}

// digitSentence reports whether the sentence of token i writes a figure in
// digits and holds a word findTolls reads a digit figure by.
func (r *evidenceReader) digitSentence(i int) bool {
	s := r.toks[i].sent
	a, b := i, i
	for a > 0 && r.toks[a-1].sent == s {
		a--
	}
	for b < len(r.toks) && r.toks[b].sent == s {
		b++
	}
	digit := false
	for _, t := range r.toks[a:b] {
		if w := t.w; w != "" && w[0] >= '0' && w[0] <= '9' {
			digit = true
			break
		}
	}
	return digit && slices.ContainsFunc(r.toks[a:b], tollWord)
}

// tollWord reports a word that findTolls reads a digit figure by.
func tollWord(t token) bool {
	return t.has(killVerbs) || t.has(hurtVerbs) || t.has(killNouns) || t.has(hurtNouns) || t.has(runningToll)
}

// tollTokens returns the tokens of one figure: its toll word through the
// number ("مقتل أكثر من 50"), or the number and the noun after it ("31
// قتيلا"), or the one word that is the figure (قتيلين).
func (r *evidenceReader) tollTokens(t toll) (int, int) {
	toks := r.toks
	if n, used := readNumber(toks, t.tok); used > 0 && n == t.n {
		end := t.tok + used
		if end < len(toks) && !toks[end].gap && (toks[end].has(killNouns) || toks[end].has(hurtNouns)) {
			end++
		}
		return t.tok, end
	}
	s := toks[t.tok].sent
	for j := t.tok + 1; j < len(toks) && toks[j].sent == s; j++ {
		if n, used := readNumber(toks, j); used > 0 && n == t.n {
			return t.tok, j + used
		}
	}
	return t.tok, t.tok + 1
}

// date looks f's event date up among the dates eventDate noted, or points
// at the word that dated it when no date of the lead did.
func (r *evidenceReader) date(n *notes, f Facets, published time.Time) []Span {
	if f.EventDate == "" {
		return []Span{}
	}
	var out []Span
	for _, d := range n.dates {
		if d.t.Format(time.DateOnly) == f.EventDate {
			if sp, ok := r.span(d.tok, dateEnd(r.toks, d.tok, published)); ok {
				out = append(out, sp)
			}
		}
	}
	if len(out) == 0 && n.dateTok >= 0 {
		end := n.dateTok + 1
		if !n.dateVerb {
			end = dateEnd(r.toks, n.dateTok, published)
		}
		if sp, ok := r.span(n.dateTok, end); ok {
			out = append(out, sp)
		}
	}
	return tidySpans(out)
}

// dateEnd returns the end of the date expression dateAt reads at token i:
// a day, its month (twice, "تشرين الثاني / نوفمبر") and year; a weekday
// with the date after it; or the one word (أمس, الأحد).
func dateEnd(toks []token, i int, pub time.Time) int {
	if _, _, j, ok := dayMonthAt(toks, i); ok {
		_, k := yearAfter(toks, i, j)
		return k
	}
	if justNow(toks, i) {
		return i + 2
	}
	for _, k := range []int{i + 1, i + 2} {
		if k >= len(toks) || k == i+2 && toks[i+1].w != "ال" && toks[i+1].w != "الموافق" {
			break
		}
		if _, ok := digits(toks[k].w); ok {
			if _, ok := dateAt(toks, k, pub); ok {
				return dateEnd(toks, k, pub)
			}
		}
	}
	return i + 1
}
