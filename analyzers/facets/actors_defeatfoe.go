package facets

// defeatVerbs are the verb and verbal-noun forms of defeating a group that
// defeatNouns (هزيمة، دحر) leave out: "أهمية هزم تنظيم داعش في سوريا".
var defeatVerbs = wordSet("هزم هزموا هزمت يهزم تهزم سحق")

// defeatFoe reports a mention that names the group whose defeat or end a
// speaker hails or asks for, right after a defeat noun or verb ("جهود دحر
// داعش والنصرة"، "أهمية هزم تنظيم داعش") or a victory noun with "على"
// ("الفخر بالنصر على داعش"، "مع انتهاء الحرب والقضاء على داعش"), or joined
// by و to such a mention. Unlike defeatEra it needs no dating word. Its
// caller asks the sentence for nobody hit: in a speech, an economy story or a
// summit's statement the defeated group is rhetoric, not a party to what
// the article tells; the blind samples' coders left it out.
func defeatFoe(toks []token, ms []mention, m mention) bool {
	return foeMention(toks, ms, m, func(i, s int) bool {
		at := func(j int) bool { return j >= 0 && toks[j].sent == s && !toks[j+1].gap }
		if !at(i - 1) {
			return false
		}
		j := i - 1
		if toks[j].has(againstWords) {
			return at(j-1) && toks[j-1].has(victoryNouns)
		}
		return toks[j].has(defeatNouns) || toks[j].has(defeatVerbs)
	})
}
