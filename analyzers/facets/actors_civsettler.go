package facets

import "strings"

// Settlers a Palestinian attack killed or hurt. "أن مستوطنا قتل وأصيب
// اثنان آخرن في هجوم بسكين"، "وطعن 3 مستوطنين داخل أحد المنازل"، "هجوما
// قتل فيه مستوطنان وأصيب ثالث بجروح": the settler is no word of the
// civilians aliases, and a stabbing or a shooting by one young man is
// told with no blast, no force and no victim word (a child, a woman), so
// the victim words' checks read nobody. The blind codings code such
// settlers as civilians (round 55's SK-middleEast-3123 and -3831, and
// aud55d's Barkan shooting). The settler must be the one harmed: right
// after a harm word, with a figure or "فيه" between at most ("مقتل
// مستوطن"، "طعن 3 مستوطنين"، "أصيب فيها مستوطنان"), or right before a
// passive harm verb ("مستوطنا قتل"، "مستوطنان أصيبا"). Settlers who do
// the harm ("برصاص مستوطن"، "مستوطنون يقتحمون"، "أضرمه مستوطنون") stand
// after a word of agency or before an active verb, and are not read;
// "مستوطنة" is as often the settlement as a woman settler, and is left.

var (
	// settlerVictimWords name one or more settlers, not the settlement.
	settlerVictimWords = wordSet("مستوطن مستوطنا مستوطنان مستوطنين المستوطن المستوطنين ومستوطن ومستوطنين")
	// settlerHarmWords before a settler make him the one harmed: the
	// harm nouns and passive verbs, a stabbing or a ramming.
	settlerHarmWords = wordSet("مقتل ومقتل قتل وقتل إصابة وإصابة أصيب وأصيب أصيبت جرح وجرح مصرع طعن وطعن بطعن دهس ودهس بدهس")
	// settlerBetween may stand between the harm word and the settler: a
	// figure's words are read apart, these are "in it" and a rabbi.
	settlerBetween = wordSet("فيه فيها فيهما حاخام")
	// settlerPassive after a settler tell him hurt or killed; "قتل" only
	// with a further harm joined by و ("مستوطنا قتل وأصيب اثنان").
	settlerPassive = wordSet("أصيب أصيبا أصيبوا قتلا بجروح")
	// settlerVictimEntry is the civilians entry such a settler stands for.
	settlerVictimEntry = &entry{words: []string{"settler victims"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}
)

// settlerVictimMentions returns a civilians mention for each settler word
// (settlerVictimWords) that a harm word governs (settlerHarmed) and no actor
// mention covers, unless the sentence writes a year: "بعد سلسلة من
// المواجهات بما في ذلك مقتل أحد المستوطنين" beside "عام 1986" recalls a
// village's history under a story of its demolition, as burnedVictimMentions
// skips a dated burning.
func settlerVictimMentions(toks []token, ms []mention) []mention {
	return uncoveredMentions(toks, ms, settlerVictimWords, func(i int) (*entry, int) {
		if settlerHarmed(toks, i) && !sentenceHasYear(toks, i) {
			return settlerVictimEntry, i + 1
		}
		return nil, 0
	})
}

// settlerHarmed reports the settler at token i as the one harmed: a
// settlerHarmWords word before him in his sentence with at most two
// words between, each a figure or settlerBetween; or a settlerPassive
// word right after him, or "قتل" followed by a word joined with و.
func settlerHarmed(toks []token, i int) bool {
	if harmBefore(toks, i, settlerHarmWords, settlerBetween) {
		return true
	}
	s := toks[i].sent
	k := i + 1
	if k >= len(toks) || toks[k].sent != s || toks[k].gap {
		return false
	}
	if toks[k].has(settlerPassive) {
		return true
	}
	return stripWa(toks[k].w) == "قتل" && k+1 < len(toks) && toks[k+1].sent == s && !toks[k+1].gap && strings.HasPrefix(toks[k+1].w, "و")
}

// harmBefore reports a word of harm before the victim at token i in its
// sentence, with at most two words between, each a figure or a word of
// between (nil for none): "مقتل مستوطن"، "أصاب 3 إسرائيليين". The harm
// word governs the victim only across a count; any other word between
// makes the victim another's (settlerHarmed, israeliHarmed).
func harmBefore(toks []token, i int, harm, between *words) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].sent == s && !toks[j+1].gap; j-- {
		if toks[j].has(harm) {
			return true
		}
		if _, ok := digits(toks[j].w); ok {
			continue
		}
		if _, ok := numberWords[stripWa(toks[j].w)]; ok || between != nil && toks[j].has(between) {
			continue
		}
		break
	}
	return false
}
