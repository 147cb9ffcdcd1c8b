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
	atMonthWords = wordSet("في وفي")
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
