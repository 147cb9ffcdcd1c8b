package facets

// A blast at works: "بالفيديو.. انفجار ضخم في مصنع كيماويات أميركي" over
// "اندلع انفجار ضخم في مصنع للكيماويات في ولاية تكساس ... مما أدى إلى
// إصابة شخص"، "انفجار "كيماوي" يقتل 6 في التشيك" over "قتل 6 أشخاص ... في
// انفجار بمصنع كيماويات". A factory, a depot, a refinery or a mine that
// blows up is a mishap like a crash or a quake: the gold guide makes
// civilians an actor as the victims of the armed events an article
// reports, and the golds code none for the workers and passers-by such a
// blast hurts (pool SK-internationalNews-512, round 49d's audit). The
// title's bare "انفجار" is also every bomb's word, which is why
// disasterStory (actors_civdisaster.go), whose vetoes hold it, reads no
// blast: here the works in the title or lead say what blew up, and the
// vetoes are the same without the blast itself. The chemical adjectives
// are left out of the vetoes, as a chemical works' blast is "كيماوي";
// Syria and Iraq, ammunition and the military are added, as a depot
// blast there is the war's (Sarmada's arms depot, Hama's airbase).

var (
	// worksWords name the works that blow up by mishap: a factory, a
	// warehouse or depot, a refinery, a mine.
	worksWords = wordSet("مصنع المصنع مصنعا مصانع المصانع معمل المعمل مخزن المخزن مخازن المخازن مستودع المستودع مستودعات المستودعات مصفاة المصفاة منجم المنجم")
	// worksBlastVetoWords anywhere in the article say that someone did
	// harm, or that the works were the war's: disasterVetoWords without
	// the bare blast, the car (a car bomb's word only beside مفخخة، a
	// veto itself) and the chemical adjectives, with Syria, Iraq,
	// ammunition and the army's depots.
	worksBlastVetoWords = union(disasterVetoWords.without("انفجار", "انفجارين", "الانفجار", "سيارة", "كيماوي", "الكيماوي", "كيميائي", "الكيميائي", "كيمياوي", "الكيمياوي"),
		syrianWords, iraqWords, wordList("ذخيرة الذخيرة ذخائر الذخائر أسلحة الأسلحة للأسلحة عسكرية العسكرية عسكري العسكري حربي الحربي"))
)

// worksBlastStory reports an article whose title names a bare blast
// (bareBlastWords), whose title or lead names works (worksWords), and
// whose text names no one doing harm and no war (worksBlastVetoWords).
func (c *articleCues) worksBlastStory(toks []token) bool {
	return once(&c.worksBlast, func() bool {
		if !titleHas(toks, bareBlastWords) || !inArticle(toks, worksWords) {
			return false
		}
		works := false
		for i := 0; i < len(toks) && inTitleOrLead(toks, i); i++ {
			if toks[i].has(worksWords) {
				works = true
				break
			}
		}
		return works && !inArticleAny(toks, worksBlastVetoWords)
	})
}
