package facets

import (
	"slices"
	"strings"
)

// defenceDestroyed reports a verb of destroying (evRaided: دمر، دمرت)
// whose doer is an air defence and whose object is a missile or a drone
// (defenceDestroyedAt): an interception told as a destruction, which
// weighs as a phrase anywhere in the text, as defenceIntercepted's does.
func defenceDestroyed(toks []token, e *entry, i, end int) bool {
	return slices.Contains(e.ids, evRaided) && defenceDestroyedAt(toks, i, end)
}

// defenceDestroyedAt reports a verb of destroying at [i, end) with an air
// defence (defenceAt: الدفاعات، منظومات، "الدفاع الجوي") within
// defenceReach words before it in its sentence, and a missile or a drone
// (destroyedProjectiles) within destroyReach words after it: "قوات الدفاع
// الجوي دمرت صاروخا باليستيا أطلقه الحوثيون"، "إن الدفاع الجوي السعودي دمر
// 7 صواريخ حوثية"، "الدفاعات الجوية السورية دمرت صاروخين إسرائيليين". evRaided typed it an air strike only with an
// aircraft for doer (raidedByAir) and nothing else; the golds code every
// such sentence they score as disrupted weapons use (10 of 10 articles).
// The air defence as the object is no interception ("تدمير منظومة دفاع
// جوي"، "ودمروا نصف منظومة سوريا للدفاع الجوي"), and one right after the
// verb may be either ("دمر التحالف منظومة صواريخ"): the doer must stand
// before the verb, with the missile after. Not when the
// verb opens a relative clause or is negated, is told in the pluperfect,
// dated by منذ, or counted over months or years (defenceVerbAside, as
// defenceIntercepted).
func defenceDestroyedAt(toks []token, i, end int) bool {
	if end >= len(toks) || !toks[i].has(destroyVerbs) {
		return false
	}
	if defenceVerbAside(toks, i) {
		return false
	}
	if !defenceBefore(toks, i) {
		// With no air defence named, the missiles counted right after
		// the verb tell it an interception: "أن النظام السوري دمر 71
		// من 103 صواريخ موجهة، تم رصدها في المجال الجوي السوري"
		// (events_countedmissile.go).
		return countedMissileAfter(toks, i, end, 0)
	}
	s := toks[i].sent
	for j := end; j < len(toks) && j < end+destroyReach && toks[j].sent == s; j++ {
		if toks[j].has(destroyedProjectiles) && !strings.HasPrefix(toks[j].w, "ب") {
			return true
		}
	}
	return false
}

// destroyReach is how far after a verb of destroying its missile is
// named: "دمر 7 صواريخ حوثية"، "دمرت نصف صواريخ الأرض".
const destroyReach = 4

var (
	// destroyVerbs are the past verbs of evRaided that defenceDestroyedAt
	// reads; بتدمير is a noun, whose doer stands before it too ("قيام قوات
	// الدفاع الجوي بتدمير الصاروخ").
	destroyVerbs = wordSet("دمر دمرت دمرتا بتدمير")
	// destroyedProjectiles are what an air defence destroys: missiles,
	// shells and drones.
	destroyedProjectiles = wordSet("صاروخ صاروخا الصاروخ صاروخين الصاروخين صواريخ الصواريخ قذيفه قذيفتين قذائف طائره طائرتين طائرات الطائره الطائرتين مسيره مسيرتين")
)
