package facets

import (
	"slices"
	"time"

	"github.com/rasid-project/rasid/analyzers"
)

// An older event's toll told as background: a warning, an arrest, a report
// or a reopening names the killing it follows up with the year it happened
// ("الاعتداء الذي استهدف سوقا ميلادية في برلين في 2016 وأسفر عن مقتل 12
// شخصا"). The guide's toll is the main event's; an event of an earlier year
// is history (adjudication/README.md: a history essay has no toll).
//
// Tried and dropped this round: every toll told in a relative clause of
// its event ("أعمال العنف التي أسفرت عن سقوط 170 قتيلا") under a title of no
// killing. The coders keep a recent event's toll behind a reaction (a march
// after Florida's school shooting, Guterres's call about Gaza's Friday,
// France on Burkina Faso's attack of the day before): it lost three values
// for the two it gained.

// titleTellsKilling reports a word of killing or a casualty figure in the
// title.
func titleTellsKilling(toks []token, ts []toll) bool {
	for _, t := range ts {
		if toks[t.tok].title {
			return true
		}
	}
	return titleHas(toks, killVerbs, killNouns)
}

// reactionWords condemn an event: the condemnation words of the speech
// rules, with the forms a reaction's title or lead opens with that they
// lack ("دانت دولة الإمارات"، "يستنكرون تفجير أبها"، "تواصلت الإدانات").
var reactionWords = union(condemnWords, wordList("دان دانت يستنكرون يدينون ينددون الادانات"))

// reactionLeadReach is how far into the lead's first sentence its
// condemnation may come: the words that open it ("تواصلت الإدانات").
const reactionLeadReach = 4

// reactionStory reports a condemnation told by the title, under a title of
// no killing, and by the words that open the lead: "ترامب يندد بالهجوم
// الرهيب" over "ندد الرئيس الأميركي ... بالهجوم الذي ... أسفر عن مقتل
// أربعة أشخاص". The news is the reaction, and the coders give it no toll
// of the attack it condemns. A report that criticises ("انتقدت منظمة هيومان
// رايتس ووتش ... قتلت 26 مدنيا") under "تندد" is the report's own count.
func reactionStory(toks []token, ts []toll) bool {
	if reactionHeadStory(toks, ts) || opinionLeadStory(toks, ts) || statementTitleStory(toks, ts) {
		return true
	}
	if !titleHas(toks, reactionWords, reactionNouns) || titleTellsKilling(toks, ts) {
		return false
	}
	first := slices.IndexFunc(toks, func(t token) bool { return t.para == 1 })
	if first < 0 {
		return false
	}
	for j := first; j < len(toks) && j < first+reactionLeadReach && toks[j].sent == toks[first].sent; j++ {
		if toks[j].has(reactionWords) {
			return true
		}
	}
	if reactionBeforeKilling(toks, ts, first) {
		return true
	}
	// "عبر مصدر مسؤول بوزارة الخارجية، السبت، عن إدانة المملكة": the
	// condemnation a speaker expresses (عن and its noun) comes after the
	// speaker's name, further into the lead.
	for j := first + 1; j < len(toks) && j < first+reactionNounReach && toks[j].sent == toks[first].sent; j++ {
		if toks[j].has(reactionNouns) && toks[j-1].w == "عن" {
			return true
		}
	}
	return false
}

// reactionBeforeKilling reports, under a reaction's title, a lead whose
// first sentence (starting at first) comes to the condemnation, or to the
// event as the reaction's cause ("على خلفية"), before any killing: "كثف
// المجتمع السعودي تواجده عبر مواقع التواصل الاجتماعي ليظهر إدانته للتفجير
// الانتحاري ... والذي نتج عنه مقتل عشرة من رجال الأمن" under "السعوديون
// يجمعون مليون استنكار عبر تويتر"، "تفاعل عدد من المشائخ والدعاة ... على
// خلفية حادثة التفجير الارهابي ... والذي أدى الى استشهاد 12" under
// "مغردون يدينون التفجير". The reaction is the news and the killing its
// object (round 46, rul46c-2), however late in the sentence the
// condemnation comes; a killing told first is news of its own.
func reactionBeforeKilling(toks []token, ts []toll, first int) bool {
	s := toks[first].sent
	for j := first; j < len(toks) && toks[j].sent == s; j++ {
		if killingAt(toks, ts, j) {
			return false
		}
		if toks[j].has(reactionWords) || toks[j].has(reactionNouns) || toks[j].w == onBackgroundOf && j > first && toks[j-1].w == onWord {
			return true
		}
	}
	return false
}

// onBackgroundOf and onWord are "خلفية" and "على" normalized: the cause
// of a reaction in "على خلفية". onWord is the package's one normalized
// "على" (orderBefore's "المحافظة على النظام", strikeMeans' "تعتمد على
// الضربات الجوية" read it too).
var onBackgroundOf, onWord = analyzers.Normalize("خلفية"), analyzers.Normalize("على")

// reactionNouns are the condemnation's nouns that "أعرب عن" and "عبر عن"
// take: "عن إدانة المملكة"، "عن إدانتها واستنكارها".
var reactionNouns = wordSet("إدانة إدانتها إدانته إدانتهم إدانتنا استنكار استنكارها استنكاره شجب")

// reactionNounReach is how far into the lead's first sentence that noun
// may come: past the speaker's name and the day.
const reactionNounReach = 14

// yearWithin reports a year before the publication's, told as a date (في
// 2016، عام 2013، "في يوليو 2014"، "العام 2010"), up to before words before
// token i (tollYearReach for a toll, olderYearReach for an actor) or twelve
// after it in its sentence: "الاعتداء الذي استهدف سوقا ميلادية
// في برلين في 2016 وأسفر عن مقتل 12 شخصا" counts an older event. Not a year
// a period starts from ("منذ 2011"، "الأعنف منذ صيف 2014 خلفت قتيلين" is
// today's raid), nor a birth year (من مواليد 1997), nor a figure with no
// date word before it ("2000 برميل متفجر قتلت 368 سوريا").
//
// A sentence that opens on such a date tells that year however far its
// toll comes ("وفي ديسمبر 2016 ضرب زلزال إقليم أتشيه مما أدى إلى مقتل أكثر
// من 100 شخص" under a quake with no victims), and last year told in words
// is such a year too ("اعتداء مانشستر الذي وقع العام الماضي وأسفر عن مقتل
// 22 شخصا" under the extradition of the bomber's brother).
func yearWithin(toks []token, i, published, before int) bool {
	s := toks[i].sent
	if datedOpening(toks, sentStart(toks, i), published) {
		return true
	}
	for j := max(i-before, 1); j < i+tollDateReach && j < len(toks); j++ {
		if toks[j].sent != s {
			continue
		}
		if lastYearAt(toks, j) && !yearStartsPeriod(toks, j) {
			return true
		}
		y, ok := atoiYear(toks[j].w)
		if !ok || y >= published || y <= 1900 || !yearCue(toks[j-1].w) {
			continue
		}
		if yearStartsPeriod(toks, j) {
			continue
		}
		return true
	}
	return false
}

// tollRecalled reports a toll at token i told as an earlier event's, the
// toll filter's five background tests (casualties, numbers.go) in the
// order they are asked: beside an earlier year (yearWithin), beside a
// month called past (pastMonthNear), after an attack named by a bare month
// (attackMonthBefore), the latest of a series under a title of no killing
// (latestOfSeries, tolls_latest.go), or a protest wave's dead
// (protestWaveToll, tolls_protestwave.go).
func tollRecalled(toks []token, i int, ts []toll, published time.Time) bool {
	return yearWithin(toks, i, published.Year(), tollYearReach) || pastMonthNear(toks, i, published) || attackMonthBefore(toks, i, published) || latestOfSeries(toks, i, ts) || protestWaveToll(toks, i)
}

// pastMonthNear reports a month called past ("في أكتوبر الماضي"،
// "بأبريل الماضي"، "في شهر يوليو المنصرم"), its name from tollYearReach
// words before token i to eleven after it in its sentence: the toll is an
// earlier month's event's, as yearWithin's of an earlier year (rul46c-1:
// "مما أسفر عن مقتل 16 من ضباط وجنود الشرطة" of an attack "في أكتوبر
// الماضي" under the arrest of its planner a year later). Not the month
// just before the publication's in its first two weeks ("في سبتمبر
// الماضي" on 5 October may be days ago), nor a month a period starts from
// or runs to (yearStartsPeriod: "منذ مارس الماضي"، "حتى يونيو الماضي").
// It reads past words (pastWords) only, so an article without one is
// passed at once. Not pastMonthTo (events.go), which reads a month after
// في or خلال as past by its number alone, with or without الماضي; nor
// pastMonthNamed (olderTold), which takes a bare name only (not
// "بأبريل") and no month spelt in two words.
func pastMonthNear(toks []token, i int, published time.Time) bool {
	if !inArticle(toks, pastWords) {
		return false
	}
	s := toks[i].sent
	for j := max(i-tollYearReach, 0); j < i+tollDateReach && j < len(toks); j++ {
		if toks[j].sent != s {
			continue
		}
		m, used := monthAt(toks, j)
		if used == 0 || j+used >= len(toks) || toks[j+used].sent != s || !toks[j+used].has(pastWords) {
			continue
		}
		if lastMonthEarly(m, published) || yearStartsPeriod(toks, j) {
			continue
		}
		return true
	}
	return false
}

// lastMonthEarly reports month m the one before publication's, in the
// publication month's first two weeks: "في سبتمبر الماضي" on 5 October may
// be days ago, so a toll under it may be the news's own.
func lastMonthEarly(m int, published time.Time) bool {
	prev := int(published.Month()) - 1
	if prev == 0 {
		prev = 12
	}
	return m == prev && published.Day() <= 14
}

// attackMonthBefore reports a toll whose sentence names, before it (up
// to twelve words), an attack by a bare month as its genitive: "مماثلة
// لهجوم شباط/فبراير الذي أسفر عن أكثر من مئة قتيل" (SK-middleEast-610), "في
// هجوم أبريل على خان شيخون، أسفر عن مقتل 83" — an attack a month names
// is a known, earlier one (rul46c-1). The month is not the publication's,
// nor the one before it early in a month (pastMonthNear's guard). Only
// before the toll: a bare month after it may date another act than the
// toll's ("قتل ستة أعضاء ... اتهمها بالضلوع في هجوم في يوليو", round 61's
// m61kill), and only as the attack noun's genitive, with no في between.
func attackMonthBefore(toks []token, i int, published time.Time) bool {
	if !inArticle(toks, attackTollAttacks) {
		return false
	}
	s := toks[i].sent
	for j := max(i-tollDateReach, 1); j < i; j++ {
		if toks[j].sent != s || toks[j-1].sent != s || toks[j-1].gap || !toks[j-1].has(attackTollAttacks) {
			continue
		}
		m, used := monthAt(toks, j)
		if used == 0 {
			continue
		}
		if m == int(published.Month()) || lastMonthEarly(m, published) {
			continue
		}
		return true
	}
	return false
}

// tollYearReach is how many words before a toll yearWithin looks for an
// older year.
const tollYearReach = 6

// tollDateReach bounds the words after a toll (the eleven after it) where
// the background tests read a year or a past month, and the words before
// it where an attack named by a month may stand (attackMonthBefore).
const tollDateReach = 12

// datedOpening reports a sentence starting at st that opens on في and an
// earlier year than published's, told as a date ("وفي ديسمبر 2016"، "في
// عام 2014").
func datedOpening(toks []token, st, published int) bool {
	if st >= len(toks) || stripWa(toks[st].w) != "في" {
		return false
	}
	for j := st + 1; j <= st+3 && j < len(toks) && toks[j].sent == toks[st].sent; j++ {
		if y, ok := atoiYear(toks[j].w); ok && y > 1900 && y < published && yearCue(toks[j-1].w) {
			return true
		}
	}
	return false
}

// lastYearAt reports "العام الماضي" or "السنة الماضية" at token j.
func lastYearAt(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j+1].sent != toks[j].sent || !toks[j].has(yearNouns) {
		return false
	}
	return toks[j+1].has(pastWords)
}

var yearNouns = wordSet("العام السنه")

// yearCue reports a word that tells the next figure is a date's year.
func yearCue(w string) bool {
	if _, ok := months[w]; ok {
		return true
	}
	switch w {
	case "في", "عام", "العام", "سنه", "السنه", "الاول", "الثاني":
		return true
	}
	return false
}

// yearStartsPeriod reports منذ or مواليد within the three words before token j of its
// sentence: the year starts a period, or is a birth.
func yearStartsPeriod(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3 && toks[k].sent == toks[j].sent; k-- {
		if w := stripWa(toks[k].w); w == "منذ" || w == "مواليد" || w == "حتي" {
			return true
		}
	}
	return false
}

// trialOf returns trialStory, cached in trial (-1: not yet read).
func trialOf(toks []token, trial *int) int {
	if *trial < 0 {
		*trial = trialStory(toks)
	}
	return *trial
}

// quietStory reports a story whose title and lead's first sentence tell no
// killing, no fight and no mishap: a conference ("تنطلق بالعاصمة الجزائر
// اليوم أعمال المؤتمر الدولي")، a landing ("هبطت طائرة عسكرية سعودية في
// مطار مدينة عدن")، a play or a film festival. Its news is not a violent
// event, so a toll told further down ("على خلفية مصرع 9 عسكريين"، "وقتل 17
// مسلحا ... في تعز") is another story's or a background's, and the guide
// gives the article none. A storm, a flood or a crash in the title or the
// first sentence is an event whose toll may come later ("عواصف تجتاح ساحل
// تشيلي" then "ثلاثة أشخاص قُتلوا"). A third party's reaction or a
// funeral told so loses the toll behind it, as the adjudication conventions
// have it (adjudication/README.md); a condemnation's title is
// reactionStory's.
func quietStory(toks []token, ts []toll) bool {
	if !slices.ContainsFunc(ts, func(t toll) bool { return t.kind == killedKind }) {
		return false // no toll to drop: the title's and the lead's words need no look
	}
	if titleTellsKilling(toks, ts) || titleHas(toks, leadFights, tollEvents, attackWords, violentDeeds, disasterTitleWords, disasterWords, accidentWords) {
		return false
	}
	first := leadStart(toks)
	if first < 0 {
		return false
	}
	for j := first; j < len(toks) && toks[j].sent == toks[first].sent; j++ {
		t := toks[j]
		if slices.ContainsFunc(ts, func(x toll) bool { return x.tok == j }) {
			// "لقيت امرأة مصرعها": the lead's own toll.
			return false
		}
		if t.has(killVerbs) || t.has(killNouns) || t.has(leadFights) || t.has(tollEvents) || t.has(attackWords) || t.has(violentDeeds) ||
			t.has(disasterWords) || t.has(accidentWords) {
			// "بعد أيام من قصف …": an earlier event's word, not the
			// lead's. Asked only at an event word, as spanPast walks
			// up to fifteen words back for each.
			if spanPast(toks, j) {
				continue
			}
			return false
		}
	}
	return true
}

// spanPast reports token j in a span clause of an event days or more
// before the news (spanOpens): "انطوت على تهديد مبطن ... وذلك بعد أيام من
// قصف الحرس الثوري لمناطق في الإقليم". The lead tells the shelling as what
// its threat came after, not as its own event, so a quiet lead stays quiet
// and the shelling's toll told further down ("الأمر الذي أسفر عن سقوط 14
// قتيلا") is the older event's. The event word must be an attack, a blast,
// a disaster or a killing (spanEvents, killVerbs): not a fight's name ("بعد
// أيام من الاشتباكات" is as often the main event's own length).
func spanPast(toks []token, j int) bool {
	return spanOpens(toks, j, func(ev int) bool {
		return toks[ev].has(spanEvents) || toks[ev].has(killVerbs)
	})
}

// violentDeeds tell a violent event, a death or a fight's course in words
// the toll rules do not read: an execution or an assassination (killActs,
// executionWords)، a rout or an advance ("دحر القاعدة من ثاني أكبر
// معاقلها"، "القوات الشرعية تسيطر على مناطق استراتيجية")، a protest, a
// killer, a body or a stabbing ("فيديو للحظات الأخيرة لفنانة باكستانية
// حامل.. واعتقال القاتل"، "انتشال جثة مواطن من بئر")، shells and shots,
// an attack in the accusative ("يشن هجوما عنيفا") or told by its verb
// ("طالبان تهاجم مواقع أمنية")، an escalation or violence ("بعد ساعات من
// تصعيد عسكري"، "تجددت أعمال العنف")، a disaster, a crash or an outbreak
// ("طائرة كوبا المتحطمة").
var violentDeeds = union(killActs, executionWords, defeatNouns, fightNouns, controlWords, protestWords, abductionWords, wordList(
	"هجوما قاتل القاتل جريمه الجريمه جرائم سفاح مذبحه "+
		"تسيطر يسيطر سيطر سيطرت السيطره تتقدم يتقدم تقدم تقدما التقدم تحرير يحرر تحرر حررت تستعيد يستعيد استعاد استعادت "+
		"معاقل معقل قبضه تطهير تمشيط فلول يفرون فرار تنتزع خسائر الخسائر جبهه جبهات الجبهات معركه المعركه المعارك "+
		"متظاهرين المتظاهرين محتجين المحتجين "+
		"جثه الجثه جثث جثمان الموت حياه حياته حياتها حتفه حتفها حتفهم طعن طعنات طعنه ذبح نحر قنص قناص يغتال "+
		"قذائف قذيفه صواريخ الصواريخ صاروخ صاروخيه براميل برميل رصاص الرصاص بالرصاص رصاصه "+
		"كارثه الكارثه كوارث تسمم وباء المتحطمه متحطمه "+
		"تهاجم يهاجم هاجم هاجمت هاجموا هجماتهم هجماتها دامي داميه داميا يصفون حرق بحرق احراق مطلق يتراجعون تراجع "+
		"يتظاهرون تظاهر احتجاجاتها احتجاجاتهم سيطروا احتلال قصفت يقصف تقصف "+
		"تصعيد التصعيد العنف تتقاتل يتقاتل اقتتال"))

// unharmedLead reports a lead that tells its event harmed no one ("قصف
// الجيش الإسرائيلي ... موقع رصد ... سبب أضراراً مادية من دون إصابات"،
// "بسقوط 3 قذائف هاون ... دون وقوع خسائر بشرية") before any killed toll of
// the title or the lead: the guide gives "no losses" no toll, and a figure
// told after it ("وكان قصف إسرائيلي مكثف ... قد أسفر الجمعة عن مقتل 4")
// is an earlier event's, told as background. A toll before the words is
// the event's own ("قتل 5 مسلحين دون إصابات في صفوف القوات"), and so is
// one after words that spare a side alone ("دون إصابات في صفوف الجيش").
func unharmedLead(toks []token, ts []toll) bool {
	lead := leadPara(toks)
	first := -1
	for _, t := range ts {
		if t.kind == killedKind {
			first = t.tok
			break
		}
	}
	if first < 0 || toks[first].title {
		return false
	}
	for j := 0; j < first && toks[j].para <= lead; j++ {
		if toks[j].has(unharmedNegations) && unharmedAt(toks, j) && toks[j].sent != toks[first].sent {
			return true
		}
	}
	return false
}

// unharmedAt reports, after the negation at token j, a word of casualties
// reached over unharmedFillers alone in its sentence, not told of one
// side (صفوف): "دون تسجيل إصابات"، "لم يسفر عن وقوع أي إصابات"، "دون
// وقوع خسائر بشرية". Losses (خسائر) alone may be material ones.
func unharmedAt(toks []token, j int) bool {
	for k := j + 1; k <= j+5 && k < len(toks) && toks[k].sent == toks[j].sent; k++ {
		t := &toks[k]
		// "لم يقتل أحد في الحادث"، "لم يسفر عن مقتل أحد": a kill word
		// before أحد alone (anyoneAt, round 52 c52kill) denies deaths too.
		casualty := t.has(unharmedNouns) || stripWa(t.w) == "خساير" && humanAfter(toks, k) || t.has(killVerbs) && anyoneAt(toks, k+1)
		if casualty {
			// "دون إصابات في صفوف الجيش": ranks (events.go) tell one side.
			return k+1 >= len(toks) || !toks[k+1].has(ranks) && !(k+2 < len(toks) && toks[k+2].has(ranks))
		}
		if !t.has(unharmedFillers) {
			return false
		}
	}
	return false
}

// humanAfter reports losses at token k made human by the words after
// them: "خسائر بشرية"، "خسائر في الأرواح".
func humanAfter(toks []token, k int) bool {
	for m := k + 1; m <= k+2 && m < len(toks) && toks[m].sent == toks[k].sent; m++ {
		if toks[m].has(humanLosses) {
			return true
		}
		if toks[m].w != "في" {
			return false
		}
	}
	return false
}

var (
	// unharmedNegations open the words that say no one was harmed.
	unharmedNegations = wordSet("دون بدون لم")
	// unharmedNouns are the casualties so denied.
	unharmedNouns = wordSet("إصابات إصابة ضحايا قتلى وفيات")
	// humanLosses make losses human: "خسائر بشرية"، "خسائر في الأرواح".
	humanLosses = wordSet("بشرية الأرواح")
	// unharmedFillers may stand between the negation and its casualties:
	// "دون تسجيل"، "لم يسفر عن وقوع أي"، "دون أنباء عن"، "لم ترد معلومات عن".
	unharmedFillers = wordSet("تسجيل وقوع حدوث سقوط أنباء معلومات تقارير عن أي أية أن يسفر تسفر يسفرا تسفرا تسجل يسجل تقع يقع ترد يرد يبلغ تبلغ يؤد تؤد إلى في")
)

// reactionHeads open a reaction's title or lead (round 46, rul46c-2): a
// condemnation, a demand or a call for an inquiry, a vow, a summons, a
// curfew, a funeral or a mourning (a farewell told by ودّع and its forms,
// "ميسان تودّع أصغر الشهداء" over "ودّعت محافظة ميسان ... الشهيد"، "المئات
// يستعدون لوداع سبيكة" over "تجري ... جنازة الشابة"). "الأمم المتحدة تدين غارة جوية على اليمن
// أسفرت عن مقتل 22 طفلا" over "أدان مسؤول كبير في الأمم المتحدة مقتل 22
// طفلا"، "حظر للتجول في نيجيريا بعد مقتل 70" over "فرضت نيجيريا حظر تجول
// ... بعد مقتل ما لا يقل عن 70 شخصا".
var reactionHeads = union(reactionWords, wordList(
	"يطالب تطالب يطالبون طالب طالبت طالبوا مطالب مطالبات "+
		"يدعو تدعو دعا دعت يتوعد تتوعد توعد توعدت "+
		"تستدعي يستدعي استدعت استدعى حظر حداد جنازه تشييع "+
		"تودع يودع ودعت ودع وداع لوداع توديع لتوديع يودعون ودعوا"), measureHeads)

// measureHeads are a government measure taken over a killing (round 46,
// rul46c-2's "a curfew or other government measure"): a crossing or a
// site closed, a website blocked, security tightened or forces put on
// alert, an ambassador's summons told by its noun ("أعلنت باكستان ...
// استدعاء السفير الأميركي ... بعد مقتل"). "تركيا تحجب موقع تويتر بقرار
// قضائي عقب تفجير سروج" over "قررت السلطات التركية حجب موقع تويتر ... عقب
// تفجير سروج ... والذي أسفر عن مقتل 32 شخصا"، "الهند تشدد الأمن على
// الحدود مع باكستان بعد هجوم" over "شددت الهند ، إجراءات الأمن ... بعد
// هجوم". Not a travel advisory ("إيران تنصح رعاياها بتجنب السفر برا إلى
// تركيا" after a bus attack): the golds code that story's toll both ways.
var measureHeads = wordList("تغلق يغلق أغلقت أغلق إغلاق تحجب يحجب حجبت حجب " +
	"تشدد يشدد شددت شدد تشديد التأهب استدعاء")

// reactionHeadReach is how far into the title, and into the lead's first
// sentence, the reaction's head may come: past its subject ("رئيس الوزراء
// الكندي يطالب"، "قال متحدث باسم الأمين العام ... إن غوتيريس دعا").
const (
	reactionTitleReach = 5
	reactionHeadReach  = 14
)

// reactionHeadStory reports a title and a lead that both open on a
// reaction (reactionHeads) and tell the killing only as its cause or its
// object: "رئيس الوزراء الكندي يطالب بتحقيق مستقل بعد مقتل نحو 60
// فلسطينيا" over "طالب ... ترودو ... بتحقيق مستقل بعد قتل عشرات". Round
// 46 (rul46c-2) gives such a story no toll, even when its title names the
// dead. Not when the title or the lead tells the killing in a clause of its
// own, coordinated ("... وسقوط قتيلين بغزة") or before the reaction's head
// ("قتل محتج ... ودانت"): the killing is news of its own.
func reactionHeadStory(toks []token, ts []toll) bool {
	if !slices.ContainsFunc(ts, func(t toll) bool { return t.kind == killedKind }) {
		return false
	}
	inTitle := func(k int) bool { return toks[k].title }
	if len(toks) == 0 || !toks[0].title || !reactionOpens(toks, ts, 0, reactionTitleReach, inTitle) {
		return false
	}
	// The lead is the first paragraph's first sentence, or the lead
	// paragraph's after a dateline ("عين اليوم – أبوظبي" then "دانت دولة
	// الإمارات").
	first := slices.IndexFunc(toks, func(t token) bool { return t.para == 1 })
	if first < 0 {
		return false
	}
	if reactionLeadAt(toks, ts, first) {
		return true
	}
	lead := leadStart(toks)
	return lead > first && reactionLeadAt(toks, ts, lead)
}

// reactionLeadAt reports a reaction's head within reactionHeadReach words
// of the sentence starting at first (see reactionOpens).
func reactionLeadAt(toks []token, ts []toll, first int) bool {
	s := toks[first].sent
	return reactionOpens(toks, ts, first, reactionHeadReach, func(k int) bool { return toks[k].sent == s })
}

// reactionOpens reports a reaction's head within reach words of the unit
// (the title, or a sentence: in tells its tokens) starting at first,
// before any killing and with no killing coordinated after it in the unit.
func reactionOpens(toks []token, ts []toll, first, reach int, in func(int) bool) bool {
	for j := first; j < len(toks) && j < first+reach && in(j); j++ {
		if toks[j].has(reactionHeads) {
			for k := j + 1; k < len(toks) && in(k); k++ {
				if coordinatedKilling(toks[k].w) {
					return false
				}
			}
			return true
		}
		if killingAt(toks, ts, j) {
			return false
		}
	}
	return false
}

// killingAt reports a word of killing or a killed toll's figure at token k.
func killingAt(toks []token, ts []toll, k int) bool {
	if toks[k].has(killVerbs) || toks[k].has(killNouns) {
		return true
	}
	return slices.ContainsFunc(ts, func(t toll) bool { return t.tok == k && t.kind == killedKind })
}

// coordinatedKilling reports a killing told in a clause of its own after
// و: "وسقوط قتيلين"، "ومقتل"، "وقتل". Not a figure joined to the first
// ("مقتل 22 طفلا ... وأربع نساء"، "وأطفال") nor a word that merely opens
// with و ("وفاة").
func coordinatedKilling(w string) bool {
	if w == stripWa(w) {
		return false
	}
	return killVerbs.contains(stripWa(w))
}

// courtStepStory reports a court or police step about an older killing
// (round 46, rul46c-1): the title or the lead's opening tells a trial, a
// verdict, a sentence or the arrest of a suspect ("المؤبد لقاتل ناشطة
// سورية وابنتها" over "أصدرت محكمة تركية ... حكمين بالسجن مدى الحياة على
// سوري قتل ناشطة ... العام الفائت")، and the text dates the killing it
// concerns to an earlier month or year, or to more than two weeks before
// the news (olderTold). The sentence is the news, not the killing, and the
// guide gives such a story no toll: not the victims it judges (the
// charge's "قتلوا 71 مهاجرا"), nor those of the killing retold. Not an
// execution carried out (executionDone), whose executed are the toll.
//
// A killing of the news's week told in the lead beside the step ("الشاب
// المسلح ... الذي قتل 10 في مدرسته الثانوية بتكساس، الجمعة الماضية" under
// "عام واحد أنقذ منفذ مذبحة الطلاب من الإعدام") no longer keeps its toll:
// round 46 let a toll with a weekday after it in the lead's first sentence
// stand (recentLeadKilling) for that one line, and round 67's rul67g-1
// codes it null — a measure, a court step or an analysis in the lead's main
// clause gives no toll of an attack of one day to two weeks before told
// beside it (rul67g-1 b, c; m67toll). No other pool or blind line held the
// guard's construction.
func courtStepStory(toks []token, published time.Time) bool {
	if published.IsZero() || !courtStepHead(toks) {
		return false
	}
	first := leadStart(toks)
	for k := 0; k < len(toks); k++ {
		if toks[k].title || first >= 0 && toks[k].sent == toks[first].sent {
			if toks[k].has(executionDone) {
				return false
			}
			continue
		}
		break
	}
	return olderTold(toks, published)
}

// courtStepHead reports the court or police step in the title (a trial, a
// prison or death sentence, the arrest of a suspect) or at the opening of
// the lead's first sentence: a verdict's or a trial's verb with its court
// ("قضت محكمة هنغارية"، "حكم القضاء الإندونيسي"، "أدانت محكمة
// بريطانية"، "بدأت امس الاثنين محاكمة") or an arrest of an accused
// ("ألقت الشرطة العراقية القبض على شاب متهم").
func courtStepHead(toks []token) bool {
	if titleHas(toks, courtSentences) || titleTrial(toks) || accusedArrest(toks, 0, func(k int) bool { return toks[k].title }) {
		return true
	}
	first := leadStart(toks)
	if first < 0 {
		return false
	}
	s := toks[first].sent
	in := func(k int) bool { return toks[k].sent == s }
	verb := false
	for j := first; j < len(toks) && j < first+courtStepReach && in(j); j++ {
		if toks[j].has(courtStepVerbs) {
			verb = true
		}
		if verb && toks[j].has(courtNouns) {
			return true
		}
	}
	return accusedArrest(toks, first, in)
}

// titleTrial reports a trial named in the title (trialTitles), not one
// called for, denied or still to be set up: "ومطالبات بمحاكمة نتانياهو"،
// "احتجاز دون محاكمة"، "مجلس الأمن يصوت على انشاء محاكمة" (a vote's news).
func titleTrial(toks []token) bool {
	for k := 0; k < len(toks) && toks[k].title; k++ {
		if !toks[k].has(trialTitles) {
			continue
		}
		called := false
		for m := k - 1; m >= 0 && m >= k-2; m-- {
			if toks[m].has(reactionHeads) || toks[m].has(unharmedNegations) || toks[m].has(trialSetups) {
				called = true
			}
		}
		if !called {
			return true
		}
	}
	return false
}

// courtStepReach is how far into the lead's first sentence its verdict's
// verb and court may come: past the court's adjective and the day ("قضت
// محكمة فنلندية، اليوم الجمعة، بالسجن").
const courtStepReach = 6

// accusedArrest reports, in the unit starting at first (in tells its
// tokens) and within its first courtStepReach+2 words, an arrest (القبض،
// تقبض) with an accused or a suspect a few words after it: "القبض على
// لبناني مشتبه به في مقتل عاملة فلبينية".
func accusedArrest(toks []token, first int, in func(int) bool) bool {
	for j := first; j < len(toks) && j < first+courtStepReach+2 && in(j); j++ {
		if !toks[j].has(arrestSteps) {
			continue
		}
		for k := j + 1; k <= j+4 && k < len(toks) && in(k); k++ {
			if toks[k].has(accusedWords) {
				return true
			}
		}
	}
	return false
}

var (
	// courtSentences name a prison or death sentence in a title: "المؤبد
	// لقاتل"، "سجن أفراد عصابة"، "الإعدام لداعشي". Not إعدام, which
	// may be an execution carried out.
	courtSentences = wordSet("المؤبد بالمؤبد السجن بالسجن سجن الاعدام بالاعدام")
	// courtStepVerbs open a verdict, a sentence or a trial.
	courtStepVerbs = wordSet("قضت تقضي يقضي حكم حكمت تحكم يحكم اصدرت اصدر تصدر يصدر ادانت ادان ادين ادينوا بدات بدا تبدا يبدا تنظر ينظر طالب يطالب")
	// courtNouns are the court or the trial of that verb.
	courtNouns = wordSet("محكمه المحكمه القضاء القاضي محاكمه المحاكمه هيئه الادعاء النيابه")
	// arrestSteps arrest a suspect.
	arrestSteps = wordSet("القبض تقبض يقبض قبضت")
	// accusedWords name the accused or the suspect.
	accusedWords = wordSet("متهم متهما المتهم مشتبه مشتبها المشتبه")
	// executionDone carry an execution out: its executed are the toll.
	executionDone = wordSet("اعدم اعدمت اعدموا نفذت نفذ تنفيذ ينفذ تنفذ")
	// trialSetups set a trial up: "انشاء محاكمة دولية".
	trialSetups = wordSet("انشاء لانشاء تشكيل")
	// olderUnits are the years and months "قبل 6 سنوات" counts back.
	olderUnits = wordSet("عام عاما اعوام سنوات سنه سنين عامين سنتين اشهر شهور شهرا شهرين")
)

// olderPara is how many paragraphs past the lead's olderTold reads for the
// killing's date.
const olderPara = 3

// olderTold reports a time more than two weeks before published told in
// the lead or the olderPara paragraphs after it: an earlier year as a date
// ("في عام 2015"، "سبتمبر 2017")، last year or last month in words ("العام
// الفائت"، "الشهر الماضي")، a past month ("في أغسطس آب الماضي")، years or
// months back ("قبل 6 سنوات"، "بعد 23 عاما")، or a day and month more than
// fourteen days before the news ("يوم 26 أغسطس 2015").
func olderTold(toks []token, published time.Time) bool {
	lead := leadPara(toks)
	cutoff := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, -14)
	for j := 1; j < len(toks); j++ {
		t := &toks[j]
		if t.title || t.para < lead {
			continue
		}
		if t.para > lead+olderPara {
			break
		}
		same := toks[j-1].sent == t.sent
		if y, ok := atoiYear(t.w); ok && y > 1900 && y < published.Year() && same && yearCue(toks[j-1].w) && !yearStartsPeriod(toks, j) {
			return true
		}
		if lastYearAt(toks, j) && !yearStartsPeriod(toks, j) {
			return true
		}
		if t.has(pastWords) && same && (stripWa(toks[j-1].w) == "الشهر" || pastMonthNamed(toks, j-1, published)) {
			return true
		}
		if t.has(olderUnits) && unitsBack(toks, j) {
			return true
		}
		if _, ok := digits(t.w); ok {
			if d, ok := dateAt(toks, j, published); ok && d.Before(cutoff) {
				return true
			}
		}
	}
	return false
}

// pastMonthNamed reports a month's name at token k, or a month's name with its
// Levantine twin after it ("أغسطس آب"), other than published's month: "في
// سبتمبر الماضي".
func pastMonthNamed(toks []token, k int, published time.Time) bool {
	for m := k; m >= 0 && m >= k-1 && toks[m].sent == toks[k].sent; m-- {
		if n, ok := months[stripWa(toks[m].w)]; ok {
			return n != int(published.Month())
		}
	}
	return false
}

// unitsBack reports years or months at token j counted back from the news
// by قبل or بعد a few words before: "قبل 6 سنوات"، "بعد 23 عاما"، "بعد أكثر
// من عام على اختفائها".
func unitsBack(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4 && toks[k].sent == toks[j].sent; k-- {
		if w := stripWa(toks[k].w); w == "قبل" || w == "بعد" {
			return true
		}
	}
	return false
}
