package facets

import "strings"

// The dead of an attack told only by a toll noun in the title or the lead.
// "وصف القضاء البلجيكي الهجوم الذي خلف ثلاثة قتلى الثلاثاء في مدينة
// لييج"، "تبنى تنظيم الدولة الإسلامية الهجوم المسلح الذي أسفر عن ثلاثة
// قتلى"، "صحيفة كابيتال غازيت ... تعرضت لهجوم أسفر عن خمسة قتلى": no
// person word names the dead, so the victim words' toll rule never reads
// them, yet a story that leads with an attack's dead leads with its victims,
// whom the golds code civilians (Liège's policewomen and student among
// them). Told deeper in the body the same phrase is mostly an older
// attack recalled (Suruç's 32 dead beside every story of Incirlik), and a
// toll "من قوات النظام" or "في صفوفنا" counts a force's men.

var (
	// attackTollNouns are the nouns counting an attack's dead.
	attackTollNouns = wordSet("قتلى قتيلا قتيلاً")
	// attackTollVerbs are the verbs that make the toll the attack's: a
	// verb of causing right before the number ("أوقع 3 قتلى"، "خلف
	// ثلاثة قتلى") or before "عن" ("أسفر عن خمسة قتلى").
	attackTollVerbs = wordSet("أوقع أوقعت وأوقع وأوقعت خلف خلفت وخلف وخلفت أسفر أسفرت وأسفر وأسفرت")
	// attackTollAttacks are the attack nouns the toll verb follows.
	attackTollAttacks = wordSet("هجوم الهجوم لهجوم بهجوم وهجوم اعتداء الاعتداء لاعتداء باعتداء هجوما هجوماً")
	// attackTollForceMarks right after the toll count a force's men: "14
	// قتيلا من قوات النظام"، "عشرة قتلى في صفوفنا".
	attackTollForceMarks = wordSet("من في")
	// attackTollAttackWords is how far before the toll noun the attack
	// noun may stand: "الهجوم المسلح الذي أسفر عن ثلاثة قتلى".
	attackTollAttackWords = 7
	// attackTollUndone before the toll make it another story's: an
	// attack recalled ("وبعد يومين على الهجوم الذي أوقع 32 قتيلا") or
	// one on a police or army post ("بالهجوم على مركز للشرطة والذي خلف
	// أربعة قتلى"), whose dead are a force's men.
	attackTollUndone = wordSet("بعد وبعد للشرطة الشرطة الشرطه للجيش الجيش عسكري عسكرية معسكر حاجز ثكنة")
	// attackTollEntry is the civilians entry such a toll stands for.
	attackTollEntry = &entry{words: []string{"attack toll"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}
)

// attackTollMentions returns a civilians mention for each toll noun of the
// title or the lead's two sentences (leadSentences) with a toll verb within
// three words before it, an attack noun within seven, no recall or police
// or army post within ten, and no "من" or "في صفوف" right after it.
func attackTollMentions(toks []token, ms []mention) []mention {
	var lead map[int]bool
	return uncoveredMentions(toks, ms, attackTollNouns, func(i int) (*entry, int) {
		if lead == nil {
			lead = leadSentences(toks)
		}
		if !toks[i].title && !lead[toks[i].sent] {
			return nil, 0
		}
		if !nearBefore(toks, i, 3, attackTollVerbs) || !nearBefore(toks, i, attackTollAttackWords, attackTollAttacks) ||
			nearBefore(toks, i, attackTollAttackWords+3, attackTollUndone) {
			return nil, 0
		}
		if i+1 < len(toks) && toks[i+1].sent == toks[i].sent && toks[i+1].has(attackTollForceMarks) &&
			(toks[i+1].w != "في" || i+2 < len(toks) && strings.HasPrefix(toks[i+2].w, "صفوف")) {
			return nil, 0
		}
		return attackTollEntry, i + 1
	})
}
