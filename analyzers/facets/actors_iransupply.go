package facets

// iranSupplyWords name supplying, smuggling, arming or a flow of arms: the
// supply nouns of round 43's ruling 8 (تزويد/تهريب/تسليح/إمداد/تدفق), with
// the state's possessive ("تسليحها الحوثيين"، "لتزويدها الحوثي") and the
// verbs that tell the same act with Iran as their subject ("وتزود
// الحوثيين بالصواريخ"، "صواريخا هربتها إيران"، "إيرانيين زودوا الحوثيين").
// The proclitics come off by themselves ("بتسليح"، "بتهريب").
var iranSupplyWords = wordSet("تسليح وتسليح تهريب وتهريب تزويد وتزويد إمداد وإمداد امداد تدفق وتدفق " +
	"تسليحها تزويدها تهريبها إمدادها زود تزود يزود يزودون زودت زودوا تزودهم زودتهم هربت هربتها هربوا تسلح يسلح سلحت")

// titleIranSupply reports an Iran mention in the title with a supply word
// within three words before or after it, in a title that names the
// Houthis: "تهريب إيران الأسلحة للحوثي"، "الجنرال فوتيل: تسليح إيران
// للحوثيين يهدد استقرار المنطقة"، "أدلة تزويد إيران الحوثيين بالصواريخ"،
// and with the act after the name, "هكذا تقوم إيران بتهريب الأسلحة إلى
// الحوثيين"، "روسيا تُفشل بالفيتو ربط إيران بتسليح الحوثيين"، "الحرس
// الثوري الإيراني ينفي تزويد الحوثي بالصواريخ" (a denial of the supply is
// still its news, the ruling says). Round 43's ruling 8 codes Iran when
// its arming of the Houthis is the article's news (the title or the lead's
// main clause), where the Houthi-story check (actorCounts) reads Iran as
// the Houthis' patron adjective. A supply named only in the body ("وتتهم
// الرياض طهران بتزويدهم") or Iran as a modifier ("الحوثيين المدعومين من
// إيران") stays out.
func titleIranSupply(toks []token, m mention) bool {
	return toks[m.start].title && nearWord(toks, m.start, m.end, 3, iranSupplyWords) && titleHas(toks, houthiWords)
}

// iranArmsAdjectiveEntry is Iran read from its adjective on the arms that a
// title tells reaching the Houthis (iranArmsAdjectiveMentions).
var iranArmsAdjectiveEntry = &entry{words: []string{"arms-adjective"}, kind: kindActor, ids: []string{"iran"}}

// iranArmsAdjectiveMentions returns an Iran mention for "الإيرانية" (a
// word of iranWords) right after an arms noun (armsGoodsWords) with a
// supply word within three words before the noun, in a title that names the Houthis: "مسؤول يمني لا
// يستبعد استمرار تدفق الأسلحة الإيرانية إلى الحوثيين". Ruling 8 of round
// 43 counts "الأسلحة/الصواريخ الإيرانية" as what reaches the Houthis among
// the supply's forms; the adjective is no actor name of the lexicon, and
// alone ("صواريخ إيرانية الصنع"، "تفاصيل صواريخ الحوثيين الإيرانية") it
// stays the Houthis' arms. So does "إيرانيين" (no actor name either) as
// the subject of a supply verb right after it: "الخزانة الأمريكية تفرض
// عقوبات على إيرانيين زودوا الحوثيين بخبراتهم"; a noun there is a plan
// of something else ("خطة إيرانية لتهريب الحوثي": smuggling him out).
func iranArmsAdjectiveMentions(toks []token) []mention {
	if len(toks) == 0 || !toks[0].title || !inArticle(toks, houthiWords) || !titleHas(toks, houthiWords) {
		return nil
	}
	var out []mention
	for i := 1; i < len(toks) && toks[i].title; i++ {
		// iranWords hold the definite plural only; the bare one is
		// compared as tokens are normalized (إ written ا).
		if !toks[i].has(iranWords) && toks[i].w != "ايرانيين" || toks[i].gap || toks[i-1].sent != toks[i].sent {
			continue
		}
		arms := toks[i-1].has(armsGoodsWords) && nearBefore(toks, i-1, 3, iranSupplyWords)
		if arms || i+1 < len(toks) && toks[i+1].title && toks[i+1].sent == toks[i].sent && toks[i+1].has(iranSupplyVerbs) {
			out = append(out, mention{e: iranArmsAdjectiveEntry, start: i, end: i + 1})
		}
	}
	return out
}

// iranSupplyVerbs are the past and present verbs of supplying, smuggling or
// arming whose subject stands before them ("إيرانيين زودوا الحوثيين"):
// iranSupplyWords' verbs without its nouns, since a noun there is a plan
// of something else.
var iranSupplyVerbs = wordSet("زودوا زودت يزودون يزود تزود هربوا هربت يهربون سلحوا سلحت يسلحون")

// iranAdjectives are the indefinite adjectives that iranWords lacks:
// "سلاح حوثي إيراني"، "أسلحة إيرانية ضبطت في اليمن".
var iranAdjectives = wordSet("إيراني إيرانية ايراني ايرانية")

// leadIranSupply widens titleIranSupply to the lead, the other place ruling
// 8 of round 43 names: Iran in the body's first sentence with a supply word
// three words before it or six after ("استعرضت بالأدلة تورط إيران في تأجيج
// الصراع هناك بتزويد الميليشيات بالصواريخ"، "نفى الحرس الثوري الإيراني،
// الثلاثاء، تزويد الحوثيين"), when the title or the lead names the Houthis
// and the title names Iran: the supply is then what the story is about
// ("يعرض أدلة للدعم الإيراني"), not a clause on the way ("التحالف على بعد
// 20 كيلومترا من قطع شريان الحوثيين" over a port "تتم عبره عمليات تهريب
// أسلحة من إيران", the ruling's SK-middleEast-2536 kind). The body beyond
// the first sentence ("وتتهم الرياض طهران بتزويدهم") still stays out; so
// does Iran as the Houthis' backer ("الحوثيين المدعومين من إيران"), which
// has no supply word beside it. (aud53d; aud53c widened the title's orders
// in parallel, titleIranSupply.)
func leadIranSupply(toks []token, m mention, lead map[int]bool) bool {
	t := toks[m.start]
	if t.title || !lead[t.sent] || firstBodySent(toks) != t.sent || !inArticle(toks, iranSupplyWords) {
		return false
	}
	if !nearBefore(toks, m.start, 3, iranSupplyWords) && !nearAfter(toks, m.end-1, 6, iranSupplyWords) {
		return false
	}
	return titleLeadHas(toks, lead, houthiWords) && titleHas(toks, iranWords, iranAdjectives)
}
