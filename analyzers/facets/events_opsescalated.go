package facets

import "time"

// A force's own operations told stepped up are ground fighting going on
// (round 46's rul46b-1(c): the fighting escalating): "تصعد تركيا عملياتها
// في منطقة عفرين"، "بأن الجيش كثف عملياته في الجزء الأوسط من الغوطة
// الشرقية"، "ويكثف الجيش الوطني عملياته، التي بات يغلب عليها طابع حرب
// الشوارع". Only the operations with their owner's pronoun (عملياته،
// عملياتها، عملياتهم: a bare "عمليات" takes a noun of another kind, "تكثف
// عمليات المراقبة"، "تكثف من عمليات اعتقال") or called military
// ("العمليات العسكرية"). Not operations of another kind (opsOtherKinds:
// "يكثف التحالف العربي عملياته الإنسانية"، "صعدت من عملياتها الإرهابية"),
// nor a step-up dated (منذ before it, fightAside: "منذ كثفت الحكومة عملياتها
// العسكرية ضد الغوطة الشرقية في 18 فبراير"؛ another year; a past month) or
// told over months or years ("وقد كثفت من عملياتها في الأشهر الماضية"،
// "في السنوات القليلة الماضية"), nor a threat or plan (modalBefore). No
// front word is asked (frontIn): the force's front is often named a
// sentence or two before ("ويكثف الجيش الوطني عملياته" in Derna), and a
// force stepping up its own operations is at a front. The attacks (هجماته)
// are left out: a group stepping up its attacks is as often a campaign of
// bombings as fighting (counted split over the golds, 4 coded / 8 not).

var (
	// opsOwned are a force's own operations.
	opsOwned = wordSet("عملياته عملياتها عملياتهم")
	// opsEscalating step operations up: the verbs of كثف and صعد, with the
	// conjunction written on them (looked up whole at one word).
	opsEscalating = plainWords("كثف كثفت يكثف تكثف كثفوا يكثفون صعد صعدت يصعد تصعد صعدوا يصعدون " +
		"وكثف وكثفت ويكثف وتكثف وكثفوا ويكثفون وصعد وصعدت ويصعد وتصعد وصعدوا ويصعدون " +
		"فكثف فكثفت فيكثف فتكثف فصعد فصعدت فيصعد فتصعد")
	// opsOtherKinds right after the operations make them no fighting, or a
	// militants' campaign of attacks.
	opsOtherKinds = plainWords("الانسانيه الاغاثيه الارهابيه الاجراميه الجويه")
	// opsSpans before a past word tell a step-up over months or years:
	// "في الأشهر الماضية".
	opsSpans = plainWords("الاشهر اشهر الشهور شهور السنوات سنوات الاعوام اعوام العامين السنتين السنين")
)

// opsEscalatedReach is how far before the operations the escalating verb
// may stand: "ويكثف الجيش التركي من عملياته".
const opsEscalatedReach = 4

// opsEscalated reports the operations at k told stepped up (see above).
func opsEscalated(toks []token, k int, pub time.Time) bool {
	s := toks[k].sent
	if k+1 < len(toks) && toks[k+1].sent == s && opsOtherKinds[toks[k+1].w] {
		return false
	}
	verb := -1
	for j := k - 1; j >= 0 && j >= k-opsEscalatedReach && toks[j].sent == s; j-- {
		if opsEscalating[toks[j].w] {
			verb = j
			break
		}
	}
	if verb < 0 || fightAside(toks, verb) || modalBefore(toks, verb) || otherYearTold(toks, k, pub) || pastMonth(toks, k, pub) || opsOverSpan(toks, k) {
		return false
	}
	return true
}

// opsOverSpan reports months or years called past in the sentence of token
// i: "في الأشهر الماضية"، "في السنوات القليلة الماضية".
func opsOverSpan(toks []token, i int) bool {
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if !opsSpans[toks[j].w] {
			continue
		}
		for m := j + 1; m <= j+2 && m < len(toks) && toks[m].sent == s; m++ {
			if toks[m].has(pastWords) {
				return true
			}
		}
	}
	return false
}

// opsNoun reports the operations at k that opsEscalated reads: the owned
// ones, or العمليات called military.
func opsNoun(toks []token, k int) bool {
	if toks[k].has(opsOwned) {
		return true
	}
	return toks[k].has(offensiveHeads) && toks[k].w == "العمليات" && k+1 < len(toks) && toks[k+1].sent == toks[k].sent && toks[k+1].w == "العسكريه"
}
