package analyzers

// eventType is one ACLED sub-event type.
type eventType struct {
	id, group, en, ar string
}

func (l *lexicon) loadEvents() {
	eachRow(eventTypesTSV, func(f []string) {
		if len(f) < 4 || f[0] == "id" {
			return
		}
		l.events[f[0]] = &eventType{id: f[0], group: f[1], en: f[2], ar: f[3]}
		l.eventOrder = append(l.eventOrder, f[0])
	})
}

func (l *lexicon) findEvents(toks []token) []string { return nil }
