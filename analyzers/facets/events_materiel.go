package facets

import "strings"

// heldArms are the arms a bomb, a belt or a shell may be listed with as
// materiel (materielListed): ammunition, firearms (told by their noun or by
// the adjective: "سلاحا ناريا"، "والأسلحة النارية"), a knife, a hand grenade
// ("وقنبلة يدوية"). Not the bare أسلحة, which a use may govern ("مستخدمة
// الأسلحة الرشاشة وقذائف الهاون"), nor another bomb: "وتفجير عبوات ناسفة
// وسيارات مفخخة" detonates the whole list. A plain map, read only at a
// listed weapon, to spare the word-set bits (maxWordSets); read without a
// leading و (stripWa).
var heldArms = plainWords("ذخائر الذخائر ذخيرة الذخيرة خراطيش بنادق البنادق بندقية رشاشات مسدسات " +
	"نارية النارية ناريا سكين سكينا السكين سكاكين يدوية اليدوية")

// materielReach is how far before a listed weapon the arms it is listed
// with may stand: "بحوزتهم عدد من البنادق الآلية وكميات من الذخائر
// وقنبلة يدوية وأحزمة ناسفة" puts two words between the grenade's head
// and the belts.
const materielReach = 4

// materielListed reports a weapon at token i (a bomb, a belt, a shell)
// joined by و to a list of arms (heldArms) named before it in its sentence.
// Such a list tells what a force carried, was supplied with or lost, not a
// weapon that went off or was fired: "وبحوزتهم ... الذخائر وقنبلة يدوية وأحزمة ناسفة"، "كان مزودا
// سلاحا ناريا وسكينا وعبوات ناسفة يدوية الصنع"، "وتزويدهم بالأموال
// والأسلحة النارية والعبوات الناسفة"، "خسائر كبيرة في العتاد تنوعت بين
// أسلحة وذخائر متنوعة وقذائف الهاون". triggerType reads it after the
// finding and defusing readers, so a list seized or found stays the
// disrupted weapons use it is. Not an act's noun ("لهجوم بالقنابل
// العنقودية وقصف مدفعي"), nor arms with the instrument's ب (beltUsed), the
// means an attack was made with.
func materielListed(toks []token, i int) bool {
	if !strings.HasPrefix(toks[i].w, "و") || strings.Contains(toks[i].w, "قصف") {
		return false // "وقصف مدفعي" is an act, not a weapon
	}
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-materielReach && toks[j].sent == s; j-- {
		if beltUsed(toks[j].w) {
			continue // "لهجوم بالقنابل العنقودية": the means of an attack
		}
		if heldArms[stripWa(toks[j].w)] {
			return true
		}
	}
	return false
}

// materielType is the type of a weapon listed with arms (materielListed):
// a weapon taken before use where its sentence tells the list held when
// its men were caught or seized ("وبحوزتهم"، "ضبط"، "عثر": armsSeizing), as
// the Egyptian army's statements list what the men it killed carried;
// else nothing.
func materielType(toks []token, i int) string {
	if sentenceHas(toks, i, armsSeizing) {
		return "disrupted-weapons-use"
	}
	return ""
}
