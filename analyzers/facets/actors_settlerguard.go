package facets

// Israel's forces named only as the settlers' guard. Statements on settler
// violence end with the formula "... ضد الشعب الفلسطيني وأرضه ومقدساته، تحت
// حماية قوات الاحتلال الإسرائيلي", and reports say "قوات الاحتلال توفر
// الحماية والتدريب والسلاح للمستوطنين": the army is named as the settlers'
// cover, rhetoric of the speaker, not a party to the arson or raid the
// article tells. The pool's golds leave israel out of these stories (the
// Duma arson's "حماية قوات الاحتلال is rhetoric (no israel)"); a mention of
// the army doing something of its own keeps it.

var (
	// guardWords name the protection: "تحت حماية"، "بحماية"، "توفر
	// الحماية".
	guardWords = wordSet("حمايه بحمايه وحمايه الحمايه")
	// settlerWords name the settlers or zealots the army guards
	// ("المستوطنين المتطرفين"، "يرتكبها المستعمرون").
	settlerWords = union(arsonAgentWords, wordList("المستعمرون المستعمرين مستعمرون مستعمرين المتطرفون"))
)

// settlerGuard reports a mention of Israel's forces right after a guard word
// ("تحت حماية قوات الاحتلال"، "بحماية من شرطة الاحتلال") or right before one
// ("قوات الاحتلال توفر الحماية"), in a sentence that names settlers or
// zealots.
func settlerGuard(toks []token, m mention) bool {
	if !sentenceHas(toks, m.start, settlerWords) {
		return false
	}
	return nearBefore(toks, m.start, 2, guardWords) || nearAfter(toks, m.end-1, 3, guardWords)
}
