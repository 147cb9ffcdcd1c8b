package facets

// The regime as the target of a strike on one of its airbases named by its
// place: "مقتل 9 إيرانيين في القصف الإسرائيلي لمطار الضبعة"، "مصادر
// أميركية: إسرائيل قصفت قاعدة التيفور السورية"، "انفجارات مجهولة تهز
// مطار حماة العسكري". The pool golds code the regime for a struck airbase
// (SK-middleEast-893: "Syrian airbase target → syrian-government"; T4 in
// FR-internationalNews-2204, BB-middleEast-344), but the base's name is no
// force, so a story that told only the attacker and the Iranians killed
// there kept no regime (audrecallactc36, after audrecallactb36's Shayrat
// miss). Read in the title and the lead only: further down, and after
// "بعد" or "الرد على", the strike is the cause of a reaction story ("بعد
// أسبوع على قصف مطار التيفور"، "توعد بالرد على القصف الإسرائيلي على مطار
// التيفور", both coded without the regime by the pool golds) or the 2017
// Shayrat strike told as history.

var (
	// regimeBaseNouns open an airbase's name: "مطار التيفور"، "قاعدة
	// الشعيرات" (لمطار، بقاعدة by their forms).
	regimeBaseNouns = wordSet("مطار قاعدة")
	// regimeBaseNames are the regime's airbases named by their place.
	// Hmeimim is Russia's (its own alias), and Tabqa, Abu al-Duhur and
	// Kuweires changed hands.
	regimeBaseNames = wordSet("التيفور تيفور الشعيرات الضبعة الضمير المزة حماة النيرب السين خلخلة الثعلة بلي")
	// baseStrikeWords before the base tell it struck: the attack nouns and
	// verbs (attackWords) and those of a missile strike.
	baseStrikeWords = union(attackWords, wordSet("هجوم هجوما الهجوم ضربة الضربة ضربات الضربات صواريخ ضرب ضربت قصفت قصفتا انفجارات تهز"))
	// baseRecallWords before the strike tell it a cause or history: "بعد
	// أسبوع على قصف"، "الرد على القصف"، "منذ"، "العام الماضي".
	baseRecallWords = wordSet("بعد منذ الرد بالرد عام العام")
	// struckBaseEntry is the regime a struck base stands for.
	struckBaseEntry = &entry{words: []string{"struck base"}, kind: kindActor, ids: []string{"syrian-government"}}
)

// struckBaseMentions returns a regime mention for each of its airbases
// named in the title or the lead with a strike word up to five words
// before, and no word of baseRecallWords up to ten before the base.
func struckBaseMentions(toks []token) []mention {
	if !inArticle(toks, regimeBaseNames) {
		return nil
	}
	lead := leadSentences(toks)
	var out []mention
	for i := range toks {
		if !toks[i].has(regimeBaseNouns) || i+1 >= len(toks) || toks[i+1].gap || toks[i+1].sent != toks[i].sent || !toks[i+1].has(regimeBaseNames) {
			continue
		}
		if !toks[i].title && !lead[toks[i].sent] {
			continue
		}
		if nearBefore(toks, i, 5, baseStrikeWords) && !nearBefore(toks, i, 10, baseRecallWords) {
			out = append(out, mention{e: struckBaseEntry, start: i, end: i + 2})
		}
	}
	return out
}
