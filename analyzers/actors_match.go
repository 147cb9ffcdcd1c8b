package analyzers

var (
	// militaryWords in a sentence make a weak actor alias (a country or
	// capital name) count: the sentence is about fighting, not diplomacy.
	militaryWords = wordSet("قصف غارة غارات ضربة ضربات هجوم هجمات اشتباكات معارك معركة قتال مقتل قتلى قتل استهداف صواريخ صاروخ قوات عسكري عسكرية العسكري العسكرية طائرات مقاتلات سيطرة عملية عمليات جنود انسحاب جيش مدفعية قذائف براميل تفجير انفجار كيماوي كيميائي الكيماوي الكيميائي هجوما عسكريا قواتها جنودها طائراتها غاراتها ضرباتها قاعدة قواعد حربية الحربية تدخل التدخل يقصف تقصف قصفت شنت شن استهدفت تستهدف دعم تدعم المدعومة هاجمت القتال")
	// harmWords in a sentence make "civilians" an actor: they were killed,
	// hurt or targeted.
	harmWords = wordSet("قتل قتلى مقتل قتيل قتيلا مصرع استشهاد شهداء شهيد جرحى جريح إصابة إصابات أصيب أصيبوا استهداف استهدف استهدفت ضحايا الضحايا سقوط مجزرة اعتداء خطف اختطاف إعدام أعدم تهجير نزوح قصف غارات هجوم حصار المحاصرين")
)

// sentenceHas reports whether the sentence of token i holds a word of set.
func sentenceHas(toks []token, i int, set map[string]bool) bool {
	s := toks[i].sent
	for j := i; j >= 0 && toks[j].sent == s; j-- {
		if hasForm(toks[j].w, set) {
			return true
		}
	}
	for j := i + 1; j < len(toks) && toks[j].sent == s; j++ {
		if hasForm(toks[j].w, set) {
			return true
		}
	}
	return false
}

// findActors returns the actor ids the mentions name.
func (l *lexicon) findActors(toks []token, ms []mention) []string {
	set := map[string]bool{}
	for _, m := range ms {
		e := m.e
		if e.kind != kindActor || set[e.ids[0]] {
			continue
		}
		if e.weak {
			ctx := militaryWords
			if e.ids[0] == "civilians" {
				ctx = harmWords
			}
			if !sentenceHas(toks, m.start, ctx) {
				continue
			}
		}
		set[e.ids[0]] = true
	}
	return sortedSet(set)
}
