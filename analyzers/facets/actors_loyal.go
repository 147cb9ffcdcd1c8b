package facets

import "strings"

// Fighters loyal to Syria's regime, named by a loyal word and its object.
//
// The lexicon names the regime's militias by fixed phrases ("القوات الموالية
// للنظام"، "مقاتلين موالين"، "المسلحين الموالين لقوات النظام"), each with its
// own noun and object. Wire copy varies both: "سقوط قتلى بين المقاتلين
// الإيرانيين وآخرين موالين لقوات النظام" (fresh-10), "فصائل وقوى التحالف
// الفلسطيني -الموالية لدمشق-" (holdout-11), "دخل مقاتلون يدعمون الحكومة
// السورية منطقة عفرين" (fresh-12). Here a fighters' noun, up to three words
// before a loyal word whose object is the regime, names the militias in an
// article about Syria: the loyal word says whose side the fighters are on,
// the noun that they are fighters, not media, towns or families ("صحف
// موالية لدمشق"، "بلدات موالية للنظام"). Word sets on the unstemmed tokens,
// not aliases, so the analysis chain's name words need not change.

var (
	// loyalMilitiaEntry is the pro-government-militias entry such a phrase
	// stands for; it counts only in an article about Syria.
	loyalMilitiaEntry = &entry{words: []string{"loyal"}, kind: kindActor, ids: []string{"pro-government-militias"}, syria: true}
	// loyalToWords say "loyal to" or "backing", with the object after
	// them joined by ل: "موالين لقوات النظام"، "الداعمة للنظام"، and
	// AFP's "supporting": "مئة قتيل على الأقل بين مقاتلين مؤيدين لدمشق"
	// (round 37's blind codings code the militias).
	loyalToWords = wordSet("موال موالي الموالي موالين الموالين موالون الموالون موالية الموالية الداعمة الداعمين " +
		"مؤيدين المؤيدين مؤيدون المؤيدون مؤيدة المؤيدة")
	// backingVerbs take the regime as a direct object: "مقاتلون يدعمون
	// الحكومة السورية".
	backingVerbs = wordSet("يدعمون")
	// alongsideVerbs fight beside the regime named after "إلى جانب" or
	// "مع": "15 مقاتلا أجنبيا يقاتلون مع القوات السورية"، "ميليشيات تقاتل
	// إلى جانب النظام السوري" (FR-middleEast-439, -859).
	alongsideVerbs = wordSet("يقاتلون تقاتل يقاتل يحاربون تحارب يحارب")
	alongsideWords = wordSet("جانب مع")
	// fighterNouns name armed men or their units, not a state's media,
	// its towns or its supporters in a crowd.
	fighterNouns = wordSet("آخرين وآخرين مقاتلا مقاتلين مقاتلون المقاتلين المقاتلون مسلحين مسلحون المسلحين المسلحون عناصر العناصر " +
		"فصائل الفصائل قوى القوى مجموعات المجموعات جماعات الجماعات ميليشيا الميليشيا ميليشيات الميليشيات مليشيا المليشيا " +
		"مليشيات المليشيات ميلشيا الميلشيا ميلشيات الميلشيات كتائب الكتائب لجان اللجان")
	// regimeHeads open the object: the regime, Damascus, Assad, or a noun
	// that needs a second word to be the regime's (its forces, government,
	// army, president, "نظام").
	regimeHeads    = wordSet("النظام دمشق الأسد")
	regimeTwoHeads = wordSet("قوات القوات الحكومة الجيش الرئيس نظام")
	// regimeSeconds complete a two-word object: "لقوات النظام"، "للحكومة
	// السورية"، "للجيش السوري"، "لنظام الأسد"، "للرئيس بشار".
	regimeSeconds = wordSet("النظام الحكومة السوري السورية الأسد دمشق بشار")
	// loyalBreakWords between the noun and the loyal word end the
	// noun's phrase.
	loyalBreakWords = wordSet("على من في إلى الى ضد عن مع بين")
)

// loyalSpan is how many words may stand between the fighters' noun and the
// loyal word: "فصائل وقوى التحالف الفلسطيني -الموالية لدمشق-" puts three.
const loyalSpan = 3

// loyalOpenWords are where loyalMilitiaMentions reads: a backing verb,
// a loyal word, or a fighting verb alongsideObject reads after.
// The pass walks its tokens (setTokens): a first test the pass adds
// must join it, or the walk never meets that test's words.
var loyalOpenWords = union(backingVerbs, alongsideVerbs, loyalToWords)

// loyalMilitiaMentions returns a pro-government-militias mention for each
// fighters' noun followed, within loyalSpan words in its sentence, by a loyal
// word or a backing verb whose object is the regime, where no lexicon
// mention covers the loyal word (the lexicon's phrases go their own way).
func (l *lexicon) loyalMilitiaMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, backingVerbs) && !inArticle(toks, alongsideVerbs) && !inArticle(toks, loyalToWords) {
		return nil // every mention is at a word of one, and most articles hold none: skip the pass
	}
	var out []mention
	k := 0
	for _, i := range setTokens(toks, loyalOpenWords) {
		along := alongsideObject(toks, i)
		verb := toks[i].has(backingVerbs) || along > 0
		if !verb && !toks[i].has(loyalToWords) {
			continue
		}
		for k < len(ms) && ms[k].end <= i {
			k++
		}
		if k < len(ms) && ms[k].start <= i {
			continue
		}
		if !verb && l.joinedLoyalists(toks, ms, i) {
			out = append(out, mention{e: loyalMilitiaEntry, start: i, end: i + 2})
			continue
		}
		var end int
		if along > 0 {
			end = l.regimeObject(toks, along, false)
		} else {
			end = l.regimeObject(toks, i+1, !verb)
		}
		if end < 0 {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-1-loyalSpan && toks[j].sent == toks[i].sent; j-- {
			if toks[j].has(fighterNouns) {
				out = append(out, mention{e: loyalMilitiaEntry, start: j, end: end})
				break
			}
			if toks[j+1].gap && j+1 != i || toks[j].has(loyalBreakWords) {
				// A comma or a preposition between: the noun is another
				// phrase's ("حملة اعتقالات تشنها فصائل المعارضة على
				// \"الموالين\" للنظام": the loyalists are its targets).
				break
			}
		}
	}
	return out
}

// alongsideObject returns where the object of a fighting verb at token i
// starts after "إلى جانب" or "مع" ("يقاتلون إلى جانب النظام"), or -1.
func alongsideObject(toks []token, i int) int {
	if !toks[i].has(alongsideVerbs) {
		return -1
	}
	for j := i + 1; j < len(toks) && j <= i+2 && !toks[j].gap; j++ {
		if toks[j].has(alongsideWords) {
			return j + 1
		}
	}
	return -1
}

// regimeObject returns the end of the regime named at token j ("لقوات
// النظام"، "لدمشق"، with ل where withLam, bare after a verb), or -1. "للنظام
// الإيراني" is another state's regime.
func (l *lexicon) regimeObject(toks []token, j int, withLam bool) int {
	if j >= len(toks) || toks[j].gap || withLam != strings.HasPrefix(toks[j].w, "ل") {
		return -1
	}
	if toks[j].has(regimeHeads) {
		if j+1 < len(toks) && !toks[j+1].gap {
			if id := l.nationality(toks[j+1].w); id != "" && id != "syrian-government" {
				return -1
			}
		}
		return j + 1
	}
	if toks[j].has(regimeTwoHeads) && j+1 < len(toks) && !toks[j+1].gap && toks[j+1].has(regimeSeconds) {
		return j + 2
	}
	return -1
}

// joinedLoyalists reports whether the loyal word at i is a noun of its own
// joined by و to the regime's forces, its object a pronoun that stands for
// them: "قتل 35 مقاتلا من قوات النظام والموالين لها" (holdout-29), "من
// الجيش السوري والموالين له". No fighters' noun stands before it, so
// loyalMilitiaMentions' phrase does not see it; the forces named just
// before say whose loyalists they are ("جماعة الحوثي المسلحة والموالون
// لها"، "القوات التركية والموالية لها" are others').
func (l *lexicon) joinedLoyalists(toks []token, ms []mention, i int) bool {
	if i == 0 || !strings.HasPrefix(toks[i].w, "و") || i+1 >= len(toks) || toks[i].gap || toks[i+1].gap ||
		!toks[i+1].has(pronounWords) {
		return false
	}
	return l.regimeBefore(ms, i)
}

// regimeBefore reports an actor mention of the regime's side ending right
// before token i: whose loyalists or supporters a pronoun after them names
// (joinedLoyalists; supportingMilitiaMentions, actors_supportfighters.go).
func (l *lexicon) regimeBefore(ms []mention, i int) bool {
	for _, m := range ms {
		if m.end == i && m.e.kind == kindActor && l.under(m.e.ids[0], "syrian-government") {
			return true
		}
	}
	return false
}
