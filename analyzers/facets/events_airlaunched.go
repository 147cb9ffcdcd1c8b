package facets

import "strings"

// missileNouns are the missile words that aircraft fire as guns do: "أطلقت
// 60 صاروخا"، "صواريخ جو-أرض".
var missileNouns = wordSet("صاروخ صاروخا صواريخ الصواريخ الصاروخ صاروخين")

// missileLaunch are the verbs of firing a missile, with the object pronoun
// of the missile told before them: "أطلقت 60 صاروخا"، "صاروخ أطلقته طائرة".
var missileLaunch = wordSet("اطلق اطلقت اطلقوا اطلاق باطلاق يطلق تطلق يطلقون اطلقته اطلقتها اطلقها تطلقها يطلقها")

// airToGround and borneByAir tell a missile the air's by its kind: "60
// صاروخ جو-أرض"، "صواريخ جو أرض"، "صواريخ كروز محمولة جوا".
var (
	airToGroundFirst  = wordSet("جو")
	airToGroundSecond = wordSet("ارض سطح")
	borneByAir        = wordSet("محموله محمول")
	airborneAdverb    = wordSet("جوا")
)

// airLaunchedMissile reports a missile word of the tokens [i, end) that
// aircraft fired, in its sentence:
//   - an aircraft (strikeFliers) within the five words before a firing
//     verb that stands within the three words before the missile, no gun
//     or ship (flierPartners) listed between: "المقاتلات الإسرائيلية أطلقت
//     60 صاروخا على سوريا"، "استخدم 28 طائرة وأطلق 70 صاروخاً"، "طائرة
//     حربية إسرائيلية من طراز إف-16 أطلقت، فجر السبت، أربعة صواريخ";
//   - the firing verb with the missile's pronoun right after it and the
//     aircraft next: "بشظايا صاروخ أطلقته طائرة استطلاع إسرائيلية"؛
//   - the missile's kind, air-to-ground or borne by air, within the three
//     words after it: "بإطلاق 60 صاروخ جو-أرض"، "صواريخ كروز محمولة جوا".
//
// ACLED codes a missile an aircraft fires as an air strike; the gold data
// types the Israeli strikes of 10 May 2018 ("أطلقت 60 صاروخا") and the B-1
// bombers' cruise missiles of 14 April so, where rasid read only
// shelling. Missiles fired at an aircraft ("صاروخ باتريوت على طائرة"،
// "صواريخ أرض-جو") have the aircraft after them, not as the firer; a
// firing with ل is one an aircraft suffered or is for ("تعرضت إحدى مقاتلات
// التحالف لإطلاق صاروخ دفاع جوي"، "مستعدة لإطلاق صواريخ")، and one a modal
// word comes before, or told by the bare verbal noun, may never be made
// ("المقاتلات الجوية يمكنها إطلاق هذه الصواريخ"; "بإطلاق 60 صاروخا" with
// ب is the deed).
func airLaunchedMissile(toks []token, i, end int) bool {
	if end != i+1 || !toks[i].has(missileNouns) {
		return false
	}
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].sent == s; j-- {
		if toks[j].has(missileLaunch) && !strings.HasPrefix(toks[j].w, "ل") && strings.TrimPrefix(toks[j].w, "و") != "اطلاق" && !modalBefore(toks, j) &&
			nearBeforeUnless(toks, j, 5, strikeFliers, flierPartners) {
			return true
		}
	}
	if end+1 < len(toks) && toks[end].sent == s && toks[end+1].sent == s && toks[end].has(missileLaunch) && toks[end+1].has(strikeAircraft) {
		return true
	}
	for j := end; j < len(toks) && j < end+3 && toks[j].sent == s; j++ {
		if j+1 < len(toks) && toks[j+1].sent == s &&
			(toks[j].has(airToGroundFirst) && toks[j+1].has(airToGroundSecond) || toks[j].has(borneByAir) && toks[j+1].has(airborneAdverb)) {
			return true
		}
	}
	return false
}
