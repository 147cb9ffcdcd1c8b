package facets

// explosionAimedWords are the verbs of aiming a blast at someone: an
// explosion that "targeted" a convoy, a patrol or a market was set off at
// it, a bombing, where a bare explosion may be a mishap.
var explosionAimedWords = wordSet("استهدف استهدفت استهدفا يستهدف تستهدف يستهدفان تستهدفان")

// inquiryWords name an inquiry into an event.
var inquiryWords = wordSet("تحقيق التحقيق تحقيقات التحقيقات بالتحقيق والتحقيق تحقيقا بتحقيق")

// explosionAimed reports whether the explosion word ending before end is
// told aimed at a target, by a targeting verb right after it or after its
// relative ("انفجار يستهدف موكب رئيس الوزراء بغزة"، "في انفجار استهدف
// حافلة بسيناء"، "الانفجار الذي استهدف مسجد قوة الطوارئ") or right
// before it, the verb first ("استهدف انفجار موكبا لرئيس الوزراء"). A mishap
// targets nothing, so the verb tells a bombing as a toll near the word does
// (explosionType): the lead of such a story often gives only the wounded,
// far from the word, or none.
//
// Not when an inquiry word stands up to four words before the explosion
// ("على خلفية التحقيقات التي يجرونها حول انفجار استهدف رئيس الوزراء"): the
// inquiry's story tells a bombing of days before as its background.
func explosionAimed(toks []token, i, end int) bool {
	if end >= len(toks) || toks[end].sent != toks[end-1].sent || nearBefore(toks, i, 4, inquiryWords) {
		return false
	}
	if i > 0 && toks[i-1].sent == toks[i].sent && toks[i-1].has(explosionAimedWords) {
		// The verb first, the explosion its subject: "استهدف انفجار
		// موكبا لرئيس الوزراء الفلسطيني رامي الحمد الله".
		return true
	}
	j := end
	if toks[j].has(relativeWords) && j+1 < len(toks) && toks[j+1].sent == toks[j].sent {
		j++
	}
	return toks[j].has(explosionAimedWords)
}

// blastDevice types the article's bombing words that name no device
// (blasts: تفجير، انفجار): a suicide bombing when the article says suicide
// anywhere, else the grenade the article names when it names no bomb of
// another kind ("انفجار يستهدف مؤيدين لرئيس وزراء اثيوبيا" over "الانفجار
// وقع نتيجة لقنبلة يدوية ألقاها شخص"), else a remote explosive.
func blastDevice(explicit map[string]bool) string {
	switch {
	case explicit["suicide-bomb"]:
		return "suicide-bomb"
	case explicit["grenade"] && !explicit["remote-explosive-landmine-ied"]:
		return "grenade"
	}
	return "remote-explosive-landmine-ied"
}

// selfWords are the reflexive objects of a bombing verbal noun: "بتفجير
// نفسه" is a bomber blowing himself up.
var selfWords = wordSet("نفسه نفسها انفسهم نفسيهما")

// selfBlastTold reports a bomber told blowing himself up with the verbal
// noun ("قام بتفجير نفسه"، "تفجير نفسها"), which the suicide triggers (the
// verbs "فجر نفسه"، "فجرت نفسها") miss: the Saudi reactions to the Asir
// mosque bombing of August 2015 told it so and named no device, and
// blastDevice typed them remote explosives. Only a bombing word right
// before the reflexive counts.
func selfBlastTold(toks []token) bool {
	if !inArticle(toks, selfWords) {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].has(selfWords) && toks[k-1].sent == toks[k].sent && toks[k-1].has(selfBlastNouns) {
			return true
		}
	}
	return false
}

// selfBlastNouns are the verbal nouns of blowing up.
var selfBlastNouns = wordSet("تفجير بتفجير لتفجير وتفجير")
