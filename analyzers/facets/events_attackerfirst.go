package facets

// attackerFirst types an attack verb told subject first, as Arabic tells
// most, whose armed object stands past its subject: "عندما هاجم مقاتلو
// «داعش» نقطة التفتيش خارج مدينة أجدابيا"، "أن مقاتلين من تنظيم داعش
// هاجموا الأربعاء رتلا لقوات النظام"، "وكانت قوات تابعة للانقلابيين
// هاجمت أمس مواقع المقاومة". assaultType reads the object only right after
// the verb, where a one-word subject leaves it ("هاجم مسلحون قوات
// حكومية"); a subject of two words or more, or a day between, hid it. An
// armed group's attack on an armed target is the clash ACLED codes
// (holdout-24: armed men firing on troops and throwing explosives at
// barracks, though no return fire is told); the round-39 audit aud39s met
// it in "مقاتلي «جبهة النصرة» هاجموا مقرها، وقتلوا خمسة من أفراد «الفرقة
// 30»".
//
// Armed men told before the verb (SVO) count when its object, right after
// it, is a headquarters: "إن مقاتلي «جبهة النصرة» هاجموا مقرها".
//
// Otherwise only a verb (not مهاجمة, whose subject is a genitive), whose subject
// right after it is armed men (attackerHeads) or an armed group of the
// taxonomy that flies no aircraft of its own (a state's "attack" on
// positions is most often from the air: "هاجمت إسرائيل مواقع للجيش
// السوري"); the target stands within attackerReach words of the verb with
// no preposition, relative pronoun or word of the air or of remote violence
// before it, and no remote weapon follows it ("هاجم المسلحون نقطة تفتيش
// بسيارة مليئة بالمتفجرات" is the car bomb).
func attackerFirst(l *lexicon, toks []token, actorAt []string, i, end int) string {
	if !toks[i].has(attackVerbs) || end >= len(toks) {
		return ""
	}
	s := toks[i].sent
	if toks[end].sent == s && toks[end].has(headquarters) && armedBefore(toks, i) {
		// "إن مقاتلي «جبهة النصرة» هاجموا مقرها"، "عناصر من داعش هاجموا
		// مقر الفوج الثالث": armed men told before the verb attacked a
		// headquarters.
		return "armed-clash"
	}
	if toks[end].sent != s || !armedAttacker(l, toks, actorAt, end) {
		return ""
	}
	for k := end + 1; k < len(toks) && k <= end+attackerReach && toks[k].sent == s; k++ {
		if toks[k].has(attackerStops) || toks[k].has(airWords) || toks[k].has(remoteAttack) || toks[k].has(attackPrepositions) {
			return ""
		}
		if actorAt[k] == "" && toks[k].has(armedTargets) {
			for j := k + 1; j < len(toks) && j <= k+remoteAfterTarget && toks[j].sent == s; j++ {
				if toks[j].has(remoteAttack) || toks[j].has(airWords) {
					return ""
				}
			}
			return "armed-clash"
		}
	}
	return ""
}

// armedAttacker reports the word at k, right after an attack verb, as
// armed men or a non-state armed group of the taxonomy.
func armedAttacker(l *lexicon, toks []token, actorAt []string, k int) bool {
	if toks[k].has(attackerHeads) {
		return true
	}
	a := l.actors[actorAt[k]]
	return a != nil && (a.kind == "rebel" || a.kind == "militia")
}

// attackerTold reports the attack verb at i told with its armed subject,
// before it (armedBefore) or right after it (armedAttacker).
func attackerTold(l *lexicon, toks []token, actorAt []string, i, end int) bool {
	if !toks[i].has(attackVerbs) {
		return false
	}
	return armedBefore(toks, i) || end < len(toks) && toks[end].sent == toks[i].sent && armedAttacker(l, toks, actorAt, end)
}

// armedBefore reports armed men (attackerHeads) named within
// attackerBefore words before the verb at i, in its sentence, with no
// relative pronoun or word of the air between: they are its subject.
func armedBefore(toks []token, i int) bool {
	s := toks[i].sent
	for k := i - 1; k >= 0 && k >= i-attackerBefore && toks[k].sent == s; k-- {
		if toks[k].has(relativeWords) || toks[k].has(airWords) {
			return false
		}
		if toks[k].has(attackerHeads) {
			return true
		}
	}
	return false
}

const (
	// attackerBefore is how far before the verb its armed subject may
	// stand: "مقاتلين من عناصرها هاجموا"، "مسلحين ملثمين هاجموا".
	attackerBefore = 4
	// attackerReach is how far past the verb the target may stand: a
	// subject of three words and a day ("هاجم مقاتلو الدولة الإسلامية
	// نقطة"، "هاجموا الأربعاء رتلا").
	attackerReach = 5
	// remoteAfterTarget is how far past the target a remote weapon tells
	// how it was attacked.
	remoteAfterTarget = 4
)

var (
	// attackVerbs are the past forms of هاجم: not its masdar مهاجمة, and
	// not the present, which past the title tells what a side is wont to
	// do ("بينما يهاجم المسلحون الأكراد الشرطة والجيش داخل تركيا", a
	// background line a round-37/38 blind coder left untyped).
	attackVerbs = wordSet("هاجم هاجموا هاجمت هاجما هاجمتا")
	// attackerHeads open an armed subject: fighters, gunmen, militants,
	// a movement or an organisation.
	attackerHeads = wordSet("مقاتلو مقاتلي مقاتلون مقاتلين المقاتلون المقاتلين مسلحو مسلحي مسلحون مسلحين المسلحون المسلحين " +
		"متمردون المتمردون متمردين المتمردين متشددون المتشددون متشددين المتشددين ارهابيون الارهابيون ارهابيين الارهابيين " +
		"عناصر حركه جماعه تنظيم ميليشيا ميليشيات مليشيا مليشيات")
	// headquarters are what armed men attack when they attack an
	// organisation's seat: "هاجموا مقرها"، "هاجموا مقرات حكومية".
	headquarters = wordSet("مقر مقرا مقره مقرها مقرهم مقرات مقار")
	// attackerStops end the subject before any target: a relative
	// pronoun, a preposition that opens another phrase, a conjunction of
	// purpose.
	attackerStops = wordSet("الذي التي الذين اللذين اللتين في من الي عن مع بعد قبل عند حيث لكي كي")
)
