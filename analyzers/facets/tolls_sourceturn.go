package facets

import "strings"

// sourceTurnReach is how far after أما a source's verb of reporting may
// stand: "أما قناة الإخبارية السورية، فقد نقلت" names the source in three
// words and the verb after فقد.
const sourceTurnReach = 6

// sourceTurn reports a sentence opening at token i that turns to another
// source's account of the same event, not to another story: "ومن جهتها،
// أوردت قناة المسيرة ... أن عدد القتلى بلغ 39 مدنيا" (من جهته/جهتها/
// جانبه/جانبها with the pronoun of the source; "من جهة أخرى" has none and
// turns to another story), "أما قناة الإخبارية السورية، فقد نقلت عن سلطات
// الصحة قولها إن عدة هجمات أسفرت عن سقوط 38 قتيلا" (أما, then a verb of
// reporting within sourceTurnReach words). Under vague words of the lead
// ("مقتل وجرح العشرات") such a sentence gives the event's figure.
func sourceTurn(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch stripWa(toks[i].w) {
	case "من":
		w := toks[i+1].w
		for _, p := range []string{"جهت", "جانب"} {
			if rest, ok := strings.CutPrefix(w, p); ok && (rest == "ه" || rest == "ها" || rest == "هم") {
				return true
			}
		}
	case "اما":
		s := toks[i].sent
		for j := i + 1; j < len(toks) && j <= i+sourceTurnReach && toks[j].sent == s; j++ {
			if toks[j].has(reportingVerbs) || toks[j].has(relayVerbs) {
				return true
			}
		}
	}
	return false
}

// turnsStory is opensOtherStory but for a turn to another source's account
// (sourceTurn): a late figure's sentence or paragraph opening so still
// counts the lead's event.
func turnsStory(toks []token, i int) bool {
	return opensOtherStory(toks, i) && !sourceTurn(toks, i)
}

// sourcedLate reports a figure t past the first paragraphs, within
// maxLateTollPara, whose sentence or paragraph opens on another source's
// account (sourceTurn) and ties it to no other time: under the lead's vague
// words the second source gives the count ("عشرات القتلى والجرحى" in the
// title and the Red Cross's lead, "ومن جهتها، أوردت قناة المسيرة ... أن عدد
// القتلى بلغ 39 مدنيا" in the fifth paragraph).
func sourcedLate(toks []token, t toll) bool {
	if t.vague || t.part || toks[t.tok].para > maxLateTollPara {
		return false
	}
	return (sourceTurn(toks, sentStart(toks, t.tok)) || sourceTurn(toks, paraStart(toks, t.tok))) && !otherTimeOf(toks, t.tok, true)
}
