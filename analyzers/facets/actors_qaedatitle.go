package facets

// Al-Qaeda named only as a man's title or as the members a state shelters.
//
// The opinion pieces, biographies and Gulf–Iran quarrels of the corpus name
// al-Qaeda in two descriptive ways that tell no party to a war the article
// reports. (a) As a man's title: "كحارس شخصي لزعيم القاعدة أسامة بن
// لادن"، "أنور العولقي، زعيم القاعدة في اليمن"، "استضافته زعيم تنظيم
// القاعدة في حينها"؛ the man is the news (a bodyguard deported, a
// would-be recruit of ISIS who watched the sermons, Sudan's place on a
// list), not the group. (b) As whom a state hosts or shelters: "تحمي
// عناصر القاعدة وترفض تسليمهم"، "استضافت عناصر من القاعدة"، "تؤوي
// قيادات في تنظيم القاعدة" — a charge against Iran or a line of its
// history. Over the pool's and the blind codings' gold articles (round 60,
// aud60c), 8 tell every al-Qaeda mention so (6 as a title, 2 as the
// sheltered) and none codes al-qaeda; the 2 coded articles of the kind
// tell a pledge or a trial, the guards below. A mention so told is set
// aside; another mention of the article (a branch fighting, a strike)
// keeps the group.
//
// Not so told: the titled leader speaking ("دعا أيمن الظواهري زعيم تنظيم
// القاعدة إلى الجهاد", a corpus move read in round 60: his call is the
// group's), a trial in the mention's sentence ("الحكم على شقيق زعيم
// تنظيم القاعدة ... بإعدام عشرة متهمين", rul45d-1's judicial step), a
// pledge to the leader ("وقبل مبايعته لقائد تنظيم القاعدة أيمن
// الظواهري": the pledging man is the group's), and a leader harmed or struck ("مقتل زعيم القاعدة
// في المدينة"، "غارة استهدفت قائد تنظيم القاعدة"), where the group is the
// party struck.

var (
	// qaedaTitleWords name a man by his place in al-Qaeda: its leader or
	// founder ("لزعيم"، "مؤسس"، "قائد"). The proclitic forms ("لزعيم"،
	// "وزعيم") are the token's own.
	qaedaTitleWords = wordSet("زعيم الزعيم مؤسس المؤسس قائد زعماء")
	// qaedaShelterVerbs host or shelter people: "تؤوي"، "إيواء"، "تحمي"،
	// "استضافت"، "تحتضن".
	qaedaShelterVerbs = wordSet("تؤوي يؤوي تاوي ياوي اوت اوى ايواء وتؤوي تحمي يحمي حمت حماية استضافت استضاف استضافة تستضيف يستضيف تحتضن احتضنت احتضان")
)

// qaedaTitleBetween may stand between the title word and the name: an
// adjective of the title or the word تنظيم ("الزعيم الجديد لتنظيم
// القاعدة"). Looked up whole at one word.
var qaedaTitleBetween = plainWords("الجديد السابق الراحل الحالي تنظيم لتنظيم التنظيم")

// qaedaShelteredMembers are the members a state shelters, read right
// before the name ("عناصر القاعدة"، "قيادات في تنظيم القاعدة"، "عناصر من
// القاعدة"). Looked up whole at one word.
var qaedaShelteredMembers = plainWords("عناصر قيادات قياده رموز افراد اعضاء في من")

// qaedaTitleReach is how many words back from the name the title or the
// shelter verb may stand: the title with one adjective and تنظيم between
// ("الزعيم الجديد لتنظيم القاعدة"), the verb with its object and a
// preposition ("تؤوي قيادات في تنظيم القاعدة").
const qaedaTitleReach = 4

// qaedaTitleOrSheltered reports an al-Qaeda mention m told only as a man's
// title or as the members a state shelters (see the file comment).
func qaedaTitleOrSheltered(toks []token, m mention) bool {
	if !inArticle(toks, qaedaTitleWords) && !inArticle(toks, qaedaShelterVerbs) {
		return false
	}
	if sentenceHas(toks, m.start, convictionWords) {
		// "تأجيل ... الحكم على شقيق زعيم تنظيم القاعدة ... بإعدام عشرة
		// متهمين دينوا بتكوين تنظيم إرهابي": a trial of men tied to the
		// group makes it a party (rul45d-1).
		return false
	}
	s := toks[m.start].sent
	for j := m.start - 1; j >= 0 && j >= m.start-qaedaTitleReach && toks[j].sent == s; j-- {
		if toks[j].has(qaedaTitleWords) {
			// "مقتل زعيم القاعدة"، "مبايعته لقائد تنظيم القاعدة": the
			// leader harmed or pledged to keeps the group.
			// "دعا أيمن الظواهري زعيم تنظيم القاعدة إلى الجهاد": the
			// leader speaking is the group speaking.
			return !nearBefore(toks, j, 3, harmWords) && !nearBefore(toks, j, 3, allegianceWords) && !nearBefore(toks, j, 3, militaryWords) &&
				!nearBefore(toks, j, qaedaTitleReach, speakerVerbs) && !nearBefore(toks, j, qaedaTitleReach, appealVerbs)
		}
		if toks[j].has(qaedaShelterVerbs) {
			return true
		}
		if !qaedaTitleBetween[toks[j].w] && !qaedaShelteredMembers[toks[j].w] {
			return false
		}
	}
	return false
}
