package facets

import "strings"

// The doer of the main event felled after it: "قتل فيها شخص ... قبل أن
// تطلق عليه الشرطة النار وتقتله" (2)، "لقي شخصان حتفهما ... قبل أن تقتل
// قوات الأمن المنفذ" (3)، "قتل خمسة أشخاص ... لتتبادل إطلاق النار مع
// المهاجم وتقتله" (6)، "مقتل ثلاثة جنود" then "«إرهابي» قتل في
// الاشتباكات" (4). The victims' toll comes first and the attacker's
// death a clause or a sentence later, told by a verb whose object is the
// doer; the guide's toll is the event's dead, the groups it lists summed,
// and the coders and the adjudicated gold count the doer among them. So
// does a doer who kills himself ("ثم انتحر"، "قبل أن يقتل المسلح نفسه")
// or whom a sentence tells died ("الانتحاري أيضا لقي حتفه"، "منفذ الهجوم
// الذي قتل بدوره"): round 46's ruling rul46c-3 adds the attacker the text
// says died in the main event to its victims.

// doerNouns name the one who carried out the attack, singular.
var doerNouns = wordSet("المهاجم مهاجم المنفذ منفذ المسلح الجاني القاتل المشتبه مطلق الارهابي ارهابي ارهابيا")

// felledHim are verbs of killing whose object pronoun is a man: "وتقتله"،
// "فقتلته"، "فأردته قتيلا"، "قبل أن ترديه".
var felledHim = wordSet("تقتله قتلته اردته ترديه يرديه")

// felledDoer are verbs of killing that take the doer as their object
// after their subject: "تقتل قوات الأمن المنفذ"، "تردي الشرطة المنفذ
// قتيلا".
var felledDoer = wordSet("تقتل قتلت تردي اردت")

// felledBy after a doer's passive قتل tell the fight he fell in: "«إرهابي»
// قتل في الاشتباكات". Not "برصاص": "المهاجم قتل برصاص ضابط شرطة" is told
// where the first reports take the dead for a victim and he was the doer
// ("فإن القتيل هو المهاجم نفسه").
var felledBy = wordSet("الاشتباكات الاشتباك المواجهات")

// doerAttempt after a toll of one tell that the dead man was the doer, shot
// in his attempt: "مقتل فلسطيني بزعم محاولة طعن جندي"، "بعد محاولته".
var doerAttempt = wordSet("بزعم بدعوي بحجه محاوله محاولته حاول")

// suicideVerbs are the doer's killing of himself: "ثم انتحر"، "قبل أن
// ينتحر". Told after the toll with "ثم" or "قبل أن", or by a doer named
// just before ("السائق الذي انتحر"), never negated.
var suicideVerbs = wordSet("انتحر ينتحر انتحرت تنتحر انتحروا")

// selfKillVerbs with "نفسه" a few words on: "قبل أن يقتل المسلح (58 عاما)
// نفسه".
// The same words as activeKills (numbers.go): the set is shared
// (a set bit spared, see maxWordSets).
var selfKillVerbs = activeKills

// diedDoerNouns are the doers whose own death a sentence tells in so many
// words: "الانتحاري أيضا لقي حتفه"، "منفذ الهجوم الذي قتل بدوره".
var diedDoerNouns = wordSet("المهاجم مهاجم المنفذ منفذ المسلح الجاني القاتل مطلق الانتحاري السائق")

// securityNouns are the forces that fell the doer.
var securityNouns = wordSet("الشرطه الشرطي الامن الامنيه قوات وحدات الجيش الجنود قواتنا عناصر")

// doerFelled reports the doer of the main toll's event killed after it, in
// a clause after the toll or a sentence of the first paragraphs
// (maxOtherSidePara, as the other side's dead): one more dead, two for two doers
// (twoDoersDied), 0 when none. Not when the toll's sentence counts him
// already ("قتل 4 أشخاص بينهم مطلق النار"، "أحدهما المنفذ"), nor when
// a toll is read at or after the verb in its sentence (his death, read
// already; the victims told again before it are no bar), nor
// when the toll is one and its own words name the doer or his attempt
// ("مقتل فلسطيني بزعم محاولة طعن": his death is the toll).
func doerFelled(toks []token, ts []toll, main toll, total int) int {
	if main.vague || main.kind != killedKind || !inArticle(toks, doerNouns) && !inArticle(toks, suicideVerbs) && !inArticle(toks, selfKillVerbs) && !inArticle(toks, twoDoers) {
		return 0
	}
	ms := toks[main.tok].sent
	for j := sentStart(toks, main.tok); j+1 < len(toks) && toks[j].sent == ms; j++ {
		if (toks[j].has(partWords) || toks[j].has(oneOfThem) || toks[j].w == "فيهم") && toks[j+1].has(doerNouns) {
			return 0
		}
		if main.n == 1 && j > main.tok && (j <= main.tok+3 && toks[j].has(doerNouns) || j <= main.tok+6 && toks[j].has(doerAttempt)) {
			return 0
		}
	}
	for i := main.tok + 1; i < len(toks) && toks[i].para <= maxOtherSidePara; i++ {
		two := twoDoersDied(toks, i)
		if toks[i].title || !two && !felledAt(toks, i) {
			continue
		}
		s := toks[i].sent
		own := doerDiedAt(toks, i)
		for _, t := range ts {
			// Two doers' own count ("مسلحين اثنين") is no other toll.
			if t.kind == killedKind && toks[t.tok].sent == s && t.tok >= i && !(two && t.tok <= i+2) {
				return 0
			}
		}
		// His own death told after another count of the dead than the
		// article's: a total one more holds him already ("مقتل ثلاثة" over
		// "فقتل شخصين ... قبل أن ينتحر"), any other count is another
		// event's ("هجوم مشابه ... أسفر عن مقتل امرأتين ... قبل أن ينتحر
		// مطلق النار"، "برجل قتل ستة طلاب ... قبل أن يقتل نفسه ... عام
		// 2014"); and a total the article says holds him is taken as it is.
		if own && (doerCounted(toks) || otherCountBefore(toks, i, total)) {
			return 0
		}
		if two {
			return 2
		}
		return 1
	}
	return 0
}

// felledAt reports a verb at token i that kills the doer: a man as its
// object pronoun after a doer named earlier in its sentence, by security
// forces the sentence names (felledHim); a verb, the forces and the doer
// (felledDoer); a doer's passive قتل told by whom or where (felledBy); or
// his own death (doerDiedAt).
func felledAt(toks []token, i int) bool {
	s := toks[i].sent
	if doerDiedAt(toks, i) || doerDeathNoun(toks, i) {
		return true
	}
	switch {
	case toks[i].has(felledHim):
		if i+1 < len(toks) && toks[i+1].sent == s && toks[i+1].w == "نفسه" {
			return false
		}
		// The doer may be named where the forces fired on him: "وأطلقت
		// الشرطة النار على لقديم فأردته قتيلا" after "أدى إلى مقتل ثلاثة".
		return sentenceBefore(toks, i, securityNouns) && (sentenceBefore(toks, i, doerNouns) || firedOnJustBefore(toks, i))
	case toks[i].has(felledDoer):
		// "وكانت قوات الأمن البلجيكية قد قتلت المهاجم": the forces before
		// the verb, the doer its object.
		if i+1 < len(toks) && toks[i+1].sent == s && toks[i+1].has(doerNouns) && strings.HasPrefix(toks[i+1].w, "ال") && sentenceBefore(toks, i, securityNouns) {
			return true
		}
		forces := false
		for j := i + 1; j < len(toks) && j <= i+4 && toks[j].sent == s; j++ {
			if toks[j].has(securityNouns) {
				forces = true
				continue
			}
			if forces && toks[j].has(doerNouns) && strings.HasPrefix(toks[j].w, "ال") {
				return true
			}
		}
	case i+1 < len(toks) && toks[i].has(doerNouns) && toks[i+1].sent == s:
		w := stripWa(toks[i+1].w)
		if w != "قتل" && w != "قتلوا" {
			return false
		}
		for j := i + 2; j < len(toks) && j <= i+3 && toks[j].sent == s; j++ {
			if toks[j].has(felledBy) {
				return true
			}
		}
	}
	return false
}

// doerAmong reports a lead toll t that names the doer among its dead a few
// words on: "قتل 4 أشخاص بينهم مطلق النار" under the title's "جندي تونسي
// يقتل 3 من زملائه". The title counts his victims, the lead the event's
// dead with him.
func doerAmong(toks []token, t toll) bool {
	if t.vague || t.part {
		return false
	}
	s := toks[t.tok].sent
	for j := t.tok + 1; j+1 < len(toks) && j <= t.tok+5 && toks[j].sent == s; j++ {
		if (toks[j].has(partWords) || toks[j].w == "فيهم") && toks[j+1].has(doerNouns) {
			return true
		}
	}
	return false
}

// doerDiedAt reports the doer's own death at token i (rul46c-3): his
// suicide after "ثم"/"قبل أن" or a doer named just before ("ثم انتحر"،
// "قبل أن ينتحر بإطلاق النار على نفسه"، "السائق الذي انتحر"); a verb of
// killing with "نفسه" a few words on after "ثم"/"قبل أن" ("قبل أن يقتل
// المسلح (58 عاما) نفسه"); or a doer's "لقي حتفه/مصرعه" or "قتل بدوره"
// ("الانتحاري أيضا لقي حتفه"، "منفذ الهجوم الذي قتل بدوره").
func doerDiedAt(toks []token, i int) bool {
	w := toks[i].w
	switch {
	case toks[i].has(suicideVerbs):
		return thenOrBefore(toks, i) || doerJustBefore(toks, i, 3)
	case toks[i].has(selfKillVerbs) && thenOrBefore(toks, i):
		return nearAfter(toks, i, 5, selfWords)
	case (w == "حتفه" || w == "مصرعه") && i > 0 && stripWa(toks[i-1].w) == "لقي":
		return doerJustBefore(toks, i-1, 3)
	case w == "بدوره" && i > 0 && stripWa(toks[i-1].w) == "قتل":
		return doerJustBefore(toks, i-1, 4)
	}
	return false
}

// otherCountBefore reports a count of the dead before token i in its
// sentence, dated or not (findTolls: a story told beside an earlier year
// is one), that is not the article's total.
func otherCountBefore(toks []token, i, total int) bool {
	for _, t := range findTolls(toks) {
		if t.kind == killedKind && !t.vague && toks[t.tok].sent == toks[i].sent && t.tok < i && t.n != total {
			return true
		}
	}
	return false
}

// countedWith are the words that put the doer in a stated total:
// "حصيلة القتلى تتضمن السائق"، "بينهم الانتحاري".
var countedWith = wordSet("تتضمن تشمل يشمل تضم بينهم بينهما فيهم")

// doerCounted reports a total the article says holds the doer: a
// countedWith word with a doer (diedDoerNouns) one or two words on. The
// ruling takes that total.
func doerCounted(toks []token) bool {
	for _, j := range setTokens(toks, countedWith) {
		if nearAfter(toks, j, 2, diedDoerNouns) {
			return true
		}
	}
	return false
}

// thenOrBefore reports "ثم" or "قبل أن" right before token i, with no
// negation: the doer's death told after his deed.
func thenOrBefore(toks []token, i int) bool {
	if i < 1 || toks[i-1].sent != toks[i].sent {
		return false
	}
	p := stripWa(toks[i-1].w)
	if p == "ثم" {
		return true
	}
	return i >= 2 && toks[i-2].sent == toks[i].sent && p == "ان" && stripWa(toks[i-2].w) == "قبل"
}

// doerJustBefore reports a doer (diedDoerNouns) among the n words before
// token i in its sentence.
func doerJustBefore(toks []token, i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n && toks[j].sent == toks[i].sent; j-- {
		if toks[j].has(diedDoerNouns) {
			return true
		}
	}
	return false
}

// doerDeathNoun reports the doer's death told by a verbal noun with the
// definite doer as its object, after the main toll: "وتمكنت الشرطة من قتل
// المهاجم"، "وانتهى الهجوم بمقتل المنفذ". مقتل is a noun whatever its
// clitic (مقتل، بمقتل، ومقتل); bare قتل only after من, since "وقتل المهاجم
// شرطيتين" is the doer killing, not killed (rul46c-3). Not the driver:
// "مقتل السائق" is as often a victim.
func doerDeathNoun(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].sent != toks[i].sent || !toks[i+1].has(diedDoerNouns) || toks[i+1].w == "السايق" || !strings.HasPrefix(toks[i+1].w, "ال") {
		return false
	}
	w := strings.TrimPrefix(stripWa(toks[i].w), "ب")
	if w == "مقتل" {
		return true
	}
	return w == "قتل" && i > 0 && toks[i-1].sent == toks[i].sent && toks[i-1].w == "من"
}

// firedOnJustBefore reports forces' "أطلقت ... النار على X" a few words
// before the felling verb at i (firedAtProtest): the man they shot is the
// one the verb's pronoun kills, and in a story of an attack's toll he is
// its doer.
func firedOnJustBefore(toks []token, i int) bool {
	for j := i - 2; j >= 0 && j >= i-4 && toks[j].sent == toks[i].sent; j-- {
		if firedAtProtest(toks, j) {
			return true
		}
	}
	return false
}

// twoDoers are the doers counted two, in the plural the dual's count
// follows: "بمقتل مسلحين اثنين"، "المفجرين الاثنين قتلا".
var twoDoers = wordSet("مسلحين المسلحين مهاجمين المهاجمين انتحاريين الانتحاريين مفجرين المفجرين منفذين المنفذين")

// twoDoersDied reports two doers' death at token i (rul46c-3 adds the
// attackers the text says died to the victims): مقتل before an
// indefinite doer and "اثنين" ("وانتهى بمقتل مسلحين اثنين" after "قتل 15
// شخصا": 17), or a doer, "اثنين/الاثنين" and a dual verb of death ("إن
// المفجرين الاثنين قتلا" after "مقتل ستة من الشرطة": 8). Not "مقتل
// المسلحين الاثنين": الاثنين there is as often Monday.
func twoDoersDied(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i+2].sent != toks[i].sent {
		return false
	}
	if strings.TrimPrefix(stripWa(toks[i].w), "ب") == "مقتل" {
		return toks[i+1].has(twoDoers) && !strings.HasPrefix(toks[i+1].w, "ال") && toks[i+2].w == "اثنين"
	}
	if !toks[i].has(twoDoers) {
		return false
	}
	two := toks[i+1].w
	died := stripWa(toks[i+2].w)
	return (two == "اثنين" || two == "الاثنين") && (died == "قتلا" || died == "لقيا")
}
