package facets

import "strings"

// countedMissileAfter reports a count of missiles (missileWords, not
// with the instrument's ب) whose number stands among the first reach+1
// words from end in the sentence of the verb at i: the verb's doer and day
// may stand between ("واعترضت القوات السعودية، يوم الأحد، سبعة صواريخ
// أطلقتها ميليشيات الحوثي"). The count may be of a total ("71 من 103
// صواريخ"، "71 من أصل 103 صواريخ"). A year is no count. Not drones or
// kites ("اعتراض نحو 400 طائرة ورقية": a campaign's tally), and not past a
// verbal noun's doer: "واعتراض الدفاعات الجوية 119 صاروخاً بالستياً" is a
// war's tally in a spokesman's briefing (CN-middleEast-645), where a
// finite verb tells the day's interception.
func countedMissileAfter(toks []token, i, end, reach int) bool {
	if end >= len(toks) {
		return false
	}
	s := toks[i].sent
	for j := end; j < len(toks) && j <= end+reach && toks[j].sent == s; j++ {
		n, used := readNumber(toks, j)
		if used == 0 {
			if interceptNouns[toks[i].w] {
				return false
			}
			continue
		}
		if n <= 0 || isYear(n) {
			return false
		}
		k := j + used
		if k+1 < len(toks) && toks[k].sent == s && toks[k].w == "من" {
			// "71 من 103 صواريخ"، "71 من أصل 103 صواريخ"
			k++
			if toks[k].w == "اصل" && k+1 < len(toks) {
				k++
			}
			if m, u := readNumber(toks, k); u > 0 && m > 0 {
				k += u
			}
		}
		return k < len(toks) && toks[k].sent == s && toks[k].has(missileWords) && !strings.HasPrefix(toks[k].w, "ب")
	}
	return false
}

// interceptCountReach is how many words (a doer, a day) countedInterception
// lets stand between an intercepting verb and its counted missiles.
const interceptCountReach = 4

// interceptNouns are the verbal nouns of the intercepting and destroying
// words (interceptWords, destroyVerbs) with their و and ب, whose count
// countedMissileAfter reads only right after them.
var interceptNouns = plainWords("اعتراض باعتراض واعتراض اسقاط باسقاط واسقاط تدمير بتدمير وتدمير")
