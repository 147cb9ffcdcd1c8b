package facets

// protestClash types a fighting noun at i (اشتباكات، مواجهات، القتال …),
// alone or before one fierce word ("اشتباكات عنيفة"), in an article whose title or lead tells a protest, when its
// sentence names no armed side, no army, and the article tells no gunfire
// (إطلاق نار): the fight is the protest's, not an armed clash. ACLED's
// clashes are between armed, organised groups; protesters, rioters or a
// crowd fighting the police are a riot. triggerType already reads a
// sentence naming the protesters (protesters) or a crowd (crowdClash);
// this reads the one that leaves them to the title or lead: "اندلعت
// احتجاجات في جميع أنحاء إقليم كتالونيا ... وأصيب 89 شخصا على الأقل في
// اشتباكات مع الشرطة" (BB-internationalNews-230), "مظاهرات البصرة: توقف
// العمل في ميناء أم قصر عقب اشتباكات عنيفة"، "وتحدث شخص آخر عن وقوع
// اشتباكات" in an Iranian water-protest story. A fight whose other side is
// the police or the security forces ("في اشتباكات مع الشرطة"، "مواجهات
// عنيفة مع قوات الأمن") is a violent demonstration, as the golds code it
// (16 of the 18 protest-led articles holding one); a fight told bare
// gives no type of its own (ok with typ ""), the protest's other words
// typing it.
//
// Counted over the pool and blind golds (round 61, aud61d): of 81
// protest-led articles holding a fighting noun in a sentence with no armed
// side, 3 code armed-clash, and each of those tells an army (Benghazi's
// "الاشتباكات بين الجيش الليبي وقوات مجلس شورى ثوار بنغازي") or gunfire
// (Ferguson's "مواجهات وإطلاق نار", Nicaragua's "إطلاق نار متبادل"), which
// keep the clash. So does an armed side in the sentence: militants fighting
// the police under a protest story ("مقتل 15 إرهابيا في اشتباك مع الشرطة")
// are a clash (armedSides, fightArmed, slainFighters).
func protestClash(toks []token, i, end int) (typ string, ok bool) {
	if !(end == i+1 || end == i+2 && toks[i+1].has(fightFierce)) || !toks[i].has(clashNouns) || inArticle(toks, firingWords) {
		return "", false
	}
	if sentenceHas(toks, i, armedSides) || sentenceHas(toks, i, fightArmed) || sentenceHas(toks, i, slainFighters) ||
		sentenceHas(toks, i, governmentArmy) || !eventLead(toks).headHas(toks, protestWords, protesters, pluralProtests) {
		return "", false
	}
	if policeOtherSide(toks, i) {
		return "violent-demonstration", true
	}
	return "", true
}

// policeOtherSide reports the police or the security forces named as the
// other side right after the fighting noun at i, past one fierce word:
// "اشتباكات مع الشرطة"، "مواجهات عنيفة مع قوات الأمن"، "اشتباكات بين
// الشرطة و...".
func policeOtherSide(toks []token, i int) bool {
	j := i + 1
	if j < len(toks) && toks[j].sent == toks[i].sent && toks[j].has(fightFierce) {
		j++
	}
	if j+1 >= len(toks) || toks[j].sent != toks[i].sent || toks[j].w != "مع" && toks[j].w != "بين" {
		return false
	}
	k := j + 1
	return toks[k].has(policeSides) || k+1 < len(toks) && toks[k].has(securityHeads) && toks[k+1].has(securityWord)
}
