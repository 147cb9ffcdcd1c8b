package facets

import "slices"

// abductionRetold reports an arrest word at i whose sentence tells an
// abduction and names no state force: the same seizure told twice, by an
// armed group that holds no state's powers. "قام داعش بخطف 170 سنيا ...
// وذلك خلال عملية مداهمة لمدينة القريتين"، "اختطفوا أكثر من 25 صحفيا، في
// حملة منظمة تقوم بها المليشيات لاعتقال الصحافيين"، "وقاموا مساء الأربعاء
// بمداهمة منزله واختطاف ابنه". The coders type such a seizure as the
// abduction the text calls it, not as arrests (ACLED's arrests are a
// state's, or a de facto authority's told as arrests: "حملة اعتقالات تشنها
// فصائل المعارضة" tells no abduction and stays). A police or security
// force in the sentence makes the arrest its own ("وأضافت الشرطة أنها
// اعتقلت شخصين على صلة بالحادث، وأن اثنين من الخاطفين")، and so do the
// abduction's suspects or a charge ("القبض على المشتبه بهم في خطف"): the
// abductors arrested.
func abductionRetold(l *lexicon, toks []token, actorAt []string, i int) bool {
	// The arrester stands before the arrest word or right after its verb
	// ("اعتقلت الشرطة"); a force further on is whom the story is about
	// ("لاعتقال الصحافيين الناشطين في تغطية أخبار انتصارات الجيش"). A
	// state named by an actor's name arrests only beside the word ("تركيا
	// تعتقل")؛ further back it is the charge's ("بتهمة التخابر مع النظام،
	// وذلك خلال عملية مداهمة").
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && j <= i+2 && toks[j].sent == s; j++ {
		if toks[j].has(arrestingForce) {
			return false
		}
		if a := l.actors[actorAt[j]]; a != nil && (a.kind == "state" || a.kind == "external") && j >= i-3 {
			return false
		}
	}
	told := false
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if !triggerAt(l, toks, j, "abduction-forced-disappearance") {
			continue
		}
		if nearBefore(toks, j, 3, suspectWords) || nearBefore(toks, j, 3, chargeWords) {
			// The abductors arrested: "القبض على المشتبه بهم في خطف"،
			// "اعتقال المتهمين باختطاف". Not a charge the armed group
			// laid on its captives ("بتهمة التخابر مع النظام").
			return false
		}
		told = true
	}
	return told
}

// triggerAt reports a trigger of type id starting at token j.
func triggerAt(l *lexicon, toks []token, j int, id string) bool {
	if !toks[j].has(l.triggerIx.starts) {
		return false
	}
	for _, f := range toks[j].forms {
		for _, e := range l.triggers[f] {
			if slices.Contains(e.ids, id) && matchAt(toks, j, e.words) {
				return true
			}
		}
	}
	return false
}

// arrestingForce names a state's police, security, army or authorities:
// an arrest beside one is theirs. Not النظام, which an armed group's
// charge names ("بتهمة التخابر مع النظام").
var arrestingForce = union(authorityWords, stateAgentWords, wordList("الجيش جيش القوات قوات الشرطه شرطه الامنيه الامن"))

// hijacking reports an abduction word whose object, the word right after
// it (end), is an aircraft or a ship: "المتهم باختطاف الطائرة المصرية"،
// "تنفي محاولة اختطاف طائرة لها بأجواء إيران"، "تتهم مهاجرين باختطاف
// سفينة إنقاذ". A craft seized is a hijacking, not people kidnapped or
// disappeared, which is what the coders type as an abduction, though the
// hijacking still dates its report as a crime does (evCrime); the people
// taken in one are told by their own words ("رهائن"، "خطف الركاب") and
// stay.
func hijacking(toks []token, end int) bool {
	return wordAfter(toks, end-1, end, hijackedCraft)
}

// hijackedCraft are the aircraft and ships a hijacker seizes.
var hijackedCraft = wordSet("طائره الطائره طائرات الطائرات سفينه السفينه سفن السفن باخره الباخره ناقله الناقله")

// seizedFigure reports an abduction word whose object, the word right after
// it (end), is no person but a figure of seizing: a match's spoils ("نجح
// برشلونة في خطف تعادل ثمين"، "من الصعب خطف اللقب من النصر") or a thing
// of state or faith ("واختطاف القرار الأمني والسياسي"، "تمكنت من اختطاف
// الطائفة العلوية"، "على من خطف الدين"، "مختطفي الشرعية في اليمن").
// Like spotlight, these are seized, no one kidnapped. Not الشباب or
// البلاد: "اختطاف الشباب" may be young men taken.
func seizedFigure(toks []token, end int) bool {
	return wordAfter(toks, end-1, end, seizedFigures)
}

// seizedFigures are the spoils and the things of state or faith that
// seizedFigure reads.
var seizedFigures = wordSet("تعادل التعادل الفوز فوز النقاط اللقب لقب الصداره بطاقه البطاقه " +
	"القرار قرار الدين الاسلام الطائفه الحكم الشرعيه الدوله الثوره")

// freedCaptives reports a captives noun at i (captiveWords: الرهائن،
// المخطوفين، المختطفين) that a word of freeing stands right before, within
// two words: "صفقة تحرير الرهائن"، "الإفراج عن المخطوفين القطريين"، "لضمان
// إطلاق سراح المختطفين". The freeing, a ransom or an exchange is the news;
// the captives were taken earlier (the Qatari hunters seized in 2015 and
// freed in 2017, in the 2018 leaks of the ransom), and the coders type no
// abduction for them. Not the verbs of taking: "اختطاف"، "خطف" stay.
func freedCaptives(toks []token, i, end int) bool {
	if !toks[i].has(captiveWords) || nearWord(toks, end-1, end, siegeWords, siegePlaces) {
		// Hostages freed as a siege ends ("تحرير رهائن مع إنهاء حصار
		// فندق") are the siege's (see siege in eventHits).
		return false
	}
	// A rescue under way ("عملية تحرير الرهائن في مالي متواصلة") or a
	// release demanded ("القرار الذي يلزم ميليشيا الحوثي بالإفراج عن
	// المختطفين") tells captives still held: the abduction goes on.
	j := captivesObjectOf(toks, i, freeingWords)
	return j >= 0 && !nearBefore(toks, j, 1, rescueOpWords) && !nearBefore(toks, j, 4, releaseDemandWords)
}

// captivesObjectOf returns the word of set that the captives noun at i is
// the object of, within two words before it in its sentence ("تحرير
// الرهائن"، "وإنقاذ الرهائن والمخطوفين"), or -1. freedCaptives and
// rescuedCaptives read the same shape with their own words.
func captivesObjectOf(toks []token, i int, set *words) int {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-2 && toks[j].sent == s; j-- {
		if toks[j].has(set) {
			return j
		}
	}
	return -1
}

// rescueOpWords make a freeing a rescue operation: "عملية تحرير الرهائن".
var rescueOpWords = wordSet("عملية العملية عمليات")

// releaseDemandWords demand or oblige a release: "يلزم ... بالإفراج"،
// "تطالب منذ فترة طويلة بإطلاق سراح ثلاثة رهائن".
var releaseDemandWords = wordSet("يلزم تلزم الزام بالزام يطالب تطالب طالب طالبت يطالبون مطالبة المطالبة بالمطالبة مطالبا دعا دعت يدعو تدعو دعوة")

// freeingWords free captives: releaseWords and the noun of liberation
// ("تحرير الرهائن").
var freeingWords = union(releaseWords, wordList("تحرير لتحرير بتحرير وتحرير"))

// freedCaptivesIn reports captives freed anywhere in the article
// (freedCaptives): a story of a ransom or an exchange tells of the men who
// held them, whose Iraqi militias are parties to that seizure, not a
// finished war's backdrop (iraqWarBackdrop), though the seizure itself is
// too old to type (AL-internationalNews-1972: Kataib Hezbollah and the PMF
// in the leaks of Qatar's ransom).
func freedCaptivesIn(toks []token) bool {
	if !inArticle(toks, captiveWords) || !inArticle(toks, freeingWords) {
		return false
	}
	for _, i := range setTokens(toks, captiveWords) {
		if freedCaptives(toks, i, i+1) {
			return true
		}
	}
	return false
}

// rescuedCaptives reports a captives noun at i (captiveWords: الرهائن،
// المخطوفين) whose sentence names it, within two words, only as what a
// rescue saves: "وتستخدم قوات الطوارئ الخاصة في عمليات حفظ النظام كتفريق
// المظاهرات، وإنقاذ الرهائن والمخطوفين"، "لعمليات الاقتحام وتخليص
// الرهائن"، "كون مهمتها الأساسية حماية الوطن وإنقاذ الرهائن" (the Saudi
// emergency force's portraits: round 50's blind sample c, 2015-08-10-1281,
// and the blind 2015-08-09-1066; a National Guard drill). A force's task
// or drill takes no one: no abduction, and no civilians held. A
// hostage-taking the story tells keeps its own words ("احتجز رهائن"،
// "اختطاف"), and a rescue under way ("عملية إنقاذ رهائن"، as freedCaptives
// reads "عملية تحرير الرهائن") tells captives still held and stays.
func rescuedCaptives(toks []token, i int) bool {
	if !toks[i].has(captiveWords) {
		return false
	}
	j := captivesObjectOf(toks, i, rescueNouns)
	return j >= 0 && !nearBefore(toks, j, 1, rescueOpWords)
}

// rescueNouns name a rescue by its noun, the task's word: "إنقاذ
// الرهائن"، "تخليص الرهائن".
var rescueNouns = wordSet("إنقاذ وإنقاذ لإنقاذ بإنقاذ انقاذ وانقاذ لانقاذ بانقاذ تخليص وتخليص لتخليص بتخليص")

// captorlessPlural reports an abduction trigger at i that is a plural
// perfect verb (pluralAbductionVerbs: اختطفوا، خطفوا) with no captor
// named within five words before it in its sentence and no أن or إن of a
// reported clause within eight. Unvowelled, the
// plural is active and passive alike; told with its doers ("الحوثيين
// اختطفوا"، "وأضاف أن مسلحين اختطفوا عددا"، "عناصر من جبهة النصرة خطفوا
// الأربعاء قائد الفرقة 30") it is a kidnapping the story reports. Without
// them, and outside a clause a source reports ("أعلن ... أن ثمانية من
// العناصر خطفوا مساء الأربعاء"), it is mostly a relative clause on people met for something else
// (the Qatari hunters "قطريين اختطفوا في العراق" of a ransom story, the
// dead "بينهم 6 أشخاص خطفوا على يد داعش" found later), a figure ("هل
// اختطفوا منا؟") or a theft ("وخطفوا هاتفه"). A captor is a captorWords
// or armedAgentWords word or a taxonomy actor other than civilians.
func captorlessPlural(l *lexicon, toks []token, actorAt []string, i int) bool {
	plural := false
	for _, f := range toks[i].forms {
		if pluralAbductionVerbs[f] {
			plural = true
			break
		}
	}
	if !plural {
		return false
	}
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-8 && toks[j].sent == s; j-- {
		if toks[j].has(thatWords) {
			// The verb is what a source reports: "أعلن المرصد أن
			// ثمانية من العناصر ال54 خطفوا مساء الأربعاء"، "أعلنت
			// الخارجية الايطالية ان اربعة ايطاليين ... خطفوا في ليبيا".
			return false
		}
		if j < i-5 {
			continue
		}
		if toks[j].has(captorWords) || toks[j].has(armedAgentWords) {
			return false
		}
		if a := l.actors[actorAt[j]]; a != nil && a.kind != "civilians" {
			return false
		}
	}
	return true
}

// pluralAbductionVerbs are the plural perfect verbs of abduction that
// captorlessPlural reads (looked up whole, at one word).
var pluralAbductionVerbs = plainWords("اختطفوا خطفوا")
