package facets

// The latest of a series as background: "المآسي التي يمر بها اليمنيون
// وآخرها مقتل أكثر من ثلاثين تلميذا في غارة جوية"، "ومنع سلسلة حوادث إطلاق
// النار التي تسبب آخرها في مقتل 14 شخصا في مدرسة بولاية فلوريدا". A toll
// told as the last (آخرها) or newest (أحدثها) of a series the sentence named
// before it is the series' latest event, recalled; under a title of no
// killing the news is something else — a photo feature, a march, an
// inquiry — and the golds code it none (pool FR-internationalNews-432,
// blind BB-middleEast-942: 0 coded / 2 none; six corpus articles hold the
// phrase). A title that tells a killing may be the latest event's own
// report ("... آخرها مقتل صحفي اليوم"), so it keeps its toll.

// latestReach is how many words before a toll's token the series' word
// may stand: "كان آخرها مقتل"، "تسبب آخرها في مقتل".
const latestReach = 4

// latestOfSeries reports a toll at token i told after آخرها or أحدثها in
// its sentence, within latestReach words, under a title of no killing.
// No word set: the two words are compared whole, and only for a toll
// found.
func latestOfSeries(toks []token, i int, ts []toll) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-latestReach && toks[j].sent == s; j-- {
		switch stripWa(toks[j].w) {
		case "اخرها", "احدثها":
			return !titleTellsKilling(toks, ts)
		}
	}
	return false
}
