package facets

// Syria's government as the jailer: a past arrest or detention verb whose
// subject, right after it, is Syria's government or one of its security
// organs named by the adjective: "اعتقلته الحكومة السورية في كوباني وبقي
// في السجن لمدة عام كامل" (blind BB-middleEast-96, Salih Muslim's
// biography), "واعتقلت السلطات السورية مي في عام 2011 مع عدد من الممثلين
// والفنانين" (blind BB-middleEast-836, May Skaf's funeral). The golds code
// the arresting force of an older arrest as a party (the R18 convention)
// and the regime's detentions as the war's repression, not law enforcement
// (actors_detained.go reads the detained the same way). The lexicon's
// "الحكومة السورية" and "السلطات السورية" are weighed there as a state
// named in a story with no fighting word and set aside; stateArrestMentions
// reads only foreign organs, and only as the arresters of the war's
// fighters, since a foreign state's police jailing its own people is no
// party to the war.
//
// Only the verb before its subject, with or without its object pronoun
// ("اعتقلته"، "اعتقلتها"): the nominal "اعتقال" is as often a charge or a
// demand ("طالبت بالإفراج عن المعتقلين"). Only the Syrian adjective: the
// bare "النظام" after the verb is as often Iran's ("المحتجين الذين اعتقلهم
// النظام", SK-middleEast-626). Over the 6,397 pool and blind articles the
// phrase stands in the two above, both coded syrian-government, and in none
// that is not; over the whole corpus in those two alone.
var (
	// syriaJailerEntry is the regime its arresting organ stands for.
	syriaJailerEntry = &entry{words: []string{"jailer"}, kind: kindActor, ids: []string{"syrian-government"}}
	// pastJailVerbs are a past arrest, detention or jailing, with their
	// object pronouns, whose subject follows them.
	pastJailVerbs = wordSet("اعتقل اعتقلت اعتقلته اعتقلتها اعتقلتهم اعتقلتهما اعتقله اعتقلها اعتقلهم " +
		"احتجز احتجزت احتجزته احتجزتها احتجزتهم احتجزه احتجزها احتجزهم " +
		"سجنت سجنته سجنتها سجنتهم عذبت عذبته عذبتها عذبتهم")
	// jailerOrgans name a state's government or security organ before its
	// adjective: "الحكومة"، "السلطات"، "المخابرات"، "النظام", or a tail of
	// organTails after a head ("قوات الأمن"، "الأجهزة الأمنية").
	jailerOrgans = wordSet("الحكومة السلطات المخابرات الاستخبارات النظام")
)

// syriaJailerMentions returns a Syrian government mention for each organ of
// Syria's (jailerOrgans, or organHeads and organTails, then the Syrian
// adjective) that stands right after a past arrest verb (pastJailVerbs) in
// its sentence: the regime as the jailer (see above).
func (l *lexicon) syriaJailerMentions(toks []token) []mention {
	if !inArticle(toks, pastJailVerbs) {
		return nil // most articles have none: skip the walk
	}
	var out []mention
	for _, i := range setTokens(toks, pastJailVerbs) {
		s := toks[i].sent
		in := func(j int) bool { return j < len(toks) && toks[j].sent == s && !toks[j].gap }
		j := i + 1
		if in(j) && toks[j].has(organHeads) && in(j+1) && toks[j+1].has(organTails) {
			j++
		} else if !in(j) || !toks[j].has(jailerOrgans) {
			continue
		}
		if !in(j+1) || l.nationalityOf(&toks[j+1]) != "syrian-government" {
			continue
		}
		out = append(out, mention{e: syriaJailerEntry, start: i + 1, end: j + 2})
	}
	return out
}
