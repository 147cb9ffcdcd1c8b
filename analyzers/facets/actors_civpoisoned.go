package facets

import "strings"

// A person poisoned by someone, told as the news: "عميل روسي سابق
// للاستخبارات البريطانية يتعرض لعملية تسميم"، "محاولة قتل الجاسوس الروسي
// السابق ... وابنته ... تمت بغاز الأعصاب"، "الهجوم بغاز الأعصاب نوفيتشوك
// الذي تسبب في وفاة سيدة في بريطانيا". Round 46's ruling rul46a-4
// (adjudication README) codes the victims of such a poisoning civilians
// (private persons targeted and hurt) when the attack, its inquiry, its
// evidence, the charge or the finding of who did it is the article's news,
// and codes none when the poisoning is only the background of diplomacy:
// expulsions, sanctions, boycotts, or the accused state's denial. No
// victim rule reads these persons: they are told by a role (a spy, an
// agent, a daughter, a woman), not by a civilians word, and the attack by
// poison, not by a weapon.
//
// Read in the title and the body's first three sentences (a lead that
// names the envoys or the troops sent tells the victims' poisoning next): a sentence that names a
// deliberate poisoning (تسميم، سمم; not تسمم, the food poisoning of an
// accident) or a nerve agent with its carrier ("غاز الأعصاب"، "عنصر
// يستهدف الأعصاب"), and in the same sentence a person poisoned
// (poisonedPersons). The title must name the poisoning, its victim or
// the attack (poisonedTitleWords). Not when the title tells diplomacy, a boycott, a
// denial or a doubt, a hope or a forecast, or a hospital bulletin
// (poisonedTitleVetoes: "أستراليا تطرد دبلوماسيين روسيين"، "جمهورية التشيك
// ترفض مزاعم روسيا"، "ربما سممت لندن الجاسوس"، "تحسن الحالة الصحية لابنة
// الجاسوس"), nor when the title names a year (an older case reopened:
// "نيوزيلندا تحقق في محاولة تسميم عميل روسي مزدوج سابق في 2006").

var (
	// poisonWords name a deliberate poisoning: the masdar and the past.
	poisonWords = wordSet("تسميم التسميم تسميمه تسميمها تسميمهما سمم سممت سمموا سمما")
	// nerveWords name a nerve agent with nerveCarriers in the sentence:
	// "غاز الأعصاب"، "لعنصر يستهدف الأعصاب" (not the nerves of
	// medicine, "التهاب الأعصاب").
	// A chemical adjective with a carrier counts as well: "الهجوم على
	// عميل المخابرات الروسية ... باستخدام مادة كيماوية محظورة".
	nerveWords    = wordSet("الأعصاب للأعصاب أعصاب كيماوية كيميائية كيمياوية الكيماوية الكيميائية الكيمياوية")
	nerveCarriers = wordSet("غاز الغاز غازات عنصر العنصر مادة المادة")
	// poisonedPersons name a person a poisoning hit by his role or kin:
	// the spy, the agent, his daughter, a woman, a dissident, an
	// activist, a journalist.
	poisonedPersons = wordSet("جاسوس جاسوسا الجاسوس جاسوسة الجاسوسة عميل عميلا العميل ابنته ابنة سيدة امرأة مواطنة معارض معارضا المعارض ناشط ناشطا الناشط صحفي صحفيا الصحفي صحافي")
	// poisonedTitleWords, with poisonWords and poisonedPersons, name the
	// poisoning in the title: the nerve agent, the toxic substance, the
	// attack or the incident ("حادثة سكريبال اعتداء على سيادة بريطانيا").
	// A title that names none tells other news the poisoning is the
	// background of: "ماكرون يقاطع الجناح الروسي"، "القوات الروسية تتحدى
	// أميركا على الحدود".
	poisonedTitleWords = wordSet("الأعصاب للأعصاب أعصاب السامة سامة هجوم الهجوم اعتداء الاعتداء حادثة الحادثة")
	// poisonedDiplomacy in the first body sentence tell diplomacy as the
	// news the poisoning is the background of.
	poisonedDiplomacy = wordSet("الدبلوماسية دبلوماسية طرد بطرد يطرد تطرد دبلوماسيين دبلوماسيا الدبلوماسيين سفير السفير سفيرها عقوبات العقوبات للتشاور مقاطعة")
	// poisonedTitleVetoes in the title (or the first body sentence)
	// make the poisoning background: diplomacy (expulsions, diplomats,
	// envoys, sanctions, a deadline, a boycott of the World Cup, a
	// Security Council session), retaliation and threats, the accused
	// side's denials and counter-charges ("موسكو: لا علاقة لنا"، "روسيا
	// بشأن الجاسوس المسمم: بريئة"، "لافروف: تسميم الجاسوس السابق إلهاء"),
	// a hope or forecast, a hospital bulletin (rul46a-4 leaves the
	// bulletins out).
	poisonedTitleVetoes = wordSet("طرد يطرد تطرد طردت سنطرد دبلوماسيين دبلوماسيون الدبلوماسيين دبلوماسيا دبلوماسي دبلوماسية عقوبات العقوبات معاقبة المونديال مقاطعة سفير السفير مهلة تمهل زيارة مجلس علاقات غواصة ينحاز " +
		// retaliation and threats
		"الرد بالرد برد سنرد ردا الانتقام انتقام يلوح تلوح تتوعد يتوعد تهديد بالمثل إجراء الإجراءات " +
		// the accused side's denials and counter-charges
		"مزاعم ترفض يرفض رفض ربما تنفي ينفي نفي علاقة دور بريئة الاتهامات همجية أنامل إلهاء لصالحكم تخشى إجابات تلعب خائن مزحة للتعاون غضب " +
		// hopes and forecasts
		"آمل يتوقع تتوقع الاعتذار " +
		// hospital bulletins
		"تحسن تتحسن يتحسن تعافي صحة الصحية المستشفى مستشفى يغادر تغادر")
)

// poisonedMentions returns a civilians mention for each person poisoned
// (poisonedPersons) in a sentence of the title or lead that tells a
// deliberate poisoning or a nerve agent.
func poisonedMentions(toks []token) []mention {
	if !inArticle(toks, poisonedPersons) || !inArticle(toks, poisonWords) && !inArticle(toks, nerveWords) && !inArticle(toks, attemptedWords) {
		return nil
	}
	if titleHas(toks, poisonedTitleVetoes) || !titleHas(toks, poisonWords, poisonedPersons, poisonedTitleWords) {
		return nil
	}
	first := firstBodySentences(toks, 1)
	for k := range toks {
		if first[toks[k].sent] && !toks[k].title && toks[k].has(poisonedDiplomacy) {
			// "استدعته بروكسل للتشاور احتجاجا على تسميم العميل": the
			// lead tells the diplomacy.
			return nil
		}
	}
	if titleHasYear(toks) {
		return nil
	}
	lead := firstBodySentences(toks, 3)
	var out []mention
	for k := range toks {
		if !toks[k].title && !lead[toks[k].sent] || !toks[k].has(poisonedPersons) {
			continue
		}
		if !sentenceHas(toks, k, poisonWords) && !(sentenceHas(toks, k, nerveWords) && sentenceHas(toks, k, nerveCarriers)) && !attemptOnPerson(toks, k) {
			continue
		}
		out = append(out, mention{e: poisonedEntry, start: k, end: k + 1})
	}
	return out
}

// poisonedEntry is the civilians entry a poisoned person stands for.
var poisonedEntry = &entry{words: []string{"poisoned"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}

// attemptOnPerson reports the poisoned person at k as the object of an
// assassination attempt told in the same sentence: "مشتبه بضلوعهما في محاولة
// اغتيال الجاسوس السابق سيرغي سكريبال وابنته يوليا" (pool
// BB-internationalNews-1049, coded civilians under rul46a-4, whose text names
// no poisoning word: the lead names the attack by the attempt). The attempt word right before the assassination word,
// as attemptedAssassinationMentions reads it (attemptAt), and not its purpose
// ("محاولة لاغتيال" of a plot) nor an order's ("بإصداره القرار لمحاولة
// اغتيال جاسوس روسي" under "بريطانيا تتهم بوتين باغتيال جاسوس", an
// accusation TestActorCiviliansAssassinated keeps uncoded); the person
// within three words after it.
func attemptOnPerson(toks []token, k int) bool {
	s := toks[k].sent
	for j := k - 1; j >= 1 && j >= k-3 && toks[j].sent == s; j-- {
		if attemptAt(toks, j) && toks[j-1].sent == s && !strings.HasPrefix(toks[j-1].w, "ل") {
			return true
		}
	}
	return false
}
