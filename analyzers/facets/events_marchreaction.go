package facets

import "github.com/rasid-project/rasid/analyzers"

// A killing of marchers by Israeli fire cited as the recent cause of a
// reaction lead (rul66g-1): "دعا البيت الأبيض الخميس ... الفلسطينيين إلى
// عدم الاقتراب من الحاجز الحدودي مع إسرائيل حيث قتل 18 فلسطينيا على أيدي
// جنود الاحتلال الأسبوع الماضي"، "وجاءت تصريحات مفوضية الأمم المتحدة بعد
// يوم من مقتل 60 فلسطينيا برصاص القوات الإسرائيلية خلال احتجاجات حاشدة".
// The lead is a call, a warning, a condemnation or a measure, and the
// killing of the marchers stands in a clause or a later sentence with its
// day, أمس, الأسبوع الماضي or a count of days (and the pairs lastWeek, dayAfter). Round 66's ruling types
// such an article excessive force against protesters (round 43 ruling 2,
// round 16's reaction keeping the recent event's type); the golds code it
// 25 to 1 before the ruling, 26 to 0 after.
//
// The construction read here (marchKillReaction), counted over the pool
// and blind golds before it was written: pool 4 coded / 0 not, blind 13 /
// 0 (main gave the type in 3 and 5 of them by other words). Its parts:
// - the lead: a reaction's head (reactionHeads, or a speaker's verb of
//   reactionSpeech) within reactionHeadReach words of the lead's first
//   sentence, before any killing word; no strike, truce or raid word
//   (marchLeadStrikes) in the title or that sentence (air strikes on Hamas
//   "رداً على" a shot, a ceasefire "بعد مقتل فلسطينيين": rul66g's class (c),
//   left split), and a title that tells no killing of its own ("مقتل مسعفة
//   فلسطينية برصاص الاحتلال" is the killing's own news);
// - a sentence past the title with a killing word (marchKillWords), an
//   Israeli word (israeliAgentWords), a protest word (protestWords,
//   protesters, qualifiedMarches) and a recent time (marchRecent, or
//   "الأسبوع الماضي"). A lead citing only the running toll since 30 March
//   has no such time (rul66g's class (b), left split).
// Each word is looked up whole (plainWords) or by a set the package has:
// no word set is added.

var (
	// marchKillWords tell the marchers killed.
	marchKillWords = plainWords("قتل قتلت قتلوا مقتل القتل استشهاد استشهد قتيلا قتلى القتلى")
	// reactionSpeech are the speaker's verbs that open a warning, a
	// criticism, a threat or a measure's lead beside reactionHeads:
	// "حذرت إسرائيل"، "اعتبر المفوض السامي"، "أعلنت مفوضية الأمم المتحدة".
	reactionSpeech = plainWords("اعتبر اعتبرت حذر حذرت يحذر تحذر انتقد انتقدت ينتقد تنتقد هدد هددت يهدد تهدد " +
		"قال قالت أعلن أعلنت أكد أكدت أعرب أعربت")
	// marchLeadStrikes in the title or the lead make another violent
	// event its news: a bombardment, an air strike, a truce.
	marchLeadStrikes = plainWords("قصف تقصف يقصف قصفت غارة غارات ضربات ضربة هدنة التهدئة تهدئة")
	// marchRecent date the killing within about a week: a weekday, أمس,
	// a count of days (and the pairs lastWeek, dayAfter).
	marchRecent = plainWords("أمس امس الجمعة السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس أيام")
	// titleKillWords tell a title's killing or death of its own ("وفاة طفل
	// فلسطيني إثر إصابته برصاص الجيش الإسرائيلي في مظاهرات الجمعة").
	titleKillWords = plainWords("مقتل قتيل القتيل قتلى قتل يقتل تقتل استشهاد وفاة")
	// lastWeek and dayAfter are "الأسبوع الماضي" and "بعد يوم" (من مقتل)
	// normalized, word by word, for matchAt.
	lastWeek = []string{analyzers.Normalize("الأسبوع"), analyzers.Normalize("الماضي")}
	dayAfter = []string{analyzers.Normalize("بعد"), analyzers.Normalize("يوم")}
)

// marchKillReaction returns the first token of a sentence that tells
// marchers killed by Israeli fire lately, in an article whose lead is a
// reaction to it (see the file's comment), or -1.
func marchKillReaction(toks []token) int {
	if !inArticle(toks, israeliAgentWords) || !reactionLead(toks) {
		return -1
	}
	var kill, israeli, protest, recent bool
	for j := range toks {
		if toks[j].title {
			continue
		}
		if j == 0 || toks[j-1].sent != toks[j].sent {
			kill, israeli, protest, recent = false, false, false, false
		}
		t := &toks[j]
		kill = kill || formIn(t, marchKillWords)
		israeli = israeli || t.has(israeliAgentWords)
		protest = protest || t.has(protestWords) || t.has(protesters) || t.has(qualifiedMarches)
		recent = recent || formIn(t, marchRecent) ||
			t.w == lastWeek[0] && matchAt(toks, j, lastWeek) || t.w == dayAfter[0] && matchAt(toks, j, dayAfter)
		if kill && israeli && protest && recent {
			return sentStart(toks, j)
		}
	}
	return -1
}

// reactionLead reports a title with no strike word and no killing of its
// own, over a lead whose first sentence opens on a reaction's head before
// any killing word and tells no strike.
func reactionLead(toks []token) bool {
	for k := 0; k < len(toks) && toks[k].title; k++ {
		if formIn(&toks[k], marchLeadStrikes) || titleKillWords[toks[k].w] {
			return false
		}
	}
	first := leadStart(toks)
	if first < 0 {
		return false
	}
	s := toks[first].sent
	head := false
	for j := first; j < len(toks) && toks[j].sent == s; j++ {
		t := &toks[j]
		if formIn(t, marchLeadStrikes) {
			return false
		}
		if head || j >= first+reactionHeadReach {
			continue
		}
		if formIn(t, marchKillWords) {
			return false
		}
		head = t.has(reactionHeads) || formIn(t, reactionSpeech)
	}
	return head
}
