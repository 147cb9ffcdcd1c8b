package facets

// A group the text names only as "linked to al-Qaeda" and that claims or
// makes an attack: "أعلنت جماعة مرتبطة بتنظيم القاعدة في مالي، مسؤوليتها
// عن هجوم"، "الجماعة المرتبطة بتنظيم القاعدة نصبت كمينا". affiliateMention
// reads "مرتبطة" before al-Qaeda as someone else's tie, which is right for a
// group the taxonomy names (جبهة النصرة المرتبطة بالقاعدة is hts); but a
// group with no id of its own is one of al-Qaeda's affiliates, which the
// actor covers ("Al-Qaeda and affiliates"), as the adjudicated golds code
// an affiliate "loyal to ISIS" as isis.

var (
	// linkedWords: "مرتبطة"، "المرتبطة" and their kin; not the allegiance
	// or defection words of affiliationWords.
	linkedWords = wordSet("مرتبط مرتبطة المرتبطة المرتبط مرتبطين المرتبطين")
	// linkedGroupNouns name a group with no name of its own: "جماعة"،
	// "مجموعة"، "تحالف".
	linkedGroupNouns = wordSet("جماعة الجماعة جماعات الجماعات مجموعة المجموعة مجموعات المجموعات تحالف التحالف")
	// linkedDeedWords tell of the attack the group made: claimWords and an
	// ambush.
	linkedDeedWords = union(claimWords, wordSet("كمين كمينا نصبت نصب نصبوا"))
)

// linkedGroupAttack reports an al-Qaeda mention right after a linked word
// whose group noun stands at most two words before it, in a sentence that
// tells of an attack made or claimed and names no armed group with an id.
func linkedGroupAttack(toks []token, ms []mention, m mention) bool {
	s := toks[m.start].sent
	j := m.start - 1
	if j < 1 || toks[j].sent != s || !toks[j].has(linkedWords) {
		return false
	}
	noun := false
	for k := j - 1; k >= 0 && k >= j-3 && toks[k].sent == s; k-- {
		if toks[k].has(linkedGroupNouns) {
			noun = true
			break
		}
	}
	if !noun || !sentenceHas(toks, m.start, linkedDeedWords) {
		return false
	}
	for _, o := range ms {
		if o.e.kind == kindActor && o.e.ids[0] != "al-qaeda" && o.e.ids[0] != "civilians" && toks[o.start].sent == s {
			return false // "جبهة النصرة المرتبطة بالقاعدة": the group named is the party
		}
	}
	return true
}
