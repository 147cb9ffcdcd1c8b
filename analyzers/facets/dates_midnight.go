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

// midnightTold reports whether the article, elsewhere than the night of two
// days at token i (its first weekday: "ليل الأربعاء الخميس", the night word
// at i-1, the second weekday at i+1), tells the news past a midnight it
// names no day of: "بعد منتصف الليل" with bare الليل, or the same night
// again ("بعد منتصف ليل الخميس الجمعة" below a lead's "ليل الخميس
// الجمعة"). Then the night is read at its second day, as pastMidnight
// reads the night told after its midnight: "أقدم رجل على تفجير نفسه أمام
// سفارة الولايات المتحدة … ليل الأربعاء الخميس" with "انتحر شخص مجهول …
// بعد منتصف الليل بنصف ساعة" is Thursday's (golds: the night of two days
// with "بعد منتصف الليل" in a sentence naming no other weekday, 3 second
// day, 0 first). A sentence that names a day of its own ("أفاد المرصد
// الثلاثاء عن تنفيذ طائرات حربية بعد منتصف الليل أكثر من 15 غارة") tells
// another night's report, and "قبيل منتصف ليل الأربعاء" (before it) is
// the first day's; neither counts. Asked only at a night of two days.
func midnightTold(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) {
		return false
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].w != "منتصف" || k == i-2 || stripWa(toks[k-1].w) != "بعد" ||
			toks[k-1].sent != toks[k].sent || toks[k+1].sent != toks[k].sent {
			continue
		}
		own := -1 // the midnight's own night: its weekdays are no other day
		switch {
		case toks[k+1].w == "الليل":
		case toks[k+1].is(nightWords) && k+3 < len(toks) && toks[k+2].w == toks[i].w && toks[k+3].w == toks[i+1].w:
			own = k + 2
		default:
			continue
		}
		if !sentenceNamesWeekday(toks, k, own) {
			return true
		}
	}
	return false
}

// sentenceNamesWeekday reports whether token k's sentence holds a weekday
// other than the two at own and own+1 (own < 0: none excepted).
func sentenceNamesWeekday(toks []token, k, own int) bool {
	s := toks[k].sent
	for j := sentStart(toks, k); j < len(toks) && toks[j].sent == s; j++ {
		if weekdayAt(toks, j) && (own < 0 || j != own && j != own+1) {
			return true
		}
	}
	return false
}
