package facets

import "strings"

// Civilians told only as the town quarters a bombardment struck. "شنت
// غارات جوية مكثفة على أحياء من مدينة درعا ... ما أدى إلى سقوط جرحى"،
// "وردّ الحوثيون على هجمات المقاومة بقصف أحياء في تعز"، "استهداف بعض
// الأحياء والمساكن"، "جراء سقوط صاروخ على حي شعبي في وسط مدينة حلب":
// no person is named, but shells, rockets or air strikes fell on where
// people live, and the golds code civilians as targeted there, as they do
// for "الأحياء السكنية" (residentialMentions). The quarter must be the
// strike's object: right after the strike word ("قصف أحياء"، "استهدف
// الأحياء"), or after "على" with the strike word just before ("قذائف على
// الأحياء"). A quarter where a force sits ("مواقع التنظيم في الأحياء
// الجنوبية"، "قصفا مدفعيا من مواقعهم في الأحياء") is a battlefield, and a
// ground assault ("هجوما عنيفا على حي القدم") a battle for it: neither
// "في" nor "من" nor a word of assault makes the quarter a target here.
// "أحياء" and "إحياء" (reviving: "لإحياء ذكرى") are one word once
// normalised, so only a bombardment's word, never a launch or a release
// ("إطلاق حملة"، "لإطلاق التيار"), may stand before it. Sparing, negation
// or a plan before it (civilianTargetUndone: "لن تستهدف ... الأحياء")
// undoes it.

var (
	// quarterNouns are a town's quarters: "أحياء"، "الأحياء"، "حي".
	quarterNouns = wordSet("أحياء الأحياء حي الحي")
	// quarterStrikeWords are the words of a bombardment that make the
	// quarter after them its object: shelling, air strikes, rockets,
	// shells, barrel bombs, targeting, and "جوية" of "غارات جوية".
	quarterStrikeWords = wordSet("قصف القصف قصفت يقصف تقصف قصفا قصفوا غارات الغارات غارة الغارة ضربات الضربات صواريخ الصواريخ صاروخ صاروخا " +
		"قذائف القذائف قذيفة براميل البراميل برميلا استهداف استهدف استهدفت يستهدف تستهدف استهدفوا جوية الجوية مدفعية المدفعية الهاون الكاتيوشا راجمات")
	// quarterFillers may stand between the strike word and the quarters
	// it names: "استهداف بعض الأحياء"، "قصف عددا من الأحياء".
	quarterFillers = wordSet("بعض عدد عددا من عدة")
	// quarterOn is the "على" of "قذائف على الأحياء".
	quarterOn = wordSet("على وعلى")
	// quarterEntry is the civilians entry such a quarter stands for.
	quarterEntry = &entry{words: []string{"quarters"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}
)

// quarterMentions returns a civilians mention for each quarterNouns word
// that no lexicon mention covers and that is a bombardment's object: a
// quarterStrikeWords word right before it (past quarterFillers), or "على"
// right before it with such a word within the five before that; with no
// purpose "ل" on the strike word and no civilianTargetUndone word within
// six before the quarter. A quarter followed by a
// word of residence is residentialMentions', not this.
func quarterMentions(toks []token, ms []mention) []mention {
	return uncoveredMentions(toks, ms, quarterNouns, func(i int) (*entry, int) {
		if i+1 < len(toks) && !toks[i+1].gap && toks[i+1].has(residentialAdjectives) {
			return nil, 0
		}
		s := toks[i].sent
		j := i - 1
		for j >= 0 && j >= i-3 && toks[j].sent == s && toks[j].has(quarterFillers) {
			j--
		}
		if j < 0 || toks[j].sent != s || strings.HasPrefix(toks[j].w, "ل") {
			// "ذريعة لقصف الحي الحكومي": a purpose, no strike done.
			return nil, 0
		}
		if !toks[j].has(quarterStrikeWords) && !(toks[j].has(quarterOn) && nearBefore(toks, j, 5, quarterStrikeWords)) {
			return nil, 0
		}
		if nearBefore(toks, i, 6, civilianTargetUndone) {
			return nil, 0
		}
		return quarterEntry, i + 1
	})
}
