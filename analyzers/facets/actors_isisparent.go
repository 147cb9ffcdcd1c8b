package facets

// al-Qaeda named only as the organisation ISIS came out of: "وانبثق تنظيم
// داعش من تنظيم القاعدة في العراق الذي أسسه وبناه أبو مصعب الزرقاوي"،
// "تنظيم داعش الذي يعتبر النسخة المطورة من التنظيم الأم (القاعدة)"،
// "وتطور شيء من القاعدة ليصبح دولة اسمها داعش". The sentence tells ISIS's
// origin; al-Qaeda is its lineage, not a party to anything the article
// tells, as al-Qaeda named as Nusra's or HTS's parent is never coded
// (round 45's rul45d, "Al-Qaeda as Nusra/HTS's parent"; qaedaLineage and
// namedGroupTie read that). The golds that meet it leave al-qaeda out: pool
// 2015-08-08-581 ("AQI ... is history of another war"), 2015-08-08-150,
// blind 2015-07-24-1696 ("al-Qaeda only as ISIS's origin").

var (
	// parentVerbs issue one group out of another: "انبثق تنظيم داعش من"،
	// "وتطور شيء من القاعدة"، "خرج من رحم القاعدة".
	parentVerbs = wordSet("انبثق وانبثق انبثقت وانبثقت ينبثق تنبثق تطور وتطور تطورت وتطورت نشأ ونشأ نشأت ونشأت خرج وخرج خرجت وخرجت ولد وولد ولدت وولدت انشق وانشق انشقت وانشقت")
	// parentNouns stand right before the parent's name: "من التنظيم الأم
	// (القاعدة)"، "من رحم القاعدة"، "من عباءة القاعدة".
	parentNouns = wordSet("الأم الام رحم عباءة أحضان احضان")
)

// parentVerbReach is how far before the al-Qaeda mention the verb of
// issue may stand: the verb, ISIS's name and "من" ("وانبثق تنظيم داعش من").
const parentVerbReach = 5

// isisParent reports an al-Qaeda mention told only as the parent ISIS came
// out of: a parent noun right before it ("التنظيم الأم (القاعدة)"، "من رحم
// القاعدة"), or "من" right before it with a verb of issue (parentVerbs)
// within parentVerbReach words before ("وانبثق تنظيم داعش من تنظيم
// القاعدة"), in a sentence that names ISIS. The deed such a sentence goes
// on to is ISIS's, the subject ("النسخة المطورة من التنظيم الأم (القاعدة)
// استهدف المراهقين"), so a word of harm near does not keep al-Qaeda. A
// sentence with no ISIS in it ("خرج من القاعدة مقاتلون") is left.
func isisParent(toks []token, ms []mention, m mention) bool {
	i := m.start - 1
	if i < 0 || toks[i].sent != toks[m.start].sent {
		return false
	}
	switch {
	case toks[i].has(parentNouns):
	case toks[i].w == "من" && nearBefore(toks, i, parentVerbReach-1, parentVerbs):
	default:
		return false
	}
	return actorIDInSentence(toks, ms, toks[m.start].sent, "isis")
}
