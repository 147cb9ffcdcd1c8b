package facets

import (
	"slices"
	"strings"
)

// evAgree (اتفق، وافق) is an agreement when a party to the war agrees to
// something with another: "وافقت جماعة فيلق الرحمن على إجلاء سبعة آلاف من
// مقاتليها"، "إسرائيل وسوريا والأمم المتحدة اتفقت على إعادة فتح معبر
// القنيطرة"، "فيلق الرحمن توافق على الانسحاب". The trigger list read a deal
// only by its noun after a verb of reaching (التوصل إلى اتفاق), so a deal
// told by the verb of agreeing typed nothing. Like every single word, the
// verb weighs one in a body: a deal the article is about is told in its
// title or lead.
const evAgree = "agree"

// agreePresent are the present forms of the verbs, news in a title only
// ("جماعة فيلق الرحمن توافق على الانسحاب"): further down they tell what a
// party would or would not accept ("لن توافق"، "يوافق على أي اتفاق").
var agreePresent = wordSet("توافق يوافق يوافقون توافقان يوافقان تتفق يتفق يتفقون تتفقان يتفقان")

// agreeWords are every form evAgree lists, "|"-separated.
const agreeWords = "اتفق|اتفقت|اتفقوا|اتفقا|اتفقتا|وافق|وافقت|وافقوا|وافقا|وافقتا|" +
	"توافق|يوافق|يوافقون|توافقان|يوافقان|تتفق|يتفق|يتفقون|تتفقان|يتفقان|" +
	// The passive, told by تم or جرى with the verbal noun: "تم الاتفاق على
	// إجلاء الدفعة الأولى من عناصر هيئة تحرير الشام"، "تم التوافق على وقف
	// إطلاق النار". A phrase, it weighs as the specific ones do: a body's
	// one passive, tested as the verbs are (agreeType), types.
	"تم الاتفاق|تم التوافق|جرى الاتفاق|جرى التوافق|وتم الاتفاق|وتم التوافق"

// agreedDeeds after على are what parties to a war agree to do on the
// ground, a truce or a deal: "وافقت على إخراج مقاتلين"، "وافقوا على الانسحاب
// بعائلاتهم"، "وافقت على إلقاء السلاح"، "وافقت على وقف إطلاق الصواريخ". What
// states and parties agree on otherwise is diplomacy or politics, not a
// deal made between fighters: "وافقت روسيا على تقديم موعد القمة"، "اتفقت
// الحكومة والمعارضة في باكستان على تعيين"، "وافقت تركيا على السماح للجيش
// الأمريكي باستخدام قاعدة إنجرليك".
var agreedDeeds = wordSet("انسحاب الانسحاب إخراج الإخراج إجلاء الإجلاء إخلاء خروج الخروج ترحيل نقل وقف إيقاف تسليم إلقاء " +
	"هدنة الهدنة اتفاق الاتفاق اتفاقا تسوية التسوية المصالحة مصالحة تبادل مبادلة الإفراج إطلاق")

// agreeType types an agreeing verb at token i: an agreement when على
// follows within six words in its sentence (the parties may stand
// between: "وافقت ثماني بلدات على الأقل في محافظة درعا على اتفاق"), what
// is agreed on is a deed of the war or a deal (agreedDeeds), and a party
// to the war is named in the sentence (warPartyInSentence, as for a deal
// reached). The present counts in the title only; none after منذ
// (sinceWords): "منذ أن وافقت على وقف لإطلاق النار" is a truce's history.
func agreeType(l *lexicon, toks []token, actorAt []string, i, end int) string {
	if toks[i].has(agreePresent) && !toks[i].title {
		return ""
	}
	s := toks[i].sent
	on := -1
	for j := end; j < len(toks) && j < end+6 && toks[j].sent == s; j++ {
		if toks[j].w == "علي" && !(j+1 < len(toks) && toks[j+1].w == "الاقل") { // not "على الأقل"
			on = j
			break
		}
	}
	if on < 0 || on+1 >= len(toks) || toks[on+1].sent != s || !toks[on+1].has(agreedDeeds) || nearBefore(toks, i, 3, sinceWords) {
		return ""
	}
	if !warPartyInSentence(l, toks, actorAt, i) {
		return ""
	}
	return "agreement"
}

// evDeal (اتفاق) is an agreement when a title tells the deal as its news
// with a party to the war: "اتفاق يلفه الغموض بين داعش والنظام في دمشق".
// Further down, the bare noun is as often a deal's terms, history or hopes.
const evDeal = "deal"

// dealDoubt in a title makes its deal not one made between the war's
// parties: breached, refused, collapsing, negotiated or asked about ("قصف
// متبادل يخرق اتفاق درعا"، "هل تقترب الفصائل المعارضة وروسيا من اتفاق"),
// or the nuclear deal, diplomacy ("قرقاش: اتفاق نووي إيران أعطى رسالة
// خاطئة").
var dealDoubt = wordSet("خرق يخرق تخرق خروقات خرقا انتهاك ينتهك تنتهك انتهاكات انهيار ينهار تنهار رفض ترفض يرفض يرفضون رفضت " +
	"مفاوضات المفاوضات محادثات التفاوض تفاوض مسوده مشروع بنود شروط تعثر فشل يهدد تهدد هل ماذا كيف لماذا تقترب يقترب اقتراب قرب نحو نووي النووي")

// dealType types the deal noun at token i: an agreement in the title only,
// with a party to the war in it and no doubt of the deal (dealDoubt).
func dealType(l *lexicon, toks []token, actorAt []string, i int) string {
	if toks[i].title && dealBreachTitle(toks, i) {
		return "agreement"
	}
	if !toks[i].title || definiteDeal(&toks[i]) {
		return ""
	}
	if titleHas(toks, dealDoubt) || !warPartyInSentence(l, toks, actorAt, i) && !warStatesDeal(toks, i) {
		return ""
	}
	return "agreement"
}

// warStates are the adjectives of the states whose forces fight in Syria's
// war: a title's deal noun told by two of them right after it is a deal
// between parties to the war, though a state's adjective names no actor:
// "اتفاق أمريكي تركي على تجنب الصدام في منبج"، "اتفاق إسرائيلي سوري حول
// معبر القنيطرة"، "اتفاق أميركي تركي بشأن منبج السورية" (round-44 audit
// m44ag: the pool's gold types them an agreement, rasid typed none). Two
// states, both of the war: "اتفاق صيني أمريكي على عدم الدخول في حرب
// تجارية"، "اتفاق سعودي بريطاني" are trade and diplomacy.
var warStates = wordSet("أمريكي أميركي امريكي اميركي تركي روسي إسرائيلي اسرائيلي سوري إيراني ايراني")

// warStatesDeal reports the deal noun at token i followed in its sentence
// by two adjectives of warStates ("اتفاق تركي ـ أميركي": the dash is no
// token).
func warStatesDeal(toks []token, i int) bool {
	s := toks[i].sent
	return i+2 < len(toks) && toks[i+1].sent == s && toks[i+2].sent == s &&
		toks[i+1].has(warStates) && toks[i+2].has(warStates) && toks[i+1].w != toks[i+2].w
}

// definiteDeal reports the deal noun with the article (الاتفاق، للاتفاق),
// which evDeal lists for a deal carried out only (dealCarriedOut): in a
// title it is as often the nuclear deal or one argued over.
func definiteDeal(t *token) bool {
	for _, f := range t.forms {
		if strings.HasPrefix(f, "ال") {
			return true
		}
	}
	return false
}

// carriedOutWords right before a deal noun tell something done under the
// deal: "بموجب اتفاق رعته روسيا"، "استكمالا لاتفاق بين النظام السوري
// وفصائل المعارضة"، "تطبيقا للاتفاق المتعلق بالقلمون الشرقي"، "في إطار
// اتفاق أبرمته المعارضة". Not ضمن: "البقاء ضمن الاتفاق" is a state
// staying in a treaty.
var carriedOutWords = wordSet("بموجب استكمالا تنفيذا تطبيقا اطار وفقا وفق")

// nuclearWords after a deal noun name the nuclear deal: diplomacy, not a
// deal between the war's parties.
var nuclearWords = wordSet("نووي النووي")

// dealCarriedOut reports a deal noun at token i that the lead tells
// something was done under (carriedOutWords right before it) with a party
// to the war in its sentence: the exits, handovers and truces the coders
// type as an agreement ("غادرت الدفعة الأخيرة من المقاتلين ... بموجب اتفاق
// مع روسيا"). The bare noun is an agreement in a title only (dealType);
// in the lead, told as what a deed carried out, the deal is the day's news
// too. Not the nuclear deal ("بموجب الاتفاق النووي").
func dealCarriedOut(l *lexicon, toks []token, actorAt []string, i int) bool {
	s := toks[i].sent
	if i == 0 || toks[i-1].sent != s || !toks[i-1].has(carriedOutWords) {
		return false
	}
	for j := i + 1; j < len(toks) && j < i+4 && toks[j].sent == s; j++ {
		if toks[j].has(nuclearWords) {
			return false
		}
	}
	if warPartyInSentence(l, toks, actorAt, i) {
		return true
	}
	// "أعلن الجيش السوري ... خروج آخر مقاتلي تنظيم الدولة الإسلامية من
	// الأحياء الجنوبية للعاصمة. وأتى ذلك بموجب اتفاق إجلاء": a sentence
	// opening "(و)يأتي / أتى / جاء ذلك" ties the deal to the deed told
	// just before, whose sentence names the parties.
	j := sentStart(toks, i)
	return j > 0 && j+1 < i && toks[j].has(dealComes) && thisWords.contains(toks[j+1].w) &&
		warPartyInSentence(l, toks, actorAt, j-1)
}

// dealComes open a sentence that ties what follows to the one before:
// "ويأتي ذلك"، "وأتى ذلك"، "وجاء ذلك" (comesWords and the past).
var dealComes = wordSet("ياتي تاتي اتي اتت جاء جاءت وياتي وتاتي واتي واتت وجاء وجاءت")

// reachTold right before "التوصل لاتفاق" tell the deal reached, done or
// announced: "أعلنت حركة الجهاد التوصل لاتفاق وقف لإطلاق النار"، "وأكد
// التلفزيون السوري التوصل لاتفاق لخروج كل المخطوفين"، "تم التوصل لاتفاق
// مع روسيا"، "إثر التوصل لاتفاق لوقف القتال".
// reachAnnounced are the reachTold verbs that announce a deal across
// their subject (reachedTold).
var reachAnnounced = wordSet("اعلن اعلنت يعلن تعلن اكد اكدت يؤكد تؤكد")

var reachTold = wordSet("تم وتم جرى وجرى اعلن اعلنت يعلن تعلن اكد اكدت يؤكد تؤكد بعد وبعد اثر عقب")

// dealReachedWithL reports the phrase at [i,end) as "التوصل لاتفاق", the
// deal reached told with ل, with or without a prefix ("بالتوصل لاتفاق").
func dealReachedWithL(toks []token, i, end int) bool {
	return end == i+2 && strings.Contains(toks[i].w, "توصل") && strings.HasPrefix(toks[i+1].w, "ل")
}

// truceReached reports the phrase at [i,end) as a truce reached with no
// deal noun: "التوصل إلى وقف"، "التوصل إلى هدنة"، "التوصل إلى تهدئة"
// (aud42d's sample: Hamas confirming the Gaza ceasefire, FR-internationalNews-2307).
func truceReached(toks []token, i, end int) bool {
	return end == i+3 && strings.Contains(toks[i].w, "توصل") && reachedTruce[toks[i+2].w]
}

// reachedTruce are the words that end truceReached's phrase.
var reachedTruce = map[string]bool{"وقف": true, "هدنه": true, "تهديه": true}

// reachedTold reports "التوصل لاتفاق" at [i,end) told reached, not hoped
// or sought: with ل the phrase is mostly talks ("قرب التوصل لاتفاق"،
// "سعيا إلى التوصل لاتفاق"، "إذا لم يتم التوصل لاتفاق"), so it counts only
// after a word that tells it done or announced (reachTold, up to four
// words before, the speaker or a weekday between: "وأكد التلفزيون السوري
// التوصل لاتفاق"، "أعلنت الحركة الخميس التوصل لاتفاق"; none past a word of
// aim, reachSought), or with its parties
// right after ("التوصل لاتفاق بين الجيش السوري ... والمجموعات المسلحة"),
// and with a party to the war in its sentence: "تم التوصل لاتفاق بين
// الناديين" is football.
func reachedTold(l *lexicon, toks []token, actorAt []string, i, end int) bool {
	s := toks[i].sent
	told := end < len(toks) && toks[end].sent == s && toks[end].w == "بين"
	// An announcing verb may stand further back, its subject between:
	// "أعلنت وكالة الأنباء السورية الرسمية "سانا"، التوصل لاتفاق مع
	// مسلحي الفصيل المعارض". A round-45 audit (m45evr) found the Douma
	// deal missed so.
	for k := i - 1; !told && k >= 0 && k >= i-8 && toks[k].sent == s && !toks[k].has(reachSought); k-- {
		told = toks[k].has(reachAnnounced) || (k >= i-4 && toks[k].has(reachTold))
	}
	return told && warPartyInSentence(l, toks, actorAt, i)
}

// reachSought before "التوصل لاتفاق" make it aimed at or hoped for, and
// stop the look back for reachTold: "إلى التوصل لاتفاق"، "قرب التوصل
// لاتفاق"، "من أجل التوصل لاتفاق"، "الأمل في التوصل لاتفاق".
var reachSought = wordSet("الي في علي من اجل قرب بقرب امكانيه بامكانيه امكان بامكان")

// dealHopes right before a deal phrase (التوصل إلى اتفاق، إبرام اتفاق،
// توقيع اتفاق) tell the deal hoped for, sought or awaited: its chances or
// possibility ("فرص التوصل إلى اتفاق"، "من الممكن التوصل إلى اتفاق"),
// efforts or attempts ("جهود إبرام اتفاق تكميلي") or a condition ("مرهونا
// فقط بالتوصل إلى اتفاق"). The guide types a deal reached; these are talks
// (round 48's rul48e-3 leaves "proposals, offers, calls or nearing a deal"
// uncoded). Not a wait (بانتظار): "استمرت في قصف آخر جيب ... بانتظار إبرام
// اتفاق كامل للاستسلام" follows fighters' agreeing to leave, which the
// blind coder typed an agreement.
var dealHopes = wordSet("فرص فرصه فرصة الفرص احتمال احتمالات امكانيه إمكانية ممكن ممكنا الممكن يمكن " +
	"جهود جهودا الجهود مساعي المساعي محاوله محاولة محاولات امل الأمل آمال أمل يأمل تأمل مرهون مرهونا رهن")

// dealHoped reports a deal phrase at token i with a word of dealHopes
// right before it, or two before with one word between ("مرهونا فقط
// بالتوصل"), and no تم or جرى between, which tell the deal reached after
// all ("بعد جهود تم التوصل إلى اتفاق").
func dealHoped(toks []token, i int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-2 && toks[j].sent == s; j-- {
		if toks[j].w == "تم" || toks[j].w == "جري" {
			return false
		}
		if toks[j].has(dealHopes) {
			return true
		}
	}
	return false
}

// failNouns and failedWords tell talks failed; reachNouns are the verbal
// nouns of reaching a deal, and reachSuccess the verbs that, between the
// failure and the deal, tell a later success ("بعد أن فشلت ... نجحت في
// التوصل إلى اتفاق").
var (
	failNouns    = wordList("الفشل فشل إخفاق الإخفاق فشلها فشله إخفاقها إخفاقه")
	reachNouns   = wordSet("التوصل الوصول إبرام ابرام توقيع")
	reachSuccess = wordSet("نجح نجحت نجحوا تمكن تمكنت تمكنوا استطاع استطاعت")
)

// failedToReach reports a deal phrase at token i that opens with reaching
// after في, with a failure told before it in its sentence within twelve
// words and no success between: "فشل قادة إيران وتركيا وروسيا، بعد
// اجتماعهم في طهران، في التوصل إلى اتفاق"، "ويمثل هذا الإخفاق في التوصل
// إلى اتفاق نكسة". The failure right before the phrase is the caller's
// (failedWords); told further back, its subject and a clause stand between.
// A round-37 blind audit found a failed Tehran summit typed an agreement;
// the corpus's failed trade and climate talks were typed so too.
func failedToReach(toks []token, i int) bool {
	if i == 0 || !toks[i].has(reachNouns) || toks[i-1].w != "في" || toks[i-1].sent != toks[i].sent {
		return false
	}
	return nearBeforeUnless(toks, i-1, 13, failures, reachSuccess)
}

// failures are failedWords and failNouns, one set for nearBeforeUnless.
var failures = union(failedWords, failNouns)

// breachWords right before a title's deal noun tell the deal breached as
// the news: "أول خرق لاتفاق إدلب"، "الجيش السوري يواصل خرق اتفاق درعا"،
// "روسيا خرقت الاتفاق في جنوب سوريا". Round 48's rul48e-3 types a deal's
// breach told in the title an agreement, as a truce taking effect is; the
// bare noun after a word of doubt (dealDoubt) typed nothing.
var breachWords = wordSet("خرق خرقت خرقوا يخرق تخرق يخرقون بخرق لخرق انتهاك بانتهاك انتهكت انتهك ينتهك تنتهك")

// dealBreachTitle reports the deal noun at token i of the title right after
// a word of breaching (breachWords), definite or not: no party need be
// named ("أول خرق لاتفاق إدلب.. إطلاق قذائف من المنطقة العازلة"). Not the
// nuclear deal or a trade deal named right after it ("انتهاك الاتفاق
// النووي"، "خرق الاتفاق التجاري").
func dealBreachTitle(toks []token, i int) bool {
	s := toks[i].sent
	if i == 0 || toks[i-1].sent != s || !toks[i-1].has(breachWords) {
		return false
	}
	for j := i + 1; j < len(toks) && j < i+4 && toks[j].sent == s; j++ {
		if toks[j].has(nuclearWords) || toks[j].has(truceElsewhere) {
			return false
		}
	}
	return true
}

// dealStepAt reports a deal trigger at token i right after a word of
// carrying out (carriedOutWords): "انسحاب آخر دفعة من وحدات حماية الشعب
// ... الأحد ... بموجب اتفاق بين الولايات المتحدة وتركيا في حزيران/يونيو
// الماضي". A past month told after the deal noun dates the deal, not the
// step done under it, which is the news (round 48's rul48e-3: "the deal
// itself may be weeks old; what must be news is the step"); pastMonth
// read it as the step's and left the deal history. A month told before
// the noun still dates the step.
func dealStepAt(toks []token, i int, best *entry) bool {
	if i == 0 || toks[i-1].sent != toks[i].sent || !toks[i-1].has(carriedOutWords) {
		return false
	}
	return slices.Contains(best.ids, evDeal) || slices.Contains(best.ids, "agreement")
}
