package facets

// A foreign state's nationals among the fighters a strike or an attack
// killed: "مقتل 14 مقاتلا من بينهم إيرانيون" (holdout-29, the T4 airbase),
// "قتل 35 مقاتلا من قوات النظام والموالين لها بينهم 9 مقاتلين روس"،
// "21 عسكرياً من بينهم 9 إيرانيين قتلوا خلال القصف الجوي". Fighters of a
// state's nationality are its forces, targeted by the event, as the gold
// codes them. nationalVictimWords leaves these nationalities out, since
// counted alone they are as often bystanders or tourists; here the count
// they are picked from, or the noun right before them, says they are
// fighters, and a harm word in the sentence that they died or were hurt.

var (
	// amongWordsOf pick some from a count: "بينهم"، "من بينهم"، "من ضمنهم".
	amongWordsOf = wordSet("بينهم وبينهم ضمنهم منهم")
	// fighterCountNouns name the count as fighters or soldiers:
	// "14 مقاتلا"، "21 عسكرياً"، "عنصرا".
	fighterCountNouns = wordSet("مقاتلا مقاتلين مقاتلون المقاتلين عسكريا عسكريين عسكريون العسكريين عنصرا عناصر العناصر جنديا جنود الجنود")
	// fighterKindNouns between the among word and the nationality name
	// the picked as fighters: "بينهم 9 مقاتلين روس"، "بينهم مستشارون
	// إيرانيون".
	fighterKindNouns = wordSet("مقاتلين مقاتلون عسكريين عسكريون مستشارين مستشارون ضباط جنود")
	// nationalsHarmWords tell that the count died or was hurt: harmWords
	// and the plural verbs and idioms a count takes ("قتلوا"، "لقوا
	// حتفهم"، "لقي 14 مقاتلا ... مصرعهم").
	nationalsHarmWords = union(harmWords, wordList("قتلوا لقوا لقي مصرعهم حتفهم قتلتهم"))
	// stateNationalsEntries are the force entries such a phrase stands
	// for, one per actor with nationality adjectives but the regime's
	// (Syrians among the dead are its people as often as its soldiers).
	stateNationalsEntries = map[string]*entry{}
)

func init() {
	for _, id := range []string{"russia", "iran", "usa", "turkey", "israel"} {
		stateNationalsEntries[id] = &entry{words: []string{"nationals"}, kind: kindActor, ids: []string{id}, syria: true}
	}
}

// stateNationalsMentions returns a force mention for each among word
// followed, within three words, by a state's nationality in the plural,
// where the count before it (within five words) or a noun between names
// fighters, and the sentence tells of a death or a wound
// (nationalsHarmWords).
func (l *lexicon) stateNationalsMentions(toks []token, ms []mention) []mention {
	return uncoveredMentions(toks, ms, amongWordsOf, func(i int) (*entry, int) {
		s := toks[i].sent
		fighters := false
		for j := i - 1; j >= 0 && j >= i-5 && toks[j].sent == s; j-- {
			if toks[j].has(fighterCountNouns) {
				fighters = true
				break
			}
		}
		for j := i + 1; j < len(toks) && j <= i+3 && toks[j].sent == s && !toks[j].gap; j++ {
			if toks[j].has(fighterKindNouns) {
				fighters = true
				continue
			}
			id := l.nationalityOf(&toks[j])
			if id == "" {
				continue
			}
			e := stateNationalsEntries[id]
			if e == nil || !fighters || !sentenceHas(toks, i, nationalsHarmWords) {
				return nil, 0
			}
			return e, j + 1
		}
		return nil, 0
	})
}

// iranianMilitiaEntry is the regime's foreign militias, whom Iranian
// fighters among a count stand for as well.
var iranianMilitiaEntry = &entry{words: []string{"nationals"}, kind: kindActor, ids: []string{"pro-government-militias"}, syria: true}

// iranianMilitiaMentions returns a militias mention beside each of Iran's
// nationals mentions whose count names fighters ("مقتل 14 مقاتلا من بينهم
// إيرانيون"، "15 مقاتلا أجنبيا ... وبينهم ثمانية إيرانيين"): Iranians
// counted among a strike's dead fighters are the regime's foreign
// militias as well as Iran's men, as the golds code the T4 and Kiswah
// strikes (FR-internationalNews-632, FR-middleEast-439; the gold guide's
// "مسلحين من جنسيات إيرانية"). Soldiers, officers or advisers counted
// ("21 عسكرياً من بينهم 9 إيرانيين"، "بينهم مستشارون إيرانيون") are Iran's
// forces only.
func iranianMilitiaMentions(toks []token, nationals []mention) []mention {
	var out []mention
	for _, m := range nationals {
		s := toks[m.start].sent
		if m.e.ids[0] != "iran" || sentenceHas(toks, m.start, thenWords) {
			// "وأحصى المرصد حينها مقتل 23 مقاتلا بينهم إيرانيون" in
			// an interview: a strike's toll recalled "at the time" is
			// the story's background.
			continue
		}
		for j := m.start - 1; j >= 0 && j >= m.start-5 && toks[j].sent == s; j-- {
			if toks[j].has(fighterCountNouns) {
				if toks[j].has(militiamenNouns) {
					out = append(out, mention{e: iranianMilitiaEntry, start: m.start, end: m.end})
				}
				break
			}
		}
	}
	return out
}

// thenWords date what a sentence tells to an earlier time: "حينها"،
// "آنذاك".
var thenWords = wordSet("حينها حينذاك آنذاك وقتها")

// militiamenNouns are the fighterCountNouns that name fighters, not a
// state's soldiers: "مقاتلا"، "مقاتلين".
var militiamenNouns = wordSet("مقاتلا مقاتلين مقاتلون المقاتلين")

// mostWordsOf say what most of a count were: "أغلبهم"، "معظمهم".
var mostWordsOf = wordSet("أغلبهم اغلبهم معظمهم غالبيتهم")

// mostlyNationals reports persons a toll gives as mostly a foreign
// state's nationals: "26 شخصا قتلوا في الهجوم، أغلبهم إيرانيون" (an
// Israeli strike on Iranian posts near Aleppo). Such a count is of the
// state's fighters, whom stateNationalsMentions codes when the count names
// them so, not of civilians.
func (l *lexicon) mostlyNationals(toks []token, m mention) bool {
	s := toks[m.start].sent
	for j := m.end; j < len(toks) && j < m.end+6 && toks[j].sent == s; j++ {
		if !toks[j].has(mostWordsOf) {
			continue
		}
		if k := j + 1; k < len(toks) && toks[k].sent == s && stateNationalsEntries[l.nationalityOf(&toks[k])] != nil {
			return true
		}
		return false
	}
	return false
}
