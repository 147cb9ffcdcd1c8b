package facets

import "strings"

// bombNouns are a bomb, the thing that blew up when an explosion word
// names it: "انفجار قنبلة"، "القنبلة انفجرت".
var bombNouns = wordSet("قنبله القنبله قنبلتين قنبلتان القنبلتين القنبلتان قنابل القنابل")

// bombNotAttack right after a bomb noun make it no bombing: a figure of
// speech ("انفجار قنبلة موقوتة"، "القنبلة الديموغرافية"), a nuclear bomb, or
// the police's tear-gas, sound and smoke canisters ("قنبلة غاز مسيل للدموع").
var bombNotAttack = wordSet("موقوته الموقوته نوويه النوويه ذريه الذريه هيدروجينيه الديموغرافيه ديموغرافيه السكانيه سكانيه " +
	"غاز الغاز للغاز مسيل المسيل صوتيه الصوتيه دخانيه الدخانيه ضوييه")

// explodedBomb reports whether the explosion word at i..end is told as a
// bomb's: the bomb right after it ("مقتل 3 في انفجار قنبلة في صنعاء"،
// "انفجار قنبلة زرعت على جانب طريق") or, for the verb, right before it
// ("القنبلة انفجرت حين كانت الشرطة تجري تبديلا للحراسة"). A bomb does not
// go off by mishap, so it tells a bombing as a toll or a target near the
// word does (explosionType): the lead of such a story often gives its toll
// with مقتل, or far from the word, or only in the title. Not a bomb of a
// figure of speech, a nuclear one or a tear-gas canister (bombNotAttack),
// nor an old one left from a war (blastNotAttack: "من مخلفات"), nor one a
// verb of being sets in the past.
func explodedBomb(toks []token, i, end int) bool {
	s := toks[i].sent
	at := -1
	if end < len(toks) && toks[end].sent == s && toks[end].has(bombNouns) {
		at = end
	} else if i > 0 && toks[i-1].sent == s && toks[i-1].has(bombNouns) && strings.HasSuffix(toks[i].w, "انفجرت") {
		at = i - 1
	}
	if at < 0 || nearBefore(toks, min(i, at), 3, beingVerbs) {
		// "لجندي أمريكي كان ضحية انفجار قنبلة في أفغانستان": a verb of
		// being tells the blast a past that the story looks back on.
		return false
	}
	for j := at + 1; j < len(toks) && j <= at+3 && toks[j].sent == s; j++ {
		if toks[j].has(bombNotAttack) || toks[j].has(blastNotAttack) {
			return false
		}
	}
	return true
}
