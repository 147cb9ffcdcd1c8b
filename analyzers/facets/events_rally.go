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
// within rallyPurposeWords; else nothing.
func rallyType(toks []token, i, end int) string {
	s := toks[i].sent
	for j := end; j < len(toks) && j < end+rallyPurposeWords && toks[j].sent == s; j++ {
		if toks[j].has(rallyPurpose) {
			return "peaceful-protest"
		}
	}
	return ""
}
