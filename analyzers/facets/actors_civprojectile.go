package facets

// Civilians a falling shell hit, told by a word the civilians aliases lack.
// "أصيب مقيمان أحدهما من الجنسية الباكستانية والآخر من الهندية إثر سقوط
// مقذوف عسكري من داخل الأراضي اليمنية"، "إصابة مواطن جراء سقوط مقذوف على
// جازان"، "الفقيد عبدالله دواس آل منصور، الذي استشهد نتيجة سقوط مقذوف على
// منزله": the shells fired across the Yemeni border at Saudi towns in 2015
// (and shells elsewhere) hurt people the news calls a resident ("مقيم"), a
// citizen in the singular ("مواطن"), or only a man killed at his home. The
// aliases hold the plurals ("المواطنين"), not these: a singular citizen
// or resident alone is as often a story's speaker or a court's defendant.
// In a sentence that tells a shell falling ("سقوط مقذوف"، "سقوط قذيفة")
// and someone killed or hurt, they are the shell's civilian victims. A home
// in a sentence that names a force's men ("دورية"، "أفراد"، "جندي") is
// theirs to tell of, not a civilian's.

// shellHomes are the homes a shell hits, written once for the two sets
// that hold them.
const shellHomes = "منزله منزلهم منزلها منزل منازل المنازل منزلين"

var (
	// shellFallWords and shellWords make the phrase: "سقوط مقذوف"،
	// "لسقوط مقذوفات"، "سقوط قذيفة".
	shellFallWords = wordSet("سقوط لسقوط بسقوط وسقوط")
	shellWords     = wordSet("مقذوف مقذوفات مقذوفا مقذوفين القذيفة قذيفة قذائف القذائف المقذوف المقذوفات")
	// shellVictimNouns are the people such a shell hits beyond the
	// aliases: residents, a citizen, a home.
	shellVictimNouns = wordSet("مقيم مقيما مقيمين مقيمان المقيم المقيمين مقيمة مواطن مواطنا مواطنان مواطنة مواطنتين " + shellHomes)
	// shellHomeNouns are the homes among shellVictimNouns.
	shellHomeNouns = wordSet(shellHomes)
	// shellForceWords in the sentence make a home a force's story:
	// "سقوط مقذوف حوثي على دورية مساندة"، "أحد أفراد المجاهدين".
	shellForceWords = wordSet("دورية دوريات أفراد فرد جندي جنديا جنود عسكريين عسكري المجاهدين مجاهد رجال حرس")
	// shellVictimEntry is the civilians entry such a word stands for.
	shellVictimEntry = &entry{words: []string{"shell victims"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}
)

// shellVictimMentions returns a civilians mention for each shellVictimNouns
// word that no actor mention covers, in a sentence that holds a fall phrase
// (a shellFallWords word with a shellWords word right after it) and a word
// of someone killed or hurt (victimHarmWords). A place the gazetteer reads
// in the word does not stop it: "منزله" is also a village's name.
func shellVictimMentions(toks []token, ms []mention) []mention {
	var out []mention
	for _, i := range setTokens(toks, shellVictimNouns) {
		if actorCovers(ms, i, i+1) {
			continue
		}
		if !shellFall(toks, i) || !sentenceHas(toks, i, victimHarmWords) ||
			toks[i].has(shellHomeNouns) && sentenceHas(toks, i, shellForceWords) {
			continue
		}
		out = append(out, mention{e: shellVictimEntry, start: i, end: i + 1})
	}
	return out
}

// shellFall reports a fall phrase ("سقوط مقذوف") in the sentence of token
// i.
func shellFall(toks []token, i int) bool {
	s := toks[i].sent
	for j := sentStart(toks, i); j+1 < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(shellFallWords) && toks[j+1].sent == s && toks[j+1].has(shellWords) {
			return true
		}
	}
	return false
}
