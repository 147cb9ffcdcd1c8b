package facets

// ISIS named only as the date of its takeover: "وإغلاق الحدود الأردنية مع
// كل من سوريا والعراق بعد سيطرة تنظيم داعش على مناطق واسعة فيهما"،
// "منذ ظهور تنظيم داعش"، "قبل صعود «داعش»". A time word and a takeover
// noun before the name make the group's rise a point in the past the
// sentence counts from, the background of a story of Jordan's economy or
// a museum's looted pieces, not a deed the article reports (holdout-28
// codes no ISIS for the Mecca summit on Jordan's crisis). The group's
// other mentions are weighed as ever.

var (
	// takeoverTimes open a clause of time: "بعد"، "منذ"، "إبان".
	takeoverTimes = wordSet("بعد منذ عقب إثر قبل إبان خلال أثناء")
	// takeoverNouns name a group's rise or its hold of land.
	takeoverNouns = wordSet("سيطرة ظهور صعود احتلال اجتياح استيلاء تمدد")
)

// takeoverTime reports an ISIS mention m right after a takeover noun
// (takeoverNouns), itself right after a time word (takeoverTimes), in
// one clause: "بعد سيطرة تنظيم داعش"، "منذ ظهور «داعش»". A تنظيم
// between the noun and the name is skipped.
func takeoverTime(toks []token, m mention) bool {
	if m.e.ids[0] != "isis" || !inArticle(toks, takeoverNouns) {
		return false
	}
	j := m.start - 1
	if j >= 0 && (toks[j].w == "تنظيم" || toks[j].w == "لتنظيم") {
		j--
	}
	return j >= 1 && toks[j].has(takeoverNouns) && !toks[j].gap && toks[j-1].has(takeoverTimes) && toks[j-1].sent == toks[m.start].sent
}
