package facets

import "strings"

// pastCaptureVerbs are the finite past verbs of taking a place: a verb,
// unlike the masdar, has a subject, and the subject is who took it.
// Not طرد, which expels people as often ("وطردت 23 من دبلوماسييها") and
// is its own masdar ("بعد طرد"), nor a verb under a preposition's clitic
// ("لطرد داعش": an aim).
var pastCaptureVerbs = wordSet("سيطر سيطرت سيطروا استعاد استعادت استعادوا حرر حررت حرروا انتزع انتزعت " +
	"استولى استولت استولوا بسطت طهرت طهروا")

// subjectHeadReach is how far into its sentence the subject of a capture
// verb told far after it may stand: "وكانت تلك القوات وقوات الجيش اليمني"
// takes five words.
const subjectHeadReach = 6

// subjectTaker is the government force that heads the sentence of a past
// capture verb at i whose taker is not named within captureReach: "وتحاصر
// قوات الجيش السوري وحلفاؤها المنطقة منذ سنوات غير أنها استعادت خلال
// الأسبوعين الأخيرين كل مناطق الريف"، "خاضت قوات الجيش والمقاومة الشعبية
// ... معارك عنيفة ضد الميليشيات الحوثية ... وذلك بعد أن سيطرت على غالبية
// المناطق". The verb's subject is the sentence's, however far back; the
// nearest actor before it is often whom it fought. Only a government
// force is read so: "" otherwise.
func subjectTaker(l *lexicon, toks []token, actorAt []string, i, end int) string {
	if !toks[i].has(pastCaptureVerbs) || !finiteVerb(toks[i].w) {
		return ""
	}
	if doerAfter(toks, end) {
		return ""
	}
	head := sentStart(toks, i)
	if i-head <= captureReach {
		return ""
	}
	for k := head; k <= head+subjectHeadReach && k < i; k++ {
		if toks[k].w == "باسم" {
			// "وقال المتحدث باسم قيادة المقاومة ... إن هذه القوات
			// استعادت": the head is who speaks; who took the place is
			// told in the speech.
			return ""
		}
	}
	t := takerWithin(l, toks, actorAt, head, head+1, 0, subjectHeadReach)
	if !govActors[t] {
		return ""
	}
	return t
}

// finiteVerb reports a past capture verb w standing bare or after و or ف
// alone, not under a preposition's clitic.
func finiteVerb(w string) bool {
	if pastCaptureVerbs.m[w] {
		return true
	}
	for _, p := range []string{"و", "ف"} {
		if strings.HasPrefix(w, p) && pastCaptureVerbs.m[w[len(p):]] {
			return true
		}
	}
	return false
}

// heldIn are the pronouns of a relative clause's place told right after
// its verb, before the verb's own subject: "الذي استولت فيه ميليشيات
// الحوثي"، "المدن التي سيطر عليها الحوثيون".
var heldIn = wordSet("عليه عليها عليهم فيه فيها")

// doerAfter reports the verb's own subject told right after it, past a
// relative clause's pronoun: a group ("استولت فيه ميليشيات الحوثي"، "سيطر
// عليها الحوثيون") or the engineers' teams that lifted mines ("انتزعت
// الفرق الهندسية أكثر من 600 لغم"). The sentence's head is not its taker.
func doerAfter(toks []token, end int) bool {
	k := end
	if k < len(toks) && toks[k].has(heldIn) {
		k++
	}
	if k >= len(toks) || toks[k].sent != toks[end-1].sent {
		return false
	}
	return toks[k].has(doerOpeners) || toks[k].has(houthiWords) ||
		k+1 < len(toks) && toks[k+1].sent == toks[k].sent && toks[k+1].has(engineerTeams)
}
