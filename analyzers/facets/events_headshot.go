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
	headShotHarm = union(shotDeath, woundWords, wordSet("تقتل يقتل قتلى القتلى قتيل قتيلين ضحايا تصيب يصيب جرحى مصاب مصابين اصابات شهداء شهيد مصرع مصرعه مصرعها مصرعهما مصرعهم"))
	// headShotCause before the harm or the bullet makes the shooting the
	// protest's cause.
	headShotCause = union(protestCause, wordSet("ذكرى بذكرى ضد غداة يتعلق بشأن"))
)

// headShotWords is how far apart a bullet and its harm may be: "قتل ستة
// فلسطينيين على الأقل في قطاع غزة برصاص جنود إسرائيليين".
const headShotWords = 8

// headShot returns the token of a bullet noun (bulletNouns: "برصاص"،
// "بنيران"، "رصاصات") in the title or the lead with a death or a wound
// within headShotWords of it in its sentence and no cause word before
// either, or -1. It reads the title and the lead only.
func headShot(toks []token, lead leadZone) int {
	for i := 0; i < len(toks) && lead.heads(toks, i); i++ {
		if !toks[i].has(bulletNouns) {
			continue
		}
		s := toks[i].sent
		for j := max(0, i-headShotWords); j <= i+headShotWords && j < len(toks); j++ {
			if j == i || toks[j].sent != s || !toks[j].has(headShotHarm) {
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
