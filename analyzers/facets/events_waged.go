package facets

import (
	"strings"
	"time"
)

// A bare strike noun (قصف) past the lead weighs as one word, too little to
// type an article alone: it is as often a topic or an older campaign
// ("من قصف عشوائي لاستخدام أسلحة كيميائية"، "بعد قصف عنيف خلف عشرات
// القتلى"). Waged by a verb of its own clause it is a deed told done, as
// specific as "قصف مدفعي": "وشنت الميلشيات الإيرانية قصفا عشوائيا على
// منازل وممتلكات المواطنين"، "وشنوا قصفا على القرى السكنية"، "تشن القوات
// الحكومية منذ صباح الأحد حملة قصف عنيف على مواقع سيطرة الفصائل". A
// round-38 blind audit found these missed (Yemen's and Syria's fronts,
// seven corpus articles); its type is still read from the article's
// weapons (strikeType) or its doer (groundDoer).

var (
	// strikeWaged are the verbs that wage a strike: شن and its forms.
	strikeWaged = wordSet(conjForms("شن بشن شنت شنوا شنا يشن تشن يشنون تشنان"))
	// wagedNouns are the bare nouns of a strike a waging verb takes.
	wagedNouns = wordSet("قصف القصف قصفا")
	// wagedStops end the look back from the noun: a strike stopped
	// ("توقفت الطائرات الروسية، التي تشن هجمات في سوريا ... عن قصف").
	// The same words as aboutWord (actors_blamedstate.go): the set is shared
	// (a set bit spared, see maxWordSets).
	wagedStops = aboutWord
	// wagedResistance is the resistance named as a strike's doer after
	// its verb ("كما شن عناصر المقاومة قصفا عنيفا على الموقع"): a force
	// with no aircraft. Only there: "استهدفت المقاومة دورية" may be a
	// bomb or a gun.
	wagedResistance = wordSet("المقاومه")
)

// wagedStrike reports a bare strike noun at i with a waging verb up to
// nine words before it in its sentence (see above).
func wagedStrike(toks []token, e *entry, i int) bool {
	return len(e.words) == 1 && e.ids[0] == evShelling && toks[i].has(wagedNouns) &&
		nearBeforeUnless(toks, i, 9, strikeWaged, wagedStops)
}

// strikeGuns are the guns a strike is told with: artillery, mortars,
// rocket launchers and tanks. Not ships nor missiles, as often a
// strike's target ("استهدفت سفينة") or an air raid's arms, nor the
// cannon (مدافع), a memoir's figure ("تحت قصف المدافع").
var strikeGuns = wordSet("مدفعيه المدفعيه مدفعيته مدفعيتها هاون الهاون راجمات الراجمات دبابات الدبابات دبابه الدبابه")

// gunStrikeWords are the strike words gunStrike reads: the nouns and
// verbs of قصف and استهدف, not "ضربات" ("وضربات الهاون الذي تطحن فيه
// حبوب البن" is a pestle's). The verbal noun استهداف, bare or with its
// object's pronoun, is a strike told with its gun as the verb is: "قوات
// النظام التركي حاولت أمس منع وصول الدفعة الأولى ... عبر استهدافها
// بالمدفعية"، "جراء استهدافه بمدفعية الجيش الوطني". A round-42 blind
// audit found the first missed (the weapon alone, one word in a body).
var gunStrikeWords = union(wagedNouns, shellVerbs, targetingNouns)

// targetingNouns are the verbal noun of استهدف and its pronoun forms.
var targetingNouns = wordList("استهداف استهدافها استهدافه استهدافهم استهدافهما")

// gunStrike reports a one-word strike (قصف، استهدف) with its gun
// (strikeGuns) named within three words in its sentence and no aircraft
// there (strikeAircraft): the artillery told as the strike's doer or
// instrument ("وشنت مدفعية التحالف قصفا مكثفا على مواقع المتمردين"،
// "قام المسلحون الحوثيون، أمس، بالقصف بمدافع هاون"). It is shelling
// whatever aircraft the article tells elsewhere, and as specific as "قصف
// مدفعي"; a round-38 blind audit found such strikes of Yemen's fronts
// missed beside the air raids of the same report. A gun joined after the
// strike by و is a list, not its instrument ("أصوات القصف والمدافع").
func gunStrike(toks []token, i, end int) bool {
	return strikeGunAt(toks, i, end) >= 0
}

// strikeGunAt is the token of gunStrike's gun, -1 if none.
func strikeGunAt(toks []token, i, end int) int {
	if end != i+1 || !toks[i].has(gunStrikeWords) || !inArticle(toks, strikeGuns) || nearWord(toks, i, end, 3, strikeAircraft) {
		return -1
	}
	s := toks[i].sent
	for j := max(i-3, 0); j < len(toks) && j < end+3; j++ {
		if toks[j].sent != s || j >= i && j < end {
			continue
		}
		if toks[j].has(strikeGuns) && !(j >= end && strings.HasPrefix(toks[j].w, "و")) {
			return j
		}
	}
	return -1
}

// strikeTanks are the tanks of strikeGuns.
var strikeTanks = wordSet("دبابات الدبابات دبابه الدبابه")

// gunWeapon reports gunStrike's gun told as the weapon of a targeting
// (استهدف، استهداف) that weaponWords, which lacks the definite gun and the
// tanks, leaves untyped: "عبر استهدافها بالمدفعية"، "للمدفعية التي
// استهدفت مواقع". A tank after the word with no instrument's ب is as often
// its target: "تفجيرا استهدف دبابة إسرائيلية على الحدود".
func gunWeapon(toks []token, i, end int) bool {
	j := strikeGunAt(toks, i, end)
	return j >= 0 && !(j >= end && toks[j].has(strikeTanks) && !strings.HasPrefix(toks[j].w, "ب"))
}

// A bare air raid noun (غارة، غارات، الغارة، الغارات) told once past the
// lead weighs as one word, too little to type an article alone; a lone
// body strike word is as often a topic or an older campaign, and the golds
// code it as seldom as not. Told with its past waging verb, before it in
// its clause with the doer between ("اذ شنت إسرائيل غارات ضد أهداف
// إيرانية في سوريا"، "حيث شنت الطائرات التركية أمس نحو 30 غارة على
// مواقع") or after it as a relative ("غارات شنها سلاح الجو التركي"،
// "سلسلة الغارات الجوية التي شنتها إسرائيل على قطاع غزة يوم السبت"،
// "تزامن الاشتباكات مع غارات نفذها الائتلاف الدولي"), it is a raid told
// done, as "شن غارات" is (a phrase). The lone body raid so told stands in
// thirteen pool and blind gold articles: ten code the air strike (pool
// BB-middleEast-3, FR-internationalNews-632, 2015-08-06-1644), three do
// not: a raid of an earlier month (FR-internationalNews-1694, "في العاشر
// من أيار مايو الماضي", which earlierMonthTold leaves out) and two of the
// Western strikes on Syria (2017's and April 2018's, told as history in a
// reaction). The present tense (يشن، تشن) is a campaign's role, not a
// raid's day: left out.
var (
	// raidWagedBefore are the past verbs (and the ب masdar) that wage a
	// raid named after them; the two-letter شن keeps its و and ف (its
	// forms take no proclitic off: "وشن طيران الائتلاف ... عشرات الغارات").
	raidWagedBefore = wordSet(conjForms("شن بشن شنت شنوا شنا"))
	// raidWagedAfter are the past waging verbs with the raid's pronoun,
	// a relative clause after the noun.
	raidWagedAfter = wordSet("شنها شنتها شنه شنوها نفذها نفذتها نفذه")
)

// raidWaged reports a one-word air raid noun at i (airStrikeNouns, typed
// an air strike by its entry) with a past waging verb up to nine words
// before it in its sentence (no wagedStops between, nearBeforeUnless) or a
// waging relative within the three words after it, no ل of purpose
// (purposeStrike), and no earlier month named in its sentence
// (earlierMonthTold). "لشن غارات", a purpose, a raid to come, is not
// told: لشن is not in raidWagedBefore, and a two-letter word keeps its
// proclitic (cliticForms), so it is no شن.
func raidWaged(toks []token, e *entry, i int, pub time.Time) bool {
	if len(e.words) != 1 || e.ids[0] != "air-drone-strike" || !toks[i].has(airStrikeNouns) || purposeStrike(toks, i) {
		return false
	}
	told := nearBeforeUnless(toks, i, 9, raidWagedBefore, wagedStops)
	for j := i + 1; !told && j < len(toks) && j <= i+3 && toks[j].sent == toks[i].sent; j++ {
		told = toks[j].has(raidWagedAfter)
	}
	return told && !earlierMonthTold(toks, i, pub)
}
