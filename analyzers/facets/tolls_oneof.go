package facets

import "strings"

// One more victim joined as "one of" a group: "قتل 3 متطرفين وأحد عناصر
// الأمن" (4)، "مقتل اثنين من الإرهابيين واستشهاد رجل أمن وأحد المدنيين"
// (4)، "قتل قائد عسكري وأحد العناصر" (2). Normalized, وأحد is spelled as
// the number واحد, so andGroup read it as a figure wanting a person noun
// after it and nextGroup did not read it at all: the toll lost its last
// victim. The guide sums the groups an event's toll lists. Corpus leads
// tell a bystander (وأحد المارة), a guard or a civilian this way beside
// fighters' dead in shootings and raids (Burkina Faso, Qassim, Liège).

// oneOfNot are the words after واحد that make it the number "one" of a
// time ("شخص واحد الليلة") or "one of the most" of a thing ("وأحد أكثر
// الأيام دموية"). Not أبرز or أخطر: "وأحد أبرز قادته" is one more dead.
var oneOfNot = plainWords("الليله اليوم امس الان اكثر")

// oneOfFree are the words that follow an adjective واحد ("قتل جندي واحد
// خلال الاشتباكات") and never a group's name in the construct.
var oneOfFree = plainWords("خلال في من علي الي عن بعد قبل اثناء جراء بسبب اثر عقب منذ مع داخل قرب حين عندما فيما بينما كما")

// oneMoreOf reports وأحد at token k naming one person of a group: the
// word after it is definite ("وأحد المارة") or a noun in the construct
// before a definite one ("وأحد عناصر الأمن"), and is no day or time
// (otherDay, oneOfNot) nor a preposition (oneOfFree).
func oneMoreOf(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].w != "واحد" || toks[k+1].gap || toks[k+1].sent != toks[k].sent {
		return false
	}
	w := toks[k+1].w
	if otherDay.contains(w) || oneOfNot[w] || oneOfFree[w] || toks[k+1].has(hurtNouns) {
		return false
	}
	if strings.HasPrefix(w, "ال") {
		return true
	}
	n := k + 2
	return n < len(toks) && !toks[n].gap && toks[n].sent == toks[k].sent && strings.HasPrefix(toks[n].w, "ال") &&
		!otherDay.contains(toks[n].w) && !oneOfNot[toks[n].w]
}
