package facets

import (
	"slices"
	"strings"
)

// struckBy reports a strike word at i told as what a place or people
// underwent, with its dead or hurt in the sentence (suffered): "استشهدوا
// أمس الجمعة بعد تعرض المركز لقذائف عسكرية كثيفة من داخل الأراضي
// اليمنية". A strike suffered and told with its toll is one done, and
// weighs as a phrase does; its type is still read from its words or the
// article's weapons (strikeType).
func struckBy(toks []token, e *entry, i int) bool {
	return strikeEntry(e) && suffered(toks, i)
}

// strikeEntry reports a trigger entry of a strike: shelling, a missile or
// an air strike, what struckBy and diedOfStrike read a toll for.
func strikeEntry(e *entry) bool {
	return slices.ContainsFunc(e.ids, func(id string) bool {
		return id == evShelling || id == "shelling-artillery-missile-attack" || id == "air-drone-strike"
	})
}

// suffered reports the word at i with ل after a form of تعرض up to nine
// words before it in its sentence, and a death or a wound told in that
// sentence or as its result in one of the next three. Not تعرض with a bare object: "تعرض روسيا صواريخ جديدة"
// displays them. Without a toll, a place that undergoes strikes is mostly
// a standing state or a past ("إدلب، التي تتعرض بشكل منتظم لغارات"، "شوارع
// سبق أن تعرضت للقصف"), a related link's headline, or a figure ("الأسواق
// الأوروبية تتعرض لضربات").
func suffered(toks []token, i int) bool {
	// The place that underwent the strike may be long: "تعرض مركز المسيال
	// بقطاع ظهران الجنوب بمنطقة عسير لقذائف".
	if !(strings.HasPrefix(toks[i].w, "ل") || shrapnelOf(toks, i)) || !nearBefore(toks, i, 9, sufferedVerbs) {
		return false
	}
	if harmTold(toks, i) {
		return true
	}
	// The toll may be told in one of the next three sentences as the
	// strike's result, after the response: "تعرض مركز المسيال ... لقذائف
	// عسكرية كثيفة من داخل الأراضي اليمنية؛ حيث تم التعامل مع الموقف ...
	// ولله الحمد. وقد نتج عن ذلك استشهاد العريف".
	j := i
	for range 3 {
		for j < len(toks) && toks[j].sent == toks[j-1].sent {
			j++
		}
		if j == len(toks) {
			return false
		}
		if sentenceHas(toks, j, resultVerbs) {
			return harmTold(toks, j)
		}
		j++
	}
	return false
}

// shrapnelOf reports the weapon at i told as where the shrapnel word just
// before it came from, the ل of تعرض standing on that word: "استشهد ...
// إثر تعرضه لشظايا قذيفة هاون من داخل الأراضي اليمنية" underwent the shell
// as "تعرضه لقذيفة هاون" does. Without a weapon after it the shrapnel is no
// strike's ("تعرض لشظايا أفقدته النظر"، "تعرض المصلون لشظايا قنابل الغاز"
// names no weapon of the triggers).
func shrapnelOf(toks []token, i int) bool {
	return i > 0 && toks[i-1].sent == toks[i].sent && toks[i-1].has(shrapnelTo)
}

// shrapnelTo is the shrapnel noun with تعرض's ل.
var shrapnelTo = wordSet("لشظايا لشظية لشظاياها")

// harmTold reports a death or a wound told in the sentence of token i.
func harmTold(toks []token, i int) bool {
	return sentenceHas(toks, i, explosionToll) || sentenceHas(toks, i, victimHarmWords) || sentenceHas(toks, i, martyrdomWords)
}

// resultVerbs tell what was told before led to: "وقد نتج عن ذلك"، "وأسفر
// ذلك عن".
var resultVerbs = wordSet("نتج ونتج اسفر واسفر")

// sufferedVerbs are the forms of تعرض, "underwent": exposedTo's, whose
// set they share (a set bit spared, see maxWordSets); its one more word,
// لتعرض, has reads as تعرض anyway (cliticForms).
var sufferedVerbs = exposedTo
