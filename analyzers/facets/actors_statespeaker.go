package facets

// A state named as the one who speaks, or as the one spoken to.
//
// Round 16's pooled precision table ranked "a state doing diplomacy" the
// largest class of false actors; its commonest sub-class is a foreign
// state that the story names only as the subject or the object of a
// speech verb: "واعتبرت إيران أن الاتهامات ... مؤامرة"، "لكن موسكو تؤكد
// انه لا توجد أدلة"، "الرئيس الفرنسي ماكرون ونظيره الأميركي دونالد ترامب
// تؤكد"، "حذر ترامب إيران". Saying, denying, warning and calling are
// diplomacy; the state counts where another of its mentions names it in
// the fighting (its forces, its strikes), which this leaves alone.

// stateSpeechVerbs say, assert, deny, warn or call, in the past and the
// present: the verbs a state's statement or its addressee stands beside.
var stateSpeechVerbs = union(speakerVerbs, wordSet("اعتبر اعتبرت يعتبر تعتبر أعلن أعلنت نفى نفت تنفي ينفي حذر حذرت دعا دعت تؤكد أكدت"))

// stateSpeaker reports a foreign state's mention (an actor of the
// taxonomy's "external" kind) with a speech verb right before it, in the
// same clause ("واعتبرت إيران"، "حذرت موسكو"، "حذر روسيا"), or right after
// it ("موسكو تؤكد"، "تقول أنقرة إنها").
func (l *lexicon) stateSpeaker(toks []token, m mention) bool {
	a := l.actors[m.e.ids[0]]
	if a == nil || a.kind != "external" {
		return false
	}
	s := toks[m.start].sent
	if j := m.start - 1; j >= 0 && toks[j].sent == s && !toks[m.start].gap && toks[j].has(stateSpeechVerbs) {
		return true
	}
	j := m.end
	return j < len(toks) && toks[j].sent == s && !toks[j].gap && toks[j].has(stateSpeechVerbs)
}
