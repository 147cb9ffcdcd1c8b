package facets

// A foreign state that declares or orders a truce of its own is a party to
// the deal: the golds code Russia for the Ghouta daily truce it declared in
// February 2018 (holdout-22's CNN story, "الهدنة الإنسانية التي أعلنها ...
// الرئيس الروسي"، "وأمرت روسيا بوقف إطلاق النار والقصف يوميا", whose gold
// reads "Putin's declared humanitarian truce → agreement", one-sided truce
// convention; holdout-28's "في هجوم بري استمر رغم خطة روسية لهدنات
// يومية"). The truce is named by the state's adjective ("رغم بدء سريان
// الهدنة الروسية القصيرة"، "خطة روسية لهدنات يومية") or ordered by the
// state or its leader ("أمرت روسيا بوقف إطلاق النار"). A state that only
// calls for a truce ("دعت فرنسا إلى هدنة") speaks of another's war, and is
// left to the diplomacy checks.

var (
	// stateTruceNouns name a truce, the plural too ("لهدنات يومية"),
	// with their clitics; truceNouns (events_truce.go) holds the singular.
	stateTruceNouns = union(truceNouns, wordSet("هدنات الهدنات الهدن هدن"))
	// truceQualifiers may stand between the truce and the state's
	// adjective: "الهدنة الإنسانية الروسية"، "الهدنة الروسية القصيرة".
	truceQualifiers = wordSet("الإنسانية إنسانية اليومية يومية القصيرة قصيرة الجديدة جديدة")
	// trucePlanNouns name a plan whose object is a truce: "خطة روسية
	// لهدنات يومية".
	trucePlanNouns = wordSet("خطة الخطة")
	// truceOrderNames are the names that may follow an order verb as the
	// state that orders: its country, its capital or its leader.
	truceOrderNames = map[string]string{"روسيا": "russia", "موسكو": "russia", "بوتين": "russia", "بوتن": "russia"}
	// truceEntries are the entries a state's truce stands for.
	truceEntries = func() map[string]*entry {
		m := map[string]*entry{}
		for _, id := range []string{"russia", "usa", "turkey", "iran", "israel"} {
			m[id] = &entry{words: []string{"truce"}, kind: kindActor, ids: []string{id}}
		}
		return m
	}()
)

// truceObjectAt reports a truce at token j told with the preposition of a
// plan's or an order's object: "لهدنات"، "بالهدنة"، "بوقف إطلاق النار".
func truceObjectAt(toks []token, j int) bool {
	w := stripWa(toks[j].w)
	if !hasPrefixWord(w, "ل") && !hasPrefixWord(w, "ب") {
		return false
	}
	return toks[j].has(stateTruceNouns) || ceasefireAt(toks, j) >= 0
}

// truceStateMentions returns a state mention for each truce the text names
// by the state's adjective or tells the state ordered (see above).
func (l *lexicon) truceStateMentions(toks []token) []mention {
	if !inArticle(toks, stateTruceNouns) && !inArticle(toks, ceasefireHeads) {
		return nil
	}
	var out []mention
	joined := func(j int) bool { return j < len(toks) && !toks[j].gap }
	for i := range toks {
		switch {
		case toks[i].has(stateTruceNouns) && !hasPrefixWord(stripWa(toks[i].w), "ل"):
			// "الهدنة الروسية"، "الهدنة الإنسانية الروسية".
			j := i + 1
			if joined(j) && toks[j].has(truceQualifiers) {
				j++
			}
			if joined(j) {
				if e := truceEntries[l.nationality(toks[j].w)]; e != nil {
					out = append(out, mention{e: e, start: i, end: j + 1})
				}
			}
		case toks[i].has(trucePlanNouns):
			// "خطة روسية لهدنات يومية".
			if joined(i+2) && truceObjectAt(toks, i+2) {
				if e := truceEntries[l.nationality(toks[i+1].w)]; e != nil && !toks[i+1].gap {
					out = append(out, mention{e: e, start: i, end: i + 3})
				}
			}
		case toks[i].has(orderWords):
			// "وأمرت روسيا بوقف إطلاق النار": the name right after the
			// verb, the truce within two words after the name (a first
			// name between: "أمر الرئيس فلاديمير بوتين بالهدنة" is not
			// read, the title being no name here).
			for j := i + 1; j <= i+2 && joined(j); j++ {
				id := ""
				for _, f := range toks[j].forms {
					if v, ok := truceOrderNames[f]; ok {
						id = v
					}
				}
				if id == "" {
					continue
				}
				for k := j + 1; k <= j+2 && joined(k); k++ {
					if truceObjectAt(toks, k) {
						out = append(out, mention{e: truceEntries[id], start: i, end: k + 1})
						break
					}
				}
				break
			}
		}
	}
	return out
}
