package facets

// Israel by its administrative detention.
//
// "الاعتقال الإداري" (detention without charge or trial by a military
// order) is the occupation's measure against Palestinians, and after the
// Duma arson of July 2015 against Jewish settlers too: "احتجزت إسرائيل ...
// إرهابياً من مواطنيها دون محاكمة ... ما يسمّى الاحتجاز الإداري"، "تم
// تحويل اثنين من اليهود المتشددين إلى الاعتقال الإداري"، "إسرائيل تعتقل
// «إدارياً» إرهابيين يهوديين"، "فرض الاعتقال الإداري على عدد من
// المستوطنين". The golds code Israel wherever a story tells the measure
// (2015-08-04-1001, SK-middleEast-124, and the five stories rasid missed
// in round 49: 2015-08-06-3115, 2015-08-06-2173, 2015-08-10-1330,
// 2015-08-10-913, 2015-08-09-103), as they code its army's arrests in the
// West Bank. The Israeli organ that orders it (the defence minister, "وزارة
// الدفاع الإسرائيلية") or the state's bare name ("إسرائيل") is no party
// by itself, so the measure's phrase stands for the state. The same words
// name France's retention of migrants and preachers ("وأودع إمام مسجد
// "السنة" ... قيد الاحتجاز الإداري") and Jordan's governors' "التوقيف
// الإداري": the phrase counts only in an article that names Israel.

var (
	// adminDetentionWords name a detention or a jailing, the noun and the
	// verbs a headline uses: "الاعتقال الإداري"، "تعتقل «إدارياً»"،
	// "المعتقلين الإداريين". Not "التوقيف": Jordan's governors' measure.
	adminDetentionWords = wordSet("الاعتقال اعتقال الاحتجاز احتجاز السجن الحبس تعتقل اعتقلت يعتقل تحتجز احتجزت المعتقلين معتقلين المعتقل معتقل")
	// administrativeWords say the detention is by order, not by a court.
	administrativeWords = wordSet("الإداري إداري إداريا إدارياً الإداريين إداريين")
	// israelDetentionEntry is the entry the measure's phrase stands for.
	israelDetentionEntry = &entry{words: []string{"administrative-detention"}, kind: kindActor, ids: []string{"israel"}}
)

// israelDetentionMentions returns an Israel mention for each administrative
// detention phrase (a detention word and an administrative word right after
// it, quotes aside: "تعتقل «إدارياً»"), in an article that names Israel by a
// lexicon mention ("إسرائيل") or its adjective ("وزارة الدفاع
// الإسرائيلية"، "الشرطة الإسرائيلية").
func (l *lexicon) israelDetentionMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, administrativeWords) || !inArticle(toks, adminDetentionWords) {
		return nil // most articles name neither: skip the walk
	}
	var out []mention
	for i := 1; i < len(toks); i++ {
		if toks[i].has(administrativeWords) && toks[i-1].sent == toks[i].sent && toks[i-1].has(adminDetentionWords) {
			out = append(out, mention{e: israelDetentionEntry, start: i - 1, end: i + 1})
		}
	}
	if len(out) == 0 || l.namesIsrael(toks, ms) {
		return out
	}
	return nil
}

// namesIsrael reports a lexicon mention of Israel in ms or a word of
// Israel's nationality anywhere in the article.
func (l *lexicon) namesIsrael(toks []token, ms []mention) bool {
	for _, m := range ms {
		if m.e.kind == kindActor && m.e.ids[0] == "israel" {
			return true
		}
	}
	for i := range toks {
		if l.nationalityOf(&toks[i]) == "israel" {
			return true
		}
	}
	return false
}
