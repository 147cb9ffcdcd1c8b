package facets

// Syria's regime named as the killer of its people by the thousand.
//
// The regime's weak names (الأسد، بشار الأسد، نظام الأسد، النظام، الحكومة
// السورية) count only where their sentence is about fighting, so that a
// president who speaks or is spoken of is no party by his name alone. A
// sentence that makes him the killer of Syrians counted by the thousand is
// about the war whatever its other words: "الأسد فقد شرعيته بعد أن قتل أكثر
// من 300 ألف سوري"، "بشار الأسد قتل 400 ألف من أبناء شعبه"، "إبعاد بشار الأسد
// لتسببه في قتل آلاف السوريين"، "ساعد نظام الأسد في قتل نحو 300 ألف شخص".
// The regime is the party the war's dead are charged to, as the gold guide
// codes the accused. The Saudi statements of summer 2015 so name it in many
// articles that carry no military word.
//
// Left out: the noun "مقتل" (a death with no agent: "الإيرانيين الداعمين
// للرئيس بشار الأسد والذين أدى تدخلهم إلى مقتل مئات الآلاف" charges Iran),
// another actor named between the regime and the killing (the killer is
// that one), and Hafez al-Assad ("نظام حافظ الأسد"), whose massacres are the
// last century's.

var (
	// regimeKillVerbs are the regime's killing, verb or masdar: "قتل"، "بقتل"،
	// "يقتل"، "قتلت".
	regimeKillVerbs = wordSet("قتل بقتل وقتل يقتل قتلت يقتلون قتلوا وقتلت لقتل")
	// massCounts count the dead by the thousand or the hundred thousand:
	// "300 ألف"، "آلاف السوريين"، "مئات الآلاف".
	massCounts = wordSet("ألف الف آلاف الاف الآلاف الالاف ألفا الفا")
	// hafezNames name the father, whose regime's killings are history.
	hafezNames = wordSet("حافظ")
)

// massKiller reports a weak mention of the regime followed within six words
// in its sentence by a killing verb, with a count by the thousand within
// five words after the verb and no other actor named between the mention and
// the verb.
func massKiller(toks []token, ms []mention, m mention) bool {
	if m.start > 0 && toks[m.start-1].has(hafezNames) || toks[m.start].has(hafezNames) {
		return false
	}
	s := toks[m.start].sent
	for j := m.end; j < len(toks) && j < m.end+6 && toks[j].sent == s; j++ {
		if startsMention(ms, j) {
			return false
		}
		if toks[j].has(regimeKillVerbs) {
			return nearAfter(toks, j, 5, massCounts)
		}
	}
	return false
}

var (
	// bareAssadEntry is the regime named by the bare "الأسد", which the
	// lexicon reads as a village of Ain al-Arab's (the town rules place it
	// only after a place word) and no actor: a mention of its own where a
	// rule reads it as the killer (assadKillerMentions) or as the party
	// Russia or Iran backs (backedAssadMentions).
	bareAssadEntry = &entry{words: []string{"الأسد"}, kind: kindActor, ids: []string{"syrian-government"}}
	// bareAssad is the surname alone.
	bareAssad = wordSet("الأسد الاسد")
)

// assadKillerMentions returns a mention of the regime for each bare
// "الأسد" no actor mention covers that massKiller reads as the killer:
// "الأسد فقد شرعيته بعد أن قتل أكثر من 300 ألف سوري".
func assadKillerMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, bareAssad) || !inArticle(toks, massCounts) {
		return nil
	}
	return bareAssadMentions(toks, ms, func(m mention) bool { return massKiller(toks, ms, m) })
}

// bareAssadMentions returns a mention of the regime (bareAssadEntry) for
// each bare "الأسد" no actor mention covers that read takes.
func bareAssadMentions(toks []token, ms []mention, read func(m mention) bool) []mention {
	var out []mention
	for _, i := range setTokens(toks, bareAssad) {
		if actorCovers(ms, i, i+1) {
			continue
		}
		if m := (mention{e: bareAssadEntry, start: i, end: i + 1}); read(m) {
			out = append(out, m)
		}
	}
	return out
}
