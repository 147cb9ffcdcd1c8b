package facets

// A knife attack (هجوم بالسكين، حادثة طعن، هجوم بالسلاح الأبيض) in an
// article that names no armed party and no terrorism is a crime: "إصابة
// لاجئين في هجوم بسكين بولاية أميركية" (a lone knifeman in Idaho, motive
// unknown)، "هجوم بالسلاح الأبيض يوقع جرحى في ألمانيا" (Lübeck)، "قالت
// الشرطة الفرنسية إن هجوما بالسكين وسط باريس مساء السبت تسبب في مقتل
// شخص"، "عقب اعتقال سوري وعراقي للاشتباه بهما في حادثة طعن مميتة"
// (Chemnitz). Round 46's rul46a-1 (holdout24 Q70, holdout31 Q38, holdout36
// Q17) codes such an attack by one man, with no group that claims or holds
// him and no terror label, as no conflict event: its attack type is kept
// only for an armed group. None of the pool's and blind codings' knife
// attacks in such an article types an attack on civilians, while those a
// group claimed (Paris's opera, ISIS: "داعش يتبنى هجوم الطعن"), that the
// text calls terrorist (Amsterdam: "دوافعه إرهابية") or that name a party
// at war (a West Bank settlement's stabbing) do. Shootings and rammings
// are left: the golds code the same lone gunman's cinema both ways.

// loneStabbing reports the attack-on-civilians trigger at [i, end) as a
// knife attack's phrase (its last word of stabbingWeapons) told as the
// attacker's act (هجوم بسكين، حادث طعن، عملية طعن) in a lone attacker's
// article (loneCrimeArticle). Not a victim told stabbed, by a verb of
// undergoing (stabbedVerbs) that opens the phrase or stands before it in
// its sentence ("حارس أمن إسرائيليا توفي ... إثر تعرضه للطعن على يد مهاجم
// يُشتبه بأنه فلسطيني"، "تعرض ... جاير بولسونارو لعملية طعن أثناء جولة في
// إطار حملته الانتخابية"): the victim then decides, and a guard, a soldier
// or a candidate for office is the conflict's or politics', which a
// corpus read of the first draft found typed rightly.
func loneStabbing(toks []token, actorAt []string, i, end int) bool {
	if end-i < 2 || !toks[end-1].has(stabbingWeapons) {
		return false
	}
	for j := i; j >= 0 && toks[j].sent == toks[i].sent; j-- {
		if toks[j].has(stabbedVerbs) {
			return false
		}
	}
	return loneCrimeArticle(toks, actorAt)
}

// loneCrimeArticle reports an article whose tokens name no actor but
// civilians and whose words hold no terror label (suspectTerrorWords)
// anywhere, as suspectArrest asks of a lone suspect's arrest.
func loneCrimeArticle(toks []token, actorAt []string) bool {
	for _, a := range actorAt {
		if a != "" && a != "civilians" {
			return false
		}
	}
	return !inArticleAny(toks, suspectTerrorWords)
}

// dropLoneKnife removes from at, in place, the attack nouns civiliansAttacked
// found that a knife follows ("هجوما بالسكين"، "هجوم بالسلاح الأبيض") in a
// lone attacker's article: the knife phrase's own reading (loneStabbing)
// sets the same attack aside, which the noun read by its dead would type
// again.
func dropLoneKnife(toks []token, actorAt []string, at []int) []int {
	if len(at) == 0 || !inArticle(toks, stabbingWeapons) || !loneCrimeArticle(toks, actorAt) {
		return at
	}
	kept := at[:0]
	for _, k := range at {
		if !knifeAfter(toks, k) {
			kept = append(kept, k)
		}
	}
	return kept
}

// knifeAfter reports a knife or a blade right after the attack noun at k, in
// its sentence: a word of stabbingWeapons ("بالسكين"، "بسكين") or "بسلاح" or
// "بالسلاح" before one ("بالسلاح الأبيض").
func knifeAfter(toks []token, k int) bool {
	s := toks[k].sent
	for j := k + 1; j < len(toks) && j <= k+2 && toks[j].sent == s; j++ {
		if toks[j].has(stabbingWeapons) {
			return true
		}
		if toks[j].w != "بسلاح" && toks[j].w != "بالسلاح" {
			return false
		}
	}
	return false
}
