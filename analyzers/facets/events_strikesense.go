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
