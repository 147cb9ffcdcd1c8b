package facets

// al-Shabaab is an al-Qaeda alias of data/actors.tsv ("حركة الشباب"), but
// round 43's ruling (class 5) codes al-qaeda for it only where the text
// states the tie ("حركة الشباب الصومالية المتطرفة المرتبطة بتنظيم
// القاعدة"، "ذراع تنظيم القاعدة في الصومال"): an affiliate is coded by
// what the text calls it. shabaabAlias tells the alias; qaedaTieSaid a
// sentence that names both.

var (
	shabaabWord  = wordSet("الشباب")
	movementWord = wordSet("الحركة")
)

// shabaabAlias reports the al-Qaeda entry whose words name al-Shabaab.
func shabaabAlias(e *entry) bool {
	if e.kind != kindActor || len(e.ids) == 0 || e.ids[0] != "al-qaeda" {
		return false
	}
	for _, w := range e.words {
		if shabaabWord.m[w] {
			return true
		}
	}
	return false
}

// qaedaTieSaid reports a sentence of the article that names al-Shabaab
// ("الشباب" after any noun) and al-Qaeda by a name of its own (the tie stated: "حركة الشباب التي
// ارتبطت بالقاعدة"); once stated, every al-Shabaab mention of the story
// is al-Qaeda's affiliate's. It asks of the article, not of a mention:
// actorCounts asks it once (articleCues.qaedaTie).
func qaedaTieSaid(ms []mention, toks []token) bool {
	// The sentences that name al-Shabaab by any noun: "جماعة الشباب
	// الصومالية، ذراع تنظيم القاعدة" (SK-middleEast-2869) is no alias.
	// In a story that names al-Shabaab, "الحركة" is the movement too:
	// "وتشن الحركة الموالية لتنظيم القاعدة هجمات"، "الحركة التي ...
	// بايعت تنظيم القاعدة".
	shabaab := map[int]bool{}
	if inArticle(toks, shabaabWord) {
		for k := range toks {
			if toks[k].has(shabaabWord) || toks[k].has(movementWord) {
				shabaab[toks[k].sent] = true
			}
		}
	}
	for _, o := range ms {
		if shabaabAlias(o.e) {
			continue
		}
		if o.e.kind == kindActor && len(o.e.ids) > 0 && o.e.ids[0] == "al-qaeda" && shabaab[toks[o.start].sent] {
			if !tiedBefore(toks, o) && bareQaedaNoGroup(toks, o) {
				// "قتلنا 40 جنديا صوماليا في القاعدة" beside "المتحدث باسم
				// العمليات العسكرية للشباب": the army base al-Shabaab
				// struck, which actorCounts reads as a base too, states no
				// tie (pool SK-middleEast-2274, ruled r43 class 5). A bare
				// name right after a tie word is the tie, whatever the
				// story's bases or the word after it: "حركة الشباب الصومالية
				// المرتبطة بالقاعدة المسؤولية عنها".
				continue
			}
			return true
		}
	}
	return false
}

// tiedBefore reports a tie word just before the al-Qaeda mention o: an
// affiliation ("الموالية لـ"، "ذراع"), a linked adjective or a wing
// ("المرتبطة بالقاعدة"، "الجناح العسكري"; qaedaGlossWords).
func tiedBefore(toks []token, o mention) bool {
	return affiliateMention(toks, o.start, o.end) || nearBefore(toks, o.start, 2, qaedaGlossWords)
}
