package facets

import "slices"

// A strike readied for is not yet made: "أمرت غواصات بالتحرك بحيث تكون على
// مسافة تتيح لها إطلاق صواريخ على سوريا وذلك استعدادا لتوجيه ضربات
// للجيش السوري قد تبدأ مساء الخميس". modalWords hold استعداد and يستعد but
// not the adverb استعدادا or a reach that "allows" a launch; they are read
// here for strikes only, as before other triggers they mostly tell a
// real deed's purpose ("تدفع بتعزيزات ... استعدادا لتحرير").

// readiedWords before a strike make it one prepared or made possible.
var readiedWords = wordSet("استعدادا تتيح يتيح")

// readiedStrike reports a shelling or air strike trigger at i with a word
// of readiedWords within the four words before it in its sentence.
func readiedStrike(toks []token, i int, e *entry) bool {
	if !slices.Contains(e.ids, evShelling) && !slices.Contains(e.ids, evTargeted) &&
		!slices.Contains(e.ids, "shelling-artillery-missile-attack") && !slices.Contains(e.ids, "air-drone-strike") {
		return false
	}
	return nearBefore(toks, i, 4, readiedWords)
}
