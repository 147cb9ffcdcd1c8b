package facets

import (
	"slices"
	"strings"
	"time"
)

// A strike word told with the aircraft that made it is as specific as "غارة
// جوية": "وشن طيران التحالف سبع غارات على مواقع للمتمردين"، "طيران
// التحالف استهدف أهدافا استراتيجية". Told once in a body, the bare word
// weighed as any one word and typed nothing; with its aircraft beside it,
// it weighs as a phrase does. The aircraft alone (a drone searching, a
// warplane escorting) still weigh as one word (aircraftPhrase).

// civilAviation near a strike word makes its aircraft an industry's:
// "استهداف تنمية قطاع الطيران"، "وتستهدف قطاعي السيارات والطيران
// التجاري" aim at a sector, not with aircraft.
var civilAviation = wordSet("قطاع قطاعي التجاري المدني المدنيه الركاب شركات شركه")

// exposedTo before a strike noun with ل make it one suffered ("تتعرض
// لقصف طائرات التحالف"), not a purpose.
var exposedTo = wordSet("تعرض تعرضت يتعرض تتعرض تعرضوا يتعرضون تعرضها تعرضه تعرضهم لتعرض")

// strikeAircraft name the aircraft that strike.
var strikeAircraft = wordSet("طيران الطيران طائرة الطائرة طائرات الطائرات طائراتها مقاتلات المقاتلات مروحية المروحية مروحيات المروحيات")

// airStrikeTold reports a one-word strike trigger of the tokens [i, end)
// (غارات، قصف، استهدف) with an aircraft word within three words in its
// sentence, no word of civil aviation within four, and no earlier month
// of the year named in that sentence ("واتهمت دمشق في التاسع من نيسان/أبريل الطيران الإسرائيلي باستهداف
// مطار تيفور" in May is an older strike looked back on).
func airStrikeTold(toks []token, e *entry, i, end int, pub time.Time) bool {
	if len(e.words) != 1 {
		return false
	}
	if !slices.Contains(e.ids, "air-drone-strike") && !((slices.Contains(e.ids, evShelling) || slices.Contains(e.ids, evTargeted)) && nearWord(toks, i, end, 3, airWords)) {
		// A bare strike is the air's only where triggerType reads it so.
		return false
	}
	if !nearWord(toks, i, end, 3, strikeAircraft) || nearWord(toks, i, end, 4, civilAviation) {
		return false
	}
	if strings.HasPrefix(toks[i].w, "ل") && (i == 0 || !toks[i-1].has(exposedTo)) {
		// A purpose: "تتطلب مزيدا من طلعات طيران التحالف لاستهداف أرتال
		// داعش"، "أمر يومها شمعون بإرسال طائرات لقصف حقول الحشيش".
		return false
	}
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if m, used := monthAt(toks, j); used > 0 && !pub.IsZero() && m < int(pub.Month()) {
			return false
		}
	}
	return true
}
