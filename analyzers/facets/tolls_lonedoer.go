package facets

import "strings"

// The doer the only dead: "تمكنت أجهزة الأمن ... من إحباط محاولة مهاجم
// انتحاري ... حيث فجر نفسه فوق جسر دون وقوع إصابات"، "أقدم رجل على تفجير
// نفسه أمام سفارة الولايات المتحدة"، "المشتبه بتنفيذ تفجيرات تكساس فجّر
// نفسه داخل مركبته"، "وقالت مصادر أمنية ... إن منفذ الهجوم لقي مصرعه
// أثناء المحاولة". No toll word counts anyone, and doerFelled adds the doer
// only to a toll of victims; the coders and rul46c-3 ("the bomber's own
// death → 1", holdout39 Q59) count him alone: 1. The pool and the blind
// codings hold four such stories, every one coded 1 (round 53, m53kill2).

// loneDoerDied reports the doer of the story's attack told dying in the
// title or the first two paragraphs while no killed toll stands there
// (the caller asks that), under a title that names the doer
// (titleNamesDoer): a bomber who blew himself up (a blast verb or
// noun, blastVerbWords or selfBlastNouns, right before "نفسه/نفسها", one
// doer: "لتفجير أنفسهم" is a psychiatrist's talk of bombers) or a
// doer's "لقي مصرعه/حتفه" (doerDiedAt). Not when
//   - a relative pronoun stands just before ("الانتحاري الذي فجر نفسه وسط
//     ذلكم العدد الكبير من رجال الأمن": an attack the story talks about,
//     the Asir bombing's commentaries);
//   - an attempt or a threat comes before it ("حاول الإرهابي ... تفجير
//     نفسه"، "قبل أن يفجر نفسه": he may live);
//   - he blew himself up among people (بين، وسط after نفسه): the victims'
//     count, untold, is the toll, and vague words give none;
//   - the body tells it in the present ("يفجر نفسه عندما يشعر بالغضب");
//   - its sentence is tied to another time (otherTimeOf: "الخميس الماضي");
//   - a plural verb of dying (riseDeadVerbs) stands in the first
//     paragraphs: others died with him.
func loneDoerDied(toks []token) bool {
	if !inArticle(toks, selfWords) && !inArticle(toks, diedDoerNouns) {
		// Neither a reflexive nor a doer anywhere: most articles stop here.
		return false
	}
	if !titleNamesDoer(toks) {
		return false
	}
	for k := 1; k < len(toks) && toks[k].para <= 2; k++ {
		at := -1 // the verb of his death
		switch {
		case oneSelf(toks[k].w) && toks[k-1].sent == toks[k].sent && (toks[k-1].has(blastVerbWords) || toks[k-1].has(selfBlastNouns)):
			at = k - 1
			// A present tense outside the title tells a habit or a threat,
			// not a death: "نوعا جديدا من النمل، يفجر نفسه عندما يشعر
			// بالغضب" under "النمل الانتحاري". The title's present is the
			// headline's ("مشبوه «يفجر نفسه»").
			if w := strings.TrimPrefix(stripWa(toks[at].w), "ل"); !toks[at].title && (w == "يفجر" || w == "تفجر") {
				continue
			}
			// Blown up among people: their count is the toll.
			if k+1 < len(toks) && toks[k+1].sent == toks[k].sent && (toks[k+1].w == "بين" || toks[k+1].w == "وسط") {
				continue
			}
		case toks[k].w == "مصرعه" || toks[k].w == "حتفه":
			if doerDiedAt(toks, k) {
				at = k - 1
			}
		}
		if at < 0 || otherTimeOf(toks, at, true) {
			continue
		}
		if nearBefore(toks, at, 4, relativePronouns) || nearBefore(toks, at, 4, doerAttempt) ||
			at > 1 && toks[at-2].sent == toks[at].sent && stripWa(toks[at-2].w) == "قبل" {
			continue
		}
		// "فإن نحو 17 شخصا «استشهدوا»" after "فجر انتحاري نفسه" under
		// "انتحاري يفجر نفسه في مسجد": others died, and their count, read
		// or not, is the toll.
		for j := 0; j < len(toks) && toks[j].para <= maxTollPara; j++ {
			if toks[j].has(riseDeadVerbs) {
				return false
			}
		}
		return true
	}
	return false
}

// titleNamesDoer reports a title that tells of the doer: a bomber, an
// attacker or a suspect (bomberSubjects, doerNouns, diedDoerNouns: "انتحاري
// يستهدف السفارة"، "هجوم انتحاري"، "إرهابي يفجر نفسه"), "its doer"
// ("ومقتل منفذه"), or a man blowing himself up ("ففجر نفسه"). Commentaries,
// reactions and arrests that tell the bombing in their lead ("طموحهم حزام
// ناسف!"، "أبناء عسير: مصطفون خلف القيادة"، "بعد 3 أعوام.. مشاهد جديدة من
// تفجير مسجد") name none.
func titleNamesDoer(toks []token) bool {
	for k := 0; k < len(toks) && toks[k].title; k++ {
		t := &toks[k]
		if t.has(bomberSubjects) || t.has(doerNouns) || t.has(diedDoerNouns) || oneSelf(t.w) ||
			strings.HasPrefix(stripWa(t.w), "منفذ") {
			return true
		}
	}
	return false
}

// oneSelf reports "himself" or "herself" as written: one doer, where
// selfWords also holds the plural and the dual ("أنفسهم"), which tell of
// more than one.
func oneSelf(w string) bool { return w == "نفسه" || w == "نفسها" }
