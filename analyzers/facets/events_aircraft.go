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

// aircraftDowned before or after an aircraft make it the object of air
// defences, a foiling or a watch: "أسقطت الدفاعات الجوية طائرة مسيرة"،
// "إحباط هجوم إرهابي بطائرة بدون طيار"، "أقمارا صناعية وطائرات مراقبة
// وطائرات بدون طيار ... تكثف مراقبتها". Such a drone struck nothing.
var aircraftDowned = wordSet("اسقاط اسقطت اسقط اسقطوا اسقاطها اسقاطه اسقطتها يسقط تسقط اعتراض اعترضت اعترض اعترضتها اعتراضها تصدت التصدي تصدي " +
	"احباط احبط احبطت احبطوا مراقبه المراقبه للمراقبه مراقبتها استطلاع الاستطلاع للاستطلاع تجسس التجسس للتجسس")

// firedAt before "على" and an aircraft make the aircraft the target: "أطلق
// الجيش الإسرائيلي صاروخ باتريوت على طائرة بدون طيار".
var firedAt = wordSet("اطلق اطلقت اطلقوا اطلاق النار صاروخ صاروخا صواريخ باتريوت")

// aircraftNotStriking reports an aircraft trigger of the tokens [i, end)
// (طائرة بدون طيار، الطيران الحربي: every word an aircraft's, no strike
// word) that its sentence tells shot down, intercepted, foiled or
// watching (aircraftDowned within four words before or three after), or
// fired at ("صاروخ باتريوت على طائرة بدون طيار"). The aircraft alone
// types an air strike when the lead names it; these did not strike.
func aircraftNotStriking(toks []token, i, end int) bool {
	for k := i; k < end; k++ {
		if !toks[k].has(aircraftPhrase) {
			return false
		}
	}
	if nearBefore(toks, i, 4, aircraftDowned) || nearWord(toks, end-1, end, 3, aircraftDowned) {
		return true
	}
	return i > 1 && (toks[i-1].w == "علي" || toks[i-1].w == "على") && nearBefore(toks, i-1, 3, firedAt)
}

// policeRaid words beside a bare غارة make it a raid on the ground, a
// police or immigration swoop in the sense English gives "raid": "شاهد دهس
// متظاهرة في غارة لندنية ضد مخالفي الهجرة"، "نفذت غارة الدهم". Not the
// police alone ("غارة على مقر الشرطة" in Gaza is the air's).
var policeRaid = wordSet("الدهم دهم مداهمه المداهمه انفاذ الهجره مخالفي")

// raidOnGround reports a one-word air strike trigger of the tokens [i,
// end) with a word of policeRaid within four words and no aircraft or air
// adjective in its sentence.
func raidOnGround(toks []token, i, end int) bool {
	return end == i+1 && nearWord(toks, i, end, 4, policeRaid) &&
		!sentenceHas(toks, i, strikeAircraft) && !sentenceHas(toks, i, airAdjectives)
}

// strikeFliers name the aircraft or the air force that does a strike, as
// the subject before its verb: "أن طائراته قصفت موقعاً في مجمع عسكري
// لحركة حماس"، "طائرات سلاح الجو الإسرائيلي قصفت هدفاً"، "مقاتلاته
// استهدفت عشرات المواقع". After the verb an aircraft is as often the
// target ("يستهدف الطائرة بالحجارة"، "إطلاق نار استهدف مروحية عسكرية").
var strikeFliers = union(strikeAircraft, wordSet("طائراته طائراتنا مقاتلاته مقاتلاتها مروحياته مروحياتها"))

// flierPartners are the guns and ships listed beside aircraft as a
// strike's doers: "نفذت طائراته وسفنه ومدفعيته ضربات" is shelling too.
var flierPartners = wordSet("مدفعيته مدفعيتها ومدفعيته ومدفعيتها المدفعيه مدفعيه والمدفعيه سفنه سفنها وسفنه وسفنها البوارج بوارج الدبابات دبابات")

// airDoerBefore reports an aircraft or the air force (strikeFliers) within
// the four words before the strike word at i in its sentence, no gun or
// ship (flierPartners) listed between.
func airDoerBefore(toks []token, i int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-4 && toks[j].sent == s; j-- {
		if toks[j].has(flierPartners) {
			return false
		}
		if toks[j].has(strikeFliers) {
			return true
		}
	}
	return false
}
