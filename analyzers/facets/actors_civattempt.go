package facets

import "strings"

// A named civilian figure a title tells the target of an assassination
// attempt: "نجاة وزير الداخلية الليبي من محاولة اغتيال في تونس"، "رئيس
// الوزراء الفلسطيني ينجو من محاولة اغتيال"، "عضو في لبيك متورط بمحاولة
// اغتيال وزير داخلية باكستان"، "نجاة محافظ تعز من محاولة اغتيال". Round
// 46's ruling rul46a-2 (adjudication README) codes civilians for a
// killing or an attempt the text calls اغتيال/محاولة اغتيال when the
// victim holds a civilian role (a prime minister, a minister, a mayor or
// governor, a judge, a journalist, an activist, a cleric, a public figure),
// even when no one is hurt and the attacker is unknown. civiliansAssassinated
// (events_civattack.go) reads only a killing, as its words also type
// an attack on civilians, and its roles leave out the office words (وزير،
// رئيس), which an attempt's titles name most. These mentions count for
// the actor only; the event types stay as they are (the ruling leaves
// them).
//
// Read in the title: the attempt (محاولة right before the assassination
// word, not the purpose "محاولة لاغتيال" of a plot) with the victim's
// role among the four words after it, or the survivor's role before a
// survival word (نجاة، ينجو) the attempt follows. Not when a plan, a
// memory or an older case is told (attemptPlotWords within four words
// before: "منذ محاولة اغتيالها"، "مخطط"), when the title names a year
// ("قبل 6 سنوات" is the same), or when the victim bears arms (a general,
// an officer, a chief of staff: assassinatedFighters, notCivilianVictims,
// attemptFighterWords).

var (
	// attemptRoles name a civilian office or standing: the prime
	// minister ("رئيس الوزراء"، "رئيس الحكومة"، "رئيس وزراء"), a minister,
	// a governor, the president, with civiliansAssassinated's roles.
	attemptRoles = union(assassinatedRoles, wordList("وزير الوزير محافظ المحافظ رئيس الرئيس"))
	// attemptSurvived names the survival an attempt follows.
	attemptSurvived = wordSet("نجاه ينجو تنجو نجا نجت")
	// attemptPlotWords before the attempt make it a plot, a memory or
	// history.
	attemptPlotWords = wordSet("مخطط خطط يخطط تخطط مؤامره هل ذكري الذكري منذ تكشف وثائق")
	// attemptFighterWords after رئيس make him a soldier's chief: "رئيس
	// الأركان"، "رئيس جهاز المخابرات".
	attemptFighterWords = wordSet("الاركان اركان المخابرات الاستخبارات جهاز الامن الشرطه")
	// attemptedWords are the assassination words an attempt takes, with
	// the masdar's possessive ("محاولة اغتياله").
	attemptedWords = union(assassinationWords, wordList("اغتياله اغتيالها"))
)

// attemptedAssassinationMentions returns a civilians mention at the role of
// the civilian figure a title names as the target of an assassination
// attempt.
func attemptedAssassinationMentions(toks []token) []mention {
	if !inArticle(toks, attemptedWords) || !inArticle(toks, attemptWords) {
		return nil
	}
	if titleHasYear(toks) {
		return nil
	}
	var out []mention
	for k := 1; k < len(toks) && toks[k].title; k++ {
		if !attemptAt(toks, k) || nearBefore(toks, k, 4, attemptPlotWords) {
			continue
		}
		r := attemptRoleAfter(toks, k)
		if r < 0 {
			r = attemptSurvivorBefore(toks, k)
		}
		if r >= 0 {
			out = append(out, mention{e: assassinatedEntry, start: r, end: r + 1})
		}
	}
	return out
}

// attemptAt reports at k, k ≥ 1, an assassination word the attempt word
// right before makes an attempt: "محاولة اغتيال"، "محاولة اغتياله", not the
// purpose "محاولة لاغتيال" of a plot (attemptOnPerson reads it too).
func attemptAt(toks []token, k int) bool {
	return toks[k].has(attemptedWords) && !strings.HasPrefix(toks[k].w, "ل") && toks[k-1].has(attemptWords)
}

// attemptRoleAfter returns the first civilian role among the four title
// words after the assassination word at k, or -1 (none, or one who bears
// arms).
func attemptRoleAfter(toks []token, k int) int {
	return titleRoleAfter(toks, k, attemptRoles, notCivilianVictims, assassinatedFighters, attemptFighterWords)
}

// attemptSurvivorBefore returns the civilian role of the survivor a
// survival word before the attempt names: "نجاة محافظ تعز من محاولة
// اغتيال" (the role after نجاة), "رئيس الوزراء الفلسطيني ينجو من محاولة
// اغتيال" (the role before ينجو), or -1.
func attemptSurvivorBefore(toks []token, k int) int {
	s := -1
	for j := k - 2; j >= 0 && j >= k-8 && toks[j].title; j-- {
		if toks[j].has(attemptSurvived) {
			s = j
			break
		}
	}
	if s < 0 {
		return -1
	}
	role := -1
	for j := max(0, s-3); j < k-1 && toks[j].title; j++ {
		if toks[j].has(notCivilianVictims) || toks[j].has(assassinatedFighters) || toks[j].has(attemptFighterWords) {
			return -1
		}
		if role < 0 && j != s && toks[j].has(attemptRoles) {
			role = j
		}
	}
	return role
}
