package facets

import "strings"

// An event whose anniversary the article marks is history, told without its
// year: "آلاف الأكراد يحيون الذكرى الثلاثين للهجوم الكيميائي على حلبجة"،
// "في ذكرى القصف النووي لناغازاكي"، "بمحاسبة المسؤولين بعد عام من الهجوم
// بغاز السارين في بلدة خان شيخون"، "مرور 70 عاما على أول هجوم نووي".

var (
	// anniversaryWords name an anniversary; anniversaryOfWords are its
	// construct forms, joined to what it is of: "ذكرى القصف النووي".
	anniversaryWords   = wordSet("ذكري الذكري للذكري بذكري وذكري")
	anniversaryOfWords = wordSet("ذكري بذكري وذكري")
	// yearsSpan count the years since: "بعد عام من"، "مرور 70 عاما على".
	yearsSpan = wordSet("عام عاما عامين اعوام سنه سنوات سنتين")
	// sinceLinks join a span of years to the event it is counted from:
	// من and على, placeObjectWords' words, whose set they share (a set
	// bit spared, see maxWordSets).
	sinceLinks = placeObjectWords
)

// anniversaryOf reports a trigger at i whose anniversary its sentence
// marks: right after the construct ذكرى ("ذكرى القصف")، or joined by its
// ل to an anniversary word up to three words before it ("الذكرى الثلاثين
// للهجوم")، or right after a span of years with من or على. Not the
// anniversary as a subject: "أثارت الذكرى مظاهرات" tells protests held.
func anniversaryOf(toks []token, i int) bool {
	if nearBefore(toks, i, 1, anniversaryOfWords) || strings.HasPrefix(toks[i].w, "ل") && nearBefore(toks, i, 3, anniversaryWords) {
		return true
	}
	return i > 1 && toks[i-2].sent == toks[i].sent && toks[i-1].has(sinceLinks) && toks[i-2].has(yearsSpan)
}

// agoHedges stand between قبل and its span of years: "قبل نحو عشر سنوات"،
// "قبل أكثر من عامين".
var agoHedges = wordSet("نحو حوالي حوالى قرابه اكثر من")

// yearsAgo reports a span of years counted back with قبل within 12 words of
// token i in its sentence: "أنها نفذت الضربة الجوية قبل 11 عاما على موقع
// الكبر"، "قتل قبل عامين في انفجار سيارة ملغومة". The event is dated years
// before the news, as by a past year (oldYear), which such a text often
// names only further down or not at all (a blind sample found Israel's
// admission of its 2007 strike typed as the day's air strike). Not in a
// sentence that names this day or week (dayNamed), whose own event is the
// news: "اعتقلت الشرطة اليوم رجلا فر قبل عامين"; nor past an "after"
// word or a said-that that opens another clause (laterClause).
func yearsAgo(toks []token, i int) bool {
	// spanOfYears needs a word of yearsSpan: an article without one (the
	// eventHits chain asks this at every trigger) skips the walk of 24
	// words around each.
	if !inArticle(toks, yearsSpan) {
		return false
	}
	s := toks[i].sent
	for j := max(0, i-12); j < i+12 && j < len(toks); j++ {
		if toks[j].sent != s || stripWa(toks[j].w) != "قبل" || j > i && laterClause(toks, i, j) {
			continue
		}
		k := j + 1
		for n := 0; n < 2 && k < len(toks) && toks[k].sent == s && toks[k].has(agoHedges); n++ {
			k++
		}
		if k < len(toks) && toks[k].sent == s && !toks[k].gap && spanOfYears(toks, k) {
			return !dayNamed(toks, i)
		}
	}
	return false
}

// laterClause reports an "after" word (reprisalWords: بعد، بعدما، إثر …)
// or a said-that أن between a trigger at i and a later قبل at j: the span
// dates what that clause tells, not the trigger: "وتظاهر آلاف المودعين ...
// بعدما أفلس البنك قبل عام واحد"، "وقال متظاهرون إن الرجل قدم إلى إسبانيا
// قبل 12 عاما".
func laterClause(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].has(reprisalWords) || stripWa(toks[k].w) == "ان" {
			return true
		}
	}
	return false
}

// spanOfYears reports a span of years at token k: a word of yearsSpan
// ("عامين"، "سنوات") or a count before one ("11 عاما"، "ثلاث سنوات"). Not
// "عام" before a year: "قبل عام 2011" is oldYear's.
func spanOfYears(toks []token, k int) bool {
	if toks[k].has(yearsSpan) {
		if k+1 < len(toks) && toks[k+1].sent == toks[k].sent {
			if _, ok := atoiYear(toks[k+1].w); ok {
				return false
			}
		}
		return true
	}
	_, num := digits(toks[k].w)
	if !num && !(toks[k].mayHoldWa(numberWordSet) && numberWords[stripWa(toks[k].w)] > 0) {
		return false
	}
	return k+1 < len(toks) && toks[k+1].sent == toks[k].sent && toks[k+1].has(yearsSpan)
}

// caseWords name a case, before a court or in the news: "في قضية".
var caseWords = wordSet("قضيه قضيتي")

// caseOf reports a trigger that names a case, right after قضية or one word
// on, in an article that dates something to a past year: "في قضية إسقاط
// طائرة الخطوط الجوية الماليزية" (2014)، "إحالة أوراق 75 إسلاميا إلى المفتي
// في قضية فض اعتصام رابعة العدوية" (2013). The case is what courts,
// investigators and diplomats now handle; the event that named it is
// history, told again without its year (a corpus audit found the MH17
// downing and the Rabaa dispersal typed as the day's news). Where the
// article names no past year the case is fresh and the event is news:
// "جلسة طارئة لمجلس الأمن لمناقشة قضية الهجوم الكيماوي" two days after
// Douma. past caches pastYearTold (see once).
func caseOf(toks []token, i, published int, past *int8) bool {
	return nearBefore(toks, i, 2, caseWords) && once(past, func() bool { return pastYearTold(toks, published) })
}

// pastYearTold reports a year before the publication year anywhere in the
// article.
func pastYearTold(toks []token, published int) bool {
	if published == 0 {
		return false
	}
	for j := range toks {
		if pastYear(toks[j].w, published) {
			return true
		}
	}
	return false
}

var (
	// formerAfter, right after a trigger, date it to an earlier time:
	// "الذي اعتقل سابقا بتهمة الانتماء لتنظيم القاعدة"، "اعتقاله السابق"،
	// "احتجاجات سابقة".
	formerAfter = wordSet("سابقا السابق سابقه السابقه")
	// formerLinks stand between سبق and the trigger it dates: "سبق أن
	// اعتقلته السلطات"، "سبق وأن أوقف عام 2013"، "سبق له أن اعتقل".
	formerLinks = wordSet("ان وان له لها لهم")
)

// formerlyTold reports a trigger from i to end told as having happened
// before: سابقا, السابق or في السابق right after it, or سبق (أن) up to
// three words before it, four with the verb between أن and the trigger
// (formerVerbAt: "سبق أن تعرضت لقصف مدفعي"). It is a biography's or a background's event,
// told without a year (a corpus audit found "عثمان نوري غول اتشار الذي
// اعتقل سابقا" typed as the day's arrest). Not across punctuation: "سبق-
// مكة المكرمة:" is the Sabq newspaper's dateline; not in "ما سبق" or
// "كما سبق" (what was said above); and not in a sentence that names this
// day or week, whose own event of that kind is the news: "أوقفت مخابرات
// الجيش اللبناني أمس السورية ميسم ... شقيقة السوري بسام الذي كان أوقف
// سابقا"، "قوات مكافحة الشغب التي سبق أن اعتقلت حوالى مئة شخص خلال
// النهار".
func formerlyTold(toks []token, i, end int) bool {
	return formerlyForm(toks, i, end) && !dayNamed(toks, i)
}

// dayNamed reports the sentence of token i naming this day or week
// (thisDayWord), whose news it then tells: formerlyTold and warTally read
// no background there.
func dayNamed(toks []token, i int) bool {
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if thisDayWord(toks[j].w) {
			return true
		}
	}
	return false
}

// thisDayWord reports a word that dates a sentence to this day or week: a
// weekday, أمس, اليوم or النهار.
func thisDayWord(w string) bool {
	w = stripWa(w)
	return isWeekday(w) || w == "امس" || w == "اليوم" || w == "النهار"
}

// formerVerbAt reports one word between سبق's أن and the trigger at i
// (formerlyForm), the verb whose object the trigger is: "سبق أن تعرضت
// لقصف مدفعي"، "سبق وأن شنت ضربات"، "وسبق لها أن نفذت غارات جوية". After
// "سبق أن" that word is a verb (or its subject, "سبق أن إسرائيل قصفت"),
// and what it did is as much the earlier deed as a trigger right after
// أن. Not across punctuation.
func formerVerbAt(toks []token, i int) bool {
	if i < 3 || toks[i].gap || toks[i-1].gap || toks[i-1].sent != toks[i].sent || toks[i-2].sent != toks[i].sent {
		return false
	}
	return stripWa(toks[i-2].w) == "ان" && !toks[i-1].has(formerLinks)
}

// sinceAboveWords before سبق make it "what was said above": "ما سبق"،
// "كما سبق".
var sinceAboveWords = wordSet("ما مما كما فيما")

// formerlyForm reports the words of formerlyTold around a trigger from i
// to end.
func formerlyForm(toks []token, i, end int) bool {
	s := toks[i].sent
	if end < len(toks) && toks[end].sent == s && !toks[end].gap {
		if toks[end].has(formerAfter) {
			return true
		}
		if toks[end].w == "في" && end+1 < len(toks) && toks[end+1].sent == s && toks[end+1].w == "السابق" {
			return true
		}
	}
	first := i - 1
	if formerVerbAt(toks, i) {
		first = i - 2 // the verb between أن and the trigger
	}
	for j := first; j >= 0 && j >= first-2 && toks[j].sent == s; j-- {
		if toks[j+1].gap {
			return false
		}
		if stripWa(toks[j].w) == "سبق" {
			return !nearBefore(toks, j, 1, sinceAboveWords)
		}
		if !toks[j].has(formerLinks) {
			return false
		}
	}
	return false
}

// warTally reports a trigger at i counted vaguely across a whole war: a
// count of many right before it ("عشرات الضربات") in a sentence that names
// the war itself ("الحرب السورية"، "الحرب الأهلية السورية") before it.
// AFP's Israel boilerplate tells it so: "ورغم موقفها الحيادي الرسمي في
// الحرب السورية، شنت إسرائيل عشرات الضربات الجوية على مواقع"، "وسعت
// إسرائيل إلى تجنب التدخل المباشر في الحرب الأهلية السورية، لكنها
// اعترفت بشن عشرات الضربات الجوية هناك". That is the war's tally, the
// article's background; a sentence that names this day or week still
// tells its news.
func warTally(toks []token, i int) bool {
	if i == 0 || toks[i-1].sent != toks[i].sent || !toks[i-1].has(manyBombs) {
		return false
	}
	war := false
	for j := sentStart(toks, i); j < i-1; j++ {
		war = war || toks[j].has(warNames) && toks[j+1].has(warWhole)
	}
	return war && !dayNamed(toks, i)
}

var (
	// warNames name a war or conflict; warWhole after one makes it the
	// whole Syrian war ("الحرب السورية"، "الحرب الأهلية").
	warNames = wordSet("الحرب النزاع الصراع")
	warWhole = wordSet("السوريه الاهليه")
)

var (
	// longSpanLinks open a span an event is told across: "على مدى عقود"،
	// "طوال السنوات الماضية"، "طيلة سنوات"، "على امتداد عقدين".
	longSpanLinks = wordSet("مدي طوال طيله امتداد")
	// longSpans are spans of decades, or of years with the article: the
	// plain ones ("سنوات"، "11 عاما") are spanOfYears's.
	longSpans = wordSet("عقود العقود عقدين العقدين السنوات الاعوام")
	// decadeSpans are the spans of decades, which خلال opens too ("خلال
	// العقود الثلاثة الماضية"); خلال before years is as often the war's
	// own span, still told as news ("خلال سنوات الحرب").
	decadeSpans = wordSet("عقود العقود عقدين العقدين")
	// spanSuperlatives measure the news against a span ("أدمى حادث قتل
	// جماعي في تاريخ كندا خلال عقود"، "الأعنف منذ سنوات"): the span is
	// the record's, not the event's.
	spanSuperlatives = wordSet("اكبر الاكبر ادمي الادمي اعنف الاعنف اسوا الاسوا اخطر الاخطر اكثر الاكثر اقل الاقل اول الاول الاولي اضخم الاضخم اشد الاشد")
)

// longSpan reports a trigger from i to end told across decades or years:
// a span opened by على مدى, طوال, طيلة or على امتداد (or خلال before
// decades) up to eight words after the trigger or ten before it (where
// the span opens the clause) in its sentence: "شبكة حقاني، التي كانت مسؤولة عن عمليات الاختطاف والتفجيرات
// الانتحارية ضد الولايات المتحدة وحلفائها على مدى عقود"، "شهد العالم
// خلال العقود الثلاثة الماضية ضلوع إيران في عمليات الخطف والتفجيرات".
// Such a trigger is a group's or a state's record, history as a past year
// is (a blind sample found the Haqqani network's decades of bombings typed
// as a suicide bombing of the day). Not in a sentence that names this day
// or week (dayNamed), nor one that measures the news against the span
// (spanSuperlatives), nor past an "after" word or a said-that (laterClause).
func longSpan(toks []token, i, end int) bool {
	// A span needs its link (longSpanLinks, or خلال before decadeSpans)
	// and its years (longSpans, or spanOfYears's yearsSpan): an article
	// lacking either skips the walk of some 20 words around each trigger.
	if !inArticle(toks, longSpanLinks) && !inArticle(toks, decadeSpans) || !inArticle(toks, longSpans) && !inArticle(toks, yearsSpan) {
		return false
	}
	s := toks[i].sent
	for j := max(0, i-10); j < end+8 && j+1 < len(toks); j++ {
		if j >= i && j < end || toks[j].sent != s || toks[j+1].sent != s {
			continue
		}
		k := j + 1
		switch {
		case toks[j].has(longSpanLinks):
		case stripWa(toks[j].w) == "خلال" && toks[k].has(decadeSpans):
		default:
			continue
		}
		if !toks[k].has(longSpans) && !spanOfYears(toks, k) || j >= end && laterClause(toks, i, j) {
			continue
		}
		return !dayNamed(toks, i) && !sentenceHas(toks, i, spanSuperlatives)
	}
	return false
}
