package facets

// A foreign state named as the one that holds a land the story places
// something in: "قرب الحدود مع الأردن ومرتفعات الجولان التي تحتلها
// إسرائيل". The clause tells where the land is and whose it is held to
// be, as "الضفة الغربية المحتلة" does with no state named; the holder is
// no party to what the sentence tells (holdout-21's southern offensive,
// holdout-13's, fresh-7's Golan shelters name Israel only so). No
// military word in the sentence is asked for: there it is another's act
// near the land ("وصعدت دمشق هجماتها على منطقة قريبة من ... الجولان التي
// تحتلها إسرائيل").

// occupierVerbs open the relative clause of the holder: "التي تحتلها
// إسرائيل"، "الذي تحتله".
var occupierVerbs = wordSet("تحتلها تحتله يحتلها يحتله احتلتها احتلته احتلها احتله")

// occupierOfPlace reports a mention right after an occupierVerbs word in
// the same clause. The participle's agent is left alone: in "لضربات
// صاروخية في منطقة الجولان المحتل من قبل فيلق القدس الإيراني" (tune) the
// "من قبل" names who struck, not who holds the land.
func occupierOfPlace(toks []token, m mention) bool {
	i := m.start
	if i < 1 || toks[i].gap || toks[i-1].sent != toks[i].sent {
		return false
	}
	return toks[i-1].has(occupierVerbs)
}

// occupationWords end the lexicon's "occupation forces" aliases of
// Israel ("قوات الاحتلال"، "جيش الاحتلال").
var occupationWords = wordSet("الاحتلال")

// otherOccupier reports an "occupation forces" mention followed by another
// state's nationality adjective: "منذ بدء الهجمة البربرية لقوات الاحتلال
// الروسي ونظام الأسد" in a Daraa story, "قوات الاحتلال التركي" in Afrin.
// The alias stands for Israel only where no adjective names the occupier
// otherwise ("قوات الاحتلال الإسرائيلي"، or none at all).
func (l *lexicon) otherOccupier(toks []token, m mention) bool {
	if m.end >= len(toks) || toks[m.end].gap || toks[m.end].sent != toks[m.start].sent || !toks[m.end-1].has(occupationWords) {
		return false
	}
	id := l.nationalityOf(&toks[m.end])
	return id != "" && id != m.e.ids[0]
}

// occupationSoldierNouns are soldiers in the plural, the head of "جنود
// الاحتلال" that the lexicon's "occupation forces" aliases (قوات الاحتلال،
// جيش الاحتلال) lack.
var occupationSoldierNouns = wordSet("جنود الجنود وجنود لجنود بجنود")

// occupationSoldierMentions returns an Israeli force mention for each
// "جنود الاحتلال" no lexicon mention covers (m51afn2): "حيث قتل 18
// فلسطينيا على أيدي جنود الاحتلال الأسبوع الماضي" (blind
// SK-middleEast-802, whose gold codes Israel). Another state's adjective
// after it names that occupier instead ("جنود الاحتلال التركي"), as
// otherOccupier reads the aliases; and the article must name Israel or the
// Palestinians somewhere.
func (l *lexicon) occupationSoldierMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, occupationWords) || !inArticle(toks, palestinianWords) && !inArticle(toks, israelWords) {
		// No Israeli or Palestinian word anywhere: another occupation,
		// "حاول بعض جنود الاحتلال أن يأخذوا ابنه" in a memoir of Iraq's
		// invasion of Kuwait (2015-08-02-146).
		return nil
	}
	return uncoveredMentions(toks, ms, occupationSoldierNouns, func(i int) (*entry, int) {
		same := func(j int) bool { return j < len(toks) && !toks[j].gap && toks[j].sent == toks[i].sent }
		if !same(i+1) || !toks[i+1].has(occupationWords) {
			return nil, 0
		}
		if same(i + 2) {
			if id := l.nationalityOf(&toks[i+2]); id != "" && id != "israel" {
				return nil, 0
			}
		}
		return soldierEntries["israel"], i + 2
	})
}
