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
