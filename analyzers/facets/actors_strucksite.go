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
	baseStrikeWords = union(attackWords, wordList("هجوم هجوما الهجوم ضربة الضربة ضربات الضربات صواريخ ضرب ضربت قصفت قصفتا انفجارات تهز"))
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
	for _, i := range setTokens(toks, regimeBaseNouns) {
		if i+1 >= len(toks) || toks[i+1].gap || toks[i+1].sent != toks[i].sent || !toks[i+1].has(regimeBaseNames) {
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

// The regime as the target of a strike on Syria itself: "الضربات الجوية
// التي قادتها الولايات المتحدة على سوريا"، "الأسلحة المستخدمة بضربة
// سوريا"، "الضربات الغربية على سوريا". The April 2018 strikes of the US,
// Britain and France hit the regime's chemical sites and bases, and the
// golds code the regime as their target (CN-middleEast-613: "targets =
// government, per adjudicated practice"; SK-economy-361: "usa +
// syrian-government as target"), but Syria is no force's name, so rasid
// told only the attackers (round 45, m45act). Only a strike noun with
// Syria as its object: right after it ("ضربة سوريا") or after على or ضد
// with up to two adjectives between. Not "في سوريا" or "بسوريا", where
// Israel's or the coalition's strikes hit Iranians or ISIS in Syria; not a
// strike still weighed ("ضربة محتملة على سوريا"، "أي ضربة") or planned,
// threatened or feared in the days before it fell ("لدراسة شن ضربة عسكرية
// على سوريا"، "قررت شن ضربة على سوريا"، "بسبب تحذيرات من ضربات جوية ضد
// سوريا"، "بريطانيا تلمح لمشاركة في ضربة ضد سوريا": the corpus moves of
// the first rule read those as the regime struck).

var (
	// stateStrikeNouns name a strike or strikes.
	stateStrikeNouns = wordSet("ضربة الضربة بضربة للضربة والضربة ضربات الضربات بضربات للضربات والضربات")
	// syriaStateWords name Syria, the state a strike hit.
	// The same words as syriaWords (actors_match.go): the set is shared
	// (a set bit spared, see maxWordSets).
	syriaStateWords = syriaWords
	// onStateWords put the struck state after a strike: "على سوريا"، "ضد سوريا".
	// The same words as againstWords (actors_match.go): the set is shared
	// (a set bit spared, see maxWordSets).
	onStateWords = againstWords
	// strikeWeighedWords tell a strike still to come: "ضربة محتملة"،
	// "الضربة المرتقبة"، "أي ضربة".
	strikeWeighedWords = wordSet("محتملة المحتملة مرتقبة المرتقبة وشيكة الوشيكة أي محتمله المحتمله مرتقبه المرتقبه وشيكه الوشيكه")
	// strikePlanWords up to five words before the strike noun tell it
	// foreseen, studied, decided, threatened or warned of ("من المرجح أن
	// تكون الضربة ضد سوريا صاروخية").
	strikePlanWords = wordSet("المرجح مرجح يرجح دراسة لدراسة تدرس يدرس حال حالة قررت قرر تقرر يقرر تحذيرات تحذير تلمح يلمح تهدد يهدد تهديد التهديد تتوعد يتوعد")
	// struckStateEntry is the regime a strike on Syria stands for.
	struckStateEntry = &entry{words: []string{"struck state"}, kind: kindActor, ids: []string{"syrian-government"}}
)

// struckStateMentions returns a regime mention for each "Syria" that a
// strike noun takes as its object in the same sentence: right after the
// noun, or after على or ضد with at most two words between them, and no
// word of strikeWeighedWords from the word before the noun to Syria nor
// of strikePlanWords up to five words before the noun.
func struckStateMentions(toks []token) []mention {
	if !inArticle(toks, syriaStateWords) || !inArticle(toks, stateStrikeNouns) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, stateStrikeNouns) {
		s := toks[i].sent
		for j := i + 1; j < len(toks) && j <= i+4 && toks[j].sent == s && !toks[j].gap; j++ {
			if !toks[j].has(syriaStateWords) {
				continue
			}
			if j > i+1 && !toks[j-1].has(onStateWords) {
				break
			}
			weighed := false
			for k := max(i-1, 0); k < j; k++ {
				if toks[k].sent == s && toks[k].has(strikeWeighedWords) {
					weighed = true
				}
			}
			if !weighed && !nearBefore(toks, i, 5, strikePlanWords) {
				out = append(out, mention{e: struckStateEntry, start: j, end: j + 1})
			}
			break
		}
	}
	return out
}
