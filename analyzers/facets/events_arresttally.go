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
	// sentenceHas asks inArticle for منذ itself; nearAfter does not.
	return e.ids[0] == "arrests" && inArticle(toks, warThousandWords) && sentenceHas(toks, i, sinceWords) && nearAfter(toks, end-1, arrestTallyWords, warThousandWords)
}
