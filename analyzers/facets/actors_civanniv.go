package facets

// Victims counted in the clause of an attack whose anniversary the sentence
// marks: "في الذكرى السنوية الأولى لهجوم أسفر عن مقتل ثمانية أشخاص في وسط
// لندن"، "في الذكرى الأولى لأحداث شارلوتسفيل التي أسفرت عن مقتل امرأة"،
// "لإحياء الذكرى العاشرة للهجمات الإرهابية التي وقعت في وسط لندن وأسفرت
// عن مقتل 52 شخصا"، "أحيت ناغازاكي أمس ذكرى الهجوم النووي الذي دمر هذه
// المدينة ... وأودى بحياة حوالى 74 ألف شخص". The dead belong to the
// commemorated attack, a year old or more; the news is the commemoration,
// the warning or the march beside it. Over the pool and blind gold
// articles (round 61, m61civ) civilians read only from such a clause are
// coded in none of four. Only where a result verb stands between the
// anniversary word and the victims: "ذكرى اختطاف تلميذات تشيبوك" beside a
// new abduction (blind BB-internationalNews-65) is coded. The verbs are
// recalledTollVerbs (actors_background.go), the toll verbs of an earlier
// attack's clause that recalledAttackToll reads (أسفر، أودى، خلف، تسبب،
// راح); m61civ counted أسفر and أودى, and the others moved no pool, blind
// or corpus article when rev61 joined the two lists.

// anniversaryVerbReach is how many words before the victims the result
// verb may stand ("أسفر عن مقتل نحو 40 شخصا"), and anniversaryWordReach
// how many before the verb the anniversary word ("الذكرى العاشرة للهجمات
// الإرهابية التي وقعت في وسط لندن").
const (
	anniversaryVerbReach = 8
	anniversaryWordReach = 16
)

// anniversaryVictims reports a civilians mention whose sentence marks an
// anniversary (anniversaryWords) before a result verb (recalledTollVerbs)
// that governs it.
func anniversaryVictims(toks []token, m mention) bool {
	if !inArticle(toks, anniversaryWords) {
		return false
	}
	s := toks[m.start].sent
	for j := m.start - 1; j >= 0 && j >= m.start-anniversaryVerbReach && toks[j].sent == s; j-- {
		if toks[j].has(recalledTollVerbs) {
			return nearBefore(toks, j, anniversaryWordReach, anniversaryWords)
		}
	}
	return false
}
