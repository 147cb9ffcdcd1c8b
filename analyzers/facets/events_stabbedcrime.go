package facets

// A victim told stabbed (تعرض للطعن) is as often a robbery's or a
// household's as an attack's: "نجا شاب سعودي من الموت ... إثر تعرضه إلى
// الطعن من مجهولين ... خلال محاولتهم سرقة موبايله"، "رجل أردى حبيبته
// السابقة ووالدتها ... جراء تعرضهما لطعنات متعددة"، "بعد تعرضهما للطعن
// ... لإجراء التحقيقات الجنائية". ACLED codes no ordinary crime, so an
// article that names one (ordinaryCrime or privateCrime) gets no attack on
// civilians from that phrase.

var (
	// stabbedVerbs open the phrases of a victim told stabbed.
	stabbedVerbs = wordSet("تعرض تعرضه تعرضت تعرضها تعرضوا تعرضهم تعرضهما يتعرض")
	// privateCrime names a thief, a partner or a criminal inquiry:
	// private crimes, not political violence.
	privateCrime = wordSet("السارق السارقين سارق لص اللص اللصوص لصوص حبيبته حبيبها طليقته طليقها عشيقته الجنائيه جنائيه")
)

// stabbedInCrime reports the attack-on-civilians trigger at [i, end) as a
// victim told stabbed (stabbedVerbs first) in an article naming an
// ordinary or private crime.
func stabbedInCrime(toks []token, i, end int) bool {
	if end-i != 2 || !toks[i].has(stabbedVerbs) {
		return false
	}
	return inArticleAny(toks, ordinaryCrime) || inArticleAny(toks, privateCrime)
}
