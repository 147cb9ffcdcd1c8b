package facets

// A state's force that kills a commander of an armed group, told in the
// title or lead with no weapon, ended a fight as one that kills its
// fighters does (killedFighters): "قوات مكافحة الإرهاب في الحرس الوطني
// قتلت قائدا في تنظيم داعش"، "فيديو قتل قيادي داعشي بعملية للقوات الخاصة
// الأميركية"، "أسفرت عن مقتل أحد قادة داعش". The coders type the raid as
// an armed clash; the killing word names a leader, not the fighters
// slainFighters counts, and the group stands past في or an adjective of
// his rank, not right after من (slainGroupAt).

var (
	// slainLeaders are the commanders a killing word may count.
	slainLeaders = wordSet("قائد قائدا القائد قاده القاده قيادي قياديا القيادي قياديين قياديان القياديين")
	// leaderLinks may stand between a commander and his group: في، من and
	// the words of his rank or weight ("قيادي بارز في داعش"، "قائدا
	// ميدانيا في").
	leaderLinks = wordSet("في من بارز بارزا البارز ميداني ميدانيا الميداني كبير كبيرا الكبير رفيع رفيعا الرفيع عسكري عسكريا العسكري")
)

// slainLeaderReach is how many words after a commander his group is
// looked for.
const slainLeaderReach = 3

// slainLeaderAt reports token j as a commander of an armed group (an actor
// of kind rebel) named within slainLeaderReach words after him in his
// sentence, past only leaderLinks: "قائدا في تنظيم داعش"، "قيادي داعشي"،
// "قائد بداعش". Not a commander of anyone else ("قائد شرطة بهجوم داعش": the
// words between are no link), and not one the group's name does not follow.
func (l *lexicon) slainLeaderAt(toks []token, actorAt []string, j int) bool {
	if !toks[j].has(slainLeaders) {
		return false
	}
	s := toks[j].sent
	for m := j + 1; m <= j+slainLeaderReach && m < len(toks) && toks[m].sent == s; m++ {
		if id := actorAt[m]; id != "" {
			a := l.actors[id]
			return a != nil && a.kind == "rebel"
		}
		if !toks[m].has(leaderLinks) {
			return false
		}
	}
	return false
}

// slainLeader reports the killing word at k followed by a slain commander
// of an armed group: right after it, or after أحد (oneOfWords) or a count ("مقتل أحد
// قادة داعش"، "مقتل 3 قياديين في القاعدة").
func (l *lexicon) slainLeader(toks []token, actorAt []string, k int) bool {
	if k+1 >= len(toks) || toks[k+1].sent != toks[k].sent {
		return false
	}
	if l.slainLeaderAt(toks, actorAt, k+1) {
		return true
	}
	return k+2 < len(toks) && toks[k+2].sent == toks[k].sent && (toks[k+1].has(oneOfWords) || isCount(toks[k+1].w)) && l.slainLeaderAt(toks, actorAt, k+2)
}
