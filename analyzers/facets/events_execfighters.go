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

// executedFighterWords name the executed as armed men or captives. No set
// of the package holds them together: slainSoldiers (events_attacked.go)
// has the soldiers and policemen but no fighters or captives,
// fighterCountNouns (actors_statenationals.go) the fighters but no
// policemen or captives.
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
	return nearAfter(toks, i, executedFighterReach, executedFighterWords) && !sentenceHas(toks, i, civilWords)
}

// executedFighterReach is how far after the execution word its victim may
// stand: "إعدام عشرات من جنود"، "بإعدام 320 مسلحا".
const executedFighterReach = 4
