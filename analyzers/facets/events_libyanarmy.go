package facets

// libyanArmyStory reports an article that names Libya's national army in
// full ("الجيش الوطني الليبي"). In such a story the bare "الجيش الوطني"
// told later is that army, not Syria's Turkish-backed one the actors'
// lexicon reads it as: "لكنها لم تفلح في عرقلة تقدم الجيش الوطني باتجاه
// السيطرة الكاملة على المدينة" (pool SK-middleEast-2563, Derna). The
// coders type the LNA's captures as a government's regain (the dev
// precedent BB-middleEast-678) and code no sna in any of the 39 pool and
// blind gold articles that name "الجيش الوطني" beside Libya. Asked only
// where a capture's taker reads as sna.
func libyanArmyStory(toks []token) bool {
	if !inArticle(toks, proGovQualifiers) {
		return false
	}
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].w == "الوطني" && toks[k+1].w == "الليبي" && !toks[k+1].gap {
			return true
		}
	}
	return false
}
