package facets

import (
	"strings"
	"time"
)

// A ground operation whose launch is the article's news is an armed clash
// though no fighting is told (round 66 ruling rul66b-1): "حفتر يعلن بدء
// عملية عسكرية لتحرير درنة من الإرهاب"، "أعلنت قيادة عمليات ديالى،
// الأربعاء، انطلاق عملية عسكرية واسعة لتعقب تنظيم داعش في تلال حمرين"،
// "أطلقت السلطات العراقية، الاثنين، عملية عسكرية شرقي محافظة ديالى، بهدف
// تعقب خلايا تنظيم داعش". All of the ruling's four must hold: a launch
// word (launchOpWords) up to launchReach words before an offensive's noun
// (offensiveHeads: هجوم and معركة, عملية and حملة as a military one,
// offensiveKinds, or a bare عملية with its aim right after it and a force
// in its sentence, "القوات المسلحة تبدأ عملية تحرير الحديدة"; not a
// strike's "هجوما صاروخيا"، offensiveFigures); an aim to take, free, clear
// or pursue (launchAims) within launchAimReach words after the noun, with
// no منذ between ("بدأت تركيا هجوما عسكريا منذ نحو شهرين لطرد"); a front
// narrower than a country (frontIn, or the aim's object when no country
// stands in it: "لتحرير درنة"، not "لتحرير معاقل داعش الأخيرة بسوريا");
// and the launch as the news: in the title or lead, or in a sentence dated
// to the news (a weekday not called past, اليوم، أمس، الآن، بالتوازي،
// بالتزامن). Not a launch told as background (launchAside before it: منذ،
// بعد، عندما، تمهيدا …; a sentence opened by كان, a recap; a past month or
// another year, phraseNotNow), nor planned or threatened (modalBefore; a
// launch word with ل is a purpose: "لشن عملية عسكرية وشيكة").
//
// It is read only where nothing else types the clash (eventHits), so that
// it adds no weight to a clash told by its own words, which
// bodyCaptureFight reads by its count. Counted (round 66, m66launch) over
// the pool and blind gold articles: it holds in 13 articles, every one
// coding the clash (pool 5, blind 8; main typed 6 of them by other words);
// the looser forms are split (without the time, 18 / 7; without the aim,
// 54 / 74; see the audit README's "Round 66: m66launch").

var (
	// launchOpWords launch or begin an operation: the verbs, present and
	// past, and their masdars.
	launchOpWords = wordSet(conjForms("بدء بدا بدات تبدا يبدا اطلق اطلقت يطلق تطلق اطلاق انطلاق انطلقت انطلق تنطلق شن شنت باشر باشرت"))
	// launchAims after the noun tell what the operation is to take or
	// pursue; launchTakes are those whose object is a place.
	launchAims  = plainWords("تحرير لتحرير استعاده لاستعاده طرد لطرد تطهير لتطهير للسيطره ملاحقه لملاحقه تعقب لتعقب")
	launchTakes = plainWords("تحرير لتحرير استعاده لاستعاده طرد لطرد تطهير لتطهير للسيطره")
	// launchAside before the launch word make it background or a plan:
	// "منذ بدء العملية"، "بعد أن شنت"، "تمهيدا لبدء"، "قرب انطلاق".
	launchAside = plainWords("منذ ومنذ بعد وبعد بعدما وبعدما قبل وقبل عندما وعندما تمهيدا قرب لتجنب استعدادا استعدادات")
	// launchRecap open a sentence that recalls what had been done:
	// "وكان قائد الجيش ... أعلن ... بدء هجوم".
	launchRecap = plainWords("كان وكان كانت وكانت")
	// launchNow in the sentence date the launch to the news.
	launchNow = plainWords("اليوم امس الان بالتوازي وبالتوازي بالتزامن وبالتزامن")
)

// launchReach is how far before the noun its launch word may stand, past
// the launcher and the day: "أطلقت السلطات العراقية، الاثنين، عملية".
const launchReach = 5

// launchAsideReach is how far before the launch word launchAside is looked
// for: "بعد نحو شهرين من بدء العملية العسكرية التركية".
const launchAsideReach = 4

// launchAimReach is how far after the noun its aim may stand: "عملية
// عسكرية شرقي محافظة ديالى، بهدف تعقب".
const launchAimReach = 8

// firstLaunched returns the first offensive's noun launched as the news
// (offensiveLaunched), or -1; an article with no launch word is passed
// over whole. published is eventHits's year of pub (0 when pub is zero),
// which phraseNotNow reads as its other callers there pass it.
func firstLaunched(toks []token, published int, pub time.Time, lead leadZone) int {
	if !inArticle(toks, launchOpWords) {
		return -1
	}
	for _, k := range setTokens(toks, offensiveHeads) {
		if offensiveLaunched(toks, k, published, pub, lead) {
			return k
		}
	}
	return -1
}

// offensiveLaunched reports the offensive's noun at k launched as the news
// (see above).
func offensiveLaunched(toks []token, k, published int, pub time.Time, lead leadZone) bool {
	s := toks[k].sent
	next := func(j int) bool { return j+1 < len(toks) && toks[j+1].sent == s }
	if toks[k].has(offensiveBare) && !(next(k) && (toks[k+1].has(offensiveKinds) || launchAims[toks[k+1].w] && sentenceHas(toks, k, forceWords))) || next(k) && toks[k+1].has(offensiveFigures) {
		// "حملة اعتقالات"، "هجوما صاروخيا": no ground operation; a bare
		// عملية is one with its aim right after it and a force in its
		// sentence ("القوات المسلحة تبدأ عملية تحرير الحديدة"), not a
		// government's "عملية تحرير تدريجية ... لسعر صرف الدرهم".
		return false
	}
	v := firstBeforeUnless(toks, k, launchReach, launchOpWords, offensiveHeads)
	if v < 0 || strings.HasPrefix(stripWa(toks[v].w), "ل") || launchRecap[toks[sentStart(toks, v)].w] {
		return false
	}
	if plainBefore(toks, v, launchAsideReach, launchAside) {
		return false
	}
	aim := -1
	for j := k + 1; j < len(toks) && j <= k+launchAimReach && toks[j].sent == s; j++ {
		if toks[j].has(sinceWords) {
			return false // "بدأت تركيا هجوما عسكريا منذ نحو شهرين لطرد"
		}
		if launchAims[toks[j].w] {
			aim = j
			break
		}
	}
	if aim < 0 {
		return false
	}
	// The front: one named in the sentence (frontIn), or the place the
	// operation is to take, when no country stands in its object
	// ("لتحرير درنة"، not "لتحرير معاقل داعش الأخيرة بسوريا").
	take := launchTakes[toks[aim].w] && next(aim) && !nearAfter(toks, aim, 4, countryWords)
	if !take && !frontIn(toks, k) {
		return false
	}
	if phraseNotNow(toks, v, published, pub) {
		return false
	}
	return lead.heads(toks, k) || launchDated(toks, k)
}

// launchDated reports the sentence of token k dated to the news: a weekday
// not called past (pastWords: "الاثنين الماضي"), or a word of launchNow.
func launchDated(toks []token, k int) bool {
	s := toks[k].sent
	for j := sentStart(toks, k); j < len(toks) && toks[j].sent == s; j++ {
		w := stripWa(toks[j].w)
		if launchNow[toks[j].w] || isWeekday(w) && !(j+1 < len(toks) && toks[j+1].sent == s && toks[j+1].has(pastWords)) {
			return true
		}
	}
	return false
}
