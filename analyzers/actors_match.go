package analyzers

var (
	// militaryWords in a sentence make a weak actor alias (a country or
	// capital name) count: the sentence is about fighting, not diplomacy.
	militaryWords = wordSet("قصف غارة غارات ضربة ضربات صواريخ صاروخ قوات القوات قواتها جنود جنودها طائرات طائراتها غاراتها ضرباتها قصفت شنت شن تشن يشن استهدفت هاجمت يقصف تقصف مقاتلات حربية الحربية عسكريا هجوما هجمات اشتباكات معارك قتال القتال مدفعية قذائف نشر تعزيزات")
	// harmWords in a sentence make "civilians" an actor: they were killed,
	// hurt or targeted.
	harmWords = wordSet("قتل قتلى مقتل قتيل قتيلا مصرع استشهاد شهداء شهيد جرحى جريح إصابة إصابات أصيب أصيبوا استهداف استهدف استهدفت ضحايا الضحايا سقوط مجزرة اعتداء خطف اختطاف إعدام أعدم تهجير نزوح قصف غارات هجوم حصار المحاصرين")
)

// sentenceHas reports whether the sentence of token i holds a word of set.
func sentenceHas(toks []token, i int, set map[string]bool) bool {
	s := toks[i].sent
	for j := i; j >= 0 && toks[j].sent == s; j-- {
		if toks[j].has(set) {
			return true
		}
	}
	for j := i + 1; j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(set) {
			return true
		}
	}
	return false
}

// nearWord reports whether a word of set stands within n tokens of the
// span [start,end) in the same sentence.
func nearWord(toks []token, start, end, n int, set map[string]bool) bool {
	s := toks[start].sent
	for j := start - 1; j >= 0 && j >= start-n && toks[j].sent == s; j-- {
		if toks[j].has(set) {
			return true
		}
	}
	for j := end; j < len(toks) && j < end+n && toks[j].sent == s; j++ {
		if toks[j].has(set) {
			return true
		}
	}
	return false
}

// findActors returns the actor ids the mentions name.
func (l *lexicon) findActors(toks []token, ms []mention, aboutSyria bool) []string {
	set := map[string]bool{}
	for _, m := range ms {
		e := m.e
		if e.kind != kindActor || set[e.ids[0]] {
			continue
		}
		if e.syria && !aboutSyria {
			continue
		}
		if e.weak {
			if e.ids[0] == "civilians" {
				if !sentenceHas(toks, m.start, harmWords) {
					continue
				}
			} else if !nearWord(toks, m.start, m.end, 6, militaryWords) {
				continue
			}
		}
		set[e.ids[0]] = true
	}
	return sortedSet(set)
}

var syriaWords = wordSet("سوريا سورية")

// mentionsSyria reports whether the text names Syria.
func mentionsSyria(toks []token) bool {
	for i := range toks {
		if toks[i].has(syriaWords) {
			return true
		}
	}
	return false
}
