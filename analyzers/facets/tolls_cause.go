package facets

import "strings"

// A toll told inside the cause of the news's act: "ردا على هجوم الأحواز الذي
// أسفر عن مقتل 25 شخصا" (Iran's missile strike answers the Ahvaz attack),
// "ردا على هجوم استهدف كنيسة وأسفر عن 18 قتيلا" (a mob's killing of 11
// answers a church attack), "ردا على خطف وقتل 8 من قوات الأمن" (executions
// answering a kidnapping), "انتقاما لتفجير انتحاري ... وأسفر عن مقتل 32
// شخصا". The figure counts the event answered, an earlier one, not the act
// the sentence reports; the guide's toll is the main event's. With the
// cause's figure gone the news keeps its own toll when it tells one (the
// mob's 11) and none when it tells none (a strike, a threat of one).

// answerWords open a cause clause: ردا على، انتقاما ل.
var answerWords = wordSet("ردا انتقاما")

// causeNotAfter are the words after "ردا على" that point back to what the
// text told before ("ردا على ذلك، قتلت القوات ..."): the clause that
// follows is the news's own act, and its toll stays.
var causeNotAfter = wordSet("ذلك هذا هذه تلك سؤال اسئله")

// causeReach is how many words back from a toll causeToll looks for the
// cause word.
const causeReach = 18

// causeToll reports a toll at token i told within a cause clause opened,
// at most causeReach words before it in its sentence, by ردا على or
// انتقاما ل (answerWords), whose next word does not point back to the text
// before (causeNotAfter).
func causeToll(toks []token, i int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-causeReach && toks[j].sent == s; j-- {
		if !answerWords.contains(stripWa(toks[j].w)) || j+1 >= i {
			continue
		}
		next, k := toks[j+1].w, j+1
		switch {
		case next == "علي" || next == "على":
			k = j + 2
		case stripWa(toks[j].w) != "انتقاما" || !strings.HasPrefix(next, "ل"):
			return false // "ردا" with no على is no cause clause
		}
		return k < i && !causeNotAfter.contains(toks[k].w)
	}
	return false
}
