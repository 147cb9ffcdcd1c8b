package facets

import (
	"strings"
)

// A force entering a place is how a title or a lead often tells its taking:
// "القوات العراقية تدخل جامعة الأنبار وتشتبك مع مسلحي «داعش»"، "دخلت قوات
// النظام السوري ليل الأربعاء إلى حمورية، أبرز البلدات الواقعة تحت سيطرة
// فصيل فيلق الرحمن"، "تمكنت قوات ألوية العمالقة ... من دخول مدينة البرح".
// The words are capture triggers of the title and the lead only (leadCapture
// and presentCapture); enteredType types them by a force named right beside
// the verb, as an advance is typed, so a convoy, a bus or a person entering
// is no taking.
var (
	// enteredWords are the past, the title's present and the noun of دخل.
	// The noun counts only as what a force managed (enabledCapture):
	// "التوصل إلى اتفاق بشأن دخول قوات سورية إلى عفرين" is a plan.
	// Not تدخل, as often the noun of intervening ("نرفض عدوانية إيران
	// وتدخلها").
	enteredWords = plainWords("دخلت دخل دخلوا دخلا دخلتا يدخل يدخلون دخول")
	enteredNoun  = wordSet("دخول")
	// securityForces after a word of forces name a state's security forces,
	// the taker of the place they enter: "قالت قيادة العمليات المشتركة
	// العراقية إن قوات الأمن دخلت جامعة الأنبار".
	securityForces = wordSet("الامن الامنيه")
	// enteredTimes, and the force's own epithets, stand between an entry
	// and its place.
	enteredTimes = wordSet("مؤخرا ليل ليله مساء صباح فجر ظهر اليوم امس المسلحه المسلح المسلحين المواليه الموالي الموالين")
	// enteredPlural are the plural and dual verbs, whose force stands
	// before them: after one is the place ("طفلا مهاجرا دخلوا الولايات
	// المتحدة خلسة").
	enteredPlural = wordSet("دخلوا دخلا دخلتا")
	// enteredNotPlace right after the verb (or after the force that
	// follows it) tell an entry into a state, a war or a building of no
	// front: "دخل الاتفاق حيز التنفيذ"، "دخلت في مواجهات"، "دخلت على خط
	// الأزمة"، "دخل الحرب"، "دخلت الأراضي السورية" (a border crossed, not a
	// place taken).
	enteredNotPlace = wordSet("حيز في علي على مرحله الحرب حرب المعركه معركه المعارك مواجهه مواجهات اشتباكات التاريخ " +
		"عامها عامه يومها يومه اسبوعها شهرها المستشفي مستشفي السجن الخدمه الاراضي اراضي البلاد الحدود")
)

// enteredType is the type of a taking told by an entry word at tokens
// i..end (see enteredWords): "" unless a force stands right beside the
// verb, before a present one ("الجيش يدخل مدينة البرح"), and the entry is
// into a place.
func enteredType(l *lexicon, toks []token, actorAt []string, i, end int) string {
	if !enteredWords[strings.TrimPrefix(strings.TrimPrefix(toks[i].w, "و"), "ف")] {
		// A pronoun or a preposition on the word: "بعد دخولهم الولايات
		// المتحدة"، "يهدد بدخول عفرين". (No entry word opens with و or
		// ف, so the bare word needs no test of its own.)
		return ""
	}
	if !enteringForce(toks, actorAt, i, end) {
		// "الكشف عن دخل إيفانكا ترامب" is an income.
		return ""
	}
	reach := advanceReach
	if toks[i].has(enteredNoun) {
		if enabledCapture(toks, i) < 0 {
			return ""
		}
		reach = captureReach
	}
	s := toks[i].sent
	j := end
	for j < len(toks) && toks[j].sent == s && (actorAt[j] != "" || toks[j].has(enteredTimes) || isWeekday(toks[j].w)) {
		// "دخلت قوات النظام السوري ليل الأربعاء إلى حمورية": past the
		// force and the time.
		j++
	}
	if j < len(toks) && toks[j].sent == s && (toks[j].has(enteredNotPlace) || strings.HasPrefix(toks[j].w, "ل")) {
		// "دخلت فصائل المعارضة السورية المسلحة، مؤخرا، في تبادل
		// للاتهامات"، "دخلت قوات حكومية لإخراج المسلحين الذين داهموا
		// الفندق": a state or an aim, not a place.
		return ""
	}
	taker := captureTaker(l, toks, actorAt, i, end, reach)
	if taker == "" && i > 1 && toks[i-2].has(forceWords) && toks[i-1].has(securityForces) {
		taker = "syrian-government"
	}
	return takerType(taker)
}

// entryWord reports token t as a word of entering (enteredWords) under any
// of its forms, a pronoun taken off too: the trigger matched it so.
func entryWord(t token) bool {
	// The forms on the stack: a clone for each trigger was a tenth of the
	// objects extraction allocated on the seeds.
	var buf [8]string
	for _, f := range withoutSuffix(append(buf[:0], t.forms...)) {
		if enteredWords[f] {
			return true
		}
	}
	return false
}

// enteringForce reports a force right beside the entry word at tokens
// i..end: an actor's name or a word of forces or fighters just before it
// ("الجيش السوري يدخل"، "قوات الأمن دخلت") or just after it ("دخلت قوات
// النظام"، "دخل مقاتلو المقاومة الشعبية"). A present verb's force stands
// before it, as a title tells it.
func enteringForce(toks []token, actorAt []string, i, end int) bool {
	s := toks[i].sent
	// Not a leader named by his title: "دخل الرئيس الأمريكي السابق جورج
	// بوش الأب المستشفى".
	force := func(j int) bool {
		return j >= 0 && j < len(toks) && toks[j].sent == s && !toks[j].has(leaderTitles) &&
			(actorAt[j] != "" && actorAt[j] != "civilians" || toks[j].has(forceWords) || toks[j].has(proGovForces) || toks[j].has(fighterWords))
	}
	if force(i-1) || i > 1 && !toks[i-1].gap && toks[i-1].sent == s && actorAt[i-1] == "" && (toks[i-2].has(forceWords) || toks[i-2].has(proGovForces)) && toks[i-2].sent == s {
		return true
	}
	return !toks[i].has(presentCapture) && !toks[i].has(enteredPlural) && force(end)
}

// isWeekday reports w as the name of a day of the week.
func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}
