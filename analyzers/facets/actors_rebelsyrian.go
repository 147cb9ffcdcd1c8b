package facets

import "strings"

// Syria's "forces" that an adjective says are the rebels' or new.
//
// "قوات سورية" and "القوات السورية" are the regime's army in most news,
// but the word that follows can say they are its enemies: "عمليتين
// عسكريتين عبر الحدود بالاشتراك مع قوات سورية معارضة"، "يتلقاها الواحدة
// تلو الأخرى من القوات السورية المعارضة"، and in 2015 "هجمت جبهة النصرة
// على «القوات السورية» الجديدة" (the rebels the Americans trained). Those
// are the opposition's fighters, not the regime (the GUIDE's actor is who
// does the deed), so the phrase names the opposition in the regime's
// stead. "القوات السورية مدعومة بالطيران الروسي" stays the regime:
// only an opposing or "new" adjective right after the Syrian one turns it.

// rebelSyrianForceEntry is the opposition such a phrase names.
var rebelSyrianForceEntry = &entry{words: []string{"قوات", "سورية", "معارضة"}, kind: kindActor, ids: []string{"opposition"}}

// rebelForceAdjectives follow a Syrian force to make it the rebels'.
var rebelForceAdjectives = wordSet("معارضة المعارضة معارضه المعارضه الجديدة الجديده")

// rebelSyrianForce reports whether the regime mention m is a Syrian force
// whose next word, in its sentence, calls it the opposition or new: the
// word itself, not "والمعارضة" ("بين القوات السورية والمعارضة المسلحة" are
// the two sides).
func rebelSyrianForce(toks []token, m mention) bool {
	if m.end-m.start < 2 || !toks[m.end-1].has(syrianWords) {
		return false
	}
	j := m.end
	return j < len(toks) && toks[j].sent == toks[m.start].sent && rebelForceAdjectives.contains(toks[j].w)
}

// rebelSyrianForceMentions returns an opposition mention for each regime
// mention of ms that rebelSyrianForce turns, over the force and its
// adjective.
func rebelSyrianForceMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, rebelForceAdjectives) {
		return nil
	}
	var out []mention
	for _, m := range ms {
		// Only a force noun names fighters: "مواقع سورية معارضة" are the
		// opposition's websites, which actorCounts drops as the regime.
		if len(m.e.ids) > 0 && m.e.ids[0] == "syrian-government" && strings.Contains(toks[m.start].w, "قوات") && rebelSyrianForce(toks, m) {
			out = append(out, mention{e: rebelSyrianForceEntry, start: m.start, end: m.end + 1})
		}
	}
	return out
}
