package facets

// A chemical attack told as what a threatened or weighed strike answers is
// the week's news the threat follows: "وتوعد الرئيس الأميركي، دونالد
// ترامب، برد قوي على الهجوم الكيماوي، الذي وقع في مدينة دوما"، "مع تصاعد
// التهديدات بشن ضربة عسكرية ردا على هجوم دوما الكيماوي"، "بعد أن هدد
// الرئيس الأميركي دونالد ترامب بإطلاق صواريخ على سوريا، ردا على هجوم
// كيماوي"، "وتدرس فيه الولايات المتحدة ردها على هجوم كيماوي في سوريا".
// Over the pool and blind gold articles, a sentence with a threat, a
// weighing or an awaited strike, then a reply or cause word, then a
// chemical attack: 20 coded chemical-weapon / 0 not (pool), 21 / 6
// (blind; the six an oil or gold market's day, Hollande's 2013 and a
// later strike's background). One such mention in the body weighed 2,
// under the type's minimum of 3, and modalBefore read the weighing verb
// as the attack's own modal ("تدرس ... ردها على هجوم"), when it governs
// the reply.

var (
	// chemReplyWords make the chemical attack after them what a reply
	// answers or follows: "ردا على"، "برد قوي على"، "ردها على"، "على
	// خلفية"، "لمعاقبة ... على"، "بعد تقارير عن استخدام". They are
	// threatFar's reply words (threatReply, events_threatfar.go), which
	// read the same construction from the threat's side, with the reply's
	// possessive and ب forms and the cause words.
	chemReplyWords = union(threatReply, wordList("برد ردها رده ردهم خلفية لمعاقبة معاقبة"))
	// chemAwaitWords threaten, weigh or await the strike that replies.
	// A choice, not a copy: ten of farThreatVerbs' forms
	// (events_threatfar.go), nine of weighingVerbs' and three of
	// weighedProspects' (actors_usweighed.go) with their forms with the
	// article, and threat nouns and awaiting words of its own (تهديدات،
	// توقعات، ترقب، تحسبا); the sets whole would add forms the counted
	// construction did not hold.
	chemAwaitWords = wordSet("هدد هددت تهدد يهدد وهدد تهديد تهديدات التهديدات توعد توعدت يتوعد تتوعد وتوعد " +
		"تدرس يدرس وتدرس تبحث يبحث قرار قرارا توقعات تحسبا ترقب يترقب ويترقب تترقب " +
		"المرتقبة مرتقبة المحتملة محتملة الوشيكة وشيكة قادمة تستعد يستعد")
	// chemIfWords between the reply and the attack make the attack a
	// condition or any attack, not a deed: "واشنطن تبحث ردا عسكريا حال
	// استخدام الكيماوي في إدلب"، "تتخذ قرارا باستخدام القوة العسكرية ردا
	// على أي هجوم كيماوي في سوريا" (SK-middleEast-3563, blind, uncoded).
	// Looked up whole.
	chemIfWords = plainWords("حال حالة بحال إذا اذا لو أي اي لأي لاي")
)

// chemReplyReach is how far before the chemical trigger the reply word may
// stand ("ردا على استخدام النظام السوري الأسلحة الكيماوية"), and
// chemAwaitReach how far before the reply word the threat.
const (
	chemReplyReach = 6
	chemAwaitReach = 16
)

// answeredAttack reports a chemical trigger at i that the nearest reply
// word up to chemReplyReach words before it in its sentence makes what a
// threatened, weighed or awaited strike answers, the threat standing up to
// chemAwaitReach words before that reply word and no condition between
// the reply and the attack. A farther reply word is not tried.
func answeredAttack(toks []token, i int) bool {
	if !inArticle(toks, chemReplyWords) || !inArticle(toks, chemAwaitWords) {
		return false
	}
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-chemReplyReach && toks[j].sent == s; j-- {
		if !toks[j].has(chemReplyWords) {
			continue
		}
		for m := j + 1; m < i; m++ {
			if chemIfWords[stripWa(toks[m].w)] {
				return false
			}
		}
		for k := j - 1; k >= 0 && k >= j-chemAwaitReach && toks[k].sent == s; k-- {
			if toks[k].has(chemAwaitWords) {
				return true
			}
		}
		return false
	}
	return false
}
