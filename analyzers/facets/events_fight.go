package facets

import (
	"strings"
	"time"
)

// A word of fighting told with its violence or its raging is as specific
// as "معارك عنيفة" (a listed phrase): "بعد سيطرته الكاملة على بلدة سقبا
// ... إثر مواجهات عنيفة مع المعارضة"، "وتواصلت الاشتباكات العنيفة بين
// مسلحي التنظيم"، "فيما تدور معارك على الحدود الشمالية لمدينة عفرين"،
// "أن المعارك المستمرة، منذ أمس الأحد". Told once in a body, the bare
// noun weighed as any one word and typed nothing; with a word that tells
// it fought or going on beside it, it weighs as a phrase does.

var (
	// clashNouns are the nouns of fighting among the clash triggers.
	clashNouns = wordSet("اشتباكات اشتباك الاشتباكات معارك المعارك مواجهات المواجهات قتال القتال")
	// fightFierce right after a fighting noun tell its violence.
	fightFierce = wordSet("عنيفه العنيفه عنيف العنيف ضاريه الضاريه شرسه الشرسه طاحنه الطاحنه")
	// fightGoingOn right after a fighting noun tell it going on: "المعارك
	// الدائرة"، "اشتباكات تدور حاليا"، "المعارك لا تزال متواصلة".
	fightGoingOn = wordSet("الدايره الداير دايره داير المستمره مستمره المتواصله متواصله تدور يدور دارت دار اندلعت اندلع تواصلت استمرت تجددت احتدمت جرت تجري")
	// fightBroke right before a fighting noun tell it breaking out or going
	// on: "تدور معارك"، "اندلعت اشتباكات"، "وقوع اشتباكات"، "تجدد القتال".
	fightBroke = wordSet("تدور يدور دارت دار اندلعت اندلع اندلاع باندلاع تواصلت تتواصل استمرت تستمر تجددت تتجدد تجدد احتدمت تحتدم احتدام وقوع بوقوع وقعت جرت تجري")
	// fightResult tell a fight's toll, right before it ("أسفرت الاشتباكات
	// عن مقتل") or right after it ("الاشتباك نجم عنه مقتل اثنين"، "المعارك
	// أسفرت عن"); after نجم عن or أسفر عن it is the toll's cause ("ونجم عن
	// الاشتباك استشهاد أحد أفراد الأمن"): a fight with its dead is one
	// that was fought.
	fightResult = wordSet("اسفرت اسفر نجم نجمت اوقعت اوقع")
	// clashTheOne is the definite singular, "the clash", a clash noun of
	// fightTold beside clashNouns (which other facets read too).
	clashTheOne = wordSet("الاشتباك")
	// stillWords stand between a fighting noun and the word that tells it
	// going on: "المعارك لا تزال متواصلة".
	stillWords = wordSet("لا تزال زالت مازالت لازالت ما")
	// fightAverted up to three words before a fighting noun tell it did
	// not break out, was feared, is a period looked back on or what
	// someone went to join: "عدم وقوع اشتباكات"، "خوفا من اندلاع
	// اشتباكات"، "احتمالية تجدد القتال"، "منذ اندلاع المعارك"، "خلال فترة
	// القتال العنيف"، "للمشاركة في القتال الدائر هناك".
	fightAverted = wordSet("عدم لعدم خوفا خوف خشيه تحسبا احتماليه احتمال منذ فتره لمنع منع لتفادي تفادي لتجنب تجنب للمشاركه")
	// fightCrowd name unarmed people or the occupation's front in a fight:
	// a crowd or a march, fans, residents, the police, Palestinians and
	// Israel's forces ("مواجهات عنيفة بين الفلسطينيين وجنود إسرائيليين خلال
	// تظاهرات"، "الاشتباكات العنيفة التي اندلعت بين جماهير البلدين"،
	// "اشتباكات ... بين أنصار شريف والشرطة"، "مواجهات اندلعت عصر الجمعة مع
	// قوات إسرائيلية على حاجز عطارة").
	fightCrowd = wordSet("الفلسطينيين فلسطينيين الفلسطينيون فلسطينيون فلسطينيا المحتله الشبان شبان جماهير الجماهير مشجعي مشجعو المشجعين السكان الاهالي اهالي " +
		"المظاهره المسيره مسيره المسيرات مسيرات انصار الشرطه شرطه للشرطه الدرك اسراييليه الاسراييليه اسراييلي الاسراييلي اسراييليين الاسراييليين المسجد")
	// fightArmed name an armed side, with armedSides: a crowd's or the
	// police's fight with them is still a clash ("اشتباكات بين مواطنين من
	// الموصل ومسلحي داعش").
	fightArmed = wordSet("داعش التنظيم الحوثيين الحوثي طالبان النصره القاعده ميليشيات ميليشيا مليشيات الميليشيات المتمردين الارهابيين")
)

// fightTold reports a one-word fighting noun at token i told with its
// violence or its raging in its sentence: a fierce word or one of going on
// right after it (past "لا تزال"، "ما زالت"), or a verb of breaking out or
// going on right before it. Not when it is averted, feared or looked back
// on: fightAverted, منذ anywhere before it in its sentence ("ومنذ الإطاحة
// بمرسي تخوض قوات الأمن ... مواجهات عنيفة" is a standing war), or a year
// or a month other than the publication's in its sentence ("وفي أغسطس 2017
// غادر نحو 3 آلاف لاجئ ... على إثر اشتباكات"); nor when its sentence names
// no armed side and tells a protest, a riot, a crowd, the police or the
// occupation's front, or the title or lead tells a protest or a riot
// (ACLED's clashes are between armed groups: a riot's "اندلعت المواجهات"
// is the riot).
func fightTold(toks []token, i, end int, pub time.Time, lead leadZone) bool {
	if end != i+1 || !toks[i].has(clashNouns) && !toks[i].has(clashTheOne) || lead.place(toks, i) == leadPast {
		// Past the lead's first words in its sentences, a run-on column
		// tells its figures (see leadZone): the cut stands.
		return false
	}
	if fightAside(toks, i) || otherMonthTold(toks, i, pub, false) {
		return false
	}
	s := toks[i].sent
	if !sentenceHas(toks, i, armedSides) && !sentenceHas(toks, i, fightArmed) &&
		(sentenceHas(toks, i, protestWords) || sentenceHas(toks, i, protesters) || sentenceHas(toks, i, riotWords) ||
			sentenceHas(toks, i, fightCrowd) || lead.headHas(toks, protestWords, protesters, riotWords)) {
		return false
	}
	if i > 0 && toks[i-1].sent == s && (toks[i-1].has(fightBroke) || toks[i-1].has(fightResult)) {
		return true
	}
	if i > 1 && toks[i-2].sent == s && toks[i-1].w == "عن" && toks[i-2].has(fightResult) {
		return true // "ونجم عن الاشتباك استشهاد أحد أفراد الأمن"
	}
	j := end
	for j < len(toks) && j < end+2 && toks[j].sent == s && toks[j].has(stillWords) {
		j++
	}
	if j+1 < len(toks) && toks[j].sent == s && toks[j].has(fightKinds) {
		// The sides may follow a word of the fight's kind: "في المواجهات
		// الميدانية مع الجيش اليمني"، "اشتباكات مسلحة مع عناصر التنظيم".
		j++
	}
	return j < len(toks) && toks[j].sent == s && (toks[j].has(fightFierce) || toks[j].has(fightGoingOn) || toks[j].has(fightResult) || fightSidesNamed(toks, j))
}

// fightKinds right after a fighting noun tell its kind, not yet its
// violence: the armed sides may follow them (fightSidesNamed).
var fightKinds = wordSet("الميدانيه ميدانيه المسلحه مسلحه الداميه داميه المتقطعه متقطعه")

// fightSidesNamed reports the word at j, right after a fighting noun,
// opening the armed sides it was fought between or with: "وسط معارك بين
// القوات الحكومية والمتمردين"، "بعد مواجهات مع ميليشيات الحوثي". A fight
// told with its sides is as specific as a fierce one; a round-35 recall
// audit of fresh war-titled articles found such one-word body clashes
// beside the day's air strikes untyped. Only armed sides count (fightSides
// within fightSidesWords after بين or مع): a fight "مع الشرطة" or among
// fans is not named so, and fightTold's guards keep protests and crowds.
// Nor when its sentence looks back (pastWords, or قبل: "فقبل أيام من البدء
// بعملية الغوطة، حدثت اشتباكات بين فصائل مسلحة"، "قتلوا، الأسبوع الماضي،
// خلال معارك مع عناصر من تنظيم القاعدة"): a fight named with its sides is
// as often a recalled one; not "خلال الساعات الماضية" (recentSpans). Nor
// a fight a modal word puts in doubt (modalBefore).
func fightSidesNamed(toks []token, j int) bool {
	if !fightSideOpeners[toks[j].w] || sentenceHas(toks, j, earlierWords) || modalBefore(toks, j-1) || fightSpanBefore(toks, j-1) {
		return false
	}
	if toks[j].w == "مع" && toks[j-1].has(clashFightWords) {
		// "متورط بالقتال مع (داعش)"، "بألا ينخدعوا بسحر القتال مع تنظيم
		// داعش": fighting with a group is as often fighting in its ranks.
		return false
	}
	for k := sentStart(toks, j); k < len(toks) && toks[k].sent == toks[j].sent; k++ {
		if toks[k].has(pastWords) && (k == 0 || !toks[k-1].has(recentSpans)) {
			return false
		}
	}
	for k := j + 1; k < len(toks) && k <= j+fightSidesWords && toks[k].sent == toks[j].sent; k++ {
		if toks[k].has(fightSides) || toks[k].has(armedSides) || toks[k].has(fightArmed) || toks[k].has(fightUnits) {
			return true
		}
	}
	return false
}

var (
	// fightSideOpeners open the sides of a fight right after its noun.
	fightSideOpeners = plainWords("بين مع")
	// earlierWords tell a time before the news: "قبل أيام".
	earlierWords = wordSet("قبل")
	// recentSpans before a past word keep the news recent: "خلال الساعات
	// الماضية".
	recentSpans = wordSet("الساعات ساعات")
	// fightSides are the forces a fight's sides are named by, besides
	// armedSides and fightArmed.
	fightSides = wordSet("القوات قوات الجيش جيش المعارضه المتمردين متمردين الانقلابيين عناصر مسلحي")
)

// fightSidesWords is how many words after بين or مع fightSidesNamed looks
// for an armed side: "بين عناصر من الجيش"، "مع مسلحي تنظيم داعش".
const fightSidesWords = 2

// fightAside reports a fighting word at token i told averted, feared or
// looked back on by the words before it: fightAverted up to three words
// before it ("عدم وقوع اشتباكات"), or منذ anywhere before it in its
// sentence.
func fightAside(toks []token, i int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && toks[j].sent == s; j-- {
		// The word itself (no proclitic off) is منذ.
		if (toks[j].is(sinceWords) || j >= i-3 && toks[j].has(fightAverted)) && !(toks[j].has(sinceWords) && sinceLately(toks, j)) {
			return true
		}
	}
	return false
}

// sinceLately reports the منذ at token j counting back only days or hours
// (a word of lately right after it): the fight has gone on since then and
// is the news, not a standing war — "ومنذ أسبوع تدور معارك متقطعة بين
// المعسكرين حول المنشآت النفطية"، "تشهد المنطقة منذ صباح السبت معارك"،
// "تدور منذ أيام عدة معارك" (a round-44 blind audit's Libyan oil ports).
// Not months or years ("منذ أشهر"، "منذ 2011"), nor a bare يوم ("منذ يوم 15
// مارس" dates an older start).
func sinceLately(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j+1].sent == toks[j].sent && toks[j+1].has(latelyWords)
}

// latelyWords right after منذ count back days or hours (see sinceLately).
var latelyWords = wordSet("اسبوع ايام يومين ساعات ساعه ساعتين عده بضعه صباح الصباح فجر الفجر مساء ليل ليله الليله امس الامس " +
	"السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه")

// otherMonthTold reports a year or a month other than the publication's in
// the sentence of token i: what it tells is looked back on ("وفي أغسطس
// 2017 ... على إثر اشتباكات"، "وفي الثالث من شباط/فبراير الماضي، قتل مسلح
// خلال كمين نصب لرجال شرطة"). With town, a bare آب not after a day's
// number is Yemen's Ibb ("في كمين للمقاومة بمحافظة إب"), not August.
func otherMonthTold(toks []token, i int, pub time.Time, town bool) bool {
	if pub.IsZero() {
		return false
	}
	if otherYearTold(toks, i, pub) {
		return true
	}
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if m, used := monthAt(toks, j); used > 0 && m != int(pub.Month()) {
			if town && used == 1 && toks[j].w == "اب" && !dayBefore(toks, j) {
				continue
			}
			return true
		}
	}
	return false
}

// otherYearTold reports a year other than the publication's in the
// sentence of token i: a campaign "منذ أواخر مارس 2015" told in 2018 is a
// standing war. A month alone is kept: "منذ 18 فبراير" dates the start of
// an offensive still going on.
func otherYearTold(toks []token, i int, pub time.Time) bool {
	return otherYearWithin(toks, i, pub, len(toks))
}

// otherYearWithin reports a year other than the publication's within reach
// words of token i (before it, and before i+reach after it) in its
// sentence: otherYearTold reads the whole sentence, otherYearNear
// (events_securityattacked.go) oldYear's reach.
func otherYearWithin(toks []token, i int, pub time.Time, reach int) bool {
	if pub.IsZero() {
		return false
	}
	s := toks[i].sent
	j := i
	for j > 0 && j > i-reach && toks[j-1].sent == s {
		j--
	}
	for ; j < len(toks) && j < i+reach && toks[j].sent == s; j++ {
		if y, ok := atoiYear(toks[j].w); ok && y > 1900 && y != pub.Year() {
			return true
		}
	}
	return false
}

// dayBefore reports a day's number right before token j: "في 5 آب".
func dayBefore(toks []token, j int) bool {
	if j == 0 {
		return false
	}
	_, ok := digits(toks[j-1].w)
	return ok
}

// A fight with bare hands or one a drill or a game plays out is no armed
// clash: "أدت إلى حدوث شجار واشتباك بالأيدي مع المواطن جمال خاشقجي"،
// "الأمن يفض اشتباكا بالأيدي بين أحد الأطباء وذوي مريضة"، "مقاتلتان ...
// نفذتا محاكاة لاشتباك مع طائرتين"، "لعبة إلكترونية تحاكي قتال عناصر".
var (
	// bareHands follow a fight of fists: "بالأيدي"; wordFight a fight of
	// words or ideas: "الاشتباك اللفظي"، "لفك ذلك الاشتباك الفكري", or of
	// politics, courts, ballots, diplomats or the press: "رغم المعارك
	// السياسية بشأن الهجرة"، "بعد سنوات من المعارك القضائية"، "في المعارك
	// الانتخابية"، "مستعدون لمواجهات دبلوماسية" (a round-61 recall audit's
	// extra, c61rec; holdout23 Q26 and holdout31 Q73 rule such battles no
	// armed clash). A fighting word or حرب before such an adjective stands
	// in 7 pool gold articles, none coded armed-clash, and 19 blind ones, 2
	// coded (each for fighting told elsewhere).
	bareHands = wordSet("بالايدي بالايادي")
	wordFight = wordSet("اللفظي اللفظيه الفكري الفكريه الكلامي الكلاميه " +
		"السياسيه سياسيه القضائيه قضائيه القانونيه قانونيه الانتخابيه انتخابيه الدبلوماسيه دبلوماسيه الاعلاميه اعلاميه")
	// engagementHeads right before the definite singular الاشتباك name the
	// rules, the line or the mode of engagement, or tell no clash: "قواعد
	// الاشتباك"، "خط فض الاشتباك"، "اتفاقية فك الاشتباك"، "وضع الاشتباك"،
	// "عدم الاشتباك معهم"، "أمضى سنين يتحاشى الاشتباك مع داعش".
	engagementHeads = wordSet("قواعد قواعده قواعدها قواعدهم فض لفض فك لفك خط خطوط اتفاقيه اتفاق مراقبه وضع عدم يتحاشي تتحاشي يتجنب تتجنب")
	// simulating words stand before a fight a drill or a game plays out.
	simulating = wordSet("محاكاه تحاكي يحاكي لمحاكاه")
)

// unarmedClash reports a fighting word at [i, end) followed by bareHands
// or wordFight, with a simulating word up to two words before it in its
// sentence, or الاشتباك right after engagementHeads.
func unarmedClash(toks []token, i, end int) bool {
	if wordAfter(toks, i, end, bareHands) || wordAfter(toks, i, end, wordFight) {
		return true
	}
	if toks[i].title && end == i+1 && titleWordFight(toks, i) {
		return true
	}
	if end == i+1 && toks[i].has(clashTheOne) && (nearBefore(toks, i, 1, engagementHeads) || strings.HasPrefix(toks[i].w, "لل")) {
		// "قواعد الاشتباك"، "فض الاشتباك"; "للاشتباك" is a purpose
		// ("مستعدون للاشتباك").
		return true
	}
	return nearBefore(toks, i, 2, simulating)
}

// titleWordFight reports a title's bare fighting word at i that the body
// tells again, the same word, before a wordFight adjective: the title's
// "رغم المعارك.." is the lead's "رغم المعارك السياسية بشأن الهجرة"
// (SK-internationalNews-3499, a round-61 recall audit's extra).
func titleWordFight(toks []token, i int) bool {
	if !inArticle(toks, wordFight) {
		return false
	}
	for j := i + 1; j+1 < len(toks); j++ {
		if toks[j].title || toks[j].w != toks[i].w {
			continue
		}
		if wordAfter(toks, j, j+1, wordFight) {
			return true
		}
	}
	return false
}
