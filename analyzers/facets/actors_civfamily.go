package facets

// A family an attack or a killing hit. "قتل أسرة من ثمانية أفراد"، "أدى إلى
// مقتل أبناء العائلة"، "مرتكبي هجوم الخميس الماضي على عائلة فلسطينية"،
// "إطلاق الكلاب على عائلة سورية": the family is no word of the civilians
// aliases, and where no child, woman or person word stands by it the
// victim words read nobody. Over the pool's and the blind codings' gold
// articles (round 63, m63civ) a family governed so stands in 7 articles,
// all coded civilians (3 of them had civilians already by another
// mention); none uncoded. The family must be the one harmed: right after
// a harm word, with a figure or "أبناء"/"أفراد" between at most ("مقتل
// أبناء العائلة"), or after "على" with an attack noun or a launching
// masdar within three words before it ("هجوم الخميس الماضي على عائلة"); a
// fire or a disaster in the sentence makes them its dead ("مصرع عائلات
// داخل المنازل التي حاصرتها النيران").
// A family told as a source or a mourner ("وقالت أسرة السراديح"،
// "تعازيه لأسر الضحايا") stands after no harm and is not read; "أسر" alone
// is also captivity ("أسر جنود") and is left, as is any sentence that
// writes a year, as burnedVictimMentions skips a dated burning.

var (
	// familyVictimWords name a family or families.
	familyVictimWords = wordSet("عائلة العائلة عائلات العائلات أسرة الأسرة")
	// familyBetween may stand between the harm word and the family: its
	// members, "مقتل أبناء العائلة"، "إصابة أفراد أسرة".
	familyBetween = wordSet("أبناء أفراد")
	// familyOnWords before "على" make the family an attack's target
	// beside assaultWords: launching something on someone ("إطلاق النار
	// على"، "إطلاق الكلاب على") and the accusative attack ("شنوا هجوما
	// على"). Not "اعتداء": "نفت الفنانة ... اعتداءها على أسرة أميركية"
	// is a brawl in a hotel. Looked up whole at one word.
	familyOnWords = plainWords("إطلاق اطلاق بإطلاق وإطلاق هجوما وهجوما")
	// familyVictimEntry is the civilians entry such a family stands for.
	familyVictimEntry = &entry{words: []string{"family victims"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}
)

// familyVictimMentions returns a civilians mention for each family word
// (familyVictimWords) that a harm word governs (familyHarmed) and no actor
// mention covers, unless the sentence writes a year or names a fire or a
// disaster: "مصرع عائلات داخل المنازل التي حاصرتها النيران" (the Attica
// wildfires).
func familyVictimMentions(toks []token, ms []mention) []mention {
	return uncoveredMentions(toks, ms, familyVictimWords, func(i int) (*entry, int) {
		if familyHarmed(toks, i) && !sentenceHasYear(toks, i) && !sentenceHas(toks, i, fireWords) && !sentenceHas(toks, i, disasterWords) {
			return familyVictimEntry, i + 1
		}
		return nil, 0
	})
}

// familyHarmed reports the family at token i as the one harmed: a
// settlerHarmWords word before it with at most two words between, each a
// figure or familyBetween ("قتل أسرة"، "مقتل أبناء العائلة"); or "على"
// right before it with an attack noun (assaultWords, familyOnWords) or a
// launching masdar within three words before "على".
func familyHarmed(toks []token, i int) bool {
	if harmBefore(toks, i, settlerHarmWords, familyBetween) {
		return true
	}
	on := i - 1
	if on < 0 || toks[on].sent != toks[i].sent || toks[i].gap || toks[on].w != "علي" {
		return false
	}
	s := toks[i].sent
	for j := on - 1; j >= 0 && j >= on-3 && toks[j].sent == s && !toks[j+1].gap; j-- {
		if toks[j].has(assaultWords) || familyOnWords[toks[j].w] {
			return true
		}
	}
	return false
}
