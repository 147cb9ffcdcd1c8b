package facets

import "time"

// Ground fighting on a named front told as going on at the time of the
// news is an armed clash though no clash is narrated (round 46 ruling
// rul46b-1): an offensive waged by a present verb ("حيث تشن قوات النظام
// هجوما منذ أسابيع"، "وتشن ضدهم عملية عسكرية باسم غصن الزيتون في عفرين"،
// "العملية العسكرية التي تشنها أنقرة على منطقة عفرين") or called going on
// ("في عملية (غصن الزيتون) المستمرة")؛ fighting told as the cause of
// flight ("الفارين من المعارك"، "نزوح أكثر من 17 ألف مدني جراء
// الاشتباكات"، "محاصرين بسبب القتال") or as escalating ("تصعيد القتال"،
// "التصعيد الدامي في الأعمال القتالية"). Not a launch told past (شنت،
// بدأت), a threat or a plan (modalBefore, the future ستشن), a campaign of
// strikes (حملة القصف، غارات), a whole country's war ("تخوض أنقرة حاليا
// حملة عسكرية في سوريا" names no front narrower than a country), a war of
// words ("يشن هجوما لاذعا") or a campaign dated to another year.

var (
	// offensiveVerbs wage or carry on an offensive in the present.
	offensiveVerbs = wordSet("تشن يشن تخوض يخوض تنفذ ينفذ يشنون يخوضون تواصل يواصل")
	// offensiveCarry carry out an operation, not an attack: "ينفذ هجوما"
	// is a bombing's ("فتاة تنفذ هجوما انتحاريا").
	offensiveCarry = wordSet("تنفذ ينفذ تنفذها ينفذها تنفذه ينفذه")
	// offensiveAttacks are the nouns of an attack.
	offensiveAttacks = wordSet("هجوم هجوما هجومها هجومه الهجوم")
	// offensiveOne before an attack count it one attack: "أول هجوم كبير
	// يشنه المتطرفون".
	offensiveOne = wordSet("اول ثاني ثالث اخر")
	// offensiveSubjunctive right before the verb make it expected or
	// wished: "وتوقع أن يشن تنظيم داعش هجوما".
	offensiveSubjunctive = wordSet("ان لن كي")
	// offensiveWithin after an attack put it inside a campaign whose verb
	// follows: "ضمن حملة يشنها التنظيم".
	offensiveWithin = wordSet("ضمن اطار")
	// frontCountries after a direction make it a country's name: "جنوب
	// السودان"، "جنوب أفريقيا".
	frontCountries = wordSet("السودان افريقيا")
	// frontDirections are the directions among frontNamed.
	frontDirections = wordSet("جنوب شمال شرق غرب جنوبي شمالي شرقي غربي")
	// yearsSpans after منذ make a campaign years-long: "منذ سنوات".
	yearsSpans = wordSet("سنوات اعوام سنين عقود عقدين سنه عام")
	// offensiveVerbsAfter wage it after its noun, with the noun's pronoun:
	// "هجوم ضخم تشنه القوات الحكومية"، "العملية العسكرية التي تشنها".
	offensiveVerbsAfter = wordSet("تشنه تشنها يشنه يشنها تخوضها يخوضها تنفذها ينفذها تنفذه ينفذه تخوضه يخوضه")
	// offensiveHeads are the offensive's nouns; عملية and حملة only with
	// offensiveKinds right after them.
	offensiveHeads = wordSet("هجوم هجوما هجومها هجومه الهجوم معركه المعركه عمليه العمليه عمليات العمليات حمله الحمله")
	// offensiveBare need offensiveKinds right after them: "حملة اعتقالات"،
	// "عملية جراحية" are no fighting.
	// The same words as campaignNouns (actors_turkey.go): the set is shared
	// (a set bit spared, see maxWordSets).
	offensiveBare = campaignNouns
	// offensiveKinds tell an operation or a campaign a military one.
	offensiveKinds = wordSet("عسكريه العسكريه عنيفه العنيفه بريه البريه")
	// offensiveFigures right after هجوم make it a war of words or of
	// another kind: "يشن هجوما لاذعا".
	offensiveFigures = wordSet("صاروخيا جويا كيماويا كيميايا انتحاريا انتحاري ارهابيا لاذعا حادا عنيفا اعلاميا كلاميا الكترونيا الكترونيه سيبرانيا سيبرانيه مضادا معاكسا")
	// offensiveOngoing right after the offensive's noun (up to three
	// words) call it going on: "في عملية (غصن الزيتون) المستمرة".
	offensiveOngoing = wordSet("المستمره المستمر والمستمر والمستمره المتواصله المتواصل الجاريه الجاري الدايره الداير")
	// frontNamed name a front narrower than a country: an area, a town, a
	// district or a province, a quarter of a country, or a named front or
	// campaign (the district, مديرية: rul67g-3, events_opswaged.go).
	frontNamed = wordSet("مدينه بلده مديريه مديريتي مديريات محافظه ريف مخيم جيب مقاطعه مقاطعات القبلي جنوب شمال شرق غرب جنوبي شمالي شرقي غربي " +
		"دمشق الغوطه عفرين درعا سيناء الزيتون ادلب القنيطره حماه حمص حلب اليرموك الحديده")
	// fightFlight right before من and a fighting noun tell people fleeing
	// it: "الفارين من المعارك"، "فروا من القتال".
	fightFlight = wordSet("الفارين فارين فروا فر فرت هربا الهاربين نزوحهم نزوح النازحين")
	// fightCause right before a fighting noun tell it a cause: "جراء
	// الاشتباكات"، "بسبب القتال"، "تحت وطأة القتال".
	fightCause = wordSet("جراء بسبب وطاه")
	// fightCauseOf are the flight or siege a caused fight is told with in
	// its sentence: "نزوح ... جراء الاشتباكات"، "محاصرين بسبب القتال".
	fightCauseOf = wordSet("نزوح النزوح نزح نزحوا فروا الفارين فارين النازحين نازحين محاصرين المحاصرين فرار الفرار هربا")
	// fightRising right before a fighting noun (or before في and it) tell
	// it escalating: "تصعيد القتال"، "التصعيد الدامي في الأعمال القتالية".
	fightRising = wordSet("تصعيد التصعيد تصاعد اشتداد")
	// fightStop right before a fighting noun are the talks' aim of
	// stopping it while it goes on: "اقتراح لوقف المعارك".
	fightStop = wordSet("لوقف")
	// combatNouns are the fighting nouns of these rules: clashNouns and
	// the adjective of "الأعمال القتالية".
	combatNouns = wordSet("اشتباكات الاشتباكات معارك المعارك مواجهات القتال قتال القتاليه")
)

// ongoingWords open each reading of offensivesOngoing (opsNoun's
// operations are opsOwned or offensiveHeads; opsWagedHead's battles
// and owned operations are opsWagedHeads).
// The pass walks its tokens (setTokens): a first test the pass adds
// must join it, or the walk never meets that test's words.
var ongoingWords = union(offensiveHeads, combatNouns, opsOwned, opsWagedHeads)

// offensivesOngoing returns the tokens where ground fighting is told going
// on, fled or escalating (see above).
func offensivesOngoing(toks []token, pub time.Time) []int {
	var at []int
	for _, k := range setTokens(toks, ongoingWords) {
		if toks[k].has(offensiveHeads) && offensiveWaged(toks, k, pub) || toks[k].has(combatNouns) && fightCaused(toks, k) ||
			toks[k].has(opsWagedHeads) && opsWagedHead(toks, k) && offensiveWaged(toks, k, pub) ||
			opsNoun(toks, k) && opsEscalated(toks, k, pub) {
			at = append(at, k)
		}
	}
	return at
}

// offensiveWaged reports the offensive noun at k waged by a present verb
// up to offensiveVerbReach words before it or right after it (its pronoun's verb,
// after التي or الذي too), or called going on, in a sentence naming a
// front (frontNamed, or a Syrian place the gazetteer knows is not read
// here: the front words cover its fronts).
func offensiveWaged(toks []token, k int, pub time.Time) bool {
	s := toks[k].sent
	if toks[k].has(offensiveBare) && !(k+1 < len(toks) && toks[k+1].sent == s && toks[k+1].has(offensiveKinds)) {
		return false
	}
	if k+1 < len(toks) && toks[k+1].sent == s && toks[k+1].has(offensiveFigures) {
		return false
	}
	attack := toks[k].has(offensiveAttacks)
	if attack && k > 0 && toks[k-1].sent == s && toks[k-1].has(offensiveOne) {
		return false
	}
	waged := -1
	for j := k - 1; j >= 0 && j >= k-offensiveVerbReach && toks[j].sent == s; j-- {
		if toks[j].has(offensiveHeads) {
			break // "تشن هجوما صاروخيا على إرهابيي هجوم الأحواز": the first's verb
		}
		if toks[j].has(offensiveVerbs) {
			waged = j
			break
		}
	}
	for j := k + 1; waged < 0 && j < len(toks) && j <= k+4 && toks[j].sent == s; j++ {
		if toks[j].has(offensiveHeads) || toks[j].has(offensiveWithin) {
			break // "هذا الهجوم يأتي ضمن حملة يشنها التنظيم": the campaign's verb
		}
		if toks[j].has(offensiveVerbsAfter) || !attack && toks[j].has(offensiveOngoing) {
			waged = j
		}
	}
	if waged < 0 || attack && toks[waged].has(offensiveCarry) {
		return false
	}
	if waged > 0 && toks[waged-1].sent == s && toks[waged-1].has(offensiveSubjunctive) {
		return false
	}
	if modalBefore(toks, min(waged, k)) || otherYearTold(toks, k, pub) || fightAside(toks, min(waged, k)) || yearsLong(toks, k) {
		return false
	}
	return frontIn(toks, k)
}

// fightCaused reports the fighting noun at k told as the cause of flight
// or a siege (after a word of cause, or as the subject of a verb that
// drove people out: fightDrove), as escalating, or as what talks aim to
// stop.
func fightCaused(toks []token, k int) bool {
	s := toks[k].sent
	if k == 0 || toks[k-1].sent != s || fightAside(toks, k) {
		return false
	}
	p := toks[k-1]
	if toks[k].w == "القتاليه" {
		// "الأعمال القتالية": the noun is the word before.
		if k < 2 || toks[k-2].sent != s || p.w != "الاعمال" {
			return false
		}
		p = toks[k-2]
		k--
	}
	if !frontIn(toks, k) {
		return false // "تصاعد القتال في سوريا": a whole country's war
	}
	if k+1 < len(toks) && toks[k+1].sent == s && toks[k+1].has(fightDrove) && sentenceHas(toks, k, fightCauseOf) {
		return true // "إن القتال دفع ما لا يقل عن 45 ألف شخص للنزوح" (see fightDrove)
	}
	switch {
	case p.has(fightRising) || p.has(fightStop):
		return true
	case p.has(fightCause):
		return sentenceHas(toks, k, fightCauseOf)
	case p.w == "من" && k > 1 && toks[k-2].sent == s && toks[k-2].has(fightFlight):
		return true
	case p.w == "في" && k > 2 && toks[k-2].sent == s && (toks[k-2].has(fightRising) || toks[k-3].sent == s && toks[k-3].has(fightRising)):
		return true
	}
	return false
}

// offensiveVerbReach is how far before an offensive's noun its present verb
// may stand: "وتشن قوات النظام منذ 18 فبراير هجوماً عنيفاً"، "كما تشن
// القوات الحكومية السورية بدعم روسي هجوما".
const offensiveVerbReach = 8

// yearsLong reports منذ counting years in the sentence of token i: "تشن
// ... حملة عسكرية في شمال سيناء منذ سنوات" is a standing war.
func yearsLong(toks []token, i int) bool {
	for j := sentStart(toks, i); j+1 < len(toks) && toks[j].sent == toks[i].sent; j++ {
		if toks[j].has(sinceWords) && toks[j+1].sent == toks[j].sent && toks[j+1].has(yearsSpans) {
			return true
		}
	}
	return false
}

// frontIn reports a front narrower than a country named in the sentence of
// token i (frontNamed), not a direction that opens a country's name ("قادة
// جنوب السودان").
func frontIn(toks []token, i int) bool {
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == toks[i].sent; j++ {
		if !toks[j].has(frontNamed) {
			continue
		}
		if toks[j].has(frontDirections) && j+1 < len(toks) && toks[j+1].has(frontCountries) {
			continue
		}
		return true
	}
	return false
}
