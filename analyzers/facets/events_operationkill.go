package facets

// operationKillOpenings are the killings operationKills reads: a
// killWords word, or القضاء (riddanceDone, which compares w with it).
// The pass walks its tokens (setTokens): a first test the pass adds
// must join it, or the walk never meets that test's words.
var operationKillOpenings = union(killWords, wordList("القضاء"))

// operationKills returns the killing words of the text told in one
// sentence with a security operation or a raid, of fighters or of the
// force's men, or by the force itself: "قتل الحرس الثوري الإيراني تسعة
// أشخاص في عملية أمنية"، "أطلقت قوات الأمن عملية أمنية … وشهدت العملية
// ذاتها مقتل 4 من عناصر الأمن"، "وخلال المداهمة، قتل 4 من رجال الأمن و3
// إرهابيين". The coders type that as the clash the operation met (round
// 61's m61secop: pool 9 coded / 1 not, blind 12 / 1), in a body too.
// The operation is securityOperationAt's (a noun of operation with its
// kind: "عملية أمنية"، "حملة أمنية"، "مداهمة أمنية") or a bare raid
// (raidBare); the raid alone needs the dead named as fighters or the
// force's men, a force as the killer counts only with an operation of a
// kind. Not a killing the operation came after (بعد، إثر، عقب right
// before it, with و or not: deathCauses, numbers.go; "واتت المداهمات بعد
// مقتل 32 شخصا في تفجير"), not civilians killed (civilianTargets after
// it: the guide types those otherwise), not a sentence that names a
// weapon (killedHow: the dead fell by it). The operation is looked for
// within operationKillReach words of the killing, not over the whole
// sentence.
func (l *lexicon) operationKills(toks []token, actorAt []string) []int {
	if !inArticle(toks, operationWords) && !inArticle(toks, raidBare) {
		return nil
	}
	var at []int
	for _, k := range setTokens(toks, operationKillOpenings) {
		if !toks[k].has(killWords) && !riddanceDone(toks, k) {
			continue
		}
		if k > 0 && toks[k-1].sent == toks[k].sent && deathCauses[stripWa(toks[k-1].w)] {
			continue
		}
		op, raid := false, false
		s := toks[k].sent
		for j := max(k-operationKillReach, 0); j < len(toks) && j <= k+operationKillReach; j++ {
			if toks[j].sent != s {
				continue
			}
			if securityOperationAt(toks, j) {
				op = true
			} else if toks[j].has(raidBare) {
				raid = true
			}
		}
		if !op && !raid || sentenceHas(toks, k, killedHow) {
			continue
		}
		slain, civil, force := false, false, false
		for j := k + 1; j < len(toks) && j <= k+5 && toks[j].sent == s; j++ {
			switch {
			case toks[j].has(civilianTargets):
				civil = true
			case toks[j].has(slainFighters) || toks[j].has(attackedMen) || l.slainGroupAt(toks, actorAt, j):
				slain = true
			case j == k+1 && toks[j].has(slainFighter):
				slain = true
			case toks[j].has(attackedForces) && operationKillMen[toks[j-1].w]:
				slain = true
			case j <= k+2 && l.stateForceAt(toks, actorAt, j):
				force = true
			}
		}
		if civil || !slain && !(force && op) {
			continue
		}
		at = append(at, k)
	}
	return at
}

// operationKillReach is how far apart the killing and the operation may
// stand in their sentence.
const operationKillReach = 20

var (
	// raidBare are a raid told bare: "خلال المداهمة"، "بمداهمة" (not
	// raidWords, which hold a cell and an arrest too). has takes و، ب and
	// ل off (cliticForms), so "بالمداهمة" and "وبمداهمة" need no form of
	// their own.
	raidBare = wordSet("مداهمه المداهمه مداهمات المداهمات")
	// operationKillMen before a force word make its men: "رجال الأمن"،
	// "عناصر الأمن"، "مرتبات الأمن".
	operationKillMen = plainWords("رجال عناصر أفراد مرتبات منتسبي")
)
