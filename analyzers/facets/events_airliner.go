package facets

import "strings"

// A passenger airliner shot down is no interception: "إسقاط طائرة الخطوط
// الجوية الماليزية رحلة MH17"، "أن طائرة الركاب أسقطت بصاروخ". Disrupted
// weapons use is a weapon stopped before it strikes (a missile, a drone, a
// warplane on its raid); an airliner carries passengers, and the golds
// leave its downing untyped (MH17 told as history in AL-internationalNews-651,
// BB-internationalNews-1049), while a warplane or a drone downed keeps its
// type.

// airlinerWords name a passenger airliner beside a downing word: its
// passengers (الركاب، ركاب) or its airline (الخطوط الجوية).
var airlinerWords = wordSet("الركاب ركاب الخطوط")

// airlinerReach is how far before and after a downing its airliner word is
// read in its sentence.
const airlinerReach = 4

// airlinerBack is how far back the definite craft's airliner is named.
const airlinerBack = 30

// airlinerDowned reports a downing trigger at [i, end) whose craft is an
// airliner: an airlinerWords word within airlinerReach words of it in its
// sentence, or, for a definite craft (downedCraft: الطائرة، المروحية) downed, in the
// airlinerBack words before, which named it (a sentence or two back; "إم.إتش
// 17" breaks a sentence at its dot): "عقب إسقاط رحلة الخطوط الجوية الماليزية ... وتم
// إسقاط الطائرة بينما كانت في الطريق من أمستردام إلى كوالالمبور".
func airlinerDowned(toks []token, i, end int) bool {
	s := toks[i].sent
	for j := max(0, i-airlinerReach); j < len(toks) && j < end+airlinerReach; j++ {
		if toks[j].sent == s && toks[j].has(airlinerWords) {
			return true
		}
	}
	craft := end - 1
	if end-i == 1 {
		craft = end // the verb alone: its object follows
	}
	if craft >= len(toks) || !toks[craft].has(downedCraft) || !strings.HasPrefix(toks[craft].w, "ال") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-airlinerBack; j-- {
		if toks[j].has(airlinerWords) {
			return true
		}
	}
	return false
}
