package facets

// iranSupplyWords name supplying, smuggling, arming or a flow of arms: the
// supply nouns of round 43's ruling 8 (تزويد/تهريب/تسليح/إمداد/تدفق).
var iranSupplyWords = wordSet("تسليح وتسليح تهريب وتهريب تزويد وتزويد إمداد وإمداد امداد تدفق وتدفق")

// iranSupplyVerbs are the supply verbs that follow Iran as their subject
// in a lead ("نفى الحرس الثوري الإيراني تزويد"، "إيرانيين زودوا
// الحوثيين"), beside the nouns.
var iranSupplyVerbs = wordSet("زود زودت زودوا يزود تزود يزودون تزودهم زودتهم")

// iranAdjectives are the indefinite adjectives that iranWords lacks:
// "سلاح حوثي إيراني"، "أسلحة إيرانية ضبطت في اليمن".
var iranAdjectives = wordSet("إيراني إيرانية ايراني ايرانية")

// titleIranSupply reports an Iran mention in the title with a supply word
// within three words before it, in a title that names the Houthis: "تهريب
// إيران الأسلحة للحوثي"، "الجنرال فوتيل: تسليح إيران للحوثيين يهدد
// استقرار المنطقة"، "أدلة تزويد إيران الحوثيين بالصواريخ"، "استمرار تدفق
// الأسلحة الإيرانية إلى الحوثيين". Round 43's ruling 8 codes Iran when
// its arming of the Houthis is the article's news (the title or the lead's
// main clause), where the Houthi-story check (actorCounts) reads Iran as
// the Houthis' patron adjective. A supply named only in the body ("وتتهم
// الرياض طهران بتزويدهم") or Iran as a modifier ("الحوثيين المدعومين من
// إيران") stays out.
func titleIranSupply(toks []token, m mention) bool {
	if !toks[m.start].title || !nearBefore(toks, m.start, 3, iranSupplyWords) {
		return false
	}
	for i := 0; i < len(toks) && toks[i].title; i++ {
		if toks[i].has(houthiWords) {
			return true
		}
	}
	return false
}

// iranSupplyNews widens titleIranSupply to the other orders ruling 8 of
// round 43 names: Iran before its supply word in the title ("الحرس الثوري
// الإيراني ينفي تزويد الحوثي بالصواريخ"، "روسيا تفشل بالفيتو ربط إيران
// بتسليح الحوثيين", within three words after it), and Iran in the lead's
// first sentence with a supply word three words before it or six after
// ("استعرضت بالأدلة تورط إيران في تأجيج الصراع هناك بتزويد الميليشيات
// بالصواريخ"، "نفى الحرس الثوري الإيراني، الثلاثاء، تزويد الحوثيين"),
// when the title or the lead names the Houthis (and, for the lead, the
// title names Iran). The body beyond the first
// sentence ("وتتهم الرياض طهران بتزويدهم") still stays out; so does Iran
// as the Houthis' backer ("الحوثيين المدعومين من إيران"), which has no
// supply word beside it.
func iranSupplyNews(toks []token, m mention, lead map[int]bool) bool {
	if !inArticle(toks, iranSupplyWords) && !inArticle(toks, iranSupplyVerbs) {
		return false
	}
	t := toks[m.start]
	switch {
	case t.title:
		if !nearAfter(toks, m.end-1, 3, iranSupplyWords) || !titleHas(toks, houthiWords) {
			return false
		}
		return true
	case lead[t.sent] && firstBodySentence(toks, t.sent):
		if !nearBefore(toks, m.start, 3, iranSupplyWords) && !nearAfter(toks, m.end-1, 6, iranSupplyWords) && !nearAfter(toks, m.end-1, 6, iranSupplyVerbs) {
			return false
		}
		// The title must name Iran too: the supply is then what the story
		// is about ("يعرض أدلة للدعم الإيراني"), not a clause on the way
		// ("التحالف على بعد 20 كيلومترا من قطع شريان الحوثيين" over a
		// port "تتم عبره عمليات تهريب أسلحة من إيران", the ruling's
		// SK-middleEast-2536 kind).
		return titleLeadHas(toks, lead, houthiWords) && titleHas(toks, iranWords, iranAdjectives)
	}
	return false
}

// firstBodySentence reports whether sentence s is the body's first: no
// body token stands in an earlier sentence.
func firstBodySentence(toks []token, s int) bool {
	for _, t := range toks {
		if !t.title {
			return t.sent == s
		}
	}
	return false
}
