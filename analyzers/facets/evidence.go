package facets

import (
	"encoding/json"
	"slices"
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

// spanSet gathers the spans of each value in two grades: those that pass
// the rule's checks, and those that merely name the value.
type spanSet struct {
	strict, loose map[string][]Span
}

func newSpanSet() *spanSet {
	return &spanSet{strict: map[string][]Span{}, loose: map[string][]Span{}}
}

func (s *spanSet) add(r *evidenceReader, id string, i, j int, strict bool) {
	sp, ok := r.span(i, j)
	if !ok {
		return
	}
	if strict {
		s.strict[id] = append(s.strict[id], sp)
	} else {
		s.loose[id] = append(s.loose[id], sp)
	}
}

// result returns the spans of each of ids: the strict ones, or the loose
// ones where there are none, sorted and without repeats.
func (s *spanSet) result(ids []string) map[string][]Span {
	out := make(map[string][]Span, len(ids))
	for _, id := range ids {
		sp := s.strict[id]
		if len(sp) == 0 {
			sp = s.loose[id]
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
	ts, gs := newSpanSet(), newSpanSet()
	for _, m := range r.ms {
		e := m.e
		switch e.kind {
		case kindGov:
			gs.add(r, e.ids[0], m.start, m.end, true)
		case kindTown:
			strict := true
			if m.start > 0 && !r.toks[m.start].gap && r.toks[m.start-1].has(orgWords) {
				strict = false // ولاية حمص, مجلس منبج العسكري
			}
			if e.capital != "" {
				if e.capital == "C1001" && !r.l.damascusPlace(r.toks, m) {
					strict = false // "دمشق تتهم": the government
				}
				ts.add(r, e.capital, m.start, m.end, strict)
				gs.add(r, e.ids[0], m.start, m.end, strict)
				continue
			}
			for _, c := range e.towns {
				if slices.Contains(f.Towns, c.pcode) {
					ts.add(r, c.pcode, m.start, m.end, strict)
				}
			}
		}
	}
	towns = ts.result(f.Towns)
	// A governorate read from a town points at the town.
	for _, pc := range f.Towns {
		if t := r.l.towns[pc]; t != nil {
			gs.strict[t.gov] = append(gs.strict[t.gov], towns[pc]...)
		}
	}
	return towns, gs.result(f.Governorates)
}

// actors finds the aliases behind f's actors; a weak alias counts in the
// company findActors wants for it.
func (r *evidenceReader) actors(f Facets) map[string][]Span {
	s := newSpanSet()
	aboutSyria := len(f.Towns)+len(f.Governorates) > 0 || mentionsSyria(r.toks)
	for _, m := range r.ms {
		e := m.e
		if e.kind != kindActor || !slices.Contains(f.Actors, e.ids[0]) {
			continue
		}
		strict := true
		switch {
		case e.syria && !aboutSyria:
			strict = false
		case affiliateOnly[e.ids[0]] && affiliateMention(r.toks, m.start, m.end):
			strict = false
		case e.weak && e.ids[0] == "civilians":
			strict = sentenceHas(r.toks, m.start, harmWords)
		case e.weak:
			strict = nearWord(r.toks, m.start, m.end, 6, militaryWords) || r.l.negotiatesWithArmed(r.toks, r.ms, m)
		}
		s.add(r, e.ids[0], m.start, m.end, strict)
	}
	return s.result(f.Actors)
}

// events finds the trigger phrases behind f's event types, scanning as
// findEvents does and typing each trigger the way it does.
func (r *evidenceReader) events(f Facets, published time.Time) map[string][]Span {
	s := newSpanSet()
	if len(f.EventTypes) == 0 {
		return map[string][]Span{}
	}
	toks, l := r.toks, r.l
	actorAt := make([]string, len(toks))
	for _, m := range r.ms {
		if m.e.kind == kindActor {
			for j := m.start; j < m.end; j++ {
				actorAt[j] = m.e.ids[0]
			}
		}
	}
	var forms []string
	for i := 0; i < len(toks); {
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
		skipped := modalBefore(toks, i) || oldYear(toks, i, published.Year()) ||
			(best.ids[0] == evCapture && i > 0 && (toks[i-1].has(stateWords) || i > 1 && toks[i-2].has(stateWords)))
		for _, trig := range best.ids {
			typed := triggerType(l, toks, actorAt, trig, i, end)
			for _, id := range f.EventTypes {
				switch {
				case id == typed && !skipped:
					s.add(r, id, i, end, true)
				case id == trig || slices.Contains(triggerTypes[trig], id):
					s.add(r, id, i, end, false)
				}
			}
		}
		i = end
	}
	return s.result(f.EventTypes)
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
	evCapture:  {"government-regains-territory", "non-state-actor-overtakes-territory"},
	evShelling: {"shelling-artillery-missile-attack", "air-drone-strike"},
	evTargeted: {"shelling-artillery-missile-attack", "air-drone-strike"},
}

// triggerType types one trigger of the tokens [i, end) as findEvents does
// ("" when it counts for nothing there).
func triggerType(l *lexicon, toks []token, actorAt []string, trig string, i, end int) string {
	switch trig {
	case evCapture:
		return captureType(toks, actorAt, i, end)
	case evShelling, evTargeted:
		switch {
		case nearWord(toks, i, end, 3, airWords):
			return "air-drone-strike"
		case trig == evTargeted && !nearWord(toks, i, end, 4, weaponWords):
			return ""
		}
		return "shelling-artillery-missile-attack"
	case "agreement":
		if !actorInSentence(toks, actorAt, i) {
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
	ts := findTolls(toks)
	if !published.IsZero() {
		kept := ts[:0:0]
		for _, t := range ts {
			if !datedBefore(r.toks, t.tok, published) {
				kept = append(kept, t)
			}
		}
		ts = kept
	}
	read := func(kind killKind, v *int) []Span {
		if v == nil {
			return []Span{}
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

// leadVerb returns the token presentLead reads: the body's first word, or
// the first after a CNN dateline; -1 if there is none.
func leadVerb(toks []token) int {
	k := -1
	for i := range toks {
		if toks[i].title {
			continue
		}
		if k < 0 {
			k = i
		}
		if i-k < 8 && toks[i].w == "cnn" && toks[i].para == toks[k].para {
			k = i + 1
			break
		}
		if i-k >= 8 {
			break
		}
	}
	if k < 0 || k >= len(toks) {
		return -1
	}
	return k
}
