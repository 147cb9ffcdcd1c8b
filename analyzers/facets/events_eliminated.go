package facets

// evEliminated (القضاء على، تحييد: eliminating, neutralizing) is an armed
// clash when the ones eliminated are counted or are a named group's
// commander: "أعلن الجيش المصري، صباح الخميس، القضاء على 13 تكفيريا"،
// "أعلنت القوات المسلحة المصرية، الأربعاء، القضاء على أمير تنظيم بيت
// المقدس"، "الجيش التركي: تحييد 1931 إرهابيا للآن بعمليات غصن الزيتون"،
// "أسفرت العمليات عن القضاء على عدد 8 فردا تكفيريا". Armies' statements
// (Egypt's Sinai 2018 bulletins, Turkey's Olive Branch tallies) tell their
// raids' killing so, with no clash word, and the golds code the fight an
// armed clash (round 52's reading of the pool and blind misses). Alone the
// words are mostly an aim or a wish ("حتى القضاء على آخر إرهابي"، "الحق
// في القضاء على المسلحين"، "نعمل معا على تحييد الجماعات") or another sense
// ("لن تحيد عن خيار"، "إحالة 41 شخصا إلى القضاء"): only a count or a
// commander right after them is the deed.
const evEliminated = "eliminated"

// eliminatedTriggers are the words of eliminating; القضاء stands with its
// preposition, since alone it is the judiciary.
const eliminatedTriggers = "القضاء على|والقضاء على|تم القضاء على|تحييد|وتحييد"

// eliminatedLeaders name the one commander whose elimination is told:
// "القضاء على أمير التنظيم الإرهابي".
var eliminatedLeaders = wordSet("أمير قائد قيادي زعيم")

// eliminatedType types the construct ending at end: an armed clash when
// fighters are counted after it (a figure or a number word, "عدد" before
// the figure and "فردا" after it as the Egyptian bulletins write them:
// "القضاء على عدد 8 فردا تكفيريا"), or when a commander word follows;
// else nothing. Fighters, not any count: "القضاء على 80% من ديون الاتحاد"
// is a club's debts.
func eliminatedType(toks []token, end int) string {
	if end >= len(toks) || toks[end].sent != toks[end-1].sent {
		return ""
	}
	if toks[end].has(eliminatedLeaders) {
		return "armed-clash"
	}
	j := end
	if toks[j].w == "عدد" && j+1 < len(toks) && toks[j+1].sent == toks[j].sent {
		j++
	}
	n, used := readNumber(toks, j)
	if used == 0 || n <= 0 {
		return ""
	}
	k := j + used
	if k < len(toks) && toks[k].w == "فردا" {
		k++
	}
	if k < len(toks) && toks[k].sent == toks[end].sent && (toks[k].has(slainFighters) || toks[k].has(seizedPersons) || toks[k].has(fighterSide)) {
		return "armed-clash"
	}
	return ""
}
