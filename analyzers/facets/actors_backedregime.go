package facets

import "strings"

// A state named only as the backer in a participle that describes the
// Syrian government ("الجيش السوري المدعوم من روسيا"، "الأسد المدعوم من
// روسيا وإيران"، "قوات الأسد، المدعومة من روسيا وإيران") describes the
// regime's name, the gold guide's adjective: rulings 4(b) of round 43 and
// rul45a-3 of round 45 code no state on a modifier of another force's name
// (and the round 45 kinds note "Iran named only in a modifier" as settled).
// backsRebels read the participle only after a rebel force or a named
// militia, and only for the first of two backers.

// pairedBacker returns where the backers of m start: the start of the
// first state of a pair joined by "و" ("المدعوم من روسيا وإيران": the
// second names the same backing), else m's own start.
func (l *lexicon) pairedBacker(toks []token, ms []mention, m mention) int {
	if !strings.HasPrefix(toks[m.start].w, "و") || toks[m.start].gap {
		return m.start
	}
	for _, o := range ms {
		if o.e.kind != kindActor || o.end != m.start || toks[o.start].sent != toks[m.start].sent || o.e.ids[0] == m.e.ids[0] {
			continue
		}
		if a := l.actors[o.e.ids[0]]; a != nil && a.kind == "external" {
			return o.start
		}
	}
	return m.start
}

// backedRegimeHead reports a foreign state m whose backer participle,
// within n words before start, stands right after a name of the Syrian
// government: its mention ends at the participle, or the word before the
// participle is one of regimeNames ("الأسد المدعوم من روسيا"). A force
// joined after the regime ("قوات النظام والميليشيات المدعومة من إيران")
// is the backer's own and is not this.
func (l *lexicon) backedRegimeHead(toks []token, ms []mention, m mention, start, n int) bool {
	if a := l.actors[m.e.ids[0]]; a == nil || a.kind != "external" {
		return false
	}
	s := toks[start].sent
	for b := start - 1; b >= 0 && b >= start-n && toks[b].sent == s; b-- {
		if !toks[b].has(backerWords) {
			continue
		}
		if b == 0 || toks[b-1].sent != s {
			return false
		}
		return toks[b-1].has(regimeNames) || regimeMentionAt(ms, b, true)
	}
	return false
}
