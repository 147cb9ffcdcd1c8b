package facets

// otherAttackTimes before "this attack" tell a bombing as another one, made
// before or after it: "وقبل أقل من 24 ساعة على هذا الهجوم دمر انفجار
// شاحنة مفخخة"، "وبعيد هذا التفجير الاول ... استهدف هجوم آخر بسيارة
// مفخخة".
var otherAttackTimes = wordSet("قبل بعد بعيد غداه عقب")

// carBombApart reports that the sentence of the car bomb at token i tells it
// as an attack of its own, not the suicide bomber's car: a time word before
// "this attack" (otherAttackTimes, then هذا or هذه within seven words with
// an attack noun right after it), or "another" (آخر، أخرى) among the
// three words before the bomb, right after an attack noun (هجوم آخر). Such a car bomb stays a remote
// explosive beside the suicide attack the title or lead tells (round 64's
// m64ied: the Kabul truck bomb "قبل أقل من 24 ساعة على هذا الهجوم" beside
// the police academy's bomber, Kobani's checkpoint car bomb after Suruç's
// bomber).
func carBombApart(toks []token, i int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].sent == s; j-- {
		if j > 0 && (toks[j].w == "اخر" || toks[j].w == "اخري") && toks[j-1].has(attackNouns) {
			return true
		}
	}
	if !sentenceHas(toks, i, otherAttackTimes) {
		return false
	}
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if !toks[j].has(otherAttackTimes) {
			continue
		}
		for k := j + 1; k <= j+7 && k+1 < len(toks) && toks[k+1].sent == s; k++ {
			if toks[k].is(thisWords) && toks[k+1].has(attackNouns) {
				return true
			}
		}
	}
	return false
}
