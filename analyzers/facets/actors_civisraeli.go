package facets

// Israelis counted by their nationality alone and killed or hurt: "مسلح
// فلسطيني يقتل إسرائيليين ويجرح ثالثا" (the Barkan shooting)، "في حين
// أصيب 3 إسرائيليين على الأقل من جراء إطلاق صواريخ"، "في المقابل أصيب
// أربعة إسرائيليين إثر سقوط قذيفة على منزل"، "هاجم إسرائيليا كان يرتدي
// قلنسوة يهودية" (a Berlin street assault). nationalVictimMentions leaves
// the nationalities of the taxonomy's foreign forces out, since counted by
// their nationality they are as often soldiers as bystanders, and the
// Israeli plural is the lexicon's weak alias of israel besides, so no
// victim rule read these. Over the pool and blind gold articles an
// Israeli count governed by a harm word is coded civilians in six (the
// Barkan shooting, two Gaza rocket days, the Sderot and Eshkol shells'
// wounded, the three teenagers' killing recalled) and left out in one,
// a BBC related-story line the coder ignored; in the corpus every such
// count is of Israelis a rocket, a shooting, a stabbing or a ramming
// harmed, never of soldiers, whom the news names as soldiers ("ثلاثة
// جنود إسرائيليين": a force noun before the nationality, which then is
// its adjective and not read here). The Iranian, American, Russian and
// Turkish counts are not read: the golds' Iranians killed are the strikes'
// soldiers at T4 and Kiswah, and their Americans wounded in Kandahar are
// the commander's party (coded usa, not civilians).
//
// The harm word must govern the count: right before it, with only a
// figure between ("مقتل ثلاثة إسرائيليين"، "أصاب 3 إسرائيليين"), or a
// passive harm verb right after it ("أن 3 إسرائيليين أصيبوا"). The bare
// "قتل" is not read before it: as often a masdar under a purpose or an
// attempt ("لمحاولة اختراق الحدود وقتل إسرائيليين"). Not in a sentence
// that writes a year (an old attack recalled: "في بلغاريا عام 2012 والذي
// قتل فيه خمسة إسرائيليين"), nor when a force's men follow ("من الجنود").

var (
	// israeliCountWords are the Israeli plural, dual and accusative
	// singular, which a count or a harm verb takes as people.
	israeliCountWords = wordSet("إسرائيليين إسرائيليون إسرائيليان إسرائيليا وإسرائيليين")
	// israeliHarmWords before the count make the Israelis the harmed:
	// the harm nouns, the harm verbs in the past and the headline's
	// present, and the passives.
	israeliHarmWords = wordSet("مقتل ومقتل بمقتل إصابة وإصابة بإصابة أصيب وأصيب فأصيب أصاب فأصاب وأصاب أصابت يصيب جرح وجرح بجرح يجرح ويجرح يقتل تقتل قتلت مصرع طعن وطعن يطعن بطعن دهس ودهس يدهس هاجم يهاجم")
	// israeliPassive after the count tell the Israelis hurt or killed.
	israeliPassive = wordSet("أصيبوا أصيبا قتلوا قتلا جرحوا")
	// israeliVictimEntry is the civilians entry such a count stands for.
	israeliVictimEntry = &entry{words: []string{"israeli victims"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}
)

// israeliVictimMentions returns a civilians mention for each Israeli count
// (israeliCountWords) a harm word governs (israeliHarmed), in a sentence
// with no year and no force's men after it. The count's own lexicon
// mention (israel's weak alias) is kept beside it.
func israeliVictimMentions(toks []token) []mention {
	if !inArticle(toks, israeliCountWords) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, israeliCountWords) {
		if !israeliHarmed(toks, i) || sentenceHasYear(toks, i) {
			continue
		}
		m := mention{e: israeliVictimEntry, start: i, end: i + 1}
		if ofForceMen(toks, m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// israeliHarmed reports the Israeli count at token i as the harmed: an
// israeliHarmWords word before it in its sentence with at most two
// figure words between (harmBefore, as settlerHarmed reads a settler), or
// an israeliPassive word right after it.
func israeliHarmed(toks []token, i int) bool {
	if harmBefore(toks, i, israeliHarmWords, nil) {
		return true
	}
	s := toks[i].sent
	k := i + 1
	return k < len(toks) && toks[k].sent == s && !toks[k].gap && toks[k].has(israeliPassive)
}
