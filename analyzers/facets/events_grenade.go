package facets

import "strings"

// grenadeTriggers are the hand grenade told by name. rasid had no grenade
// trigger at all; a round-35 and a round-36 audit found grenade attacks
// untyped ("قبل أن تستهدف بقنابل يدوية"، "نتيجة لقنبلة يدوية ألقاها شخص
// على المنصة"، "انفجار قنبلة يدوية في ملهى ليلي"). They count only when
// the grenade is used (grenadeUsed).
const grenadeTriggers = "قنبلة يدوية|قنابل يدوية|القنبلة اليدوية|القنابل اليدوية|قنبلتين يدويتين|قنبلتان يدويتان"

// grenadeActs before a grenade tell it thrown, set off or used: "انفجار
// قنبلة يدوية"، "ألقت عليه قنابل يدوية"، "واستخدم المسلحون قنابل يدوية".
var grenadeActs = wordSet("انفجار انفجرت انفجر ألقى ألقت ألقوا ألقيت استخدم استخدمت استخدموا رشقوا رشق")

// grenadeThrown after a grenade tells it thrown: "لقنبلة يدوية ألقاها شخص".
var grenadeThrown = wordSet("ألقاها ألقيت أُلقيت ألقيت ألقاه ألقوها")

// grenadeAside reports a grenade trigger at i..end that tells no grenade
// used. Most corpus mentions are arms seized or found ("وصادرت قنابل يدوية
// ومسدسات"، "عثر بحوزته على ... وقنبلتين يدويتين") or a plot. Set aside
// too: a homemade bomb ("قنبلة يدوية الصنع", an IED) and a man blowing
// himself up (bomberWords: "فجر نفسه بقنبلة يدوية", in the corpus a jilted
// boy, a downed pilot told weeks later, a cornered suspect; no grenade
// attack). A grenade is used when it is the means (بقنابل يدوية: "تعرضت
// لهجوم بقنابل يدوية"), or an act of throwing, exploding or using stands
// just before or after it.
func grenadeAside(toks []token, i, end int, e *entry) bool {
	if e.ids[0] != "grenade" {
		return false
	}
	if wordAfter(toks, i, end, handmadeWords) || nearBefore(toks, i, 3, bomberWords) {
		return true
	}
	used := strings.HasPrefix(toks[i].w, "ب") || nearBefore(toks, i, 3, grenadeActs) ||
		wordAfter(toks, i, end, grenadeThrown)
	return !used
}

// handmadeWords after قنبلة يدوية make it a homemade bomb.
var handmadeWords = wordSet("الصنع")
