package facets

// A crowd that beats, stones or kills someone is mob violence (ACLED's
// violence by an unorganised group), told by a deed mobType's attacking
// verbs (هاجم، اعتدى، اقتحم) do not cover: "قتل 11 مسلما ... بيد حشد غاضب
// في ماكوردي"، "أهالي قرية كانجيا يضربون 5 ساحرات حتى الموت"، "اعتقلت 25
// شخصا شاركوا في حشد نفذ حكم إعدام خارج إطار القانون في رجل". The blind
// codings of rounds 37–40 typed all three mob violence, which rasid missed
// (it read an attack on civilians or nothing). The crowd is the doer either
// way the sentence puts it: named after the victim by an agent word ("بيد
// حشد"، "على أيدي حشد"، "من قبل حشد") with a harm word before it, or as a
// subject right before its harm verb ("حشد غاضب ... ضرب رجلين ورجمهما").

var (
	// lynchCrowds are a crowd; lynchVillagers villagers or residents, who
	// count only as the subject of a harm verb of the present or of the
	// ب of a deed done ("قام عدد من الأهالي الغاضبين بقتل خمس نساء"),
	// not of a bare past, which as often tells them killed ("أهالي
	// القرية قتلوا في القصف").
	lynchCrowds    = wordSet("حشد حشود الحشود حشدا")
	lynchVillagers = wordSet("اهالي الاهالي قرويون القرويون قرويين القرويين")
	// crowdAgentWords right before a crowd make it the doer of the harm
	// told before: "بيد حشد غاضب"، "بأيدي حشد"، "على أيدي حشد"، "من قبل
	// حشد غاضب".
	crowdAgentWords = wordSet("بيد بايدي ايدي يد قبل")
	// crowdHarmBefore are the harm told before the agent word: killing,
	// beating, stoning, a lynching's execution, an attack.
	crowdHarmBefore = wordSet("قتل قتلت مقتل ضرب للضرب الضرب ضربه ضربا رجم اعدام لهجوم الاعتداء")
	// crowdHarmVerbs are a crowd's harm told after it, as a verb of any
	// tense; villagerHarmVerbs those a village's people may do.
	crowdHarmVerbs    = wordSet("ضرب ضربوا يضربون بضرب قتلوا يقتلون بقتل رجموا يرجمون برجم سحلوا يسحلون بسحل اعدموا")
	villagerHarmVerbs = wordSet("يضربون بضرب يقتلون بقتل يرجمون برجم يسحلون بسحل")
	// lynchExecution after a crowd is its lynching: "حشد نفذ حكم إعدام".
	lynchExecution = wordSet("اعدام الاعدام")
)

// crowdHarmBeforeWords is how far before the agent word the harm may
// stand ("قتل 11 مسلما ينتمون الى قبيلة هاوسا، بيد حشد"); crowdVerbWords
// how far after a crowd its harm verb ("حشد غاضب يتألف من تجار ومتسوقين
// ضرب رجلين"), villagerVerbWords after villagers ("أهالي قرية كانجيا
// يضربون").
const (
	crowdHarmBeforeWords = 10
	crowdVerbWords       = 6
	villagerVerbWords    = 3
)

// crowdLynched returns the crowd words of the title and lead that a
// sentence tells beating, stoning or killing someone, in a sentence that
// names no armed actor (a soldier's or a militia's killing is theirs):
// mob violence.
func crowdLynched(toks []token, actorAt []string, z leadZone) []int {
	if !inArticle(toks, lynchCrowds) && !inArticle(toks, lynchVillagers) {
		return nil // most articles name no crowd: skip the lead's scan
	}
	var at []int
	for k := 0; k < len(toks) && (toks[k].title || k < z.end); k++ {
		if !z.heads(toks, k) || !toks[k].has(lynchCrowds) && !toks[k].has(lynchVillagers) {
			continue
		}
		if crowdDidHarm(toks, k) && !actorInSentence(toks, actorAt, k) {
			at = append(at, k)
		}
	}
	return at
}

// crowdDidHarm reports the crowd or villagers at k told as the doers of
// a harm: after an agent word with the harm before it, or before their
// harm verb.
func crowdDidHarm(toks []token, k int) bool {
	s := toks[k].sent
	crowd := toks[k].has(lynchCrowds)
	if k > 0 && toks[k-1].sent == s && toks[k-1].has(crowdAgentWords) {
		for j := k - 2; j >= 0 && j >= k-crowdHarmBeforeWords && toks[j].sent == s; j-- {
			if toks[j].has(crowdHarmBefore) {
				return true
			}
		}
	}
	verbs, reach := villagerHarmVerbs, villagerVerbWords
	if crowd {
		verbs, reach = crowdHarmVerbs, crowdVerbWords
	}
	for j := k + 1; j < len(toks) && j <= k+reach && toks[j].sent == s; j++ {
		if toks[j].has(verbs) || crowd && j <= k+3 && toks[j].has(lynchExecution) {
			return true
		}
	}
	return false
}
