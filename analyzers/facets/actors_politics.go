package facets

import "slices"

// politicalMilitias drops from ids the militias that are also parties in
// their own country's politics (Hezbollah in Lebanon, the PMF and its
// brigades in Iraq: the taxonomy's militias not of Syria's regime) where
// the article tells of no event (no event type, no toll) and names the
// militia once, outside the title. There the name is the party's, not the
// force's: "مقاعد نيابية"، "بتحويل الأموال إلى الجماعات الإرهابية مثل حماس
// و«حزب الله»" in a sanctions story, "وتسليم نظام الأسد البلد لهيمنة حزب
// الله" in an op-ed, "رابط بين حماس وحزب الله" at a Security Council
// session. A militia in the title, or named again, is what the article is
// about and stays; so does one in a story of fighting, where its single
// mention is as often a party to it.
func (l *lexicon) politicalMilitias(toks []token, ms []mention, ids []string) []string {
	return slices.DeleteFunc(ids, func(id string) bool {
		a := l.actors[id]
		if a == nil || a.kind != "militia" || l.under(id, "syrian-government") {
			return false
		}
		var only *mention
		for i := range ms {
			if m := &ms[i]; m.e.kind == kindActor && m.e.ids[0] == id {
				if only != nil {
					return false
				}
				only = m
			}
		}
		if only == nil || toks[only.start].title {
			return false
		}
		return !sentenceHas(toks, only.start, militaryWords) && !sentenceHas(toks, only.start, harmWords)
	})
}
