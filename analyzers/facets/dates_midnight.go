package facets

// pastMidnight reports the night word at token k (ليل، ليلة، الليلة) told
// from its midnight on: "منذ منتصف ليلة أمس"، "بعد منتصف ليل الخميس الجمعة".
// Midnight ends the night's first day, so what came after it fell on the
// next: "نفذت 13 غارة … منذ منتصف ليلة أمس" is today's, "خرجت دفعة جديدة …
// بعد منتصف ليل الخميس الجمعة" is Friday's. Only after بعد or منذ: a night
// told at its midnight alone ("انتهت منتصف ليل الأحد-الإثنين المهلة"،
// "أعلن … منتصف ليل الأحد الاثنين") or before it ("قبل منتصف ليل الخميس")
// is left to the night's first day, as the golds split those.
func pastMidnight(toks []token, k int) bool {
	if k < 2 || k >= len(toks) || !toks[k].is(nightWords) && toks[k].w != "الليله" {
		return false
	}
	if toks[k-1].w != "منتصف" || toks[k-1].sent != toks[k].sent || toks[k-2].sent != toks[k].sent {
		return false
	}
	return toks[k-2].has(sinceWords) || stripWa(toks[k-2].w) == "بعد"
}
