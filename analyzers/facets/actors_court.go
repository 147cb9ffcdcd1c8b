package facets

// People before a court. "قضت محكمة عراقية الأحد بإعدام 16 امرأة تركية
// شنقا بعد إدانتهن بتهمة الانتماء"، "وأوضح القاضي أن إحدى المتهمات ...
// وكانت تحمل طفلا صغيرا"، "هيئة المحكمة التي مثلت الفتاة أمامها": the
// women a court sentences, a defendant's child, a girl on trial are no
// victims of the war, whatever penalty the sentence names (the golds of
// holdouts 13, 14 and 21 code none). The victims of the crime tried keep
// a harm word before them ("بتهمة قتل امرأتين").

var (
	// judgeWords name a court or a judge acting. Not "محاكمة" or
	// "القضاء": a trial demanded or denied ("دون محاكمة"، "القضاء على
	// الإرهاب") tries nobody in the sentence.
	judgeWords = wordSet("محكمة المحكمة محاكم قاض قاضي القاضي القاضية المحلفين")
	// courtPlaceWords before a court word make it an address or a place
	// name: "بميدان المحكمة"، "أمام مبنى المحكمة"، "وادي القاضي".
	courtPlaceWords = wordSet("ميدان شارع مبنى مجمع قصر وادي")
	// penaltyWords are what a court sentences to, harm words that name
	// no victim of the crime.
	penaltyWords = wordSet("إعدام بإعدام الإعدام بالإعدام سجن بسجن السجن بالسجن المؤبد بالمؤبد")
)

// beforeCourt reports that the civilians mention m stands in a sentence
// where a court or judge acts (not a court's building or square named as
// an address), with no harm word other than a penalty before it in the
// sentence ("بارتكاب جرائم قتل ضابط ... وأحد المواطنين"، "أعدمت ...
// رجلا أدين بإطلاق النار ... مما أسفر عن مقتل امرأة": the crime's
// victims) and no blast ("انفجار وقع اليوم الاثنين أمام محكمة").
func beforeCourt(toks []token, m mention) bool {
	s := toks[m.start].sent
	court := false
	for j := sentStart(toks, m.start); j < len(toks) && toks[j].sent == s && !court; j++ {
		court = toks[j].has(judgeWords) && (j == 0 || !toks[j-1].has(courtPlaceWords))
	}
	if !court || sentenceHas(toks, m.start, blastVerbWords) {
		return false
	}
	for j := sentStart(toks, m.start); j < m.start; j++ {
		if (toks[j].has(harmWords) || toks[j].has(victimHarmWords)) && !toks[j].has(penaltyWords) {
			return false
		}
	}
	return true
}

// People sentenced to death with no court named in their sentence. "صدور
// أحكام بإعدام 17 شخصا في مصر"، "ليبيا: حكم بإعدام 45 شخصا لإدانتهم بقتل
// متظاهرين"، "وإصدار عشرات الأحكام بإعدام ناشطين وصحافيين ومواطنين"،
// "وحكم القضاء العراقي في شباط/فبراير بإعدام 15 امرأة تركية": the verdict
// names the convicts, whom beforeCourt misses when no court or judge word
// stands in the sentence. They are no victims of the war (the pool and
// blind golds code none for them), as the defendants of a named court are
// not. An armed group named before the penalty passes it ("نفذ تنظيم داعش
// حكم الإعدام بحق 5 شبان": an attack on civilians) and keeps them.

const (
	// sentencedReach is how many words after the death penalty its
	// convicts may stand: "بالإعدام على خمسة أشخاص"، "بإعدام ناشطين
	// وصحافيين ومواطنين".
	sentencedReach = 3
	// verdictReach is how many words before the penalty the verdict may
	// stand: "وحكم القضاء العراقي في شباط/فبراير بإعدام".
	verdictReach = 6
)

// sentencedToDeath reports that the civilians mention m stands within
// sentencedReach words after a death penalty (executionWords) that a
// verdict word (sentenceWords) precedes within verdictReach words, with no
// harm word between the penalty and m (the crime's victims: "حكم بإعدام
// شاب ذبح مسيحيا") and no armed group of the taxonomy before the penalty
// in the sentence (one named after it is the charge: "بتهمة الانتماء إلى
// تنظيم الدولة الإسلامية").
func (l *lexicon) sentencedToDeath(toks []token, ms []mention, m mention) bool {
	if !inArticle(toks, executionWords) {
		return false // most articles name no death penalty
	}
	s := toks[m.start].sent
	p := -1
	for j := m.start - 1; j >= 0 && j >= m.start-sentencedReach && toks[j].sent == s; j-- {
		if toks[j].has(executionWords) {
			p = j
			break
		}
		if toks[j].has(harmWords) || toks[j].has(victimHarmWords) {
			return false
		}
	}
	if p < 0 || !nearBefore(toks, p, verdictReach, sentenceWords) {
		return false
	}
	for _, o := range ms {
		if o.e.kind == kindActor && toks[o.start].sent == s && o.start <= p && l.groundActor(o.e.ids[0]) {
			return false
		}
	}
	return true
}
