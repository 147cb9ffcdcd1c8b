package facets

// evRally (تجمع، احتشد، تجمهر) is a peaceful protest when the gathering is
// told for its protest a few words on: "احتشد عدد كبير من الأشخاص في ساحة
// بوسط موسكو للاحتجاج على مراسم أداء بوتن اليمين"، "تجمع مئات الدنماركيين،
// في العاصمة كوبنهاغن، الأربعاء، للاحتجاج على فرض حظر جديد"، "تجمهروا
// احتجاجا في جنوب تل أبيب". A crowd gathered to protest is a protest held
// though no protest noun names it; a gathering alone is a meeting, a
// queue or a party's name (تجمع).
const evRally = "rally"

// rallyPurpose are the words of a gathering's protest.
var rallyPurpose = wordSet("للاحتجاج احتجاجا للتنديد تنديدا")

// rallyPurposeWords is how far past the gathering verb its purpose is
// looked for: the crowd, its place and its day stand between.
const rallyPurposeWords = 10

// rallyType types a gathering word of the tokens [i, end): a peaceful
// protest when a word of protest (rallyPurpose) follows in its sentence
// within rallyPurposeWords, or when a crowd's count gathers in a
// protest's sentence (crowdRallied); else nothing.
func rallyType(toks []token, i, end int) string {
	if crowdRallied(toks, i, end) {
		return "peaceful-protest"
	}
	s := toks[i].sent
	for j := end; j < len(toks) && j < end+rallyPurposeWords && toks[j].sent == s; j++ {
		if toks[j].has(rallyPurpose) {
			return "peaceful-protest"
		}
	}
	return ""
}

// crowdRallied reports a gathering word at [i, end) whose subject right
// after it is a crowd's count (crowdCountAfter: "تجمع الآلاف من أنصار
// باشينيان"، "واحتشد آلاف الأكراد"، "تجمع نحو 150 متظاهرا") in a sentence
// that voices a protest: its chants, banners or demands (protestVoice:
// "حيث هتفوا"، "رافعين لافتات") or a protest's cue (showProtestCues:
// تضامنا، للمطالبة، المتظاهرين). A crowd gathered chanting is a protest
// held though no protest noun or purpose word stands after the verb. Over
// the pool and blind gold articles, the construction is in 24, and 23 code a
// protest type (18 peaceful-protest; the others are Gaza's border marches
// and Basra's, typed by the force they met); the one left is a town's
// crowd cheering the army on state television (FR-internationalNews-2088),
// which does not move. Without the sentence's cue the count alone takes
// a company's funds ("تجمع 200 مليون دولار"), funerals, celebrations and
// the displaced (36 corpus moves; of the 28 in ant-all, 7 right). Not after a
// word of time ("لدى تجمع الآلاف"), as crowdProtested.
func crowdRallied(toks []token, i, end int) bool {
	if !crowdCountAfter(toks, end-1) {
		return false
	}
	if nearBefore(toks, i, 1, whileWords) {
		return false
	}
	return sentenceHas(toks, i, protestVoice) || sentenceHas(toks, i, showProtestCues)
}

// marchWords are the march nouns of the crowd phrases.
// The same words as qualifiedMarches (events_march.go): the set is shared
// (a set bit spared, see maxWordSets).
var marchWords = qualifiedMarches

// marchCrowd after مسيرة tell a march by its crowd or anger (مسيرة حاشدة،
// مسيرات جماهيرية، مسيرة غاضبة), a peaceful-protest trigger.
var marchCrowd = wordSet("حاشدة جماهيرية غاضبة")

// marchCalled before a march tell it called for, not held: "دعوات شعبية
// للمشاركة في مسيرات جماهيرية تنطلق باتجاه الحواجز".
var marchCalled = wordSet("للمشاركة المشاركة دعوات دعوة دعا دعت")

// marchAside reports a march phrase at token i that tells no protest of the
// day: past the title and lead it is mostly an older march looked back on
// ("في مسيرة حاشدة قبل عامين"، "كانت تخرج مسيرات غاضبة")، a related
// headline or a festivity; and a march called for is a plan.
func marchAside(toks []token, i int, lead leadZone) bool {
	if i+1 >= len(toks) || !toks[i].has(marchWords) || !toks[i+1].has(marchCrowd) {
		return false
	}
	return !lead.heads(toks, i) || nearBefore(toks, i, 4, marchCalled)
}
