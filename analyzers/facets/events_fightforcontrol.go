package facets

import "strings"

// A force told fighting, in the present, to take or retake ground: "ويقاتل
// الجيش الليبي للسيطرة على درنة" (pool SK-middleEast-2508, the LNA's
// Derna battle past a suicide bombing)، "تنظيم داعش يقاتل من أجل السيطرة
// على المناجم" (blind SK-internationalNews-1729, Nangarhar)، "وسط تقاتل
// حكومتين من أجل السيطرة على البلاد" (pool 2015-07-21-611). The present
// fighting verb is no clash trigger of the lexicon: alone it mostly tells
// a role ("الميليشيات التي تقاتل مع الجيش السوري"، "يقاتل ضد الإرهاب"),
// which the golds do not code (a present fighting verb in 105 gold
// articles not coded armed-clash, 35 coded). With a purpose of control or
// recapture up to three words after it (للسيطرة، من أجل السيطرة،
// لاستعادة، لتحرير) it is a fight going on over a place: round 62 counted
// that construction over the gold articles at pool 2 coded / 0 not, blind
// 1 / 0 (rasid missed the clash in SK-middleEast-2508 and
// SK-internationalNews-1729). Read as specifically as a phrase, in a body
// too, behind the year, month and modal guard the other such readers
// (securityAttacked) ask: phraseNotNow, events.go.

// fightForControl returns the present fighting verbs (alongsideVerbs, the
// set actors_loyal.go reads the same verbs by) followed within four words
// of their sentence by a purpose of control or recapture: a control noun
// after "أجل" or with a ل proclitic (controlWords, controlNouns), or a
// recapture masdar with a ل proclitic (restoreWords: لاستعادة، لتحرير)
// whose object is no title or service (restoredThings). Not after أن (a
// duty or an aim) nor in a sentence of ordinary crime (ordinaryCrime).
func fightForControl(toks []token) []int {
	if !inArticle(toks, alongsideVerbs) || !inArticle(toks, controlWords) && !inArticle(toks, controlNouns) && !inArticle(toks, restoreWords) {
		return nil
	}
	var at []int
	for k := range toks {
		if !toks[k].has(alongsideVerbs) || k > 0 && toks[k-1].w == "ان" || sentenceHas(toks, k, ordinaryCrime) {
			// "عليك أن تقاتل مرة أخرى لاستعادة اللقب": the subjunctive
			// after أن is a duty or an aim, not a fight told; "المجموعات
			// الإجرامية تقاتل من أجل السيطرة على زراعة الخشخاش" beside
			// "لمكافحة المخدرات": a trade's gangs, no war.
			continue
		}
		s := toks[k].sent
		for j := k + 1; j < len(toks) && j <= k+4 && toks[j].sent == s; j++ {
			w := toks[j].w
			purpose := strings.HasPrefix(w, "ل") || toks[j-1].w == "اجل"
			restore := toks[j].has(restoreWords) && strings.HasPrefix(w, "ل") && (j+1 >= len(toks) || !toks[j+1].has(restoredThings))
			if purpose && (toks[j].has(controlWords) || toks[j].has(controlNouns) || restore) {
				at = append(at, k)
				break
			}
		}
	}
	return at
}
