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
