package facets

import "strings"

// A house of worship bombed, named in the title by the bombing noun and the
// mosque or church in construct: "15 قتيلاً في تفجير مسجد الصادق في
// الكويت"، "بدء محاكمة المتهمين بتفجير المسجد بالكويت"، "الكويت: إخلاء
// سبيل 11 متهمًا بتفجير مسجد الإمام الصادق". The people such a bombing
// killed are told by count alone ("أسفر عن مقتل 26 شخصا"، "ذهب ضحيته 27
// قتيلا") or not at all in a trial's follow-up, yet the golds code them
// civilians: the worshippers at prayer, and round 46's ruling (rul46a,
// trials and sentences) keeps the victims of the Kuwait mosque trials as
// civilians in 11 of 12 lines. A force's own mosque is not read (the Asir
// emergency forces' base: its worshippers are the force's men, and the
// golds code no civilians for them, actors_civmosque.go), unless the
// article names site workers killed beside them (siteWorkersNamed), nor a
// mosque whose dead the story's first telling names as a force's men
// (forceDeadAtWorship), or whose title or first sentence names a force or
// its base at all (forceBaseOpens). Not a plan ("خطط لتفجير مسجد": the ل
// form) nor an attempt ("محاولة تفجير"), and not a bare attack ("هجوم بالسكين داخل مسجد", a lone stabber, rul46a-1;
// "إحباط هجوم على كنيسة", the attacker alone died).

// worshipBombingEntry is the civilians entry a bombed house of worship
// stands for.
var worshipBombingEntry = &entry{words: []string{"bombed worship place"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}

// worshipBombingMentions returns a civilians mention for a house of worship
// (forceMosques) within two title words after a bombing noun
// (selfBlastNouns, not its ل form) that no attempt or foiling word
// precedes, where no force owns the mosque (forceOwned, forceMosqueNamed)
// or the article names site workers (siteWorkersNamed), and whose dead
// are no force's (forceDeadAtWorship, forceBaseOpens).
func worshipBombingMentions(toks []token) []mention {
	if !titleHas(toks, selfBlastNouns) || !titleHas(toks, forceMosques) {
		return nil // most titles tell no bombing of a mosque or church
	}
	for k := 0; k < len(toks) && toks[k].title; k++ {
		if !toks[k].has(selfBlastNouns) || strings.HasPrefix(toks[k].w, "ل") ||
			nearBefore(toks, k, 2, attemptWords) || nearBefore(toks, k, 3, foilWords) {
			continue
		}
		for j := k + 1; j <= k+2 && j < len(toks) && toks[j].title && toks[j].sent == toks[k].sent; j++ {
			if !toks[j].has(forceMosques) {
				continue
			}
			if forceOwned(toks, j) || forceMosqueNamed(toks) && !siteWorkersNamed(toks) || forceDeadAtWorship(toks) || forceBaseOpens(toks) {
				return nil
			}
			return []mention{{e: worshipBombingEntry, start: j, end: j + 1}}
		}
	}
	return nil
}

// forceDeadAtWorship reports the first body sentence that tells a house of
// worship (forceMosques) and a harm (victimHarmWords) naming a force or
// its men beside them (bombTollForces, notCivilianVictims): the bombing's
// dead are the force's ("التفجير الإرهابي الإجرامي الذي استهدف مسجدا في
// منطقة عسير ... وأدى إلى استشهاد عدد من منتسبي قوات الطوارئ السعودية",
// a reaction whose mosque the text never ties to the force by name).
func forceDeadAtWorship(toks []token) bool {
	for _, i := range setTokens(toks, forceMosques) {
		if toks[i].title || !sentenceHas(toks, i, victimHarmWords) {
			continue
		}
		return sentenceHas(toks, i, bombTollForces) || sentenceHas(toks, i, notCivilianVictims)
	}
	return false
}

// emergencySpelled is the Asir force's name with the hamza on a dotless
// yeh ("مسجد طوارىء أبها"), which normalizes apart from mosqueForceWords'
// "طوارئ".
var emergencySpelled = wordSet("طوارىء الطوارىء")

// forceBaseOpens reports a force or its base (mosqueForceWords,
// emergencySpelled) in the title or the first body sentence: the mosque
// the story opens on is a force's though no word ties the two ("تفجير
// \"مسجد عسير\" ... أن مبنى قوات طوارئ عسير يقع خارج المباني السكنية"،
// "تفجير مسجد طوارىء أبها").
func forceBaseOpens(toks []token) bool {
	last := firstBodySent(toks) // with no body the title alone is read
	for i := range toks {
		if !toks[i].title && toks[i].sent > last {
			break
		}
		if toks[i].has(mosqueForceWords) || toks[i].has(emergencySpelled) {
			return true
		}
	}
	return false
}
