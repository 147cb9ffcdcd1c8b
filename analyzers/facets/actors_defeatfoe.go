package facets

// defeatVerbs are the verb and verbal-noun forms of defeating a group that
// defeatNouns (هزيمة، دحر) leave out: "أهمية هزم تنظيم داعش في سوريا".
var defeatVerbs = wordSet("هزم هزموا هزمت يهزم تهزم سحق")

var (
	// winWords name a win, the noun of any number: with "على"/"ضد" a few
	// words after them ("الانتصار الذي تحقق على عصابات داعش"، "يحقق الحشد
	// الشعبي والقوات الأمنية انتصارات كبيرة ضد داعش") they name the
	// defeated group as victoryNouns do right before "على". "القضاء" is
	// left out: with words between it is the judiciary ("القضاء العراقي
	// حكم على").
	winWords = wordSet("النصر الانتصار انتصار انتصارات الانتصارات")
	// gangNouns stand between "على" and the group's name: "على عصابات داعش".
	gangNouns = wordSet("عصابات العصابات")
)

// winReach is how many words may stand between a win noun and "على"/"ضد".
const winReach = 4

// defeatFoe reports a mention that names the group whose defeat or end a
// speaker hails or asks for, right after a defeat noun or verb ("جهود دحر
// داعش والنصرة"، "أهمية هزم تنظيم داعش") or a victory noun with "على"
// ("الفخر بالنصر على داعش"، "مع انتهاء الحرب والقضاء على داعش") or a win
// noun a few words before "على"/"ضد" (winBefore: "الانتصار الذي تحقق على
// عصابات داعش"), or joined by و to such a mention. Unlike defeatEra it needs no dating word. Its
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
		if toks[j].has(gangNouns) && at(j-1) {
			j--
		}
		if toks[j].has(againstWords) {
			return at(j-1) && toks[j-1].has(victoryNouns) || winBefore(toks, j)
		}
		return toks[j].has(defeatNouns) || toks[j].has(defeatVerbs)
	})
}

// winBefore reports a win noun within winReach words before "على"/"ضد" at
// j, in its sentence with no punctuation between, and no word of war or
// fighting between: "انتصارات في معاركها ضد داعش" tells the fighting, and
// "الانتصار في الحرب على" names a campaign's foe, read elsewhere.
func winBefore(toks []token, j int) bool {
	s := toks[j].sent
	for k := j - 1; k >= 0 && k >= j-1-winReach && toks[k].sent == s && !toks[k+1].gap; k-- {
		if toks[k].has(warNouns) || toks[k].has(fightNouns) || toks[k].has(fightWords) || toks[k].has(clashNouns) || toks[k].has(warFightWords) {
			return false
		}
		if toks[k].has(winWords) {
			return true
		}
	}
	return false
}
