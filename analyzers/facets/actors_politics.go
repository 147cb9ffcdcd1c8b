package facets

import "slices"

// militiaWarWords are the words an op-ed tells a militia's war with that
// the actor rules' military and harm sets leave out: "يشارك كطرف رئيس في
// الحرب داخل سوريا"، "يدخل مقاتلو حزب الله ... في معركته"، "حملات الإبادة"،
// "انتصارات حزب الله على الشعب السوري في القصير"، "كي يؤمن السيطرة على غرب
// دمشق"، "يستخدمون أسلحة"، "لفتح مزيد من الجبهات".
var militiaWarWords = wordSet("الحرب حرب حروب معركة المعركة معركته مقاتلو مقاتلي مقاتلين مقاتلون الإبادة مجازر انتصارات السيطرة سيطرة الجبهات جبهات أسلحة الأسلحة")

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
// mention is as often a party to it. So does one whose sentence tells of
// its war in Syria (warInSyria): an op-ed on Hezbollah's part in the war
// discusses a party to it, which the gold codes.
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
		return !sentenceHas(toks, only.start, militaryWords) && !sentenceHas(toks, only.start, harmWords) &&
			!warInSyria(toks, ms, *only)
	})
}

// warInSyria reports that the mention m is told as a party to the war in
// Syria: a word of fighting or of a militia's war (fightWords,
// militiaWarWords) within eight words of it, in a sentence that names
// Syria, its regime or a Syrian place ("الذي يشارك كطرف رئيس في الحرب داخل
// سوريا"، "انتصارات حزب الله على الشعب السوري في القصير"). The war word
// must be near: a long op-ed sentence names "الحرب على الإرهاب" or the war
// in Yemen a clause away from a list of Iran's allies.
func warInSyria(toks []token, ms []mention, m mention) bool {
	return (nearWord(toks, m.start, m.end, 8, fightWords) || nearWord(toks, m.start, m.end, 8, militiaWarWords)) &&
		(sentenceHas(toks, m.start, syrianWords) || placeInSentence(toks, ms, m))
}
