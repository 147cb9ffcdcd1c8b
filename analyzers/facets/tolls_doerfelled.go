package facets

import "strings"

// The doer of the main event felled after it: "قتل فيها شخص ... قبل أن
// تطلق عليه الشرطة النار وتقتله" (2)، "لقي شخصان حتفهما ... قبل أن تقتل
// قوات الأمن المنفذ" (3)، "قتل خمسة أشخاص ... لتتبادل إطلاق النار مع
// المهاجم وتقتله" (6)، "مقتل ثلاثة جنود" then "«إرهابي» قتل في
// الاشتباكات" (4). The victims' toll comes first and the attacker's
// death a clause or a sentence later, told by a verb whose object is the
// doer; the guide's toll is the event's dead, the groups it lists summed,
// and the coders and the adjudicated gold count the doer among them. A
// doer who kills himself ("قبل أن يقتل المسلح نفسه") is left out: the gold
// is split on it.

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

// securityNouns are the forces that fell the doer.
var securityNouns = wordSet("الشرطه الشرطي الامن الامنيه قوات وحدات الجيش الجنود قواتنا عناصر")

// doerFelled reports the doer of the main toll's event killed after it, in
// a clause after the toll or a sentence of the first paragraphs
// (maxOtherSidePara, as the other side's dead): one more dead. Not when the toll's sentence counts him
// already ("قتل 4 أشخاص بينهم مطلق النار"، "أحدهما المنفذ"), nor when
// a toll is read at or after the verb in its sentence (his death, read
// already; the victims told again before it are no bar), nor
// when the toll is one and its own words name the doer or his attempt
// ("مقتل فلسطيني بزعم محاولة طعن": his death is the toll).
func doerFelled(toks []token, ts []toll, main toll) bool {
	if main.vague || main.kind != killedKind || !inArticle(toks, doerNouns) {
		return false
	}
	ms := toks[main.tok].sent
	for j := sentStart(toks, main.tok); j+1 < len(toks) && toks[j].sent == ms; j++ {
		if (toks[j].has(partWords) || toks[j].has(oneOfThem) || toks[j].w == "فيهم") && toks[j+1].has(doerNouns) {
			return false
		}
		if main.n == 1 && j > main.tok && (j <= main.tok+3 && toks[j].has(doerNouns) || j <= main.tok+6 && toks[j].has(doerAttempt)) {
			return false
		}
	}
	for i := main.tok + 1; i < len(toks) && toks[i].para <= maxOtherSidePara; i++ {
		if toks[i].title || !felledAt(toks, i) {
			continue
		}
		s := toks[i].sent
		for _, t := range ts {
			if t.kind == killedKind && toks[t.tok].sent == s && t.tok >= i {
				return false
			}
		}
		return true
	}
	return false
}

// felledAt reports a verb at token i that kills the doer: a man as its
// object pronoun after a doer named earlier in its sentence, by security
// forces the sentence names (felledHim); a verb, the forces and the doer
// (felledDoer); or a doer's passive قتل told by whom or where (felledBy).
func felledAt(toks []token, i int) bool {
	s := toks[i].sent
	switch {
	case toks[i].has(felledHim):
		if i+1 < len(toks) && toks[i+1].sent == s && toks[i+1].w == "نفسه" {
			return false
		}
		return sentenceBefore(toks, i, doerNouns) && sentenceBefore(toks, i, securityNouns)
	case toks[i].has(felledDoer):
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
