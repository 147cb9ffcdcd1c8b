package facets

// A bare ضربات is a strike only in war: followed by what it strikes with or
// for, it is a heatstroke ("ضربات الشمس" in a Hajj health campaign), a
// heartbeat ("ضربات القلب"), a tennis serve ("ضربات الإرسال") or a security
// campaign's pre-emptive arrests ("الضربات الأمنية الاستباقية التي تستهدف
// القيادات الوسطى للإخوان"، "ضربات استباقية للجيش المصري ضد الإرهاب" whose
// toll is of raids). Of the corpus articles whose shelling rested on bare
// ضربات alone, half were one of these; none of them is told with a weapon.

var (
	// bareStrikeNouns are the plural strike nouns of the evShelling
	// triggers (not قصف, which is always fire).
	bareStrikeNouns = wordSet("ضربات الضربات")
	// strikeSenses follow a bare ضربات that is no fire: the sun, the
	// heart, a serve, a security campaign, a pre-emption.
	strikeSenses = wordSet("الشمس شمس القلب قلب الارسال ارسال الامنيه امنيه الاستباقيه استباقيه")
)

// strikeSense reports a bare ضربات at i followed by a word of strikeSenses
// (see above).
func strikeSense(toks []token, i, end int) bool {
	return end == i+1 && toks[i].has(bareStrikeNouns) && end < len(toks) && toks[end].sent == toks[i].sent && toks[end].has(strikeSenses)
}

// A weapon's adjective names no attack after a word of medicine or of the
// mind: chemotherapy ("العلاج الكيميائي في آخر العمر لا يحمل أي منفعة"،
// "جلسات الكيماوي") and suicidal thoughts ("كان لديه ميولات انتحارية"،
// "عانت إليزابيث من أفكار انتحارية"). Health pages use them; war reports
// never put these words before a chemical or suicide attack.
var (
	chemoWords   = wordSet("العلاج علاج بالعلاج للعلاج جلسات جلسه جرعات جرعه")
	suicideMinds = wordSet("ميول ميولات ميولا افكار الافكار افكارا نزعه نزعات النزعه")
)

// weaponSense reports a chemical trigger after chemoWords or a suicide
// trigger after suicideMinds, in one sentence (see above).
func weaponSense(toks []token, i int, e *entry) bool {
	if i == 0 || toks[i-1].sent != toks[i].sent {
		return false
	}
	switch e.ids[0] {
	case "chemical-weapon":
		return toks[i-1].has(chemoWords)
	case "suicide-bomb":
		return toks[i-1].has(suicideMinds)
	}
	return false
}
