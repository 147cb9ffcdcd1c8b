package facets

// bombingMassacre reports a suicide bombing or a remote blast the article
// tells as firmly as a phrase does (score 2 or more): "داعش يتبنى «مجزرة
// كابل»" over "التفجير الانتحاري الدامي الذي راح ضحيته عشرات القتلى". A
// massacre word with no direct violence of its own (إعدام، ذبح) then names
// what the bombing did, as it does a bombardment's: ACLED codes a bombing
// of civilians by its weapon alone.
func bombingMassacre(hits map[string]ruleHits) bool {
	return hits["suicide-bomb"].score >= 2 || hits["remote-explosive-landmine-ied"].score >= 2
}
