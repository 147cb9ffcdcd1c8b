package facets

// occupationRiot types a clash word of the occupation's front
// (occupationFront) away from Gaza and the settlers: the West Bank's and
// Jerusalem's confrontations between Palestinian youths or worshippers
// and the occupation's soldiers or police, which ACLED codes as riots ("واندلعت
// مواجهات بين الشبان وجيش الاحتلال خلال اقتحامه لمخيم الدهيشة"، "لإنهاء
// اشتباكات اندلعت بعد قدوم يهود متشددين إلى المسجد"، "خلال مواجهات
// اندلعت مع قوات الاحتلال"). They used to get no type. At Gaza's fence
// the coders type the marches and the force met them instead, and
// settlers' raids are mob violence: there the clash word still types
// nothing, as does a raid (اقتحام), the force's own deed.
func occupationRiot(toks []token, i int) string {
	if !occupationRiotPlace(toks, i) {
		return ""
	}
	if !(toks[i].has(clashNouns) && clashBrokeOut(toks, i, i+1)) && !eventLead(toks).heads(toks, i) {
		// Past the lead a clash not told breaking out is mostly the
		// background of a death of wounds, a trial or a video ("متأثرا
		// بإصابته ... خلال مواجهات قبل أيام"، "مصحوبة بصور من
		// الاشتباكات").
		return ""
	}
	return "violent-demonstration"
}

// clashVerbs are the verbs of clashing among the clash triggers.
var clashVerbs = wordSet("اشتبك اشتبكت اشتبكوا واشتبك واشتبكت واشتبكوا")

// occupierWords name Israel's forces as the occupation, as the
// Palestinian wires tell the raids; a clash of Palestinians and Israelis
// told otherwise is as often the Gaza marches' ("تنديده بالمواجهات التي
// قتل فيها 16 فلسطينياً برصاص الجيش الإسرائيلي") or one of Israeli
// extremists ("مواجهات بين إسرائيليين متشددين وحراس الأقصى").
// The same words as occupationWords (actors_occupier.go): the set is shared
// (a set bit spared, see maxWordSets).
var occupierWords = occupationWords

// riotElsewhere name Gaza, its fence and the settlers.
var riotElsewhere = wordSet("غزه السياج المستوطنين مستوطنين المستوطنون مستوطنون")

// occupationRiotTold reports an occupation riot's clash noun told breaking
// out or going on ("لإنهاء اشتباكات اندلعت بعد قدوم يهود متشددين"، "واندلعت
// مواجهات بين الشبان وجيش الاحتلال"): it weighs as a phrase does, as a
// fight told so does (fightTold, whose guards leave these crowds out).
func occupationRiotTold(toks []token, i, end int) bool {
	return end == i+1 && toks[i].has(clashNouns) && occupationFront(toks, i) && occupationRiotPlace(toks, i) && clashBrokeOut(toks, i, end)
}

// clashBrokeOut reports a clash noun at [i, end) told breaking out, by a
// word right before it (fightBroke), or going on, by one right after it
// (fightGoingOn). occupationRiot, whose clash word is on the front and in
// the place already, asks only this of occupationRiotTold, and before it
// reads the lead (eventLead), which scans the article.
func clashBrokeOut(toks []token, i, end int) bool {
	s := toks[i].sent
	return i > 0 && toks[i-1].sent == s && toks[i-1].has(fightBroke) ||
		end < len(toks) && toks[end].sent == s && toks[end].has(fightGoingOn)
}

// occupationRiotPlace reports a clash word at i whose sentence names the
// occupation and neither Gaza nor the settlers. Not a clash noun that
// governs the occupation ("لتستمر بمواجهات الاحتلال"): that is confronting
// it, a cause, not a clash.
func occupationRiotPlace(toks []token, i int) bool {
	if !toks[i].has(clashNouns) && !toks[i].has(clashVerbs) || !sentenceHas(toks, i, occupierWords) && !israeliYouthRiot(toks, i) || sentenceHas(toks, i, riotElsewhere) {
		return false
	}
	return i+1 >= len(toks) || toks[i+1].sent != toks[i].sent || !toks[i+1].has(occupierWords)
}

// riotYouths name the Palestinian street's side of a raid's
// confrontations: its young men and the residents.
var riotYouths = wordSet("شبان الشبان وشبان والشبان شبانا السكان والسكان الاهالي اهالي")

// israeliYouthRiot reports a clash word whose sentence tells the raid's
// confrontations as the wires do that name Israel's forces, not the
// occupation: the young men or the residents and the Israeli army or
// police ("اقتحم الجيش الإسرائيلي ... مخيم الأمعري ... ما أدى إلى اندلاع
// مواجهات مع الشبان الفلسطينيين"، "مواجهات اندلعت بين شبان والجيش
// الإسرائيلي خلال اقتحامه للمخيم"، "بعد اندلاع مواجهات بين شبان فلسطينيين
// والشرطة الإسرائيلية"). The young men are no armed side, and the Gaza
// marches' youths at the fence or the border are left to the marches'
// rules (riotElsewhere, borderWords).
func israeliYouthRiot(toks []token, i int) bool {
	return sentenceHas(toks, i, riotYouths) && sentenceHas(toks, i, israelWords) && !sentenceHas(toks, i, borderWords)
}
