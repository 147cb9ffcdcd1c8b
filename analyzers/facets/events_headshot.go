package facets

// A protest whose article opens on people shot: "مقتل فلسطيني برصاص
// إسرائيلي شرق غزة"، "الفلسطينيون يتدفقون على حدود غزة.. وضحايا برصاص
// إسرائيلي"، "لقي فلسطينيان مصرعهما برصاص الجيش الإسرائيلي شمال قطاع
// غزة الجمعة، خلال مشاركتهما في الاحتجاجات". Gaza's 2018 return marches
// are told so: the march in one sentence, the dead in the title or
// another lead sentence, so protestForce, which reads the protest's own
// sentence, typed the march a peaceful protest. The golds type it
// excessive force against protesters (FR-internationalNews-826,
// FR-internationalNews-1243, BB-middleEast-268): the fire the title or
// lead tells is the force the protest met. A round-38 blind audit found 18
// corpus articles so (all Gaza marches but one Houthi fire on a tribal
// sit-in). A shooting told as the protest's cause ("بعد مقتل رجل أعزل"،
// "غداة مقتل شخصين"، "فيما يتعلق بمقتل") is left out: the protest is
// about it, as in Sacramento's and Ferguson's.

var (
	// headShotHarm are a death or a wound beside a bullet.
	headShotHarm = union(shotDeath, woundWords, wordList("تقتل يقتل قتلى القتلى قتيل قتيلين ضحايا تصيب يصيب جرحى مصاب مصابين اصابات شهداء شهيد مصرع مصرعه مصرعها مصرعهما مصرعهم"))
	// headShotCause before the harm or the bullet makes the shooting the
	// protest's cause.
	headShotCause = union(protestCause, wordList("ذكرى بذكرى ضد غداة يتعلق بشأن"))
	// headClashNouns are the confrontations a protest's dead are told
	// in where no bullet is named: "مقتل 12 فلسطينيا وإصابة 1100 إثر
	// مواجهات مع القوات الإسرائيلية في غزة". Not اشتباكات, the word of an
	// armed fight, which a protest article's lead tells of gunmen too.
	headClashNouns = wordSet("مواجهات المواجهات")
)

// headShotWords is how far apart a bullet and its harm may be: "قتل ستة
// فلسطينيين على الأقل في قطاع غزة برصاص جنود إسرائيليين".
const headShotWords = 8

// headShot returns the token of a bullet noun (bulletNouns: "برصاص"،
// "بنيران"، "رصاصات") or of confrontations (headClashNouns: "إثر
// مواجهات") in the title or the lead with a death or a wound within
// headShotWords of it in its sentence (before confrontations, in a
// sentence counting no police or soldiers) and no cause word before
// either, or -1. With clashOnly it asks the confrontations alone: a violent protest's
// bullets are as often the rioters' or a gunman's own ("مواجهات وإطلاق
// نار بفيرغسون"، "رصاصة تقتل صحفيا على الهواء"), as a blind audit's
// golds coded. It reads the title and the lead only.
func headShot(toks []token, lead leadZone, clashOnly bool) int {
	for i := 0; i < len(toks) && lead.heads(toks, i); i++ {
		if !toks[i].has(headClashNouns) && (clashOnly || !toks[i].has(bulletNouns)) {
			continue
		}
		if toks[i].has(headClashNouns) && i > 0 && toks[i-1].has(pluralProtests) {
			// "مدينة البصرة التي تشهد احتجاجات ومواجهات أسفرت عن سقوط
			// تسعة قتلى": the wave's toll paired with its protests, told
			// as the city's state, not fire the day's protest met.
			continue
		}
		s := toks[i].sent
		for j := max(0, i-headShotWords); j <= i+headShotWords && j < len(toks); j++ {
			if j == i || toks[j].sent != s || !toks[j].has(headShotHarm) {
				continue
			}
			if toks[i].has(headClashNouns) && (j > i || sentenceHas(toks, i, slainSoldiers)) {
				// Confrontations tell no shooter: their harm counts told
				// before them ("مقتل 12 فلسطينيا ... إثر مواجهات"), not a
				// killing they mark the anniversary of ("مواجهات وإطلاق نار
				// بفيرغسون في الذكرى الأولى لمقتل مايكل براون"), and not
				// the police's own hurt ("وأصيب 3 شرطيين بجروح في
				// المواجهات").
				continue
			}
			if sentenceBefore(toks, min(i, j), headShotCause) {
				return -1
			}
			return i
		}
	}
	return -1
}
