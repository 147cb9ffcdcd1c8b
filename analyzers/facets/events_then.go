package facets

// thenTold reports a trigger at i near a then-word (thenWords: "حينها"،
// "آنذاك"، "وقتها"), within thenReach words of it in its sentence, that dates
// what it tells to an earlier time: "غير أن الإدارة الأمريكية امتنعت وقتها
// عن ضرب نظام الأسد، وفضلت بدلا من ذلك التوصل إلى اتفاق"، "عدم رد واشنطن
// وقتها على الهجمات الكيماوية"، "وحينها أطلقت الدفاعات الجوية السورية 100
// صاروخ". It is a background's event, told without a year. Not a then-word
// before a verb of what will be ("وحينها يكون الحوثيون قد خسروا": a
// future), nor one far from the trigger or after a "حيث" that follows it ("خبر
// وفاته في الحادث الانتحاري ... حيث كان والده حينها متواجدا في جدة" tells
// where someone was when the news came); a sentence that names this day or week (dayNamed) still tells
// its news.
func thenTold(toks []token, i int) bool {
	if !inArticle(toks, thenWords) {
		return false
	}
	s := toks[i].sent
	for j := i - thenReach; j <= i+thenReach; j++ {
		if j < 0 || j >= len(toks) || toks[j].sent != s || !toks[j].has(thenWords) {
			continue
		}
		if j+1 < len(toks) && toks[j+1].sent == s && toks[j+1].has(willBeWords) || j > i && clauseBetween(toks, i, j) {
			continue
		}
		return !dayNamed(toks, i)
	}
	return false
}

// clauseBetween reports a "حيث" between a trigger at i and a then-word
// after it at j: the then-word belongs to a clause of circumstance ("حيث كان
// والده حينها متواجدا"), not to the trigger's event.
func clauseBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if stripWa(toks[k].w) == "حيث" {
			return true
		}
	}
	return false
}

// thenReach is how many words a then-word may stand from the trigger it dates.
const thenReach = 12

// willBeWords after a then-word make it a future's "then": "وحينها يكون".
var willBeWords = wordSet("يكون تكون سيكون ستكون يصبح تصبح سيصبح ستصبح")
