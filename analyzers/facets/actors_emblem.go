package facets

// An armed group named only by its flag or emblem: "ووجد شعار لـ"داعش"
// مرسوم على جدار مقابل للتفجيرات" (a Gaza bombing no one claimed), "وقالت
// التحقيقات إن أحد المهاجمين كان يحمل راية تنظيم داعش" (Sisi's speech on
// the Sinai mosque), "الفصائل التي حملت راية الجيش الحر" (a faction's
// history). The golds code none of the three (pool 2015-07-21-2698,
// BB-middleEast-115; blind SK-middleEast-505): the emblem is drawn,
// carried or found, and the group takes no part by it. A group fighting
// "تحت شعار الجيش السوري الحر" is the group's allegiance, which the blind
// coding of BB-middleEast-652 keeps.

// emblemWords are a flag's or an emblem's nouns: "راية تنظيم داعش"، "شعار
// لـ"داعش""، "رفع أعلام الجيش الحر".
var emblemWords = wordSet("راية رايات الراية الرايات علم أعلام اعلام شعار شعارات")

// groupEmblem reports an armed group's mention right after a flag or an
// emblem ("شعار لـ"داعش" مرسوم على جدار"، "كان يحمل راية تنظيم داعش"), a
// bare لـ between them allowed. The emblem is drawn, carried or found: the
// group takes no part by it, and where it raises its own flag over a town
// another mention tells its fighters.
func groupEmblem(toks []token, m mention) bool {
	j := m.start - 1
	if j >= 0 && toks[j].w == "ل" {
		j--
	}
	if j < 0 || toks[j].sent != toks[m.start].sent || !toks[j].has(emblemWords) {
		return false
	}
	// "جماعة معارضة ... تقاتل تحت شعار الجيش السوري الحر": under a
	// group's banner is its allegiance, which the golds code.
	return j == 0 || toks[j-1].w != "تحت"
}
