package facets

import "strings"

// loneSuspects name the one person a police arrest after a crime takes:
// the doer of the attack (as doerNouns, without the terrorist, whose arrest
// is the conflict's), the suspect, or a man or a woman not yet named
// ("ألقت القبض على امرأة ... بعد أن أصابت شخصين بجروح بمشرط"، "اعتقلت
// المشتبه به"، "واعتقال المهاجم"، "هجوم شنه رجل تم إلقاء القبض عليه").
var loneSuspects = wordSet("المهاجم مهاجم المنفذ منفذ المسلح الجاني القاتل المشتبه مشتبه مشتبها مطلق " +
	"رجل الرجل رجلا امراه المراه")

// suspectPersons name a crime's suspects as a police report does before it
// names them, beside loneSuspects: the two men of one arrest ("أوقفت الشرطة
// الرجلين لأنهما لم يطلبا شيئا"، "ويظهر اعتقال الشرطة للرجلين"), the young
// man or the teenager ("اعتقلت الشرطة الأمريكية الخميس شابا"، "قاموا بتوقيف
// المراهق") and the accused ("تم القبض على المتهم الذي يعمل سائقاً"). Round 43's
// ruling 11 and rul46d-2 leave such arrests untyped; the blind audit of draw
// 4950 found a Philadelphia café's two men typed an arrest, as the pool's and
// the blind codings' reports of the same arrest and of a drone-gun student,
// a clock-maker boy and a Saudi man held in New Jersey were. Kept apart from
// loneSuspects, which takenPersons shares. Not the student (طالب): an
// occupying force's or a regime's arrest of one is no crime's, and a
// student's arrest is as often political.
var suspectPersons = wordSet("الرجلين رجلين شاب شابا الشاب مراهق مراهقا المراهق المتهم متهم متهما")

// pluralSuspects right after المشتبه make the suspects many ("عددا من
// المشتبه فيهم بالضلوع في الحادث"): a sweep, not one man's arrest.
var pluralSuspects = wordSet("بهم فيهم بهما فيهما")

// suspectTitleWords in a title tell an arrest the triggers leave out there
// (titleArrestVerbs and "ساركوزي موقوف لليوم الثاني"، "أيسلندا تقبض على
// أشخاص"), or a target of state ("إصابة وزير الداخلية الباكستاني في هجوم
// مسلح"، "استهداف موكب رئيس الوزراء الفلسطيني"، "اصطدام سيارة بحاجز أمني
// قرب البرلمان البريطاني"): an attack on a statesman is political violence,
// and the blind codings type its doers' arrest (the Gaza prime minister's
// convoy).
var suspectTitleWords = union(titleArrestVerbs, wordList("موقوف موقوفا تقبض يقبض "+
	"وزير الوزير لوزير وزيره رئيس الرئيس لرئيس الرئاسه موكب نائب النائب البرلمان"))

// suspectTerrorWords are terrorLabelWords and the accusative of its
// adjective ("للاشتباه بارتكابه عملا إرهابيا"), which a suspect's charge
// takes.
var suspectTerrorWords = union(terrorLabelWords, wordList("إرهابيا"))

// suspectArrest reports an arrest past the title of a lone suspect, told
// right after the arrest word or just before it ("رجل تم إلقاء القبض
// عليه"), in an article that names no party armed or at war and no
// terrorism, under a title that tells no arrest and no attack on a
// statesman (suspectTitleWords). Such an article's news is a crime — a
// newsroom shooting, a knife attack in a Paris street, a man blowing up his
// house, a murder at home — and its suspect's arrest is police work that
// ACLED does not code: the pool's Capital Gazette report and the blind
// codings' Paris, China and Germany attacks were left without arrests. An
// article naming an armed group tells the conflict's arrest (terrorism is
// asked of the arrest's sentence and the title only: a crime's report
// often says it was none, "لا تتعلق بالإرهاب"); a title telling the arrest ("الشرطة في
// هولندا تعتقل مشتبها به في قتل طفل"، "وتعتقل سائق الشاحنة") makes it the
// news, which the coders type.
func suspectArrest(toks []token, actorAt []string, i, end int) bool {
	if !inArticle(toks, loneSuspects) && !inArticle(toks, suspectPersons) || titleHas(toks, suspectTitleWords) && !titleSuspectArrest(toks) {
		return false
	}
	if sentenceHas(toks, i, suspectTerrorWords) || titleHas(toks, suspectTerrorWords) {
		return false
	}
	for _, a := range actorAt {
		if a != "" && a != "civilians" {
			return false
		}
	}
	// Round 43's ruling 11: a lone suspect's arrest is a crime's even
	// when the title tells it ("الشرطة في هولندا تعتقل مشتبها به في قتل
	// طفل"، "واعتقال القاتل"); the body's retellings of it ("اعتقل جوس
	// بريتش، 55 عاما") are that arrest.
	return loneSuspectAt(toks, i, end) || !toks[i].title && titleSuspectArrest(toks)
}

// suspectStatesman are the title words of an attack on a statesman or an
// assassination ("حماس تعلن توقيف المشتبه به بمحاولة اغتيال الحمد الله"), whose
// doers' arrest is political violence (see suspectTitleWords).
var suspectStatesman = wordSet("وزير الوزير لوزير وزيره رئيس الرئيس لرئيس الرئاسه موكب نائب النائب البرلمان اغتيال باغتيال واغتيال الاغتيال")

// titleSuspectArrest reports a title telling an arrest (suspectTitleWords'
// verbs) of a lone suspect (loneSuspects, suspectPersons: "السلطات الاميركية
// تعتقل شابا صنع طائرة بدون طيار مسلحة") right after it.
func titleSuspectArrest(toks []token) bool {
	if titleHas(toks, suspectStatesman) {
		return false
	}
	for j := 0; j+1 < len(toks) && toks[j+1].title; j++ {
		if toks[j].has(suspectTitleWords) && (toks[j+1].has(loneSuspects) || toks[j+1].has(suspectPersons)) &&
			!(j+2 < len(toks) && (toks[j+2].has(clericWord) || toks[j+2].has(pluralSuspects) || strings.HasSuffix(toks[j+2].w, "هم"))) {
			// Not "توقيف مشتبه بتورطهم": the suspects are many.
			return true
		}
	}
	return false
}

// loneSuspectAt reports a lone suspect (loneSuspects, not one of many:
// pluralSuspects) within objectReach words after the arrest word ending at
// end, before any number in digits or words ("وألقي القبض على تسعة رجال
// وامرأة" took ten), or up to three words before it at i.
func loneSuspectAt(toks []token, i, end int) bool {
	s := toks[i].sent
	lone := func(j int) bool {
		return (toks[j].has(loneSuspects) || toks[j].has(suspectPersons)) && !(j+1 < len(toks) && toks[j+1].sent == s && (toks[j+1].has(pluralSuspects) || toks[j+1].has(clericWord)))
	}
	for j := end; j < len(toks) && j < end+objectReach && toks[j].sent == s; j++ {
		if n, _ := readNumber(toks, j); n > 0 || isCount(toks[j].w) {
			break
		}
		if lone(j) {
			return true
		}
	}
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].sent == s; j-- {
		if lone(j) {
			return true
		}
	}
	return false
}

// clericWord after رجل makes him a man of religion ("اعتقال رجل الدين
// المحافظ ناصر العمر"), arrested for his views, not a crime's suspect.
var clericWord = wordSet("الدين دين")
