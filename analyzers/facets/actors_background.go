package facets

// Civilians of an earlier attack the story recalls by its month. "وفي
// فبراير الماضي استهدف هجوم انتحاري مزدوج ... ما أدى إلى مقتل 12 شخصا
// بينهم امرأة وأطفالها الثلاثة"، "في هجوم على مطعم في واغادوغو في أغسطس،
// آب الماضي": a story of today's bombing or arrest tells an older one as
// its background, and the golds code no civilians for it (holdouts 14
// and 21), as they code none for a toll a year or "منذ" dates
// (civilianSiteMentions, tolls_background.go).

var (
	// lastWords after a month name make it a past one: "في فبراير
	// الماضي".
	lastWords = wordSet("الماضي")
	// atMonthWords before a month name make it the date of what the
	// sentence tells.
	// The same words as inWords (gazetteer_match.go): the set is shared
	// (a set bit spared, see maxWordSets).
	atMonthWords = inWords
	// countSpanWords make the month where a count began or ended ("منذ 30
	// مارس الماضي قتل أكثر من 50"، "خلال يوليو الماضي"، "في الفترة من 7
	// يوليو الماضي وحتى"): a toll counted up to the news, which is the
	// news.
	countSpanWords = wordSet("منذ خلال حتى وحتى")
)

// lastMonthRecalled reports a past month, "في" within two words before it
// and "الماضي" within three after, in the sentence of the civilians
// mention m, and no span word there.
func lastMonthRecalled(toks []token, m mention) bool {
	s := toks[m.start].sent
	if sentenceHas(toks, m.start, countSpanWords) {
		return false
	}
	for j := sentStart(toks, m.start); j < len(toks) && toks[j].sent == s; j++ {
		if !isMonthName(toks[j]) || !nearBefore(toks, j, 2, atMonthWords) {
			continue
		}
		for k := j + 1; k <= j+3 && k < len(toks) && toks[k].sent == s; k++ {
			if toks[k].has(lastWords) {
				return true
			}
		}
	}
	return false
}

// isMonthName reports a month name (months, dates.go) in any form of t.
func isMonthName(t token) bool {
	for _, f := range t.forms {
		if _, ok := months[f]; ok {
			return true
		}
	}
	return false
}

// olderYearToll reports persons counted in a sentence that dates them to a
// year before the publication's (yearWithin, tolls_background.go), in a
// story whose title and lead tell no killing or wound: "وراح ضحيته 39
// شخصاً ... عام 2016" under an arrest, "قتل فيها أكثر من 200 شخص" of
// Bali's 2002 bombs under a death sentence, "مقتل 63 شخصاً ... عام 1983" on
// the anniversary of Beirut's embassy bombing. The golds code no civilians
// for such history. Only plain persons (شخصا، أشخاص، شخص): a people named
// by its faith or a child is as often the story's subject (the Yazidis of
// Sinjar in Nadia Murad's Nobel), and a lead that counts today's dead
// ("عملية دهس في مدينة مونستر ... مخلفة 4 قتلى") keeps them, as its own
// victims may be told by no civilians word. A count spanning the years
// ("وقتل نحو 10 آلاف شخص في اليمن منذ تدخل التحالف ... في مارس 2015")
// is the war's toll up to the news, which the golds code (actors_civwar.go).
// Whether the title and lead tell harm is the article's answer, asked once
// (c.harmLead).
func olderYearToll(toks []token, m mention, c *articleCues) bool {
	if c.year == 0 || !plainPersonMention(toks, m) {
		return false
	}
	if !yearWithin(toks, m.start, c.year, olderYearReach) || sentenceHas(toks, m.start, sinceWords) {
		return false
	}
	return !once(&c.harmLead, func() bool { return leadHarm(toks) })
}

// leadHarm reports a word of killing or wounding (victimHarmWords) in the
// title or the first paragraph.
func leadHarm(toks []token) bool {
	for j := 0; j < len(toks) && toks[j].para <= 1; j++ {
		if toks[j].has(victimHarmWords) {
			return true
		}
	}
	return false
}

// olderMonthToll reports persons counted in a sentence that dates them,
// by "في" and a month name with no year after it, to a month two or more
// before the publication's ("وقتل 22 شخصا بينهم 21 سائحا أجنبيا في
// الاعتداء الذي استهدف متحف باردو في 18 مارس" in August) or to one after
// it, which is last year's ("وهجوم الشاحنة على سياح في برشلونة في أغسطس
// الذي قتل فيه 15 شخصا" in June), in a story whose title and lead tell
// no killing or wound: lastMonthRecalled's background where "الماضي" is
// left out. A month "المقبل" is to come, a span (منذ، خلال، حتى) counts up
// to the news, and last month is as often the news itself. Only plain
// persons, as in olderYearToll.
func olderMonthToll(toks []token, m mention, c *articleCues) bool {
	if c.month == 0 || !plainPersonMention(toks, m) {
		return false
	}
	if sentenceHas(toks, m.start, countSpanWords) || !sentenceHas(toks, m.start, monthWords) {
		return false
	}
	s := toks[m.start].sent
	for j := sentStart(toks, m.start); j < len(toks) && toks[j].sent == s; j++ {
		mon, used := monthAt(toks, j)
		if mon == 0 || !nearBefore(toks, j, 2, atMonthWords) {
			continue
		}
		if mon > c.month-2 && mon <= c.month || monthQualified(toks, j+used) {
			continue
		}
		return !once(&c.harmLead, func() bool { return leadHarm(toks) })
	}
	return false
}

// monthQualified reports a year, "الماضي" (lastMonthRecalled's) or
// "المقبل" within four words from i, which dates the month before it.
func monthQualified(toks []token, i int) bool {
	for j := i; j < i+4 && j < len(toks) && toks[j].sent == toks[i-1].sent; j++ {
		if _, ok := atoiYear(toks[j].w); ok || toks[j].has(lastWords) || toks[j].has(nextWords) || toks[j].has(pastWords) {
			return true
		}
	}
	return false
}

// olderYearReach is how far before the persons their year may stand:
// "في العام 2002 التي قتل فيها أكثر من 200 شخص"، "العام الماضي عقب هجوم
// راح ضحيته 22 شخصا" (a relative clause between).
const olderYearReach = 9

// plainPersons are the victimWords that name a person and no more.
var plainPersons = wordSet("شخص شخصين شخصان")

// plainPersonMention reports a mention of persons and no more (a person
// word, or a victim word of plainPersons), the only victims the background
// tolls read: a people named by its faith or a child is as often the
// story's subject (olderYearToll).
func plainPersonMention(toks []token, m mention) bool {
	return personWords[m.e.words[0]] || m.e == victimEntry && toks[m.start].has(plainPersons)
}

// Persons an earlier attack killed, told in a relative clause. "تفجير
// مانشستر الذي أودى بحياة 22 شخصا"، "تفجير مسجد الصادق ... والذي أودى
// بحياة 27 شخصًا" under a story of a trial, an arrest or a row: the
// relative clause describes an attack the reader knows, and when the
// title and lead tell no killing or wound the story is not about its dead;
// the blind golds code no civilians for it (rounds 37 and 38). A lead that
// tells harm keeps them, as the clause then describes the news.

var (
	// tollRelatives open the clause: "الذي"، "والتي".
	tollRelatives = wordSet("الذي التي والذي والتي")
	// recalledTollVerbs tell the clause's toll: "أودى بحياة"، "أسفر عن
	// مقتل"، "خلف"، "تسبب بمقتل"، "راح ضحيتها".
	recalledTollVerbs = wordSet("أودى أودت أسفر أسفرت خلف خلفت تسبب تسببت راح")
	// titleMassacreWords in a title tell the killing
	// civilianMassacreWords count in the plural: "مجزرة تكساس".
	titleMassacreWords = wordSet("مجزرة المجزرة بمجزرة لمجزرة")
)

// recalledAttackToll reports plain persons (as olderYearToll) within six
// words after a toll verb that a relative pronoun opens, past the lead (a
// lead's "هجوم ... والذي راح ضحيته أربعة أشخاص" is the news), in a story whose
// title and lead tell no harm (c.harmLead) and whose title names no
// killing or massacre ("مجزرة تكساس.. صدته وأحرجته علناً فقتلها": the
// clause then tells the news). A span ("القصف المستمر منذ أيام ... والذي أودى بحياة أكثر من 500
// شخص") counts the dead up to the news, which is the news.
func recalledAttackToll(toks []token, m mention, c *articleCues) bool {
	if !plainPersonMention(toks, m) || !inArticle(toks, recalledTollVerbs) {
		return false
	}
	if toks[m.start].title || toks[m.start].para <= 1 || sentenceHas(toks, m.start, sinceWords) || titleHas(toks, victimHarmWords, civilianMassacreWords, titleMassacreWords) {
		return false
	}
	s := toks[m.start].sent
	for j := m.start - 1; j > 0 && j >= m.start-6 && toks[j].sent == s; j-- {
		if toks[j].has(recalledTollVerbs) {
			if toks[j-1].sent != s || !toks[j-1].has(tollRelatives) {
				return false
			}
			return !once(&c.harmLead, func() bool { return leadHarm(toks) })
		}
	}
	return false
}
