package facets

import "github.com/rasid-project/rasid/analyzers"

// An air strike named as the means a party relies on, or one way among
// others it helped, is no strike told: "سياسة الرئيس باراك أوباما التي
// تعتمد بشكل كبير على الضربات الجوية ضد أهداف الدولة الإسلامية"
// (2015-08-11-217)، "وإن اقتصرت الحرب على الضربات الجوية الصاروخية"
// (SK-internationalNews-1438)، "ساهمت المملكة مذاك الحين بطرق عديدة، بما في
// ذلك شن غارات جوية في سوريا" (CN-middleEast-1247). The golds code no air
// strike in any of the five articles with a raid noun after على and a verb
// of relying or limiting up to three words before it, or after "بما في ذلك
// شن" (round 64's m64air); "القصف يقتصر على الطيران السوري"
// (CN-middleEast-144, coded) names the aircraft after على, not a raid, and
// "بما في ذلك غارة يوم 22 مارس" has no waging verb: both are left.

// reliedOnWords are the verbs and nouns of relying on or being limited to,
// looked up whole at one word (formIn).
var reliedOnWords = plainWords("اعتمد اعتمدت يعتمد تعتمد الاعتماد اعتماد اعتمادها اعتماده اقتصر اقتصرت يقتصر تقتصر الاقتصار")

// reliedOnReach is how many words before على the relying word may stand.
const reliedOnReach = 3

var (
	normBima  = analyzers.Normalize("بما")
	normFi    = analyzers.Normalize("في")
	normDhalk = analyzers.Normalize("ذلك")
)

// strikeMeans reports an air raid noun at i (airStrikeNouns) right after
// على with a word of reliedOnWords within reliedOnReach words before على,
// or a waging verb (raidWagedBefore: شن …, the entry's own first word or
// the word before the noun) right after "بما في ذلك", all in one sentence.
func strikeMeans(toks []token, e *entry, i int) bool {
	if e.ids[0] != "air-drone-strike" {
		return false
	}
	s := toks[i].sent
	v := -1
	if toks[i].has(raidWagedBefore) {
		v = i
	} else if toks[i].has(airStrikeNouns) && i > 0 && toks[i-1].sent == s {
		if toks[i-1].has(raidWagedBefore) {
			v = i - 1
		} else if toks[i-1].w == onWord {
			for j := i - 2; j >= 0 && j >= i-1-reliedOnReach && toks[j].sent == s; j-- {
				if formIn(&toks[j], reliedOnWords) {
					return true
				}
			}
			return false
		}
	}
	return v >= 3 && toks[v-3].sent == s && toks[v-3].w == normBima && toks[v-2].w == normFi && toks[v-1].w == normDhalk
}
