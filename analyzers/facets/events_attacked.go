package facets

// soldiersAttacked returns the killing words of the title and lead that
// tell soldiers killed by an attack, with no word of the fight: "مقتل 3
// جنود أتراك بهجوم لحزب العمال" (its lead: "فتح عناصر من حزب العمال
// الكردستاني النار على قافلة عسكرية")، "مقتل جندي تركي بـ«هجوم مسلح»
// شمالي العراق". It is killedFighters seen from the other side: an armed
// group's attack (assaultNouns) on a state's force, which the coders type
// as the clash it was, a bomb that opened it included ("فجروا عبوة عن
// بعد، أثناء مرور قافلة عسكرية ... الانفجار أعقبته اشتباكات"). None when
// the title names a bomb or a bomber (killedHow: "انتحاري يقتل 4 عسكريين"
// is the bombing), or the title or lead names a bomber, aircraft or
// shells (remoteKilling: "قتل 20 طالبا عسكريا على الأقل في هجوم انتحاري"),
// nor for a killer's description ("الشاب الذي قتل خمسة جنود في هجوم
// مسلح": the attack is the background of his story).
//
// The lead may tell the dead by their fate ("لقي عشرات الجنود مصرعهم ...
// في هجوم شنته جماعة بوكو حرام على قاعدة عسكرية": fateVerbs), or as
// members of the force (forceMenOf).
func soldiersAttacked(toks []token, z leadZone) []int {
	var at []int
	for k := 0; k < len(toks) && (toks[k].title || k < z.end); k++ {
		if !toks[k].has(killWords) && !toks[k].has(slainNouns) && !toks[k].has(fateVerbs) && !toks[k].has(diedVerbs) || !z.heads(toks, k) || k > 0 && toks[k-1].has(relativeWords) {
			continue
		}
		s := toks[k].sent
		slain := -1
		reach := k + 3
		for j := k + 1; j < len(toks) && j <= reach && toks[j].sent == s && slain < 0; j++ {
			if toks[j].has(slainSoldiers) || toks[j].has(slainPoliceman) || toks[j].w == "من" && j+1 < len(toks) && toks[j+1].has(stateForceWords) {
				slain = j
			}
			if forceMenOf(toks, j) {
				// The attack is counted from the force's word.
				slain = j + 2
			}
			if toks[j].has(amongDead) {
				// The soldiers among the dead: "قتل أربعة أشخاص بينهم
				// عسكريان ومهاجم ... في هجوم استهدف فندقا".
				reach = j + 1
			}
		}
		if slain < 0 {
			slain = slainBefore(toks, k)
		}
		if slain < 0 {
			continue
		}
		for j := slain + 1; j < len(toks) && j <= slain+6 && toks[j].sent == s; j++ {
			if toks[j].has(assaultNouns) {
				at = append(at, k)
				break
			}
		}
	}
	if len(at) == 0 || z.headHas(toks, remoteKilling) || titleHas(toks, killedHow) {
		return nil
	}
	return at
}

// slainBefore returns k when the dying verb at k (diedVerbs: قتلوا، قتلا،
// لقوا) has soldiers or a policeman for its subject within slainBackReach
// words before it, in its sentence: "أن 4 عسكريين روس قتلوا في هجوم
// مباغت لعدة مجموعات مسلحة" (round-53 m53etfn2), the dead told subject
// first, which the look past the killing word misses. Else -1.
func slainBefore(toks []token, k int) int {
	if !toks[k].has(diedVerbs) {
		return -1
	}
	s := toks[k].sent
	for j := k - 1; j >= 0 && j >= k-slainBackReach && toks[j].sent == s; j-- {
		if toks[j].has(slainSoldiers) || toks[j].has(slainPoliceman) {
			return k
		}
	}
	return -1
}

// slainBackReach is how far before the dying verb its soldiers may stand:
// the count's noun and a nationality ("عسكريين روس قتلوا").
const slainBackReach = 2

// forceMenOf reports token j as من before the men of a state's force, the
// dead told as its members: "قتل 3 من أفراد الشرطة التركية ومدني، أمس، في
// هجوم"، "مقتل 4 من عناصر الجيش في هجوم". The members' noun alone is
// anyone's ("من عناصر داعش"): the force's word must follow it.
func forceMenOf(toks []token, j int) bool {
	return toks[j].w == "من" && j+2 < len(toks) && toks[j+1].has(forceMenWords) && toks[j+2].has(stateForceWords) && toks[j+2].sent == toks[j].sent
}

var (
	// slainNouns are the dead told as a noun: "قتلى من الجيش الليبي"،
	// "عشرات القتلى من الجيش النيجيري بهجوم".
	slainNouns = wordSet("قتلى القتلى")
	// slainSoldiers are the soldiers a killing word counts, conscripts
	// among them ("مقتل 6 مجندين أتراك بهجوم", round-49 m49etfn).
	slainSoldiers = wordSet("جنود الجنود جنديين جنديان جنديا جندي عسكريين عسكريا عسكريان شرطيين شرطيا شرطيان مجندين مجندا")
	// slainPoliceman is the one policeman killed by an attack: "مقتل شرطي
	// وإصابة ثلاثة آخرين في هجوم مسلح بمصر"، "مقتل شرطي تركي وإصابة آخر
	// بالرصاص بهجوم في دياربكر". Only here, not in slainSoldiers, which
	// other rules read as no civilian; an officer (ضابط) is as often one
	// of the people of a restaurant or a hostage attack.
	slainPoliceman = wordSet("شرطي")
	// amongDead after the dead's count name who was among them.
	amongDead = wordSet("بينهم منهم")
	// remoteKilling are the bombers, aircraft, shells and executions of
	// killedHow.
	remoteKilling = wordSet("انتحاري انتحاريه الانتحاري انتحاريا غاره غارات الغاره الغارات قصف القصف بقصف طيران الطيران طائرات الطائرات طائره مسيره صاروخ صواريخ قذائف قذيفه مدفعيه المدفعيه اعدام باعدام اعدم ضربه ضربات الضربات")
)
