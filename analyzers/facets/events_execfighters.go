package facets

// An execution whose victims are soldiers, policemen, fighters or captives
// is no attack on civilians: "بث تنظيم داعش ... شريطاً مصوراً يظهر إعدام
// عشرات من جنود القوات السورية النظامية" (Palmyra's theatre)، "أمر زعيم
// تنظيم داعش ... بإعدام 320 مسلحا من أتباعه"، "إعدام عنصرين من الشرطة
// التركية"، "إعدام الكثير من أسرى المقاومة". Counted over the pool and
// blind gold articles, an execution word with such a victim within four
// words after it: pool 1 coded attack-on-civilians / 3 not, blind 0 / 5;
// the one coded names a civilian among the dead in the same sentence ("أعدم
// تنظيم داعش 23 شخصا– 22 جنديا ومدنيا واحدا"), which keeps it.

// executedFighterWords name the executed as armed men or captives.
var executedFighterWords = wordSet("جنود الجنود جندي جنديا جنديين عسكريين العسكريين عسكريا ضباط الضباط ضابطا " +
	"شرطيين شرطيا عنصرا عنصرين عناصر العناصر عناصره مسلحا مسلحين المسلحين مقاتلا مقاتلين المقاتلين " +
	"أسير أسيرا أسرى الأسرى أتباعه")

// executedFighters reports the execution word at i whose victim, within
// four words after it in its sentence, is a soldier, a fighter or a
// captive (executedFighterWords), in a sentence naming no civilian.
func executedFighters(toks []token, i int) bool {
	if !toks[i].has(executionTriggers) || !inArticle(toks, executedFighterWords) {
		return false
	}
	s := toks[i].sent
	found := false
	for j := i + 1; j < len(toks) && j <= i+4 && toks[j].sent == s; j++ {
		if toks[j].has(executedFighterWords) {
			found = true
			break
		}
	}
	return found && !sentenceHas(toks, i, civilWords)
}
