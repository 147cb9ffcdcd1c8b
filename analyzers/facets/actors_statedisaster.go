package facets

// A state's forces named in a natural disaster: "أعلن الجيش التركي، الأحد،
// أن جنديين فقدا في فيضان بعد هطول أمطار غزيرة" (a flood at home). The
// gold guide codes a state only where the article is about its military
// role in the conflict; soldiers a flood swept away, or an army's rescue
// teams after an earthquake, take part in no armed event. Fires are left
// out: a strike sets them as often.

// naturalDisasterWords name a flood, an earthquake, a hurricane or a
// volcano. Not "عاصفة": it names operations ("عاصفة الحزم") and calms
// as a figure ("بعد هدوء العاصفة").
var naturalDisasterWords = wordSet("بركان البركان البركاني البركانية ثوران زلزال الزلزال زلزالا إعصار الإعصار الأعاصير فيضانات الفيضانات فيضان الفيضان السيول سيول أمطار الأمطار")

// disasterState reports a foreign state's mention in a sentence that names
// a natural disaster and, outside the mention itself, no fighting
// (combatWords) and no attack (attackWords).
func disasterState(toks []token, m mention) bool {
	if !sentenceHas(toks, m.start, naturalDisasterWords) {
		return false
	}
	s := toks[m.start].sent
	for i := sentStart(toks, m.start); i < len(toks) && toks[i].sent == s; i++ {
		if i >= m.start && i < m.end {
			continue // "الجيش التركي" is the mention, no fighting
		}
		if toks[i].has(combatWords) || toks[i].has(attackWords) {
			return false
		}
	}
	return true
}
