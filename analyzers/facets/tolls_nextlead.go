package facets

// Two shapes of a news lead's toll that the kill-verb reading stopped at.
//
// "وقتل انتحاري 29 شخصا على الأقل قرب مركز اقتراع": the killer named
// between the verb and its figure (doerThenFigure) in the sentence that
// opens the paragraph after the lead, when the lead itself is a claim or a
// statement about the attack ("أعلن تنظيم داعش مسؤوليته عن الهجوم ...").
// The wire reports put the killing there as often as in the lead's first
// sentence; a verb that opens its own sentence tells the news's event, not
// a clause of background.
//
// "هجوم بقنبلة يدوية وقع السبت ... قتل فيه شخصان": the event's pronoun
// between the verb and its count, as "وقتل في الاعتداء 14 شخصا" names the
// event itself (tollEvents).

// nextLeadOpening reports the kill verb at token i as the first word of
// the first sentence of the paragraph after the lead.
func nextLeadOpening(toks []token, i int) bool {
	return i == sentStart(toks, i) && i == paraStart(toks, i) && toks[i].para == leadPara(toks)+1
}

// eventPronouns stand for the event a relative clause tells: "قتل فيه
// شخصان".
var eventPronouns = wordSet("فيه فيها فيهما")

// pronounTitleEvents name an attack in a title, beside tollEvents and the
// kill words: the lead's relative clause then counts the title's event
// ("يعتقل اثنين من عائلة فلسطيني نفذ عملية دهس" over "عملية دهس قتل فيها
// جنديان إسرائيليان").
var pronounTitleEvents = wordSet("هجوم هجمات عمليه حادثه حادث دهس الدهس بدهس طعن الطعن تفجير انفجار غاره غارات كمين مجزره اعتداء اشتباكات معركه المعركه قصف")

// eventPronounAt reports the event's pronoun right after the kill verb at
// i (token j = i+1), in the title or the lead, before a count: the figure
// or the person noun after it is the verb's. Not when the sentence tells
// an older time after the verb (olderAfter: "كمين ... وقتل فيه أربعة جنود
// أمريكيين، في أكتوبر الماضي"، "اشتباكات ... وقتل فيها 34 شخصا ... قبل
// عامين"), nor when a kill word came before it in the sentence: "أدت موجة
// الحر إلى مقتل 14 ... كما عرقلت عمليات الإنقاذ في مناطق اجتاحتها السيول
// وقتل فيها أكثر من 200" is another event's count, not a second group.
func eventPronounAt(toks []token, i, j int) bool {
	if j != i+1 || j+1 >= len(toks) || toks[j+1].gap || !toks[j].has(eventPronouns) || !(inTitleOrLead(toks, i) || pronounEventBefore(toks, i)) || olderAfter(toks, i) {
		return false
	}
	if !titleHas(toks, killVerbs, killNouns, tollEvents, pronounTitleEvents) {
		// "جنوب أفريقيا تستدعي سفيرها ... بسبب أحداث غزة"، "تبرئة أرملة
		// إرهابي ملهى أورلاندو": a title of no attack tells a reaction or
		// a trial, whose lead names the killing behind it in passing.
		return false
	}
	return !nearBefore(toks, i, i, killVerbs)
}

// pronounEventReach is how far before the kill verb its sentence may name
// the event the pronoun stands for: "وأحصى المرصد 60 غارة، على الأقل، في
// ثلاث ساعات، قتل فيها أربعة أشخاص" names it five words before.
const pronounEventReach = 8

// pronounEventBefore reports a kill verb at i past the lead, within
// maxTollPara, whose own sentence names the attack its pronoun stands for
// a few words before it: "وأحصى المرصد السوري 60 غارة … قتل فيها أربعة
// أشخاص بينهما طفلان" under a lead that tells the raids with no count.
// The clause counts the sentence's own attack, as in the lead; without an
// attack named before it the pronoun may stand for anything ("منطقة قتل
// فيها"). Not in a sentence that opens another story or ties the attack to
// another time before the verb (olderBefore; eventPronounAt's olderAfter
// looks after it): "ووقع انفجار الطائرة عام 1994، بالتزامن مع تفجير مركز
// للجالية اليهودية، في بيونس آيريس قتل فيه 85 شخصا" is history beside the
// news.
func pronounEventBefore(toks []token, i int) bool {
	if toks[i].para > maxTollPara || !(nearBefore(toks, i, pronounEventReach, pronounTitleEvents) || nearBefore(toks, i, pronounEventReach, tollEvents)) {
		return false
	}
	from := sentStart(toks, i)
	return !olderBefore(toks, from, i) && !opensOtherStory(toks, from) && !opensOtherStory(toks, paraStart(toks, i))
}

// olderBefore reports a word of another time than the news's in tokens
// [from, i): a year, a past (قبل، كان، سابق، الماضي) or a period (خلال،
// منذ, but not "منذ أمس" or "خلال الساعات الماضية"). What follows the verb
// may be a quote's own tense ("أن الهجوم الذي قتل فيه 4 مدنيين ... كان
// رسالة"), so only the words before it are read.
func olderBefore(toks []token, from, i int) bool {
	for j := from; j < i; j++ {
		w := stripWa(toks[j].w)
		switch {
		case w == "منذ" && sinceNews(toks, j):
		case (w == "خلال" || w == "الماضي" || w == "الماضيه") && hoursNear(toks, j):
		case w == "الماضي" || w == "الماضيه" || lateOtherDay.contains(w) || lateOtherDay.contains(toks[j].w) || periodWords.contains(w):
			return true
		case opensWithDigit(w):
			if n, used := readNumber(toks, j); used > 0 && isYear(n) {
				return true
			}
		}
	}
	return false
}
