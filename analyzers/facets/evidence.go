package facets

import (
	"encoding/json"
	"slices"
	"strings"
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
// The rules only return values, so the evidence is found again afterwards
// from the same tokens and lexicon matches: for each value, the matches
// that name it and pass the checks the rule applied (a weak actor alias
// beside a military word, a trigger not under a modal). Where a rule has
// changed so that no match passes them, the matches that name the value at
// all are given; TestEvidenceCoversFacets reports values left with none.
func (x *extractor) ExtractWithEvidence(title, body string, published time.Time) (Facets, Evidence) {
	f, rd := x.read(title, body, published)
	ev := evidenceReader{l: lex(), toks: rd.toks, ms: rd.ms, title: title, body: body,
		titleMap: analyzers.MapNormalized(title), bodyMap: analyzers.MapNormalized(rd.body)}
	var e Evidence
	e.Towns, e.Governorates = ev.places(f)
	e.Actors = ev.actors(f)
	e.EventTypes = ev.events(f, published)
	e.Killed, e.Injured = ev.tolls(f, published)
	e.EventDate = ev.date(f, published)
	return f, e
}

// evidenceReader finds the spans of one article's facet values.
type evidenceReader struct {
	l           *lexicon
	toks        []token
	ms          []mention
	title, body string
	// maps lead from the tokens' offsets in the normalized title and body
	// to the original text.
	titleMap, bodyMap analyzers.OffsetMap
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
	text, m := r.body, r.bodyMap
	if r.toks[i].title {
		s.Field, text, m = FieldTitle, r.title, r.titleMap
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

// spanSet gathers the token ranges of each value in two grades: those
// that pass the rule's checks, and those that merely name the value. Spans
// are made only for the grade a value ends up with.
type spanSet struct {
	hits  []hit
	extra map[string][]Span // spans borrowed from another facet's values
}

// hit is one stretch of tokens naming a value.
type hit struct {
	id     string
	i, j   int
	strict bool
}

// newSpanSet makes a set for about n hits.
func newSpanSet(n int) *spanSet { return &spanSet{hits: make([]hit, 0, n)} }

func (s *spanSet) add(id string, i, j int, strict bool) {
	s.hits = append(s.hits, hit{id, i, j, strict})
}

// result returns the spans of each of ids: the strict ones (with the
// borrowed ones), or the loose ones where there are none, sorted and
// without repeats.
func (s *spanSet) result(r *evidenceReader, ids []string) map[string][]Span {
	out := make(map[string][]Span, len(ids))
	for _, id := range ids {
		strict := len(s.extra[id]) > 0
		n := len(s.extra[id])
		for _, h := range s.hits {
			if h.id == id {
				n++
				strict = strict || h.strict
			}
		}
		sp := make([]Span, 0, n)
		sp = append(sp, s.extra[id]...)
		for _, h := range s.hits {
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

// places finds the town and governorate mentions behind f's places: a
// town's names, a governorate's own phrases (ريف حلب) and capital, and the
// names of its towns.
func (r *evidenceReader) places(f Facets) (towns, govs map[string][]Span) {
	ts, gs := newSpanSet(len(r.ms)), newSpanSet(len(r.ms))
	for _, m := range r.ms {
		e := m.e
		switch e.kind {
		case kindGov:
			gs.add(e.ids[0], m.start, m.end, true)
		case kindActor:
			// قاعدة حميميم: an actor named after its base's town points at
			// the town's word.
			if len(f.Towns) == 0 {
				continue
			}
			for j := m.start; j < m.end; j++ {
				for _, w := range r.toks[j].forms {
					if e2 := r.l.baseTown(r.toks, m, j, w); e2 != nil && slices.Contains(f.Towns, e2.towns[0].pcode) {
						ts.add(e2.towns[0].pcode, j, j+1, true)
						break
					}
				}
			}
		case kindTown:
			strict := true
			if m.start > 0 && !r.toks[m.start].gap && r.toks[m.start-1].has(orgWords) {
				strict = false // ولاية حمص, مجلس منبج العسكري
			}
			if e.capital != "" {
				if e.capital == "C1001" && !r.l.damascusPlace(r.toks, m) {
					strict = false // "اتهمت دمشق": the government
				}
				ts.add(e.capital, m.start, m.end, strict)
				gs.add(e.ids[0], m.start, m.end, strict)
				continue
			}
			for _, c := range e.towns {
				if slices.Contains(f.Towns, c.pcode) {
					ts.add(c.pcode, m.start, m.end, strict)
				}
			}
		}
	}
	towns = ts.result(r, f.Towns)
	// A governorate read from a town points at the town.
	gs.extra = map[string][]Span{}
	for _, pc := range f.Towns {
		if t := r.l.towns[pc]; t != nil {
			gs.extra[t.gov] = append(gs.extra[t.gov], towns[pc]...)
		}
	}
	return towns, gs.result(r, f.Governorates)
}

// actors finds the aliases behind f's actors; a weak alias counts in the
// company findActors wants for it.
func (r *evidenceReader) actors(f Facets) map[string][]Span {
	s := newSpanSet(len(r.ms))
	syria := 0 // aboutSyria, worked out when an alias needs it: 1 no, 2 yes
	aboutSyria := func() bool {
		if syria == 0 {
			syria = 1
			if len(f.Towns)+len(f.Governorates) > 0 || mentionsSyria(r.toks) {
				syria = 2
			}
		}
		return syria == 2
	}
	for _, m := range r.ms {
		e := m.e
		if e.kind != kindActor || !slices.Contains(f.Actors, e.ids[0]) {
			continue
		}
		strict := true
		switch {
		case e.syria && !aboutSyria():
			strict = false
		case affiliateOnly[e.ids[0]] && affiliateMention(r.toks, m.start, m.end):
			strict = false
		case e.weak && e.ids[0] == "civilians":
			strict = sentenceHas(r.toks, m.start, harmWords) &&
				(!personWords[e.words[0]] || sentenceHas(r.toks, m.start, attackWords))
		case e.weak:
			strict = !r.l.backsRebels(r.toks, r.ms, m) &&
				(nearWord(r.toks, m.start, m.end, 6, militaryWords) || r.l.negotiatesWithArmed(r.toks, r.ms, m))
		}
		s.add(e.ids[0], m.start, m.end, strict)
	}
	return s.result(r, f.Actors)
}

// events finds the trigger phrases behind f's event types, scanning as
// findEvents does and typing each trigger the way it does.
func (r *evidenceReader) events(f Facets, published time.Time) map[string][]Span {
	s := newSpanSet(len(r.toks) / 16)
	if len(f.EventTypes) == 0 {
		return map[string][]Span{}
	}
	toks, l := r.toks, r.l
	var actorAt []string // actor id at each token of an actor mention, made when a trigger needs it
	actors := func() []string {
		if actorAt == nil {
			actorAt = make([]string, len(toks))
			for _, m := range r.ms {
				if m.e.kind == kindActor {
					for j := m.start; j < m.end; j++ {
						actorAt[j] = m.e.ids[0]
					}
				}
			}
		}
		return actorAt
	}
	var forms []string
	for i := 0; i < len(toks); {
		// Most words start no trigger under any form: tell them with a
		// lookup per form before matching as findEvents does.
		if !l.mayTrigger(toks[i].forms) {
			i++
			continue
		}
		forms = append(forms[:0], toks[i].forms...)
		if l.noStrip[toks[i].w] {
			forms = forms[:1]
		}
		forms = withoutSuffix(forms)
		best := longestAt(toks, i, forms, l.triggers)
		if best == nil {
			i++
			continue
		}
		end := i + len(best.words)
		if !slices.ContainsFunc(best.ids, func(trig string) bool { return mayBe(trig, f.EventTypes) }) {
			i = end
			continue // types nothing the article has: spare the context checks
		}
		skipped := modalBefore(toks, i) || modalAfter(toks, end) || oldYear(toks, i, published.Year()) ||
			pastMonth(toks, i, published) || weaponStock(toks, i, best) ||
			(best.ids[0] == evCapture && i > 0 && (toks[i-1].has(stateWords) || i > 1 && toks[i-2].has(stateWords)))
		for _, trig := range best.ids {
			typed := triggerType(l, toks, actors, trig, i, end)
			for _, id := range f.EventTypes {
				switch {
				case id == typed && !skipped:
					s.add(id, i, end, true)
				case id == trig || slices.Contains(triggerTypes[trig], id):
					s.add(id, i, end, false)
				}
			}
		}
		i = end
	}
	return s.result(r, f.EventTypes)
}

// mayTrigger reports whether a trigger phrase may start at a token with
// these forms, with or without the suffix withoutSuffix takes off.
func (l *lexicon) mayTrigger(forms []string) bool {
	for _, f := range forms {
		if _, ok := l.triggers[f]; ok {
			return true
		}
		if len(f) > 10 && (strings.HasSuffix(f, "ها") || strings.HasSuffix(f, "هم")) {
			return true // rare: let withoutSuffix and longestAt decide
		}
	}
	return false
}

// mayBe reports whether trigger id trig may count for one of types.
func mayBe(trig string, types []string) bool {
	if slices.Contains(types, trig) {
		return true
	}
	for _, t := range triggerTypes[trig] {
		if slices.Contains(types, t) {
			return true
		}
	}
	return false
}

// triggerTypes are the event types a context-typed trigger may stand for.
var triggerTypes = map[string][]string{
	evCapture:   {"government-regains-territory", "non-state-actor-overtakes-territory"},
	evShelling:  {"shelling-artillery-missile-attack", "air-drone-strike"},
	evTargeted:  {"shelling-artillery-missile-attack", "air-drone-strike"},
	evIntercept: {"disrupted-weapons-use"},
}

// triggerType types one trigger of the tokens [i, end) as findEvents does
// ("" when it counts for nothing there); actorAt gives the actor id at
// each token.
func triggerType(l *lexicon, toks []token, actorAt func() []string, trig string, i, end int) string {
	switch trig {
	case evCapture:
		return captureType(toks, actorAt(), i, end)
	case evShelling, evTargeted:
		switch {
		case nearWord(toks, i, end, 3, airWords):
			return "air-drone-strike"
		case trig == evTargeted && !nearWord(toks, i, end, 4, weaponWords):
			return ""
		}
		return "shelling-artillery-missile-attack"
	case evIntercept:
		return interceptType(toks, i, end)
	case "agreement":
		if !actorInSentence(toks, actorAt(), i) {
			return ""
		}
	case "remote-explosive-landmine-ied":
		if sentenceHasEvent(l, toks, i, "suicide-bomb") {
			return ""
		}
	}
	return trig
}

// tolls finds the figures behind f's killed and injured: those of the
// value, or where the value is a sum, the figures of the sentence summed.
func (r *evidenceReader) tolls(f Facets, published time.Time) (killed, injured []Span) {
	if f.Killed == nil && f.Injured == nil {
		return []Span{}, []Span{}
	}
	// mainToll reads no figure past paragraph maxTollPara+1; the tolls of
	// the rest of a long article need not be found again.
	toks := r.toks
	for i := range toks {
		if toks[i].para > maxTollPara+2 {
			toks = toks[:i]
			break
		}
	}
	var all []toll // every toll of toks, found when first needed
	read := func(kind killKind, v *int) []Span {
		if v == nil {
			return []Span{}
		}
		// Most tolls are one figure, written as the value: find the tolls
		// of the sentences that write it, and only where that fails (a
		// sum, a dual) those of the whole lead.
		if sp := r.tollsOf(toks, kind, *v, published); len(sp) > 0 {
			return sp
		}
		if all == nil {
			all = r.datedTolls(0, findTolls(toks), published)
		}
		var exact, sum []Span
		sent := -1
		for _, t := range all {
			if t.kind != kind || t.vague {
				continue
			}
			if sent < 0 {
				sent = r.toks[t.tok].sent
			}
			i, j := r.tollTokens(t)
			sp, ok := r.span(i, j)
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

// datedTolls drops the tolls of sentences dated days before publication, as
// casualties does, after moving the tolls of toks[at:] to indices of toks.
func (r *evidenceReader) datedTolls(at int, ts []toll, published time.Time) []toll {
	kept := make([]toll, 0, len(ts))
	for _, t := range ts {
		t.tok += at
		if published.IsZero() || !datedBefore(r.toks, t.tok, published) {
			kept = append(kept, t)
		}
	}
	return kept
}

// tollsOf returns the spans of the tolls of kind behind the value v,
// looking only at the sentences of toks that write a figure in digits: the
// tolls that are v, or else those of the first sentence whose tolls of
// kind add up to v ("قتل 31 ... في حين قتل أكثر من 50": 81). It returns
// nothing when no such sentence gives v (a figure in words, a running
// toll told over two sentences): the caller then reads every toll.
func (r *evidenceReader) tollsOf(toks []token, kind killKind, v int, published time.Time) []Span {
	var exact, sum []Span
	for i := 0; i < len(toks); i++ {
		if w := toks[i].w; w == "" || w[0] < '0' || w[0] > '9' {
			continue
		}
		a, b := i, i
		for a > 0 && toks[a-1].sent == toks[i].sent {
			a--
		}
		for b < len(toks) && toks[b].sent == toks[i].sent {
			b++
		}
		i = b - 1
		if !slices.ContainsFunc(toks[a:b], tollWord) {
			continue // dates and other figures: no toll here
		}
		total := 0
		var parts []Span
		for _, t := range r.datedTolls(a, findTolls(toks[a:b]), published) {
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

// tollWord reports a word that findTolls reads a digit figure by.
func tollWord(t token) bool {
	return t.vocab && (t.has(killVerbs) || t.has(hurtVerbs) || t.has(killNouns) || t.has(hurtNouns) || t.has(runningToll))
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

// date finds the date expressions of the title and lead that give f's
// event date, or the present-tense verb that dated it on publication.
func (r *evidenceReader) date(f Facets, published time.Time) []Span {
	if f.EventDate == "" {
		return []Span{}
	}
	toks := r.toks
	lead := leadSentences(toks)
	var out []Span
	for i := 0; i < len(toks); i++ {
		if !toks[i].title && !lead[toks[i].sent] && !leadExtra(toks, i) {
			break
		}
		if d, ok := dateAt(toks, i, published); ok && d.Format(time.DateOnly) == f.EventDate {
			if sp, ok := r.span(i, dateEnd(toks, i, published)); ok {
				out = append(out, sp)
			}
		}
	}
	if len(out) == 0 {
		// Dated by a relative date of the next paragraphs (laterRelativeDate).
		for i := 0; i < len(toks) && len(out) == 0; i++ {
			if toks[i].title || !relativeDate(toks, i) {
				continue
			}
			if toks[i].para > laterDatePara {
				break
			}
			if d, ok := dateAt(toks, i, published); ok && d.Format(time.DateOnly) == f.EventDate {
				if sp, ok := r.span(i, dateEnd(toks, i, published)); ok {
					out = append(out, sp)
				}
			}
		}
	}
	if len(out) == 0 && !published.IsZero() && f.EventDate == published.Format(time.DateOnly) && presentLead(toks) {
		if k := leadVerb(toks); k >= 0 {
			if sp, ok := r.span(k, k+1); ok {
				out = append(out, sp)
			}
		}
	}
	return tidySpans(out)
}

// dateEnd returns the end of the date expression dateAt reads at token i:
// a day, its month (twice, "تشرين الثاني / نوفمبر") and year; a weekday
// with the date after it; or the one word (أمس, الأحد).
func dateEnd(toks []token, i int, pub time.Time) int {
	if d, ok := digits(toks[i].w); ok && d >= 1 && d <= 31 {
		j := i + 1
		for j < len(toks) && j <= i+2 && dayFillers[toks[j].w] {
			j++
		}
		if m, used := monthAt(toks, j); used > 0 {
			j += used
			if m2, used2 := monthAt(toks, j); used2 > 0 && m2 == m {
				j += used2
			}
			for k := j; k < len(toks) && k <= j+4 && toks[k].sent == toks[i].sent; k++ {
				if y, ok := digits(toks[k].w); ok && isYear(y) {
					return k + 1
				}
			}
			return j
		}
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
