package facets

import (
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rasid-project/rasid/analyzers"
)

// numberWords are the Arabic number words and their values, keyed by their
// normalized form (مائة is read as the text normalizes it, with ي).
// Compounds ("خمسة وعشرين", "ثلاثة عشر", "مئة وخمسين") are added up by
// readNumber.
var numberWords = normalizedKeys(map[string]int{
	"واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2,
	"ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
	"سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
	"احد": 1, "احدي": 1,
	"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50, "خمسين": 50,
	"ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
	"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
	"ثلاثمئه": 300, "ثلاثمائه": 300, "اربعمئه": 400, "اربعمائه": 400, "خمسمئه": 500, "خمسمائه": 500,
	"الف": 1000, "الفا": 1000, "الفين": 2000, "الفان": 2000,
	// The construct duals, before the counted noun: "ألفي فلسطيني"،
	// "مئتي شخص"، "مئتا قتيل" (the civilians' hundreds read them too).
	"الفي": 2000, "مئتا": 200, "مئتي": 200, "مائتا": 200, "مائتي": 200,
})

// normalizedKeys returns m with its keys normalized as tokens are.
func normalizedKeys[V any](m map[string]V) map[string]V {
	out := make(map[string]V, len(m))
	for k, v := range m {
		out[analyzers.Normalize(k)] = v
	}
	return out
}

// duals are nouns whose dual form is itself a count of two (قتيلين = 2).
var duals = map[string]killKind{
	"قتيلين": killedKind, "قتيلان": killedKind, "شهيدين": killedKind, "شهيدان": killedKind,
	"جريحين": injuredKind, "جريحان": injuredKind,
}

// numberWordSet and dualWords are the keys of numberWords and duals as word
// sets: a token's bit tells most words apart before the map lookup.
var (
	numberWordSet = wordSet(strings.Join(slices.Collect(maps.Keys(numberWords)), " "))
	dualWords     = wordSet(strings.Join(slices.Collect(maps.Keys(duals)), " "))
)

// personCounts are person nouns whose singular or dual form is itself a
// count after a kill or injury word: "قتلت فتاة" is one, "مقتل عنصرين" two.
// Only nouns whose plural is broken (عناصر، جنود) are listed: a sound
// plural (مدنيين، مقاتلين) reads the same as its dual.
var personCounts = func() map[string]int {
	m := map[string]int{}
	// The second line: the singular victims corpus titles name most often
	// after مقتل that the first lacked (فلسطيني 39 titles, رئيس 16 …); the
	// third, those of titles and leads after مقتل، مصرع، وفاة، استشهاد that
	// the first two lacked (مقيم 11, مطلوب 10, مغنية 9, سائق 7, شابة 7 …;
	// not مراهق: "لقي مراهقان حتفهما، إذ قتل المراهق بلال" names one of two;
	// not مهاجم or حارس: a match's striker and keeper).
	for _, w := range strings.Fields(`جندي شاب طفل طفله فتاه امراه سيده رجل شخص مدني عنصر ضابط شرطي مواطن صحفي مسلح مقاتل طالب مسعف ناشط قيادي قائد
		فلسطيني رئيس رقيب زعيم نجل رضيع طيار مبتعث مسؤول متظاهر صحفيه طالبه مواطنه ناشطه عامله
		مقيم مطلوب مغنيه سائق شابه فتي مسعفه ارهابي صانع`) {
		// Keys as tokens are spelled: مسؤول is read as مسوول.
		w = analyzers.Normalize(w)
		m[w] = 1
		m["ال"+w] = 1
	}
	for _, w := range strings.Fields("عنصرين عنصران جنديين جنديان شخصين شخصان طفلين طفلان رجلين رجلان امراتين امراتان فتاتين فتاتان شابين شابان ضابطين ضابطان شرطيين شرطيان شقيقين شقيقان طفلتين طفلتان سيدتين سيدتان") {
		m[analyzers.Normalize(w)] = 2
	}
	// The duals of the singulars above whose plural is broken (قادة،
	// زعماء، أنجال، رضع، رؤساء) or, for طيار, whose sound plural the
	// corpus never puts bare after a kill word: "مقتل طيارين روسيين" (pool
	// CN-middleEast-795, blind CN-middleEast-803), "مقتل قائدين حوثيين".
	// Every one of the corpus's 16 such words after مقتل، قتل، لقي or
	// إصابة counts two (round 60, m60kill).
	for _, w := range strings.Fields("طيارين طياران قائدين قائدان زعيمين زعيمان نجلين نجلان رضيعين رضيعان رئيسين رئيسان") {
		m[analyzers.Normalize(w)] = 2
	}
	// The ranks a blind sample's Egyptian lead names as its victims ("قتل
	// نقيب شرطة ومجند"، "استشهاد عريف وجنديين"), as رقيب already stands,
	// bare only: "استشهاد النقيب محمد أمين" names one of the dead a figure
	// already counted ("مقتل اثنين"). Not عميد (a family's or a college's
	// dean) nor عقيد, whose killing in the corpus is Latakia's, told under
	// the sit-ins it stirred.
	for _, w := range strings.Fields("نقيب ملازم مجند عريف") {
		m[w] = 1
	}
	return m
}()

type killKind uint8

const (
	noKind killKind = iota
	killedKind
	injuredKind
)

var (
	// killVerbs precede a toll: "مقتل 5", "قتل أكثر من 50".
	killVerbs = wordSet("مقتل قتل قتلت تقتل يقتل قتلوا لقي لقوا مصرع استشهاد استشهد سقوط سقط حصيله القتلى الضحايا قتلى وفاه وفيات ضحايا يقتلون يقتلان تقتلان")
	// doersKill are the present plural and dual of قتل, told of the killers
	// ("متشددون يقتلون 16 من الطوارق"، "الحوثيون يقتلون 7 مدنيين"): their
	// figure counts the dead only with a person noun or من after it —
	// "قرويون يقتلون نحو 300 تمساح" is a cull.
	doersKill = wordSet("يقتلون يقتلان تقتلان")
	// hurtVerbs precede an injury count: "إصابة 12".
	hurtVerbs = wordSet("اصابه اصيب اصيبوا جرح جرحى الجرحى المصابين جريح")
	// killNouns follow a toll: "5 قتلى", "31 قتيلا".
	killNouns = wordSet("قتلى قتيلا قتيل شهداء شهيدا قتيلاً ضحايا ضحيه اشخاص شخصا مدنيين مدنيا عنصرا عناصر جنود جنديا مقاتلا مقاتلين طفلا اطفال")
	// countedKillNouns are killNouns with the singular "مدني" that a
	// figure over ten takes in loose copy where the accusative "مدنيا" is
	// due: "بارتفاع حصيلة قتلى المدنيين، الأربعاء، لـ 35 مدني، بينهم نساء
	// وأطفال، قتلوا بغارات" (round 48's blind audit, SK-middleEast-298).
	// Only right after a figure, and, like "مدنيا", only with a verb of
	// dying after it (killNounIsToll): not a toll word of its own, since a
	// title's "مدني" is as often the civil defence ("\"مدني عسير\" ينقذ
	// طفلة").
	countedKillNouns = union(killNouns, wordList("مدني"))
	// hurtNouns follow an injury count.
	hurtNouns = wordSet("جرحى جريحا مصابين مصابا اصابات")
	// numberFillers may stand between a toll word and its number.
	numberFillers = wordSet("امس اليوم اكثر من نحو حوالي قرابه ما يقارب لا يقل عن اقل الاقل على علي يزيد ما هو بلغ وصل")
	// The same words as slainNouns (events_attacked.go): the set is shared
	// (a set bit spared, see maxWordSets).
	deadNouns = slainNouns
	diedVerbs = wordSet("قتلوا قتلا لقوا")
	// summaryWords introduce a total rather than one group's toll.
	summaryWords = wordSet("حصيله القتلى الضحايا قتلى ضحايا")
	// vagueTolls are tolls without a number: the toll is unknown.
	vagueTolls = wordSet("عشرات العشرات مئات المئات الاف الالاف العديد عدد بعض")
	// runningToll words announce an updated figure: "ارتفعت الحصيلة إلى".
	runningToll = wordSet("ارتفع ارتفعت ارتفاع يرتفع ترتفع")
)

// readNumber reads a number written in digits or words at token i and
// returns it and the tokens it took.
func readNumber(toks []token, i int) (n, used int) { return readNumberFrom(toks, i, false) }

// readNumberFrom is readNumber; with wa, a number word at i may carry the
// conjunction و as the words after it may.
func readNumberFrom(toks []token, i int, wa bool) (n, used int) {
	w := toks[i].w
	d, ok := digits(w)
	if !ok && opensWithDigit(w) {
		// a decimal is read by its whole part, as a tally (tallyRead):
		// "وفاة 1.4 مليون شخص".
		d, ok = figureHead(w)
	}
	if ok {
		if thousandsAt(toks, i+1) {
			// "مقتل 8 آلاف"، "30 ألف": the figure counts thousands, and
			// "240 ألفا و381" its hundreds after them.
			if k := i + 3; k < len(toks) && !toks[k-1].gap && toks[k-1].w == "و" && !toks[k].gap {
				if r, ok := digits(toks[k].w); ok && r < 1000 {
					return d*1000 + r, 4
				}
			}
			return d * 1000, 2
		}
		return d, 1
	}
	if !toks[i].mayHoldWa(numberWordSet) {
		return 0, 0
	}
	if toks[i].is(constructHundreds) && i+1 < len(toks) && !toks[i+1].gap && strings.HasSuffix(toks[i+1].w, "ا") {
		// A construct dual counts the genitive singular after it ("ألفي
		// مصاب"), never an accusative: "وكان ألفي مصابا بمرض" names a
		// child, Alfie.
		return 0, 0
	}
	total, cur := 0, 0
	j := i
	for ; j < len(toks); j++ {
		t := toks[j].w
		if j > i && toks[j].gap {
			break
		}
		if (j > i || wa) && len(t) > len("و") && t[:len("و")] == "و" {
			if _, ok := numberWords[t[len("و"):]]; ok {
				t = t[len("و"):]
			}
		}
		v, ok := numberWords[t]
		if !ok && cur > 0 && thousandsAt(toks, j) {
			// "ثمانية آلاف": the plural multiplies the count before it (a
			// bare "آلاف" is vague, vagueTolls).
			v, ok = 1000, true
		}
		if !ok {
			break
		}
		switch {
		case v == 1000:
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
		case v == 10 && cur > 0 && cur < 10:
			cur += 10 // ثلاثة عشر
		default:
			cur += v
		}
	}
	total += cur
	return total, j - i
}

// bracketFigure reports a figure at token j set off from the word before
// it by brackets alone: official statements bracket their counts
// ("استشهاد (15) خمسة عشر"، "نتج عنه (استشهاد) عشرة من منسوبي القوات"),
// and the kill word's figure is read through them. Injured counts are left
// as they were: "عدد المصابين (50) حالة سجلت منهم (9) حالات وفاة" counts
// the dead among the hurt.
// An age in brackets is no count: "القتيل (31 عاما)".
func bracketFigure(toks []token, j int) bool {
	if !toks[j].bracket {
		return false
	}
	_, used := readNumber(toks, j)
	return used > 0 && !(j+used < len(toks) && toks[j+used].is(ageUnits))
}

// ageUnits follow a figure that is an age: "(30 عاماً)"، "(5 سنوات)".
var ageUnits = wordSet("عاما عام اعوام سنه سنوات سنين")

// percentWords tell a figure before them is a share: "70 بالمئة"، "في المائة".
var percentWords = wordSet("بالمئه بالمائه المئه المائه")

// percentAt reports a percent word at token k, or "في" and one, joined to
// the figure before it.
func percentAt(toks []token, k int) bool {
	if k < len(toks) && !toks[k].gap && toks[k].w == "في" {
		k++
	}
	return k < len(toks) && !toks[k].gap && toks[k].is(percentWords)
}

// thousandFigures multiply the figure before them: "ألف" as a number word
// on its own, the plural "آلاف" only after one ("ثمانية آلاف"، "8 آلاف").
var thousandFigures = wordSet("الف الفا الاف")

// thousandsAt reports a thousands word at token k joined to the figure
// before it.
func thousandsAt(toks []token, k int) bool {
	return k < len(toks) && !toks[k].gap && toks[k].is(thousandFigures)
}

// thousandsRead reports a figure read at token j over used tokens that
// holds a thousands word ("ثمانية آلاف"، "300 ألف"، "ألف"): a war's or a
// disaster's tally in round thousands ("أسفر عن وفاة ما يزيد على ثمانية آلاف
// شخص" behind an aid drive, "بعدما قتل 300 ألف سوري"), as vague as "آلاف
// القتلى" (vagueTolls) and no main event's count.
func thousandsRead(toks []token, j, used int) bool {
	for k := j; k < j+used && k < len(toks); k++ {
		if toks[k].is(thousandFigures) {
			return true
		}
	}
	return false
}

// millionFigures after a figure count it in millions: "6 ملايين شخص".
var millionFigures = wordSet("مليون ملايين")

// tallyRead reports a figure read at token j over used tokens that is a
// tally rather than a count of one event's dead: one in thousands
// (thousandsRead) or millions ("يودي التدخين بحياة نحو 6 ملايين شخص كل
// عام"), or one whose digits run on past a decimal point or a thousands
// separator, kept in its token by the tokenizer ("وفاة 1.4 مليون شخص"، "قتل
// أكثر من 10.000 شخص"، "قتل 63,360 من مقاتلي"): a war's or a year's tally,
// no event's toll. A construct dual's round hundreds or thousands is as
// loose ("ارتفاع حصيلة ضحايا الفيضانات إلى نحو مئتي قتيل" over the
// government's 199 below, "بقتل أكثر من مئتي مدني" over the UN's 232), and
// the tolls leave it as they did before numberWords held it.
func tallyRead(toks []token, j, used int) bool {
	if thousandsRead(toks, j, used) || strings.ContainsAny(toks[j].w, numberSeps) || toks[j].is(constructHundreds) {
		return true
	}
	e := j + used
	return e < len(toks) && toks[e].is(millionFigures) && !toks[e].gap
}

func digits(w string) (int, bool) {
	if w == "" || len(w) > 7 {
		return groupedDigits(w)
	}
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < '0' || c > '9' {
			if i > 0 && (c == '.' || c == ',') {
				return groupedDigits(w)
			}
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// groupedDigits reads a figure whose thousands are set off by points or
// commas, which the tokenizer keeps in one token: "2.500"، "10,000"،
// "1.250.000" (up to nine digits). A decimal ("3.5"، "22,00") is none.
func groupedDigits(w string) (int, bool) {
	n, run, nd := 0, 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
			run++
			nd++
		case c == '.' || c == ',':
			// the first group holds one to three digits, the later ones
			// three each
			if run == 0 || run > 3 || nd > run && run != 3 || i == len(w)-1 {
				return 0, false
			}
			run = 0
		default:
			return 0, false
		}
	}
	if run != 3 || nd == run || nd > 9 {
		return 0, false
	}
	return n, true
}

// figureHead reads the digits before the first point or comma of a token
// that opens with a figure ("1.4" of "1.4 مليون"، "3" of "3.5"): the whole
// figure of none that digits reads, a tally or a measure (tallyRead).
func figureHead(w string) (int, bool) {
	k := strings.IndexAny(w, numberSeps)
	if k <= 0 {
		return 0, false
	}
	return digits(w[:k])
}

// toll is one casualty figure in the text.
type toll struct {
	kind    killKind
	n       int
	vague   bool
	running bool
	part    bool // "بينهم 9 روس": a part of a toll already given
	bare    bool // "سقوط قتلى وجرحى": deaths told without any count word
	// later: a figure-first party past the first paragraph ("25 من قوات
	// الأمن قتلوا أيضاً"), read only as the other side of the main event.
	later bool
	// act: one victim of an assassination or an execution (killActs),
	// the toll only when the text gives no other killed toll.
	act bool
	// total: the figure of a period's total or of the dead and wounded
	// together, told bare (qualifiedFigures); the main event's toll is
	// unknown when it comes first.
	total bool
	// others: a lone victim's toll with the companions told after him
	// ("قتل مع سبعة آخرين"، tolls_companions.go), the count a lead's one
	// victim stands for.
	others bool
	// whole: the wounded told figure-first ("إن سبعة أشخاص أصيبوا في
	// الهجوم ثلاثة منهم حالتهم خطرة", tolls_hurtafter.go), whose
	// sentence's later figures are its parts, not groups to add.
	whole bool
	// found: bodies found ("العثور على جثث 39 عاملا", tolls_bodies.go):
	// the finding is the news, and a year beside it is the killing's or
	// the abduction's, not an older event's toll.
	found bool
	// executed: the figure of an execution carried out (tolls_executed.go),
	// the news's dead though its sentence names the charge it punished
	// ("إعدام سبعة أشخاص ... بعد إدانتهم").
	executed bool
	tok      int
}

// findTolls lists the casualty figures of the text in order.
func findTolls(toks []token) []toll {
	var out []toll
	// The walk asks a dozen rare sets (duals, executions, the fates of
	// one) at every token: asked of the article's bits first (see
	// articleSets), which stay in cache, a set no word of the article
	// holds costs no load of each token's own.
	in := articleSets(toks)
	for i := 0; i < len(toks); i++ {
		w := toks[i].w
		if runningWord(&toks[i]) {
			if forecastRise(toks, i) {
				// "توقعت وسائل إعلام محلية أن ترتفع حصيلة الضحايا إلى
				// أكثر من 100": a forecast; the rest of its sentence
				// ("حصيلة الضحايا إلى … 100") is no toll either.
				for i+1 < len(toks) && toks[i+1].sent == toks[i].sent {
					i++
				}
				continue
			}
			if t, ok := runningTollAt(toks, i); ok {
				out = append(out, t)
			} else if t, ok := riseFigureFirst(toks, i); ok {
				out = append(out, t) // "ارتفع إلى 15 ... عدد العناصر الذين قتلتهم" (tolls_risefirst.go)
			}
			continue
		}
		if sw := stripWa(w); sw == "عدد" || sw == "حصيله" {
			if t, end, ok := tallyReached(toks, i); ok {
				out = append(out, t)
				i = end - 1
				continue
			}
		}
		if toks[i].mayHoldWa(dualWords) {
			if k, ok := duals[stripWa(w)]; ok {
				out = append(out, toll{kind: k, n: 2, tok: i})
				continue
			}
		}
		if stripWa(w) == "سقوط" {
			if t, ok := fallenOne(toks, i); ok {
				out = append(out, t) // "مما أدى إلى سقوط قتيل" (tolls_fallenone.go)
				i++
				continue
			}
		}
		if toks[i].title && w == "قتيل" {
			if t, ok := titleLoneDead(toks, i); ok {
				out = append(out, t) // "قتيل و4 جرحى" opening a title (tolls_titleone.go)
				continue
			}
		}
		// bodiesFound, tollRiddance and victimsOfTold are too large to
		// inline: their first test is asked here, so that the call is made
		// only at a token that can start them, not at every token.
		if in.holds(bodyDuals) && toks[i].has(bodyDuals) && bodiesFound(toks, i) {
			out = append(out, toll{kind: killedKind, n: 2, act: true, tok: i}) // two bodies found, when no other toll (tolls_bodies.go)
			continue
		}
		if in.holds(crewWords) && toks[i].has(crewWords) {
			if n, next := crewAll(toks, i); n > 0 {
				// "ومقتل ركابها الـ66" (tolls_crewall.go), and a group
				// joined after it: "ركاب الطائرة الخمسة و5 آخرون".
				out = append(out, toll{kind: killedKind, n: n, tok: i})
				i = next - 1
				if m, at := nextGroup(toks, next); m > 0 {
					out = append(out, toll{kind: killedKind, n: m, tok: at})
					i = at
				}
				continue
			}
		}
		if w == "جثه" || toks[i].has(bodyPlurals) {
			if n := bodiesFigured(toks, i); n > 0 {
				out = append(out, toll{kind: killedKind, n: n, tok: i, found: true}) // "عثرت ... على 8 جثث" (tolls_bodies.go)
				continue
			}
		}
		if toks[i].has(bodyPlurals) {
			if n, used := bodiesCounted(toks, i); n > 0 {
				out = append(out, toll{kind: killedKind, n: n, tok: i, found: true}) // "العثور على جثث 39 عاملا" (tolls_bodies.go)
				i += used
				continue
			}
		}
		// The readers below return a toll by value and are too large to
		// inline into this loop, so each is asked only where its first
		// word can stand: called on every token, they cost a tenth of
		// extraction (round 48's profile).
		if toks[i].has(carryOut) {
			if t, at, ok := executedFigure(toks, i); ok {
				out = append(out, t) // "تنفيذ أحكام الإعدام بحق 13 مدانا" (tolls_executed.go)
				i = at
				continue
			}
		}
		if toks[i].title && toks[i].has(execNouns) {
			if t, at, ok := titleExecuted(toks, i); ok {
				out = append(out, t) // "العراق: إعدام 12 مدانا" over a carrying out told (tolls_executed.go)
				i = at
				continue
			}
		}
		if in.holds(felledOnes) && toks[i].has(felledOnes) || in.holds(felledTwos) && toks[i].has(felledTwos) {
			if t, ok := felledToll(toks, i); ok {
				out = append(out, t) // "أردوه قتيلاً" (tolls_felled.go)
				i++
				continue
			}
		}
		kind := noKind
		switch {
		case i > 0 && toks[i-1].has(attempts):
			// "محاولة قتل"، "نجا من مقتل": the victim lived.
		case toks[i].has(killVerbs):
			kind = killedKind
		case in.holds(killActs) && toks[i].has(killActs) && killActTold(toks, i):
			kind = killedKind
		case in.holds(penaltyManners) && toks[i].has(penaltyManners) && penaltyTold(toks, i):
			kind = killedKind
		case in.holds(suicideNouns) && toks[i].has(suicideNouns) && suicideTold(toks, i):
			kind = killedKind
		case toks[i].w == "القضاء" && tollRiddance(toks, i):
			kind = killedKind
		case toks[i].has(hurtVerbs):
			kind = injuredKind
		case strings.HasPrefix(toks[i].w, "ضحيت") && victimsOfTold(toks, i):
			// "وراح ضحيته 15 شخصا": the figure after the victims'
			// pronoun is the dead (tolls_victimsof.go).
			kind = killedKind
		case toks[i].w == "بحياه" && tookLivesBefore(toks, i):
			// "أودت موجة حر قاتلة بحياة 65 شخصا"، "تفجير آخر أودى بحياة
			// 12 شخصاً": the figure after بحياة is the dead.
			kind = killedKind
		}
		if kind != noKind && (memorialBefore(toks, i) || sinceKilling(toks, i)) {
			// "إحياء ذكرى مقتل الزعيم"، "الذكرى السابعة لمصرع القذافي"،
			// "في الذكرى الأولى لأحداث شارلوتسفيل التي أسفرت عن مقتل
			// امرأة": an anniversary, not a toll; "منذ مقتل الزعيم معمر
			// القذافي": the killing a period is counted from.
			kind = noKind
		}
		if kind == injuredKind && i > 0 && !toks[i].gap && stripWa(toks[i].w) != toks[i].w && bothBefore(toks, i) {
			// "مقتل وإصابة 37 مسلحا"، "استشهاد وإصابة 22": one figure of
			// the dead and the wounded together, neither toll ("24 شخصا
			// قتلوا وأصيب 184 آخرون", "أن مستوطنا قتل وأصيب اثنان" have
			// their own figure for each).
			if end := numberAfter(toks, i); end > 0 {
				out = append(out, toll{kind: injuredKind, vague: true, tok: i})
				i = end - 1
				continue
			}
		}
		if kind == killedKind && !toks[i].has(killVerbs) && (toks[i].has(killActs) || toks[i].has(penaltyManners)) {
			// An act (killActs) counts the one victim named right after
			// it, not a figure: "أحكاما بإعدام 3"، "تعدم عشرة آلاف دجاجة"
			// are sentences and culls as often as killings.
			victim := actVictim
			if in.holds(penaltyManners) && toks[i].has(penaltyManners) {
				victim = penaltyVictim
			}
			if c, ok := victim(toks, i); ok && !threatBefore(toks, i) {
				out = append(out, toll{kind: killedKind, n: c, tok: i, act: true})
				i++
			} else if n, at := actFigure(toks, i); n > 0 && !threatBefore(toks, i) {
				// "داعش يعدم 11 شابًا عراقيًا"، "أعدم تنظيم داعش 5 مدنيين":
				// the verb, told in the title or the lead, counts the
				// people it names by a figure.
				out = append(out, toll{kind: killedKind, n: n, tok: i})
				i = at
			}
			continue
		}
		if kind != noKind {
			read := len(out)
			// toll word, fillers, then a number
			for j := i + 1; j < len(toks) && j <= i+5 && (!toks[j].gap || kind == killedKind && bracketFigure(toks, j) || dayBetween(toks, i, j)); j++ {
				if j == i+1 && toks[j].w == "احدي" && stripWa(toks[i].w) == "سقوط" {
					// "أسفر سقوط إحدى شظايا الصواريخ عن مقتل مقيم": a
					// shard or a shell falls, not a victim.
					break
				}
				if n, used := readNumber(toks, j); used > 0 && n > 0 {
					if (toks[i].has(doersKill) || toks[i].w == "القضاء") && !personAfter(toks, j+used) {
						// "القضاء على 12 عنصرا تكفيريا"; not "القضاء على 90
						// في المئة من الأمية".
						break
					}
					if used == 1 && toks[i].has(naturalDeath) && mournedOne(toks, j) {
						// "نبأ وفاة أحد أقاربه"، "وفاة أحد أشهر موسيقيي
						// الدي جي": a bereavement or an obituary.
						break
					}
					if percentAt(toks, j+used) {
						// "سقوط 70 بالمئة من الغوطة"، "الضحايا 40 في المئة
						// منهم نساء": a share, not a count of the dead.
						break
					}
					if otherKindAfter(toks, j+used) || noOneKilled(toks, i, j) {
						// "ضحايا 11 سبتمبر"، "حصيلة سبع سنوات من الحرب": a
						// day of a month or a span's length; "لم يسفر عن
						// مقتل أحد": no one. Not a count of the dead (round
						// 52, c52kill).
						break
					}
					if toks[i].has(fallWords) && j+used < len(toks) && (toks[j+used].has(weaponWords) || weaponWords.contains(stripAl(toks[j+used].w))) {
						// "بسقوط 3 قذائف هاون على أرض خالية": shells fall,
						// as "سقوط إحدى شظايا الصواريخ" above; "يرصد سقوط أحد
						// الصواريخ" with the article (round 52, c52kill).
						break
					}
					if kind == killedKind && toks[i].has(fallWords) && j+used < len(toks) && toks[j+used].has(hurtNouns) {
						// "أسفرت عن سقوط نحو 30 جريحا"، "ما أدى إلى سقوط 8
						// جرحى": the fallen are the wounded the figure names,
						// not the dead.
						out = append(out, toll{kind: injuredKind, n: n, tok: i})
						i = j + used - 1
						break
					}
					if kind == killedKind && !(used == 1 && isYear(n)) && deadAndWounded(toks, j+used) {
						// "سقط 14 مسلحا حوثيا بين قتيل وجريح": the dead
						// and the wounded in one figure, no count of dead.
						out = append(out, toll{kind: kind, vague: true, tok: i})
						i = j + used - 1
						break
					}
					if !(used == 1 && isYear(n)) {
						out = append(out, toll{kind: kind, n: n, tok: i, running: runningBefore(toks, i) || toks[i].has(summaryWords), vague: kind == killedKind && tallyRead(toks, j, used)})
						if m, at := addedGroup(toks, j+used); m > 0 {
							out = append(out, toll{kind: kind, n: m, tok: at})
							used = at - j + 1
						} else if m, at, end := andGroup(toks, j+used); m > 0 && kind == killedKind {
							out = append(out, toll{kind: kind, n: m, tok: at})
							used = end - j
						} else if m, at := againstGroup(toks, j+used); m > 0 && kind == killedKind {
							// "مقتل 45 من المسلحين الموالين للنظام ... مقابل
							// 26 من تنظيم داعش" (tolls_against.go).
							out = append(out, toll{kind: kind, n: m, tok: at})
						}
					}
					i = j + used - 1
					break
				}
				if toks[j].has(vagueTolls) {
					if toks[i].w != "القضاء" {
						// "القضاء على عدد من" is as often a plan's as a
						// count's: no vague toll.
						out = append(out, toll{kind: kind, vague: true, tok: i})
					}
					break
				}
				c, ok := personCounts[toks[j].w]
				if ok && j > i+1 && toks[j-1].is(tollEvents) && strings.HasPrefix(toks[j].w, "ال") {
					// "المصابين في الحادث الإرهابي": the event's adjective,
					// not a victim.
					ok = false
				}
				if !ok && accusativeOne(toks, j) {
					c, ok = 1, true
				}
				if !ok && (twoNamed(toks, j) || j == i+1 && nisbaDual(toks, j)) {
					c, ok = 2, true
				}
				if !ok && leadOne(toks, i, j) {
					c, ok = 1, true
				}
				if !ok && oneOfGroup(toks, i, j) {
					c, ok = 1, true
				}
				if !ok && j == i+1 && toks[i].has(deathNouns) && namedOne(toks, i, j) {
					c, ok = 1, true
				}
				if ok && fallenRulers[stripAl(toks[j].w)] && fallWords.contains(stripWa(toks[i].w)) {
					// "بعد سقوط الرئيس صدام حسين"، "أدت إلى سقوط
					// زعيمه": a ruler's fall from power, not a death.
					ok = false
				}
				if ok && mortalNouns[stripAl(toks[j].w)] && toks[i].has(naturalDeath) {
					// "بعد وفاة زعيم الحركة الملا عمر"، "وفاة المبتعث":
					// a death of illness or age as often as a killing.
					ok = false
				}
				if ok && c == 1 && kind == killedKind {
					if n, at, used := loneKillerFigure(toks, i, j); at > 0 {
						// "قتل شخص 5 نساء": the singular is the killer,
						// the figure after him the dead.
						out = append(out, toll{kind: kind, n: n, tok: i})
						i = at + used - 1
						break
					}
					if loneKillerLater(toks, i, j) {
						// "وقتل مسلح 38 سائحا" past the lead: the singular
						// is still the killer, never the one dead.
						break
					}
				}
				if ok && !toks[i].has(summaryWords) && !threatBefore(toks, i) {
					// "مقتل جندي"، "قتلت فتاة": a singular or dual noun is the count.
					out = append(out, toll{kind: kind, n: c, tok: i})
					i = j
					// "مقتل شرطي و4 مهاجمين"، "سقوط رجل وامرأة": the next group.
					if m, at := nextGroup(toks, j+1); m > 0 {
						out = append(out, toll{kind: kind, n: m, tok: at})
						i = at
					}
					break
				}
				if j == i+1 && kind == killedKind && toks[j].has(deadNouns) && j+1 < len(toks) && !toks[j+1].gap && toks[j+1].has(hurtVerbs) {
					// "سقوط قتلى وجرحى": deaths without a figure.
					out = append(out, toll{kind: kind, vague: true, bare: true, tok: i})
					break
				}
				// "وقتل في الاعتداء 14 شخصا"، "قتل في الحادث سبعة": the
				// event named between the verb and its figure.
				if toks[j].w == "في" && j+2 < len(toks) && !toks[j+1].gap && toks[j+1].is(tollEvents) {
					j++
					continue
				}
				if kind == killedKind && eventPronounAt(toks, i, j) {
					// "قتل فيه شخصان": the event's pronoun (tolls_nextlead.go).
					continue
				}
				if j == i+1 && kind == killedKind {
					if k := doerThenFigure(toks, i); k > 0 {
						// "قتل تنظيم داعش المتشدد 9 رجال": the killer named
						// between the verb and its figure.
						j = k - 1
						continue
					}
				}
				if j == i+1 && dayBetween(toks, i, j) {
					continue
				}
				if j == i+1 && kind == killedKind && toks[j].w == "ايضا" {
					// "وقتل أيضا 21 من مسلحي تنظيم الدولة": another group
					// of the same fight (round 52, m52kill).
					continue
				}
				if !toks[j].is(numberFillers) && !(j == i+1 && toks[j].has(killVerbs)) && !toks[j].is(runningToll) && toks[j].w != "الي" && toks[j].w != "عدد" && !upTo(toks, j) {
					break
				}
			}
			if len(out) == read && kind == killedKind && toks[i].has(killVerbs) && !toks[i].has(summaryWords) && !threatBefore(toks, i) {
				// "قتل مع سبعة آخرين"، "بمقتل العميد ... مع ثلاثة من
				// مرافقيه": a victim no word counted, and the companions
				// he died with (tolls_companions.go).
				if m := leadCompanions(toks, i); m > 0 {
					out = append(out, toll{kind: killedKind, n: m + 1, tok: i, others: true})
				}
			}
			continue
		}
		if in.holds(duoPronouns) && toks[i].has(duoPronouns) {
			// "لقي مواطن وزوجته مصرعهما": the dual pronoun counts the dead.
			out = duoDead(toks, out, i)
			continue
		}
		if in.holds(oneFates) && toks[i].has(oneFates) {
			// "لقي غواص حتفه": the singular pronoun counts one
			// (tolls_alone.go).
			if t, ok := fateOne(toks, out, i); ok {
				out = append(out, t)
				continue
			}
		}
		if in.holds(woundsDying) && toks[i].has(woundsDying) {
			// "توفي عضو الحزب ... متأثرا بإصابته" (tolls_alone.go).
			if t, ok := woundsOne(toks, out, i); ok {
				out = append(out, t)
				continue
			}
		}
		if in.holds(passedVerbs) && toks[i].has(passedVerbs) {
			// "توفي أميركي إثر انفجار سيجارته" (tolls_alone.go).
			if t, ok := diedOfOne(toks, out, i); ok {
				out = append(out, t)
				continue
			}
		}
		if toks[i].w == "الحياه" {
			// "ضرب زوجته ... إلا أنها فارقت الحياة" (tolls_alone.go).
			if t, ok := lifeOne(toks, out, i); ok {
				out = append(out, t)
				continue
			}
		}
		if in.holds(ownDeaths) && toks[i].has(ownDeaths) && ownDeathTold(toks, i) {
			// "بادر من فيها بتفجيرها مما نتج عنه مقتله": the one victim
			// the sentence told before, when the text gives no figure.
			out = append(out, toll{kind: killedKind, n: 1, tok: i, act: true})
			continue
		}
		if dualDied(toks, i) {
			// "إن شخصين على الأقل قتلا" (tolls_dualdied.go).
			out = append(out, toll{kind: killedKind, n: 2, tok: i})
			continue
		}
		// number, then a casualty noun: "31 قتيلا"; "وستة قتلى" too.
		if n, used := readNumberWa(toks, i); used > 0 && n > 0 && i+used < len(toks) {
			switch {
			case withVictims(toks, i, i+used):
				// "تسوية ... مع 450 ضحية لانتهاكات"، "مقابلات مع 174 ضحية
				// وشاهدا": victims counted, the living a party deals with,
				// and no count of the dead — as "خمسة ضحايا ما بين قتيل
				// وجريح" below (tolls_withvictims.go).
				out = append(out, toll{kind: killedKind, n: n, vague: true, tok: i})
			case toks[i+used].has(countedKillNouns) && victimsClauseBefore(toks, i) && !titleHas(toks, killVerbs, martyrsNouns):
				// "نكبة الكرة المصرية التى راح ضحيتها 72 شهيدا": an
				// earlier event's dead, named in passing.
			case toks[i+used].has(countedKillNouns) && killNounIsToll(toks, i+used) && (deadAndWounded(toks, i+used) || woundedVictims(toks, i+used)):
				// "أوقع 33 قتيلاً وجريحًا"، "خمسة ضحايا على الأقل ما بين
				// قتيل وجريح": no count of the dead.
				out = append(out, toll{kind: killedKind, n: n, vague: true, tok: i})
			case toks[i+used].has(countedKillNouns) && killNounIsToll(toks, i+used):
				out = append(out, toll{kind: killedKind, n: n, tok: i, running: runningBefore(toks, i), part: partOf(toks, i), vague: tallyRead(toks, i, used)})
			case toks[i+used].has(hurtNouns):
				out = append(out, toll{kind: injuredKind, n: n, tok: i})
			case (toks[i].para <= 1 || toks[i].para == 2 && titleHas(toks, killVerbs)) && (killedAfterNoun(toks, i+used) || killedAfterGroup(toks, pastAtLeast(toks, i+used))):
				// "وأن 4 مسلحين قتلوا في اشتباكات": the figure, its
				// noun, then the passive verb — in the title or the first
				// paragraph only: further down the shape is as often a
				// period's tally or an older event's ("أسر 46 بحارا
				// قتلوا في الهجوم" of 2010). Under a title that tells
				// deaths, the second paragraph too: "مقتل واعتقال
				// العشرات" over "أن عشرات الحوثيين قتلوا" and then "أن
				// نحو 120 مسلحا من ميليشيات الحوثي الإيرانية قتلوا"; a
				// reaction's "15 أو 20 فلسطينيا قتلوا" under "ساندرز
				// ينتقد" is no toll (round 52, m52kill).
				out = append(out, toll{kind: killedKind, n: n, tok: i, running: runningBefore(toks, i), part: partOf(toks, i), vague: tallyRead(toks, i, used)})
			case toks[i].para > 1 && toks[i].para <= maxOtherSidePara && (killedAfterNoun(toks, i+used) || killedAfterGroup(toks, pastAtLeast(toks, i+used))):
				// Further down, the same shape is as often a period's
				// tally or an older event's, but as the other party of
				// the main event otherSide's guards keep those out: "كما
				// أشار سالانغي إلى أن 25 من قوات الأمن قتلوا أيضاً" after
				// the title's "مقتل 300 مسلح".
				out = append(out, toll{kind: killedKind, n: n, tok: i, later: true, vague: tallyRead(toks, i, used)})
			case toks[i].para <= maxTollPara && (hurtAfterNoun(toks, i+used) || hurtAfterGroup(toks, i+used)):
				// "أن تسعة أشخاص أصيبوا بجروح في انفجار سيارة"، "إن 19
				// شخصا أصيبوا في تفجير انتحاري": the wounded told
				// figure-first, as killedAfterNoun reads the dead, in
				// the paragraphs the main toll is read from
				// (tolls_hurtafter.go).
				out = append(out, toll{kind: injuredKind, n: n + hurtGroupBefore(toks, i), tok: i, part: partOf(toks, i), whole: true})
			}
			i += used - 1
			continue
		}
		if toks[i].has(vagueTolls) && i+1 < len(toks) && (toks[i+1].has(deadNouns) || toks[i+1].has(hurtNouns)) {
			k := killedKind
			if toks[i+1].has(hurtNouns) {
				k = injuredKind
			}
			out = append(out, toll{kind: k, vague: true, tok: i})
		}
	}
	withCompanions(toks, out)
	return out
}

// upTo reports "يصل" of "ما يصل إلى" at token j, an upper bound before the
// figure as "ما لا يقل عن" is a lower one: "قتل ما يصل إلى 99 مدنيا
// هندوسيا" counts 99 (round 54, m54kill). The bare verb is no filler:
// "يصل عدد القتلى" is runningToll's and tallyReached's.
func upTo(toks []token, j int) bool {
	return toks[j].w == "يصل" && j > 0 && toks[j-1].w == "ما" && !toks[j].gap
}

// killedAfterNoun reports the noun at token j, right after a figure,
// followed by a plural verb of dying ("4 مسلحين قتلوا في اشتباكات"،
// "ثلاثة أشخاص لقوا حتفهم"، "12 حوثيا سقطوا قتلى") that has no object of
// its own: "مسلحون قتلوا 53 شخصا" is the gunmen's deed. The noun may
// name its group before the verb ("ثمانية أفراد من القبيلة قتلوا"، "10
// مقاتلين آخرين من المجموعة قتلوا"): killedAfterGroup reads the rest.
func killedAfterNoun(toks []token, j int) bool {
	return figureNounVerb(toks, j, diedPlural, deadNouns, killedAfterGroup)
}

// figureNounVerb is killedAfterNoun for the plural verbs given (died, or
// hurtAfterNoun's wounded), the nouns a fallen figure is told by
// ("سقطوا قتلى"، "سقطوا جرحى") and the group reader for "من".
func figureNounVerb(toks []token, j int, verbs, fallenNouns *words, groupRead func([]token, int) bool) bool {
	k := j + 1
	if k >= len(toks) || toks[j].gap || toks[k].gap || toks[k].sent != toks[j].sent {
		return false
	}
	if toks[k].has(othersAfter) && k+1 < len(toks) && !toks[k+1].gap && toks[k+1].sent == toks[k].sent {
		// "10 مقاتلين آخرين من المجموعة قتلوا": others beside a victim
		// named before them.
		k++
	}
	if toks[j].para <= 1 && pluralAdjective(toks[k].w) && k+1 < len(toks) && !toks[k+1].gap && toks[k+1].sent == toks[k].sent {
		// "أن 4 عسكريين روس قتلوا في هجوم مباغت" (round 51, m51kill):
		// the noun's nationality between it and its verb, in the title
		// or the first paragraph only (tolls_against.go).
		k++
	}
	if next := k + 2; next < len(toks) && atLeast(toks, k) && !toks[next].gap && toks[next].sent == toks[k].sent {
		// "ثمانية أشخاص على الأقل قتلوا"، "3 حوثيين على الأقل قتلوا".
		k = next
	}
	group := toks[k].w == "من"
	fell := toks[k].has(fellDead) && k+1 < len(toks) && !toks[k+1].gap && toks[k+1].sent == toks[k].sent && toks[k+1].has(fallenNouns)
	if !group && !fell && !toks[k].has(verbs) {
		return false
	}
	if _, used := readNumber(toks, j); used > 0 {
		return false
	}
	switch {
	case group:
		// "ثمانية أفراد من القبيلة قتلوا"، "17 فرداً من المتمردين
		// الحوثيين وقوات صالح قتلوا": the noun, then its group.
		return groupRead(toks, k)
	case fell:
		// "12 حوثيا سقطوا قتلى": fell dead.
		return true
	}
	if k+1 < len(toks) && toks[k+1].sent == toks[k].sent {
		if n, used := readNumber(toks, k+1); used > 0 && n > 0 || toks[k+1].has(killNouns) {
			return false
		}
	}
	return true
}

// killedAfterGroup reports a group named with من at token j, right after
// a figure or its noun, and the plural verb it died by within
// maxGroupWords words: "ثلاثة من قياداتها البارزين لقوا مصرعهم"، "8 من
// عناصر الحرس الوطني قتلوا". The figure counts the dead of the group, as "4
// مسلحين قتلوا" does; not a relative clause ("ثلاثة من الذين قتلوا":
// some of the dead, told apart) nor a figure of a figure ("3 من 5").
func killedAfterGroup(toks []token, j int) bool {
	return groupThenVerb(toks, j, diedPlural, deadNouns)
}

// groupThenVerb is killedAfterGroup for the plural verbs given and the
// nouns a fallen group is told by.
func groupThenVerb(toks []token, j int, verbs, fallenNouns *words) bool {
	if j+2 >= len(toks) || toks[j].w != "من" || toks[j].gap {
		return false
	}
	s := toks[j].sent
	for k := j + 1; k < len(toks) && k <= j+maxGroupWords+1 && toks[k].sent == s && !toks[k].gap; k++ {
		if _, used := readNumber(toks, k); used > 0 || toks[k].has(relativePronouns) {
			return false
		}
		if k > j+1 && toks[k].has(verbs) {
			return true
		}
		if k > j+1 && toks[k].has(fellDead) {
			return k+1 < len(toks) && toks[k+1].sent == s && toks[k+1].has(fallenNouns)
		}
	}
	return false
}

// pastAtLeast returns the token after "على الأقل" when the bound stands at
// token j, right after a figure, else j: "أن 8 على الأقل من مسلحي التنظيم
// قتلوا" names its group after the bound, as "8 من مسلحي التنظيم قتلوا"
// does right after the figure (round 52, m52kill).
func pastAtLeast(toks []token, j int) int {
	if atLeast(toks, j) && j+2 < len(toks) && toks[j+2].sent == toks[j].sent {
		return j + 2
	}
	return j
}

// maxGroupWords is how long a group named with من may be before the verb
// its figure died by: "17 فرداً من المتمردين الحوثيين وقوات صالح قتلوا"
// names two parties of one side in four words.
const maxGroupWords = 4

// othersAfter follow a figure's noun when the figure counts others beside
// a victim told before: "زعيم تنظيم داعش و10 مقاتلين آخرين من المجموعة
// الإرهابية قتلوا".
var othersAfter = wordSet("اخرين اخرون")

// fellDead is the verb of "سقطوا قتلى", a figure's dead told as fallen.
var fellDead = wordSet("سقطوا")

// relativePronouns open a relative clause.
var relativePronouns = wordSet("الذين الذي التي اللذين اللذان اللتين اللواتي اللاتي")

// diedPlural are the plural verbs a figure's noun may die by.
var diedPlural = wordSet("قتلوا لقوا")

// addedGroup reads a second group of the same toll that follows a first
// "N من X" within a few words: "إضافة إلى 3 من العاملين" or "و3 من
// المدنيين". It returns the group's count and the token of its number.
func addedGroup(toks []token, i int) (n, at int) {
	if i >= len(toks) || toks[i].w != "من" {
		return 0, 0
	}
	s := toks[i].sent
	for j := i + 1; j < len(toks) && j <= i+6 && toks[j].sent == s; j++ {
		k := -1
		switch {
		case (toks[j].w == "اضافه" || toks[j].w == "بالاضافه") && j+2 < len(toks) && toks[j+1].w == "الي":
			k = j + 2
		case toks[j].w == "و" && j+1 < len(toks):
			k = j + 1
		case toks[j].w != stripWa(toks[j].w):
			// "استشهاد عشرة من منسوبي قوات الطوارئ الخاصة وثلاثة من
			// العاملين": a number word joined to و opens the group too.
			if m, used := readNumberWa(toks, j); used > 0 && m > 0 && !isYear(m) && j+used < len(toks) && toks[j+used].w == "من" {
				return m, j
			}
		}
		if k < 0 {
			continue
		}
		if m, used := readNumber(toks, k); used > 0 && m > 0 && !isYear(m) && k+used < len(toks) && toks[k+used].w == "من" {
			return m, k
		}
		return 0, 0
	}
	return 0, 0
}

// nextGroup reads a group joined by و right after a singular or dual
// count: "و4 مهاجمين" (a number and a noun) or "وامرأة" (another person).
func nextGroup(toks []token, i int) (n, at int) {
	if i >= len(toks) || toks[i].gap {
		return 0, 0
	}
	if toks[i].w == "و" && i+2 < len(toks) {
		if m, used := readNumber(toks, i+1); used > 0 && m > 0 && !isYear(m) && i+1+used < len(toks) && !toks[i+1+used].has(hurtNouns) {
			return m, i + 1
		}
		return 0, 0
	}
	if w := stripWa(toks[i].w); w != toks[i].w {
		if c, ok := personCounts[w]; ok {
			return c, i
		}
		if c := personCounts[strings.TrimSuffix(w, "ا")]; c == 1 && len(w) >= 6 && !strings.HasPrefix(w, "ال") {
			// "انفجار العريش يقتل ضابطا ومجندا": the second victim in
			// the accusative too (a w with no final ا is looked up as
			// itself, which the test above already missed).
			return 1, i
		}
		if kinNouns[w] {
			return 1, i // "مصرع مواطن وزوجته"
		}
		if leadOnes.contains(w) && !strings.HasPrefix(w, "ال") {
			return 1, i // "إصابة باكستاني وهندي"
		}
		// "استشهاد ضابط وثلاثة جنود": a number word joined to و, then
		// its noun, as andGroup reads it after a figure. Not واحد read
		// as و + أحد before the next person ("إصابة رجل واحد وامرأة").
		if m, used := readNumberWa(toks, i); used > 0 && m > 0 && !isYear(m) && i+used < len(toks) && !toks[i+used].gap &&
			stripWa(toks[i+used].w) == toks[i+used].w && personNoun(toks[i+used]) && !toks[i+used].has(hurtNouns) {
			return m, i
		}
		return 0, 0
	}
	// "قتل ناشطة معارضة سورية وابنتها": a relative after the victim's
	// adjectives (up to three words, none joined by و); another person
	// after one such word.
	for k := i + 1; k < len(toks) && k <= i+3 && !toks[k].gap && toks[k].sent == toks[i].sent; k++ {
		w := stripWa(toks[k].w)
		if w == toks[k].w {
			if afterOne[w] || toks[k].has(killVerbs) {
				return 0, 0
			}
			continue
		}
		if kinNouns[w] {
			return 1, k
		}
		if oneMoreOf(toks, k) {
			return 1, k // "استشهاد رجل أمن وأحد المدنيين" (tolls_oneof.go)
		}
		if c, ok := personCounts[w]; ok && k == i+1 && !strings.HasPrefix(w, "ال") && !nearAfter(toks, k, 8, duoPronouns) {
			// "قتل نقيب شرطة ومجند": another person after the first
			// one's single genitive. "لقي ضابط شرطة ومجند ... مصرعهما"
			// leaves the pair to its dual pronoun (duoDead).
			return c, k
		}
		return 0, 0
	}
	return 0, 0
}

// tollEvents are events a kill verb may name before its figure: "وقتل في
// الحادث 26".
var tollEvents = wordSet("الحادث الهجوم الهجومين الهجمات الاعتداء الاعتداءات المواجهات الاشتباكات التفجير التفجيرات الانفجار الغاره الغارات القصف الحريق")

// kinNouns are a relative named with his or her possessive after a victim:
// "مقتل رجل وابنه" is two.
var kinNouns = plainWords("زوجته زوجها ابنه ابنته نجله شقيقه شقيقته والده والدته طفله طفلته ابنها ابنتها طفلها طفلتها شقيقها شقيقتها والدها والدتها")

// hurtTally are the wounded a tally (حصيلة) may count: "حصيلة إصابات"،
// "حصيلة الجرحى".
var hurtTally = wordSet("اصابات الاصابات مصابي المصابين جرحى الجرحى")

// runningTollAt reads "ارتفعت حصيلة قتلى قوات النظام ... إلى 209": a
// rising toll word, a toll noun, then "إلى" (or a word of risesTo, or the
// ل of riseToL: "لأكثر من عشرة") and the new figure.
func runningTollAt(toks []token, i int) (toll, bool) {
	kind := noKind
	s := toks[i].sent
	for j := i + 1; j < len(toks) && j <= i+15; j++ {
		w := toks[j].w
		// An elision "(..)" breaks the sentence between the toll noun
		// and "إلى": "ارتفاع الخسائر البشرية (..) إلى 27".
		if toks[j].sent != s && !(kind != noKind && w == "الي" && toks[j].para == toks[i].para && toks[j-1].sent == s) {
			break
		}
		switch {
		case kind == noKind && toks[j].has(killVerbs):
			kind = killedKind
			if j+1 < len(toks) && !toks[j+1].gap && stripWa(w) == "حصيله" && toks[j+1].is(hurtTally) {
				// "ارتفعت حصيلة إصابات الحريق ... إلى 30": a tally of the
				// wounded ("ولم ترد تقارير عن سقوط وفيات").
				kind = injuredKind
			}
		case kind == noKind && w == "الخساير" && j+1 < len(toks) && toks[j+1].w == "البشريه":
			// "ارتفاع الخسائر البشرية إلى 27": the monitor's word for the dead.
			kind = killedKind
		case kind == noKind && toks[j].has(hurtVerbs):
			kind = injuredKind
		case kind != noKind && (w == "الي" || toks[j].has(risesTo) || riseToL(toks, j)):
			// riseToL: "ارتفعت حصيلة القتلى من المدنيين لأكثر من عشرة"
			// (tolls_riseto.go).
			for k := j + 1; k < len(toks) && k <= j+5; k++ {
				if n, used := readNumber(toks, k); used > 0 && n > 0 && !(used == 1 && isYear(n)) {
					if kind == killedKind && deadAndWounded(toks, k+used) {
						// "ارتفاع حصيلة هجمات مقديشو إلى 60 قتيلاً وجريحاً".
						return toll{kind: kind, vague: true, tok: i}, true
					}
					return toll{kind: kind, n: n, tok: i, running: true, vague: kind == killedKind && tallyRead(toks, k, used)}, true
				}
				// "لتتجاوز الـ150": the article split from its figure.
				if !toks[k].is(numberFillers) && toks[k].w != "ال" {
					break
				}
			}
			return toll{}, false
		}
	}
	return toll{}, false
}

// runningWord reports a word of a rising toll (runningToll) at t, joined to
// و or not ("وارتفعت"): where findTolls reads runningTollAt, so
// tallyReached leaves the tally after it to that reader.
func runningWord(t *token) bool {
	return t.mayHoldWa(runningToll) && runningToll.contains(stripWa(t.w))
}

// tallyNouns are the dead a tally told subject-first counts: "عدد القتلى"،
// "حصيلة جديدة لقتلى الفيضانات". Not الوفيات: "عدد الوفيات بسبب موجة الحر
// في مونتريال ... بلغ 18" is one city's part of the lead's 33, and deaths
// of an illness are no toll as often. A token holds the sets of its forms
// with ل, ب, و stripped (cliticForms), so لقتلى is in it as قتلى.
var tallyNouns = wordSet("القتلى قتلى الضحايا ضحايا")

// reachVerbs tell what a tally told subject-first reached: "عدد القتلى ...
// ارتفع بشكل كبير ليصل إلى 347 شخصا"، "بلغت 199 شخصا"، "هو 5 أشخاص".
var reachVerbs = union(runningToll, risesTo, wordList("بلغ بلغت يبلغ تبلغ وصل وصلت يصل تصل هو"))

// tallyReached reads a running toll told with its subject first, which
// runningTollAt (the rise verb first) misses: "عدد القتلى جراء زلزال ضرب
// جزيرة لومبوك ارتفع بشكل كبير ليصل إلى 347 شخصا"، "حصيلة جديدة لقتلى
// الفيضانات والانهيارات الأرضية، بلغت 199 شخصا"، "عدد القتلى جرّاء الحادث
// هو 5 أشخاص". At token i, عدد or حصيلة, with a word of the dead in the
// next two words and no rise verb just before (runningTollAt reads "ارتفع
// عدد القتلى إلى 29"); the figure must follow a reach verb within its
// sentence. It returns the toll and the token after the figure.
func tallyReached(toks []token, i int) (toll, int, bool) {
	if w := stripWa(toks[i].w); w != "عدد" && w != "حصيله" {
		return toll{}, 0, false
	}
	for k := i - 1; k >= 0 && k >= i-2 && toks[k].sent == toks[i].sent; k-- {
		if runningWord(&toks[k]) {
			return toll{}, 0, false
		}
	}
	dead := false
	for k := i + 1; k < len(toks) && k <= i+2 && toks[k].sent == toks[i].sent; k++ {
		dead = dead || toks[k].has(tallyNouns)
	}
	if !dead {
		return toll{}, 0, false
	}
	s := toks[i].sent
	for j := i + 2; j < len(toks) && j <= i+15 && toks[j].sent == s; j++ {
		if olderPeriod(toks, j) && !hoursNear(toks, j) {
			// "وكان عدد القتلى منذ الأحد الماضي ... قد تجاوز 500": a
			// period's tally.
			return toll{}, 0, false
		}
		if !toks[j].has(reachVerbs) && !reachVerbs.contains(stripWa(toks[j].w)) {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+4 && toks[k].sent == s; k++ {
			if n, used := readNumber(toks, k); used > 0 && n > 0 && !(used == 1 && isYear(n)) {
				if deadAndWounded(toks, k+used) || pairBetween(toks, i, j) {
					// "عدد القتلى والجرحى بلغ 5 أشخاص": no count of the dead.
					return toll{kind: killedKind, vague: true, tok: k}, k + used, true
				}
				return toll{kind: killedKind, n: n, tok: k, running: true, vague: tallyRead(toks, k, used)}, k + used, true
			}
			if w := toks[k].w; w != "الي" && w != "ال" && !numberFillers.contains(w) {
				break // "ارتفع بشكل كبير ليصل إلى 347": the next reach verb
			}
		}
	}
	return toll{}, 0, false
}

// pairBetween reports the dead and the wounded named together
// (casualtyPair) between tokens i and j: "عدد القتلى والجرحى".
func pairBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if casualtyPair(toks, k, false) {
			return true
		}
	}
	return false
}

// deadAndWounded reports a figure, whose number ends before token e, that
// counts the dead and the wounded together: its own noun is "قتيل وجريح"
// ("أوقع 33 قتيلاً وجريحًا"، "1000 قتيل وجريح"), or "بين قتيل وجريح"
// follows within a few words of its sentence ("سقط 14 مسلحا حوثيا بين قتيل
// وجريح"، "خمسة ضحايا على الأقل ما بين قتيل وجريح"، "نحو 60 شخصا بين جريح
// وقتيل"). The guide codes no toll from such a figure: it is neither the
// dead's count nor the wounded's. Not a plural right after the figure: "4
// قتلى وجرحى" is as often four dead and some wounded.
func deadAndWounded(toks []token, e int) bool {
	for j := e; j < len(toks) && j <= e+5 && toks[j].sent == toks[e].sent; j++ {
		if j > e && toks[j].gap {
			return false
		}
		switch {
		case j == e && toks[j].w == "من":
			// "سقوط 20 من القتلى والجرحى"
			if casualtyPair(toks, j+1, false) {
				return true
			}
		case j == e:
			if casualtyPair(toks, j, true) {
				return true
			}
		case toks[j].w == "بين":
			if casualtyPair(toks, j+1, false) {
				return true
			}
		}
		if j > e && (toks[j].has(killVerbs) || toks[j].has(hurtVerbs)) {
			return false
		}
	}
	return false
}

// woundedVictims reports victims (ضحايا) at token e whose own clause, within
// the next eight words of the sentence, tells them wounded before any word
// of killing or another figure: "لدينا أربعة ضحايا نقلوا جميعا إلى المستشفى مصابين بجروح
// ناجمة عن سلاح ناري" counts the wounded of a shooting, not its dead.
func woundedVictims(toks []token, e int) bool {
	if w := toks[e].w; w != "ضحايا" && w != "ضحيه" {
		return false
	}
	for j := e + 1; j < len(toks) && j <= e+8 && toks[j].sent == toks[e].sent; j++ {
		// killVerbs holds the dead nouns too (قتلى، القتلى).
		if _, used := readNumberWa(toks, j); used > 0 || toks[j].has(killVerbs) {
			// "5 ضحايا و20 مصابا": the wounded have their own figure.
			return false
		}
		if toks[j].has(hurtNouns) {
			return true
		}
	}
	return false
}

// casualtyPair reports a dead noun and a wounded one joined by و at token k,
// in either order ("قتيل وجريح"، "جريح وقتيل"، "القتلى والجرحى"; و written
// apart or not); with one, singular nouns only.
func casualtyPair(toks []token, k int, one bool) bool {
	if k+1 >= len(toks) || toks[k].gap {
		return false
	}
	dead, hurt := deadPair, hurtPair
	if one {
		dead, hurt = deadOne, hurtOne
	}
	m := k + 1
	if toks[m].w == "و" {
		m++
	} else if !strings.HasPrefix(toks[m].w, "و") {
		return false
	}
	if m >= len(toks) || toks[m].gap {
		return false
	}
	return toks[k].has(dead) && toks[m].has(hurt) || toks[k].has(hurt) && toks[m].has(dead)
}

// The nouns of the dead and the wounded counted together: deadOne and
// hurtOne the singulars a figure takes ("33 قتيلاً وجريحًا"), deadPair and
// hurtPair those after بين or من ("بين قتلى وجرحى"، "من القتلى والجرحى").
const (
	deadOneWords = "قتيل قتيلا"
	hurtOneWords = "جريح جريحا مصاب مصابا"
)

var (
	deadOne  = wordSet(deadOneWords)
	hurtOne  = wordSet(hurtOneWords)
	deadPair = bombTollDead // deadOneWords + " قتلى القتلى": the same words (rev57b)
	hurtPair = wordSet(hurtOneWords + " جرحى الجرحى مصابين المصابين")
)

// risesTo are the verbs a rising toll reaches its figure by, besides إلى:
// "ارتفاع أعداد القتلى ... لتتجاوز الـ150" is 150, as "أكثر من 150" is
// (the guide codes a bound as its figure).
var risesTo = wordSet("لتصل ليصل لتبلغ ليبلغ لتتجاوز ليتجاوز تتجاوز يتجاوز تجاوزت تجاوز لتتخطي ليتخطي تخطت")

// killNounIsToll: a count of people (اشخاص، عناصر) is a toll only when a
// kill word is close by ("قتل 5 أشخاص" is found from the verb; "5 عناصر
// قتلوا" from here).
func killNounIsToll(toks []token, j int) bool {
	switch toks[j].w {
	case "قتلي", "قتيلا", "قتيل", "شهداء", "شهيدا", "ضحايا", "ضحيه":
		return true
	}
	// "35 مقاتلا من قوات النظام ... بينهم تسعة مقاتلين روس لقوا حتفهم".
	for k := j + 1; k < len(toks) && k <= j+diedReach && toks[k].sent == toks[j].sent; k++ {
		if toks[k].has(diedVerbs) {
			return true
		}
	}
	return false
}

// diedReach is how far after a count of people its verb of dying may come.
const diedReach = 15

// maxTollPara is the last paragraph (1 = the body's first) that may hold
// the main event's toll.
const maxTollPara = 3

// maxLateTollPara is the last paragraph that may hold the main event's toll
// when the title and the first maxTollPara paragraphs give none: a long
// report opens with what happened and who says so, and counts the dead a
// few paragraphs on ("وتدور حاليا معارك ... أوقعت حتى الآن 25 قتيلا" in
// the fourth; "قتل حوالى 29 فردا من الطوارق" in the fifth).
const maxLateTollPara = 6

// lateToll reports a first figure past maxTollPara that may still be the
// main event's: within maxLateTollPara, in a sentence that neither ties it
// to a time or a past of its own (قبل، منذ، كان، "الأسبوع الماضي") nor
// opens another story (وفي …، من جهة أخرى، أما، على صعيد). "The past
// hours" (خلال الساعات الـ24 الماضية) are the news's own time.
func lateToll(toks []token, t toll) bool {
	if t.vague || t.part || toks[t.tok].para > maxLateTollPara {
		return false
	}
	weapon := leadWeaponLinked(toks, t.tok)
	if !weapon && !leadViolence(toks) {
		return false
	}
	from := sentStart(toks, t.tok)
	if turnsStory(toks, from) || turnsStory(toks, paraStart(toks, t.tok)) {
		return false
	}
	return !otherTimeOf(toks, t.tok, true) && (weapon || linkedToLead(toks, t.tok) || monitorCount(toks, t.tok))
}

// leadWeapons are the weapons an attack is told by, each form with the
// singular it is known by: a late toll's sentence that names the weapon
// the lead's attack used ("ألقى أكثر من 12 برميلا متفجرا" in the lead,
// "ثلاثة مدنيين قتلوا ... بإلقاء مروحيات النظام براميل متفجرة" in the
// fourth paragraph) counts the lead's event.
var leadWeapons = func() map[string]string {
	m := map[string]string{}
	for _, g := range []string{
		"برميل برميلا براميل برميلين",
		"قذيفه قذائف قذيفتين قذيفتان",
		"صاروخ صاروخا صواريخ صاروخين صاروخان",
		"هاون الهاون",
	} {
		f := strings.Fields(g)
		for _, w := range f {
			m[w] = f[0]
		}
	}
	return m
}()

// weaponOf is the weapon (leadWeapons) token t names, with its proclitics
// and article: "بالبراميل" is برميل; "" for none.
func weaponOf(t *token) string {
	for _, f := range t.forms {
		if w, ok := leadWeapons[strings.TrimPrefix(f, "ال")]; ok {
			return w
		}
	}
	return ""
}

// leadWeaponLinked reports a sentence, that of token i, past the lead,
// that names a weapon (leadWeapons) the lead names too, without the
// article (a title's "صواريخ الحوثيين" is definite by its construct).
// The lead's weapons are read once, at the sentence's first weapon.
func leadWeaponLinked(toks []token, i int) bool {
	if toks[i].para <= 1 {
		return false
	}
	var lead []string
	read := false
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		w := weaponOf(&toks[j])
		if w == "" {
			continue
		}
		if !read {
			lead, read = leadBareWeapons(toks), true
		}
		if slices.Contains(lead, w) {
			return true
		}
	}
	return false
}

// leadBareWeapons lists the weapons (leadWeapons) the lead's paragraph
// names without the article. Counted or bare, the weapon is the lead's
// news ("ألقى 12 برميلا"); with the article it refers to an attack the
// reader knows, as a reaction's lead does ("في إشارة إلى الصواريخ
// البالستية التي أطلقتها").
func leadBareWeapons(toks []token) []string {
	var out []string
	for k := 0; k < len(toks) && toks[k].para <= 1; k++ {
		if toks[k].para != 1 || slices.ContainsFunc(toks[k].forms, func(f string) bool { return strings.HasPrefix(f, "ال") }) {
			continue
		}
		if w := weaponOf(&toks[k]); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// otherTime reports a sentence, that of token i, tied to another time than
// the news's: a past or a cause of its own (قبل، منذ، كان، بعد، "الأسبوع
// الماضي")، a period (خلال شهرين، على مدار 40 عاما)، a year ("في حوادث
// مرورية في 2017")، or, past the first paragraphs, a weekday the lead does
// not name ("بلغت ذروتها الاثنين"). "The past hours" (خلال الساعات الـ24
// الماضية) are the news's.
func otherTime(toks []token, i int) bool { return otherTimeOf(toks, i, false) }

// deathCauses are the words that tie deaths told before them to what
// killed them: "ولقي أكثر من 60 شخصا حتفهم ... بعد سقوط أمطار قياسية".
// operationKills (events_operationkill.go) reads them before a killing:
// what an operation came after.
var deathCauses = plainWords("بعد عقب اثر")

// otherTimeOf is otherTime; with causes, a death cause (deathCauses) after
// token i is no other time: it tells what the figure's dead died of, not an
// older event.
func otherTimeOf(toks []token, i int, causes bool) bool {
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		w := stripWa(toks[j].w)
		if causes && j > i && deathCauses[w] {
			continue
		}
		if _, ok := weekdays[w]; ok {
			// The first paragraphs tell the news's own days: "السبت" in
			// the lead and "وجاءت الغارة الجديدة مساء الجمعة" in the third
			// date the strike whose "مقتل38 شخصا" the sixth counts.
			if toks[i].para > maxTollPara && !leadNames(toks, w) && !leadDayNames(toks, w) {
				return true
			}
			continue
		}
		switch {
		case w == "الماضي" || w == "الماضيه" || w == "خلال":
			if !hoursNear(toks, j) {
				return true
			}
		case w == "منذ" && sinceNews(toks, j):
			continue
		case (w == "وثق" || w == "وثقت") && monitorCount(toks, i):
			continue
		case w == "قبل" && byAgent(toks, j):
			continue
		case lateOtherDay.contains(w) || toks[j].is(lateOtherDay) || periodWords.contains(w):
			return true
		case opensWithDigit(w):
			if n, used := readNumber(toks, j); used > 0 && isYear(n) {
				return true
			}
		}
	}
	return false
}

// newsSince are the times after منذ that start the news's own span:
// "منذ أمس"، "منذ ليل أمس"، "منذ صباح اليوم".
var newsSince = wordSet("امس ليل ليله فجر صباح مساء ظهر الصباح الليله اليوم")

// sinceNews reports "منذ" at token j opening the news's own span (since
// yesterday or this morning), not an older time: "غارات مستمرة منذ أمس".
func sinceNews(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j+1].sent != toks[j].sent || !toks[j+1].is(newsSince) {
		return false
	}
	w := toks[j+1].w
	if w == "امس" || w == "اليوم" || w == "الصباح" || w == "الليله" {
		return true
	}
	return j+2 < len(toks) && (toks[j+2].w == "امس" || toks[j+2].w == "اليوم")
}

// olderPeriod reports a word of a period (periodWords) at token j other
// than منذ opening the news's own span (sinceNews): a count told of it is
// the period's (monitorCount, tallyReached).
func olderPeriod(toks []token, j int) bool {
	return toks[j].has(periodWords) && !(stripWa(toks[j].w) == "منذ" && sinceNews(toks, j))
}

// byAgent reports "من قبل" at token j naming an agent ("عمليات تمشيط من
// قبل قوات التحالف": by the coalition), not a time before: a word that is
// no figure and no word of time follows it.
func byAgent(toks []token, j int) bool {
	if j == 0 || toks[j-1].w != "من" || j+1 >= len(toks) || toks[j+1].sent != toks[j].sent {
		return false
	}
	next := toks[j+1].w
	if next[0] >= '0' && next[0] <= '9' || timeAfterBefore[next] {
		return false
	}
	return true
}

// timeAfterBefore are words that make "من قبل" a time: "من قبل أيام".
var timeAfterBefore = plainWords("ايام يوم يومين اسبوع اسبوعين اسابيع شهر شهرين اشهر سنه سنوات عام عامين اعوام ساعات ساعه ذلك")

// monitorCount reports the sentence of token i naming the monitor (المرصد)
// and no period: "ووثق المرصد السوري مقتل 7 عناصر" counts the day's event.
func monitorCount(toks []token, i int) bool {
	s := toks[i].sent
	monitor := false
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if olderPeriod(toks, j) {
			return false
		}
		monitor = monitor || stripWa(toks[j].w) == "المرصد"
	}
	return monitor
}

// linkedToLead reports a sentence, that of token i, that names the lead's
// event (الهجوم، المواجهات), its hours or weekday, or says it goes on
// (تدور حاليا، حتى الآن).
func linkedToLead(toks []token, i int) bool {
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		w := stripWa(toks[j].w)
		if _, ok := weekdays[w]; ok {
			return true
		}
		switch {
		case (w == "الماضي" || w == "الماضيه" || w == "خلال") && hoursNear(toks, j):
			return true
		case tollEvents.contains(w) || lateLinks[w] || w == "الان" && j > 0 && toks[j-1].w == "حتي":
			return true
		}
	}
	return false
}

// vagueAtLeast is the least figure vague words may stand for: tens are 10
// or more, hundreds 100, thousands 1000.
func vagueAtLeast(w string) int {
	w = stripWa(w)
	switch {
	case strings.Contains(w, "عشرات"):
		return 10
	case strings.Contains(w, "مئات"):
		return 100
	case strings.Contains(w, "الاف"):
		return 1000
	}
	return 0
}

// opensOtherStory reports a sentence or paragraph, starting at token i,
// that turns to another story: "وفي صنعاء، عاد شبح التفجيرات"، "من جانب
// آخر"، "أما على صعيد مأرب".
func opensOtherStory(toks []token, i int) bool {
	return toks[i].has(otherStory) || stripWa(toks[i].w) == "من" && i+1 < len(toks) && toks[i+1].has(otherStory)
}

// turnOpens is opensOtherStory that also reads "في غضون ذلك" (no و) at
// token i: another front's sentence or paragraph.
func turnOpens(toks []token, i int) bool {
	return opensOtherStory(toks, i) || toks[i].w == "في" && i+1 < len(toks) && toks[i+1].w == "غضون"
}

// paraStart returns the first token of the paragraph of token i.
func paraStart(toks []token, i int) int {
	for i > 0 && toks[i-1].para == toks[i].para {
		i--
	}
	return i
}

// leadViolence reports a word of killing or fighting in the title or the
// first paragraph: a late figure counts the lead's event only when the lead
// tells one (a statement's or a visit's lead does not).
func leadViolence(toks []token) bool {
	for i := 0; i < len(toks) && toks[i].para <= 1; i++ {
		if toks[i].has(killVerbs) || toks[i].has(leadFights) {
			return true
		}
	}
	return false
}

// leadNames reports the word w in the title or the first paragraph.
func leadNames(toks []token, w string) bool {
	for i := 0; i < len(toks) && toks[i].para <= 1; i++ {
		if stripWa(toks[i].w) == w {
			return true
		}
	}
	return false
}

// leadDayNames reports the weekday w in the first maxTollPara
// paragraphs, where the news tells its own days (otherTimeOf).
func leadDayNames(toks []token, w string) bool {
	for i := 0; i < len(toks) && toks[i].para <= maxTollPara; i++ {
		if stripWa(toks[i].w) == w {
			return true
		}
	}
	return false
}

// hoursNear reports "الساعات" within three words of token j: "خلال
// الساعات الـ24 الماضية" are the news's own hours.
func hoursNear(toks []token, j int) bool {
	for k := max(j-3, 0); k < len(toks) && k <= j+3; k++ {
		if toks[k].w == "الساعات" || toks[k].w == "ساعه" {
			return true
		}
	}
	return false
}

var (
	// lateOtherDay tie a figure to another time than the news's (a
	// weekday may be the news's own, and is not among them).
	// A cause (بعد، بعدما، غداة، عقب، اثر) is another event, a documented
	// count (وثقت 214 ضحية) a tally, and years or months
	// a period's tally ("وعلى مدار 40 عاما ... مقتل حوالي 800").
	lateOtherDay = wordSet("قبل سابق سابقه سبق وسبق بعدما منذ حينها حينه وقتها انذاك وثقت وثق توثيق كان كانوا كانت جرائم الجرائم مسؤوله بعد غداه عقب اثر مدار عاما اعوام سنوات سنه اشهر شهور اسابيع الاخير الاخيره")
	// lateLinks tie a later sentence to the lead's event as still going
	// on: "وتدور حاليا معارك ... أوقعت حتى الآن"، "مواجهات عنيفة ما زالت
	// تدور"; with the event's definite name (tollEvents: "أثناء
	// المواجهات"), its weekday, or its hours, a late figure must have one.
	lateLinks = plainWords("المعارك المعركه تدور يدور زالت تزال حاليا مستمره متواصله")
	// leadFights tell fighting or an attack: with a kill word in the lead,
	// the lead tells a violent event.
	leadFights = wordSet("القتل معارك معركه اشتباكات اشتباك مواجهات هجوم هجمات غاره غارات قصف تفجير تفجيرات انفجار انتحاري انتحاريه")
	// otherStory open a sentence that turns to another story: "وفي جنوب
	// دمشق، قتل 22"، "من جهة أخرى"، "أما على صعيد مأرب".
	otherStory = wordSet("وفي جهه جانب ناحيه اما واما صعيد غضون ذلك والي")
)

func isYear(n int) bool { return n >= 1900 && n <= 2100 }

func stripWa(w string) string {
	if len(w) > 2 && w[:2] == "و" {
		return w[2:]
	}
	return w
}

// runningBefore reports a "toll rose to" phrase just before token i.
func runningBefore(toks []token, i int) bool { return nearBefore(toks, i, 6, runningToll) }

// casualties reads the main event's toll: the first figure of the text
// (title and lead first), the latest of a running toll, and the sum of the
// groups one sentence lists ("قتل 31 من قوات النظام ... وقتل 50 من
// التنظيم"). A vague first figure (عشرات القتلى) means unknown.
//
// A toll in a sentence dated days before publication ("وشن التنظيم في 25
// يوليو سلسلة هجمات ... ما تسبب بمقتل 265") is an earlier event's.
//
// The figures it weighs are noted in n (if any).
//
// act reports a killed toll read from an act alone (killActs): the victim
// of an assassination or an execution, which does not make the text news
// of the day (eventDate), since a report may tell an old one.
//
// court reports a killed toll that courtStepStory dropped: a verdict's or
// an arrest's story, still news of its own day (eventDate).
func casualties(toks []token, published time.Time, n *notes) (killed, injured *int, act, court bool) {
	ts := findTolls(toks)
	n.tollSteps(TollStageRead, "", ts)
	// A killed toll of the first paragraphs, kept or dropped below: the
	// doer alone dead (loneDoerDied) is read only where none stands.
	leadKill := slices.ContainsFunc(ts, func(t toll) bool { return t.kind == killedKind && toks[t.tok].para <= maxTollPara })
	trial := -1 // trialStory(toks), once a toll needs it
	if !published.IsZero() {
		kept := ts[:0:0]
		// Each toll's period is asked once: qualifiedFigures weighs the
		// period totals of all tolls before the loop drops them.
		period := make([]bool, len(ts))
		for k, t := range ts {
			period[k] = periodTold(toks, t.tok)
		}
		told := qualifiedFigures(toks, ts, period)
		causeSent := -1 // the sentence of a cause's toll (tolls_cause.go)
		// Under a title that tells no death, a lead's toll of the past
		// week or month is the event the news reacts to (a White House
		// call before Friday's march, a militia's threat after a strike).
		quietTitle := !titleTellsKilling(toks, ts)
		for k, t := range ts {
			if quietTitle && (lastWeekTold(toks, t) || afterAttackTold(toks, t)) {
				n.tollStep(TollStageFilter, "quietTitle:lastWeekTold|afterAttackTold", t)
				continue
			}
			if toks[t.tok].sent == causeSent || causeToll(toks, t.tok) || !t.vague && afterCauseToll(toks, t.tok) {
				// "... وأسفر عن مقتل 60 شخصا وإصابة أكثر من ألف آخرين":
				// the figures after a cause's toll in its sentence are the
				// cause's too.
				causeSent = toks[t.tok].sent
				n.tollStep(TollStageFilter, "causeToll", t)
				continue
			}
			if why := datedFilter(toks, t, k, published, period, &trial); why != "" {
				n.tollStep(TollStageFilter, why, t)
				continue
			}
			t.total = t.kind == killedKind && !t.vague && told[t.n]
			kept = append(kept, t)
		}
		ts = kept
	}
	if len(ts) > 0 && !published.IsZero() {
		// A toll told beside an earlier year is an earlier event's; when
		// the lead tells one under a title of no killing, the story is a
		// reaction to it, and its later figures count it again
		// (tolls_background.go). A trial's story is left to chargeTold:
		// the acts it judges are its news's.
		kept := ts[:0:0]
		var recalled []toll // the trace's only
		old, oldLead := false, false
		for _, t := range ts {
			if t.found || !tollRecalled(toks, t.tok, ts, published) {
				kept = append(kept, t)
				continue
			}
			old = true
			oldLead = oldLead || toks[t.tok].para <= 1
			if n.tracing() {
				recalled = append(recalled, t)
			}
		}
		if old && trialOf(toks, &trial) == 0 {
			if oldLead && !titleTellsKilling(toks, ts) {
				n.tollSteps(TollStageRecalled, "recalledLead", kept)
				kept = kept[:0]
			}
			n.tollSteps(TollStageRecalled, "tollRecalled", recalled)
			ts = kept
		}
	}
	if why := storyDrop(toks, ts); why != "" {
		// A reaction's, a quiet story's or a cause title's news counts
		// no killed figure (storyDrop).
		ts = slices.DeleteFunc(ts, func(t toll) bool {
			if t.kind != killedKind {
				return false
			}
			n.tollStep(TollStageStory, why, t)
			return true
		})
	}
	titleAct := false
	if slices.ContainsFunc(ts, func(t toll) bool { return t.kind == killedKind && !t.act }) {
		// "إعدام ناشط وقتلى وجرحى بأربيل": the text's own toll words
		// count its main event; an act's one victim is the toll of a
		// text that gives none. A title's act whose title and lead give
		// no other toll stands over figures further down
		// (tolls_titleact.go).
		titleAct = titleActStands(toks, ts)
		ts = slices.DeleteFunc(ts, func(t toll) bool {
			if !t.act || titleAct && toks[t.tok].title {
				return false
			}
			n.tollStep(TollStageAct, "actBesideToll", t)
			return true
		})
	}
	n.tollSteps(TollStageKept, "", ts)
	killed = mainToll(toks, ts, killedKind)
	n.tollMain("mainToll", killedKind, killed)
	if killed == nil && !leadKill && loneDoerDied(toks) {
		// "فجر نفسه فوق جسر دون وقوع إصابات": the bomber the only dead
		// (tolls_lonedoer.go).
		one := 1
		killed = &one
		n.tollMain("loneDoerDied", killedKind, killed)
	}
	act = killed != nil && (titleAct || !slices.ContainsFunc(ts, func(t toll) bool { return t.kind == killedKind && !t.act }))
	injured = mainToll(toks, ts, injuredKind)
	n.tollMain("mainToll", injuredKind, injured)
	if (killed != nil || injured != nil) && courtStepStory(toks, published) {
		// "المؤبد لقاتل ناشطة سورية وابنتها": a verdict, a trial or an
		// arrest over a killing of an earlier month or year has no toll,
		// killed or injured (round 46, rul46c-1; tolls_background.go).
		// The story stays news of its day as the toll made it.
		court = killed != nil
		killed, injured, ts = nil, nil, nil
		n.tollMain("courtStepStory", killedKind, nil)
		n.tollMain("courtStepStory", injuredKind, nil)
	}
	if n != nil {
		n.tolls = ts
	}
	return killed, injured, act, court
}

// datedFilter names the first per-figure filter of a dated article that
// drops toll t (casualties' k-th, period its periodTold), or "" for a figure
// that stands: one told dated before publication, of a week or a period
// ago, after another toll or a cause, in a span, or among a trial's
// charges. A trial's story counts the victims of the acts it judged
// ("باستهداف الكنيسة البطرسية ... والذي أسفر عن قتل 29 شخصا" among the
// charges): its news is the verdict. An execution carried out is no
// charge: its executed are the news's dead (rul48c-1). The names are the
// toll trace's (tolltrace.go).
func datedFilter(toks []token, t toll, k int, published time.Time, period []bool, trial *int) string {
	switch {
	case datedBefore(toks, t.tok, published):
		return "datedBefore"
	case weekTold(toks, t.tok):
		return "weekTold"
	case period[k]:
		return "periodTold"
	case comesAfterToll(toks, t.tok):
		return "comesAfterToll"
	case !t.vague && comesAfterCause(toks, t.tok):
		return "comesAfterCause"
	case spanAfter(toks, t.tok):
		return "spanAfter"
	case !t.executed && chargeTold(toks, t.tok, trial):
		return "chargeTold"
	}
	return ""
}

// storyDrop names the story-level reading that drops every killed figure,
// or "" for none: "ترامب يندد بالهجوم الرهيب": a condemnation's news counts
// no toll of the attack it condemns; "الجزائر تستضيف مؤتمراً دولياً": a
// story that tells no violent event counts no toll of another's
// (tolls_background.go); "تصاعد التوتر بعد مقتل رجل أعزل": a title's
// killing named only as what its news followed (tolls_causetitle.go). The
// names are the toll trace's (tolltrace.go).
func storyDrop(toks []token, ts []toll) string {
	switch {
	case reactionStory(toks, ts):
		return "reactionStory"
	case quietStory(toks, ts):
		return "quietStory"
	case unharmedLead(toks, ts):
		return "unharmedLead"
	case causeTitleStory(toks):
		return "causeTitleStory"
	case marchKillReaction(toks) >= 0:
		// Marchers killed lately behind a reaction lead (rul66g-3,
		// events_marchreaction.go): the reaction is the lead.
		return "marchKillReaction"
	}
	return ""
}

// titleDeadLater returns the figure of the first party told figure-first
// (toll.later) within the first paragraphs, for a title that names killing
// but no figure while the text gives no other killed figure: the title's
// dead. Not one tied to another time or another story.
func titleDeadLater(toks []token, ts []toll) *int {
	if leadFigureDied(toks) {
		// "4 عسكريين روس قتلوا" in the lead, unread: "43 مسلحا قُتلوا"
		// after it is the other side's.
		return nil
	}
	for k, t := range ts {
		if t.kind != killedKind {
			continue
		}
		if !t.later || t.vague || toks[t.tok].para > maxTollPara || otherTimeOf(toks, t.tok, true) ||
			opensOtherStory(toks, sentStart(toks, t.tok)) || opensOtherStory(toks, paraStart(toks, t.tok)) {
			return nil
		}
		if n, ok := sentenceToll(toks, ts, k, killedKind); ok {
			return &n
		}
		return nil
	}
	return nil
}

// leadFigureDied reports a figure in the title or the lead a few words
// before a plural verb of dying (diedPlural): a toll of the lead's that no
// reading took.
func leadFigureDied(toks []token) bool {
	for k := range toks {
		if toks[k].para > 1 {
			return false
		}
		if !toks[k].has(diedPlural) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4 && toks[j].sent == toks[k].sent; j-- {
			if n, used := readNumber(toks, j); used > 0 && n > 0 {
				return true
			}
		}
	}
	return false
}

// withoutLater is ts without the later parties told figure-first
// (toll.later), which count only as the main event's other side; ts
// itself when it has none.
func withoutLater(ts []toll) []toll {
	if !slices.ContainsFunc(ts, func(t toll) bool { return t.later }) {
		return ts
	}
	return slices.DeleteFunc(slices.Clone(ts), func(t toll) bool { return t.later })
}

func mainToll(toks []token, ts []toll, kind killKind) *int {
	all, ts := ts, withoutLater(ts)
	first := -1
	for i, t := range ts {
		if t.kind == kind {
			first = i
			break
		}
	}
	// The main event is told in the title and the first paragraphs; a
	// figure further down is background, unless those paragraphs hold no
	// figure at all and a long report counts its event a little later.
	if first < 0 && kind == killedKind && titleHas(toks, killVerbs, killNouns) {
		// "قتلى ومئات الجرحى برصاص الجيش الإسرائيلي" in a title and only
		// "أربعة فلسطينيين على الأقل قتلوا" in the next paragraphs: the
		// figure-first figure is the title's dead, not another party's.
		return titleDeadLater(toks, all)
	}
	if first < 0 || toks[ts[first].tok].para > maxTollPara && (kind != killedKind || !lateToll(toks, ts[first])) {
		return nil
	}
	if kind == killedKind && (turnedStory(toks, ts[first].tok) || ts[first].total) {
		// A total told bare (qualifiedFigures) is the main figure and no
		// toll: no later figure of a part stands in for it ("هذه الحصيلة
		// تتضمن 844 قتيلا من المدنيين").
		return nil
	}
	// "عشرات القتلى" in a title and "مقتل 38" in the lead tell one toll:
	// the lead's figure is the precise one.
	if ts[first].vague && toks[ts[first].tok].title {
		for k := first + 1; k < len(ts); k++ {
			t := ts[k]
			if toks[t.tok].title || t.kind != kind {
				continue
			}
			if toks[t.tok].para <= leadPara(toks) && !t.vague {
				first = k
			}
			break
		}
	}
	n, precise := sentenceToll(toks, ts, first, kind)
	if !precise {
		// "عشرات القتلى": unknown, unless a monitor's count of the same
		// event follows ("وأحصى المرصد السوري مقتل 52 شخصا").
		if k := countedLater(toks, ts, first, kind); k >= 0 {
			if m, ok := sentenceToll(toks, ts, k, kind); ok {
				return &m
			}
		}
		// "سقوط قتلى وجرحى" then "3 أطفال قتلوا": the first figure that
		// follows within the first paragraphs. "مصرع عشرات الأشخاص" then
		// "مقتل 29 طفلا": the vague words told the toll before its count.
		if !ts[first].bare && (kind != killedKind || !toks[ts[first].tok].title && otherTime(toks, ts[first].tok)) {
			// "هجوم مزدوج أسفر عن مقتل العشرات في مايو/أيار 2013": the
			// vague words count an older event, and so would its figure
			// (injured counts keep the rule of before: vague is unknown).
			return nil
		}
		// The figure may be told figure-first further down (toll.later):
		// "عشرات القتلى من الحوثيين" in a title, "56 حوثيا قتلوا" in the
		// second paragraph count one toll, so the vague words read all.
		ts, first = all, slices.IndexFunc(all, func(t toll) bool { return t.tok == ts[first].tok && t.kind == kind })
		for k := first + 1; k < len(ts); k++ {
			t := ts[k]
			if t.kind != kind || t.vague || t.part {
				continue
			}
			if toks[t.tok].para > maxTollPara && (kind != killedKind || !lateToll(toks, t) && !vagueCountedLate(toks, ts[first], t) && !sourcedLate(toks, t)) {
				return nil
			}
			// "عشرات القتلى ... في فيضانات" then "ولقي أكثر من 60 شخصا حتفهم
			// ... بعد سقوط أمطار": the cause after the figure is the title's
			// event (otherTimeOf).
			if !ts[first].bare && (t.n < vagueAtLeast(toks[ts[first].tok].w) || otherTimeOf(toks, t.tok, true) ||
				turnsStory(toks, sentStart(toks, t.tok)) || turnsStory(toks, paraStart(toks, t.tok))) {
				// "لقي العشرات ... مصرعهم" then "من جهة أخرى ... مقتل سبعة":
				// another story's figure, or one too small for the vague
				// words (a country's share of "مئات" killed in Asia).
				return nil
			}
			if m, ok := sentenceToll(toks, ts, k, kind); ok {
				return &m
			}
		}
		return nil
	}
	// "استشهاد 10 من رجال الأمن" in a title, "استشهاد 10 من منسوبي القوات
	// إضافة إلى 3 من العاملين" in the lead: the title's figure is one group
	// of the lead's total.
	if toks[ts[first].tok].title {
		for k := first + 1; k < len(ts); k++ {
			t := ts[k]
			if toks[t.tok].title || t.kind != kind {
				continue
			}
			if toks[t.tok].para == 1 && (t.n == n || ts[first].n == 1 && !t.vague && !t.part || roundedBy(n, t) && !ts[first].running || titlePartOf(toks, t, n)) ||
				toks[t.tok].para <= leadPara(toks) && t.n == n+1 && doerAmong(toks, t) {
				// "مقتل مراهق فلسطيني" in a title, "لقي مراهقان فلسطينيان
				// حتفهما" in the lead: one victim the title shows of the
				// lead's total.
				if m, ok := sentenceToll(toks, ts, k, kind); ok && m > n {
					n = m
				}
				if m := wholeOfPart(toks, t); t.part && m > n {
					n = m // "21 عسكرياً من بينهم 9 إيرانيين قتلوا" under "مقتل 9 إيرانيين"
				}
			}
			break
		}
	}
	// "قتل 86 مقاتلا من قوات النظام ... خلال أسبوع" in the lead, "وأسفرت
	// المعارك ... عن مقتل 86 مقاتلا من قوات النظام ...، و57 عنصرا من
	// تنظيم داعش" two paragraphs on: the lead's figure told again as the
	// first group of a list is the same event's count, and the guide takes
	// the sum of the groups it lists (restatedGroups).
	if kind == killedKind && !toks[ts[first].tok].title && n == ts[first].n {
		if m := restatedGroups(toks, ts, first, kind); m > n {
			n = m
		}
	}
	// "قتلت شابة" in the lead, "قتل شخصان أحدهما المنفذ" in the next
	// paragraph: one victim the lead names of a count told after it.
	if n == 1 {
		if m := countOfOne(toks, ts, first, kind); m > n {
			n = m
		}
	}
	// A later "toll rose to N" for the same event replaces the figure.
	for _, t := range ts[first+1:] {
		if t.kind == kind && t.running && !t.vague && !t.total && t.n > n && (toks[t.tok].para <= toks[ts[first].tok].para+1 || risenFromRound(toks, n, t)) {
			n = t.n
		}
	}
	// The other side may be a later party told figure-first (toll.later),
	// which counts for nothing else: otherSide reads every figure.
	fa := slices.IndexFunc(all, func(t toll) bool { return t.tok == ts[first].tok && t.kind == ts[first].kind })
	if k := otherSide(toks, all, fa, kind, n); k >= 0 {
		n += all[k].n
	}
	// "قتل فيها شخص ... قبل أن تطلق عليه الشرطة النار وتقتله": the doer
	// felled after the toll is one more of its dead (tolls_doerfelled.go).
	if kind == killedKind {
		n += doerFelled(toks, all, ts[first], n)
	}
	return &n
}

// roundedBy reports a title's round figure n (a multiple of ten, 10 or
// more) that the lead's toll t tells precisely: a figure above n by at
// most a fifth ("أكثر من 40 قتيلا في قصف للجيش التركي على عفرين" in the
// title, "أن 43 مدنيا قتلوا" in the lead; "تنفذ سلسلة تفجيرات قتلت 50
// شخصًا" and "قتل 51 شخصًا"). A title figure that is not round is the
// count itself, and a lead figure near it is another's: "البيشمركة تقتل
// 22 داعشياً" over "24 مدنيا" of another attack, a UN tally "1332 قتيلا
// في يوليو" over June's 1446.
func roundedBy(n int, t toll) bool {
	return n >= 10 && n%10 == 0 && !t.vague && !t.part && !t.running && t.n > n && t.n <= n+n/5
}

// risenFromRound reports a running toll t ("ارتفعت حصيلة الهجمات إلى 221
// قتيلا"، "ليرتفع عدد القتلى إلى 305 أشخاص") within the first paragraphs
// that tells precisely a round figure n the title or the lead gave before
// it ("تتخطى 220 قتيلا"، "300 قتيل في الغوطة خلال 3 أيام"): above n by at
// most a fifth, as roundedBy weighs a lead's figure against a title's. The
// rulings take the risen figure of the main event and the exact one over a
// rounded title (round 48, rul48c); a figure further off is another count.
func risenFromRound(toks []token, n int, t toll) bool {
	return n >= 10 && n%10 == 0 && t.n <= n+n/5 && toks[t.tok].para <= maxTollPara
}

// titlePartOf reports a lead toll t whose own phrase names the title's
// figure n as a part of it: "القصف التركي يقتل 5 أطفال" in the title,
// "أسفر عن مقتل 18 مدنيا، بينهم 5 أطفال" in the lead. The title picks the
// most moving group; the guide's toll is the total the article states.
// The part word must follow t's figure within its sentence (partWords, at
// most eight words on), and the figure after it must be n.
func titlePartOf(toks []token, t toll, n int) bool {
	if t.vague || t.part || t.n <= n {
		return false
	}
	s := toks[t.tok].sent
	for j := t.tok + 1; j+1 < len(toks) && j <= t.tok+8 && toks[j].sent == s; j++ {
		if !toks[j].has(partWords) {
			continue
		}
		m, used := readNumber(toks, j+1)
		return used > 0 && m == n
	}
	return false
}

// wholeOfPart returns the figure a part toll t is a part of, when the
// lead tells the whole figure-first right before the part word: "إن 21
// عسكرياً من بينهم 9 إيرانيين قتلوا" (findTolls keeps only the part, the
// whole having no toll word before it); 0 if none. The whole stands at
// most three words before the part word, in t's sentence.
func wholeOfPart(toks []token, t toll) int {
	s := toks[t.tok].sent
	for j := t.tok - 1; j >= 0 && j >= t.tok-2 && toks[j].sent == s; j-- {
		if !toks[j].has(partWords) {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-3 && toks[k].sent == s; k-- {
			if m, used := readNumber(toks, k); used > 0 && k+used <= j {
				return m
			}
		}
		return 0
	}
	return 0
}

// Sides of a fight whose dead a report counts apart: a state's forces and
// the fighters they face. The guide sums the groups of the main event. In
// Yemen the popular resistance (المقاومة) fights beside the government's
// forces and the Houthis (حوثي…) face them: "بمقتل ثمانية عشر حوثياً" in
// the lead and "أن اربعة قتلى سقطوا في صفوف المقاومة" two paragraphs on
// are 22, as the golds sum both sides of one battle (round 59, m59kill).
var (
	forceSide   = wordSet("قوات جندي جنديا جنود جنديين جنديان عسكري عسكريا عسكريين عسكريون شرطي شرطيا شرطيين شرطيان ضابط ضابطا ضباط حكوميين حكوميا الحكوميه صفوفنا المقاومه")
	fighterSide = wordSet("ارهابي ارهابيا ارهابيين ارهابيون مسلح مسلحا مسلحين مسلحون مسلحي متمرد متمردا متمردين متمردون متشددا متشددين داعشي داعشيا داعشيين مهاجم مهاجما مهاجمين مهاجمون جهاديا جهاديين العدو حوثي حوثيا حوثيين حوثيون الحوثيين")
	// otherDay words tie a figure to a day or a time of its own, or to
	// what had been before: another event's ("الأربعاء"، "الليلة
	// الماضية"، "قبل أيام"، "منذ"، "وكانوا متورطين في قتل شرطيين"،
	// "هذه المجموعة مسؤولة عن عدة جرائم بينها قتل ضابط في الشرطة").
	otherDay = wordSet("الماضي الماضيه قبل سابق سابقه منذ خلال حينها كان كانوا كانت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت جرائم الجرائم مسؤوله")
)

// tollSide tells the side a figure counts: 1 the forces, 2 the fighters,
// 0 neither or both. It reads the figure's own words (up to four after its
// first token, to the next word joined by و) and a "صفوف" just before.
func tollSide(toks []token, t toll) int {
	side := 0
	s := toks[t.tok].sent
	from := t.tok
	if from >= 2 && toks[from-2].sent == s && (toks[from-2].w == "صفوف" || toks[from-1].w == "صفوفنا") {
		from -= 2
	} else if from >= 1 && toks[from-1].w == "صفوفنا" {
		from--
	}
	// A toll told verb-first ("وقتل في الاشتباكات 30 من أفراد القوات
	// الحكومية") names its side after its figure, not after its verb
	// (round 52, m52kill).
	fig := t.tok
	for j := t.tok; j < len(toks) && j <= t.tok+3 && toks[j].sent == s; j++ {
		if _, used := readNumber(toks, j); used > 0 {
			fig = j
			break
		}
	}
	end := fig + 4
	for j := fig + 1; j < len(toks) && j <= fig+3; j++ {
		if atLeast(toks, j-1) {
			// "25 قتيلا على الأقل من قوات النظام": the bound between
			// the figure and its side.
			end += 2
			break
		}
	}
	for j := from; j < len(toks) && j <= end && toks[j].sent == s; j++ {
		if j > fig+1 && stripWa(toks[j].w) != toks[j].w {
			break
		}
		if toks[j].w == "صفوف" && j == end {
			// "أربعة قتلى سقطوا في صفوف المقاومة": the side named right
			// after صفوف at the window's edge.
			end++
		}
		k := 0
		switch {
		case toks[j].has(forceSide):
			k = 1
		case toks[j].has(fighterSide):
			k = 2
		}
		if k == 0 || k == side {
			continue
		}
		if side != 0 {
			return 0
		}
		side = k
	}
	return side
}

// maxOtherSidePara is the last paragraph that may hold the other side's
// dead of the main event. A report tells the side its source speaks for
// first and the other side's dead a few paragraphs on ("كما أشار ... إلى
// أن 25 من قوات الأمن قتلوا أيضاً" in the fourth); the guards of
// otherSide, not maxTollPara, keep other events' figures out.
const maxOtherSidePara = 6

// otherSide returns the toll that counts the other side's dead of the main
// event, in a later sentence of the first paragraphs (to maxOtherSidePara):
// "مقتل 10 مسلحين" in the title and "في صفوفنا مقتل جندي" in the army's
// statement are 11 dead. -1 if none, or if the main figure's sentence
// counts both sides already or tells what had been (كان), or if the figure
// is one of that sentence's groups told again, or if its sentence or
// paragraph turns to another story (turnOpens) or counts the main side's
// dead of its own, or if its sentence ties it to a day or time of its own
// (another event's).
func otherSide(toks []token, ts []toll, first int, kind killKind, n int) int {
	main := tollSide(toks, ts[first])
	if main == 0 {
		return -1
	}
	sent := toks[ts[first].tok].sent
	var groups []int
	sum := 0
	for _, t := range ts[first:] {
		if toks[t.tok].sent != sent || t.kind != kind {
			continue
		}
		if side := tollSide(toks, t); side != 0 && side != main {
			return -1
		}
		groups = append(groups, t.n)
		sum += t.n
	}
	if n != sum {
		// The lead's figure replaced or completed the title's: its
		// sentence is the count, told whole.
		return -1
	}
	// "وكان جيش النيجر قد أعلن مساء السبت مقتل عشرة إرهابيين": a main
	// figure told as what had been is an earlier event beside the news;
	// the soldier its army lost, paragraphs on, would join the wrong toll.
	for j := sentStart(toks, ts[first].tok); j < len(toks) && toks[j].sent == sent; j++ {
		switch stripWa(toks[j].w) {
		case "كان", "كانت", "كانوا":
			return -1
		}
	}
	for k := first + 1; k < len(ts); k++ {
		t := ts[k]
		if toks[t.tok].para > maxOtherSidePara {
			return -1
		}
		if t.kind != kind || t.vague || t.part || t.running || toks[t.tok].sent == sent || toks[t.tok].title {
			continue
		}
		if side := tollSide(toks, t); side == 0 || side == main || slices.Contains(groups, t.n) {
			continue
		}
		ss := sentStart(toks, t.tok)
		if ps := paraStart(toks, t.tok); ps > ts[first].tok && turnOpens(toks, ps) || turnOpens(toks, ss) ||
			slices.ContainsFunc(ts, func(u toll) bool {
				return u.kind == kind && u.tok != t.tok && toks[u.tok].sent == toks[t.tok].sent && tollSide(toks, u) == main && !slices.Contains(groups, u.n)
			}) {
			// "وفي مدينة تعز ... بمقتل 13" then "أن 4 عناصر من المقاومة
			// قتلوا"; "مقتل نحو 26 من الحوثيين وقوات صالح، وثمانية من
			// المقاومة" under a lead's 22 of an air strike: another
			// front's dead, told with its own count of the main side (not
			// the main figure told again), not the main event's other
			// side (round 59, m59kill).
			return -1
		}
		if comesWords[stripWa(toks[ss].w)] {
			// "ويأتي هذا التطور بعد يوم من إعلان ... مقتل أربعة من مسلحي
			// داعش": the event the news follows, not its other side.
			return -1
		}
		for j := ss; j < len(toks) && toks[j].sent == toks[t.tok].sent; j++ {
			if toks[j].has(otherDay) && !duringFight(toks, j) {
				return -1
			}
		}
		return k
	}
	return -1
}

// duringFight reports "خلال" at token j before a fight named definite in
// its sentence: "أن 8 على الأقل من مسلحي التنظيم قتلوا ... خلال الكمين
// والاشتباكات اللاحقة" ties the figure to the main event, not to a period
// of its own as "خلال الأسبوع" does (round 52, m52kill).
func duringFight(toks []token, j int) bool {
	if toks[j].w != "خلال" || j+1 >= len(toks) || toks[j+1].sent != toks[j].sent {
		return false
	}
	w := toks[j+1].w
	return strings.HasPrefix(w, "ال") && (leadFights.contains(w[len("ال"):]) || toks[j+1].has(setAmbush))
}

// countWords say a figure is a monitor's count of the dead (a group that
// "documents" victims more often gives a running total since the war began).
var countWords = wordSet("المرصد احصي احصت")

// countedLater returns the first precise toll of kind after toll first, in
// a sentence that counts (countWords) one event, within the first
// paragraphs; -1 if none.
func countedLater(toks []token, ts []toll, first int, kind killKind) int {
	for k := first + 1; k < len(ts); k++ {
		t := ts[k]
		if t.kind != kind || t.vague {
			continue
		}
		if toks[t.tok].para > maxCountPara {
			return -1
		}
		s := toks[t.tok].sent
		counted, period := false, false
		for j := sentStart(toks, t.tok); j < len(toks) && toks[j].sent == s; j++ {
			counted = counted || j <= t.tok && toks[j].has(countWords)
			period = period || toks[j].has(periodWords)
		}
		if counted && !period {
			return k
		}
	}
	return -1
}

// partWords before a figure make it a part of the toll before it: "35
// مقاتلا بينهم تسعة روس"، "51 قتيلا 40 منهم أطفال".
var partWords = wordSet("بينهم بينها منهم منها بينهن منهن")

// partOf reports a part word just before the figure at token i.
func partOf(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2 && toks[j].sent == toks[i].sent; j-- {
		if toks[j].has(partWords) {
			return true
		}
	}
	return false
}

// periodWords make a count a period's total ("2000 قتيل خلال شهرين"، "منذ
// بدء الهجوم"), not one event's toll.
var periodWords = wordSet("خلال منذ طوال مجموع اجمالي")

// sentStart returns the first token of the sentence of token i.
func sentStart(toks []token, i int) int {
	for i > 0 && toks[i-1].sent == toks[i].sent {
		i--
	}
	return i
}

// maxCountPara is the last paragraph countedLater reads.
const maxCountPara = 10

// sentenceToll adds up the figures of kind in the sentence of toll first:
// the groups one sentence lists, or the latest of a running toll.
func sentenceToll(toks []token, ts []toll, first int, kind killKind) (n int, precise bool) {
	sent := toks[ts[first].tok].sent
	if ts[first].act && toks[ts[first].tok].has(penaltyManners) {
		// "تنفيذ حكم القتل قصاصاً في أحد الجناة ... أقدم على قتل آخر ...
		// مما أدى إلى وفاته": the execution is the news, the murder it
		// punishes an older event.
		return ts[first].n, true
	}
	last := -1
	for k, t := range ts[first:] {
		if t.kind != kind || toks[t.tok].sent != sent || t.vague || t.part {
			continue
		}
		if k > 0 && wholeBefore(ts[first:k+first], kind) {
			// "سبعة أشخاص أصيبوا في الهجوم ثلاثة منهم"، "110 أشخاص ...
			// أصيبوا ... ومن بين المصابين 10 أطفال": a part of the
			// count before it.
			continue
		}
		precise = true
		n += t.n
		if t.running {
			last = t.n
		}
	}
	if last >= 0 {
		n = last
	}
	return n, precise
}

// comesAfterToll reports a toll in a body sentence that opens "ويأتي /
// وتأتي ..." ("this comes after ...") whose kill word follows "بعد /
// غداة / عقب" and a span of time at most: "ويأتي الحادث بعد يوم من مقتل
// 32 شخصا"، "وتأتي الغارات بعد مقتل 7 خبراء" tell the event the news
// follows, not the news. "ويأتي النفي الروسي، عقب إعلان المرصد ... 44
// قتيلا" reports the toll the news is about, and stays.
func comesAfterToll(toks []token, i int) bool {
	if toks[i].title || !comesWords[stripWa(toks[sentStart(toks, i)].w)] {
		return false
	}
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-5 && toks[j].sent == s; j-- {
		if toks[j].has(afterWords) {
			return true
		}
		if !toks[j].has(timeSpans) {
			return false
		}
	}
	return false
}

var (
	afterWords = wordSet("بعد غداه عقب اعقاب اثر")
	timeSpans  = wordSet("يوم يومين ايام اسبوع اسبوعين اسابيع ساعه ساعات شهر شهرين اشهر من نحو قليل اقل")
)

// weekTold reports a toll outside the title and lead whose sentence tells
// it of a week or a month ("مشيرا إلى مقتل قرابة 60 فلسطينيا على الحدود
// هذا الأسبوع", in a report of the meeting that followed): an earlier
// event's toll, or a period's, not the main event's.
func weekTold(toks []token, i int) bool {
	if toks[i].title || toks[i].para <= 1 {
		return false
	}
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(weekWords) {
			return true
		}
	}
	return false
}

// lastWeekTold reports a killed toll of the lead told of the past week or
// month ("حيث قتل 18 فلسطينيا على أيدي جنود الاحتلال الأسبوع الماضي"، "في
// هجوم الأحواز، الشهر الماضي، الذي سقط فيه 25 قتيلا"): the words are read
// in its sentence up to the kill words of another toll on either side, so
// "أدت موجة الحر إلى مقتل 14 شخصا ... وقتل فيها أكثر من 200 شخص الأسبوع
// الماضي" keeps the 14 (round 52, m52kill).
func lastWeekTold(toks []token, t toll) bool {
	i := t.tok
	if t.kind != killedKind || toks[i].title || toks[i].para > 1 {
		return false
	}
	s := toks[i].sent
	for j := i + 1; j < len(toks) && toks[j].sent == s && !toks[j].has(killVerbs); j++ {
		if pastWeekAt(toks, j) {
			return true
		}
	}
	for j := i - 1; j >= 0 && toks[j].sent == s && !toks[j].has(killVerbs); j-- {
		if pastWeekAt(toks, j) {
			return true
		}
	}
	return false
}

var weekWords = wordSet("الاسبوع الاسابيع الشهر الاشهر")

// pastWeekAt reports a week or month word at token j that the next word of
// its sentence calls past: "الأسبوع الماضي"، "الشهر الماضي" (lastWeekTold,
// pastWeekSentence).
func pastWeekAt(toks []token, j int) bool {
	return toks[j].has(weekWords) && j+1 < len(toks) && toks[j+1].sent == toks[j].sent && (toks[j+1].w == "الماضي" || toks[j+1].w == "الماضيه")
}

// afterAttackReach is how far before a toll's kill word the after word
// (afterWords) of its attack may stand.
const afterAttackReach = 15

// afterAttackTold reports a killed toll told as the consequence of an
// attack the news comes after: its kill word led by a consequence word
// (consequenceWords: "أدت إلى مقتل"، "أسفر عن مقتل") within three words,
// and before it in its sentence an after word (بعد، إثر، عقب، في أعقاب)
// with an attack noun (attackNouns: هجوم، هجمات، تفجير، اعتداء) within
// four words after it — "في أعقاب هجمات أدت إلى مقتل خمسة من أفراد الجيش
// الأميركي" over the National Guard's arming (pool 2015-07-22-985, blind
// 2015-07-21-2139), "وذلك بعد الهجوم الإرهابي الذي أسفر عن مقتل 5
// عسكريين" under the king's condolences (pool SK-middleEast-3361), "بعد
// هجوم دام أدى إلى مقتل عشرة صحافيين" under Press Freedom Day (blind
// FR-internationalNews-1067). casualties asks it only under a title that
// tells no death: the attack is the cause the news follows, not its event
// (rul48c-2), and the golds code none of these tolls. An escalation
// ("بعد جولة التصعيد الأخيرة ... التي أدت إلى مقتل ثلاثة") is no attack
// noun: the news is part of it, and its blind coding keeps the three. A
// vague toll stays, as in comesAfterCause: "بعد أنباء عن هجوم مفترض بغاز
// سام أدى إلى مقتل العشرات" names no figure to drop, and dropped it would
// let the attack's own count further down stand as the news's.
func afterAttackTold(toks []token, t toll) bool {
	i := t.tok
	if t.kind != killedKind || t.vague || toks[i].title || !nearBefore(toks, i, 3, consequenceWords) {
		return false
	}
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-afterAttackReach && toks[j].sent == s; j-- {
		if toks[j].has(afterWords) && nearAfter(toks, j, 4, attackNouns) {
			return true
		}
	}
	return false
}

// datedBefore reports whether the sentence of token i dates what it tells
// by day and month more than three days before the publication, and not
// as the start of a period ("منذ 18 شباط": a toll since then is current).
func datedBefore(toks []token, i int, published time.Time) bool {
	s := toks[i].sent
	start := sentStart(toks, i)
	// Days, not hours: dateAt gives midnight, so an event three days back
	// ("يوم 23 مارس" published on the 26th in the afternoon) is no older.
	cutoff := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, -3)
	for j := start; j < len(toks) && toks[j].sent == s; j++ {
		if _, ok := digits(toks[j].w); !ok {
			continue
		}
		if j > 0 && toks[j-1].sent == s && (toks[j-1].w == "منذ" || toks[j-1].w == "حتي") {
			continue
		}
		if d, ok := dateAt(toks, j, published); ok && d.Before(cutoff) {
			return true
		}
	}
	return false
}

// readNumberWa reads a number as readNumber does, and a number word joined
// to و as well: "تسعة قتلى ... وستة قتلى" is a second group.
func readNumberWa(toks []token, i int) (n, used int) {
	// findTolls asks at every token: one that is no number word, with or
	// without و, and opens with no figure (nearly all) reads as none,
	// without the lookups below.
	if w := toks[i].w; !toks[i].mayHoldWa(numberWordSet) && !opensWithDigit(w) && !opensWithDigit(stripWa(w)) {
		return 0, 0
	}
	if n, used = readNumber(toks, i); used > 0 {
		return n, used
	}
	w := toks[i].w
	if d, ok := digits(stripWa(w)); ok && w != stripWa(w) && d > 0 {
		return d, 1 // "و9 مقاتلين": a figure joined to و
	}
	if w == stripWa(w) || numberWords[stripWa(w)] == 0 {
		return 0, 0
	}
	if i > 0 && !toks[i].gap {
		// the rest of a number whose head was no number word: "خمسة
		// أشخاص" is read, "ومائة وثمانية وأربعون" from its head only.
		if _, ok := numberWords[stripWa(toks[i-1].w)]; ok {
			return 0, 0
		}
		if _, ok := digits(toks[i-1].w); ok {
			return 0, 0
		}
	}
	return readNumberFrom(toks, i, true)
}

// atLeast reports "على الأقل" at token k, in its folded spelling (علي,
// as analyzers.Normalize writes على): the bound a figure may take before
// its noun's rest ("25 قتيلا على الأقل من قوات النظام").
func atLeast(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].w == "علي" && toks[k+1].w == "الاقل"
}

// opensWithDigit reports whether w's first byte is an ASCII digit, as every
// figure's is.
func opensWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// groupNouns may follow the figure of a second group joined by و.
var groupNouns = wordSet("نساء امراه اطفال رجال اخرين اخرون اخري مدنيين مدنيا مسلحين مسلحا")

// andGroup reads a second group of people joined by و after a figure and
// its noun: "مقتل 22 طفلا على الأقل وأربع نساء". It returns the group's
// count, the token of its number and the token after its noun.
func andGroup(toks []token, i int) (n, at, end int) {
	if i+1 < len(toks) && toks[i+1].w == "من" {
		// "مقتل 6 مقاتلين من المقاومة، و11 حوثيا" (tolls_ofgroup.go).
		return ofGroupAnd(toks, i)
	}
	if i+1 < len(toks) && !toks[i].gap && !toks[i].has(hurtNouns) && !toks[i+1].gap && oneMoreOf(toks, i+1) {
		// "قتل 3 متطرفين وأحد عناصر الأمن": one more of a group, whatever
		// noun the figure counted (tolls_oneof.go).
		return 1, i + 1, i + 3
	}
	if i >= len(toks) || toks[i].gap || !personNoun(toks[i]) {
		return 0, 0, 0
	}
	j := i + 1
	least := false
	if atLeast(toks, j) && !toks[j].gap {
		j += 2
		least = true
	}
	// "مقتل 42 حوثيا على الأقل، و9 مقاتلين": a comma after على الأقل
	// still joins the next group.
	if j >= len(toks) || toks[j].gap && !least || toks[j].sent != toks[i].sent {
		return 0, 0, 0
	}
	k := j
	if toks[j].w == "و" {
		k = j + 1
	} else if stripWa(toks[j].w) == toks[j].w {
		return 0, 0, 0
	}
	if k >= len(toks) {
		return 0, 0, 0
	}
	m, used := readNumberWa(toks, k)
	if used == 0 && k == j {
		// "قتل 15 طفلا وامرأتان"، "مقتل ثلاثة أطفال وامرأة": a singular
		// or dual person joined to و is its own count. Not a definite
		// noun: "مقتل 12 شخصا والرئيس يعلن الحداد" opens a clause.
		if c, ok := personCounts[stripWa(toks[k].w)]; ok && stripWa(toks[k].w) != toks[k].w && !strings.HasPrefix(stripWa(toks[k].w), "ال") {
			return c, k, k + 1
		}
	}
	if used == 0 || m <= 0 || isYear(m) || k+used >= len(toks) {
		return 0, 0, 0
	}
	noun := toks[k+used]
	if noun.gap || noun.has(hurtNouns) || !(noun.has(killNouns) || noun.has(groupNouns) || countedOne(noun.w)) {
		return 0, 0, 0
	}
	return m, k, k + used + 1
}

// personNoun reports the noun a figure counts people by: a casualty or
// group noun, a people's name (حوثيا), or another counted singular in the
// accusative (tamyiz) of the figures 11 to 99: "مقتل 22 متمردا وأربعة
// مقاتلين"، "20 متمردا وأربعة جنود" (the parties of one toll).
// personAfter reports a person noun or من at token j, after a figure:
// "16 من الطوارق"، "7 مدنيين". Not آخرين: "يقتل انتحاري ثلاثة جنود …
// فيقتلون ستة آخرين" counts the others of a toll told before it.
func personAfter(toks []token, j int) bool {
	if j >= len(toks) || toks[j].gap {
		return false
	}
	switch toks[j].w {
	case "اخرين", "اخرون", "الاخرين":
		return false
	}
	_, one := personCounts[toks[j].w]
	return toks[j].w == "من" || one || personNoun(toks[j])
}

func personNoun(t token) bool {
	return t.has(killNouns) || t.has(groupNouns) || nisbaOne(t.w) || countedOne(t.w)
}

// countedOne reports a counted singular in the accusative, as a figure of
// 11 to 99 takes it (متمردا، متشددا، إرهابيا، جهاديا), or a plural of
// belonging, as one of 3 to 10 does (عسكريين، صوماليين): four letters at
// least and no article.
func countedOne(w string) bool {
	if len(w) < 8 || strings.HasPrefix(w, "ال") {
		return false
	}
	return strings.HasSuffix(w, "ا") && !strings.HasSuffix(w, "اا") || len(w) >= 10 && strings.HasSuffix(w, "يين")
}

// nisbaOne reports a people's name in the accusative after a figure:
// "مقتل 42 حوثيا على الأقل، و9 مقاتلين من المقاومة".
func nisbaOne(w string) bool {
	return len(w) >= 8 && strings.HasSuffix(w, "يا") && !strings.HasPrefix(w, "ال")
}

// duoPronouns are the dead's fate with a dual pronoun: "لقي مراهقان
// فلسطينيان حتفهما"، "لقي مواطن وزوجته مصرعهما" tell two dead.
var duoPronouns = wordSet("حتفهما مصرعهما")

// ownDeaths are a death noun with the singular pronoun of a victim the
// sentence named before it: "ما أدى إلى مقتله"، "أسفرت عن وفاتها"، "تسبب
// بمقتله".
var ownDeaths = wordSet("مقتله مقتلها بمقتله بمقتلها مصرعه مصرعها بمصرعه بمصرعها استشهاده استشهادها باستشهاده باستشهادها وفاته وفاتها بوفاته بوفاتها")

// ownDeathResults are the past verbs of an outcome that such a death noun
// follows, alone or with its preposition: "مما أدى إلى مقتله"، "نتج عنه
// استشهاده"، "ما أسفر عن وفاتها"، "تسبب في وفاته". Past tense only: "يتسبب
// في وفاته" is a risk, "كاد يتسبب" a death that did not come.
var ownDeathResults = plainWords("ادي ادت اسفر اسفرت نتج نتجت تسبب تسببت")

// ownDeathTold reports the death noun with its singular pronoun at token i
// (ownDeaths) as one dead of the news: the outcome (ownDeathResults) right
// before it, or before its preposition (إلى، عن، عنه، عنها، في), in the
// title or the lead, and not after a word of time or doubt (namedBefore:
// "بعد أن ... أدى إلى مقتله" dates another story) nor an anniversary. The
// security statements of the corpus tell a lone victim so: "بادر من فيها
// بتفجيرها مما نتج عنه مقتله"، "أطلق النار ... مما أدى إلى وفاته". It is an
// act's toll (toll.act): any figure of dead the text gives comes first.
func ownDeathTold(toks []token, i int) bool {
	if toks[i].gap || !inTitleOrLead(toks, i) {
		return false
	}
	j := i - 1
	if j >= 0 && !toks[i].gap && toks[j].sent == toks[i].sent && toks[j].is(ownDeathPreps) {
		j--
	}
	if j < 0 || toks[j].sent != toks[i].sent || toks[j+1].gap || !ownDeathResults[stripWa(toks[j].w)] {
		return false
	}
	if toks[i].has(ownNaturalDeaths) && !sentenceBefore(toks, i, ownDeathBlows) {
		// "تعرضها لصدمة أدت إلى وفاتها"، "نزلة برد تسببت في وفاتها": وفاة
		// is a death of illness or shock as often; a blow must be told.
		return false
	}
	return !toldAside(toks, i)
}

// ownNaturalDeaths are the ownDeaths of وفاة, a death of any cause.
var ownNaturalDeaths = wordSet("وفاته وفاتها بوفاته بوفاتها")

// ownDeathBlows are the blows a sentence tells before "أدى إلى وفاته" when
// the death was a killing: "بإطلاق النار عليه ... مما أدى إلى وفاته"،
// "بطعنها بسكين ثلاث طعنات نافذة أدت إلى وفاتها"، "الاعتداء على زوجته
// وإصابتها في الرأس، مما أدى إلى وفاتها"، "بقيامه بدهس أحد أقاربه".
var ownDeathBlows = wordSet("طعن بطعن طعنه طعنها بطعنها طعنات النار الرصاص بالرصاص رصاصه رصاصات طلقه بطلق اعتداء الاعتداء بالاعتداء باعتداء باعتدائه ضرب بضرب دهس بدهس انفجار تفجير قصف بحجر حاده")

// sentenceBefore reports a word of set in the sentence of token i before it.
func sentenceBefore(toks []token, i int, set *words) bool {
	for j := i - 1; j >= 0 && toks[j].sent == toks[i].sent; j-- {
		if toks[j].has(set) {
			return true
		}
	}
	return false
}

// ownDeathPreps are the prepositions between an outcome verb and the death
// noun it led to: "أدى إلى"، "أسفر عن"، "نتج عنه"، "تسبب في".
var ownDeathPreps = wordSet("الي عن عنه عنها في")

// duoDead replaces the tolls a kill verb just read in the sentence of the
// dual pronoun at token i ("لقي مواطن" = 1) by one toll of two.
func duoDead(toks []token, out []toll, i int) []toll {
	tok := i
	for len(out) > 0 {
		t := out[len(out)-1]
		if t.kind != killedKind || toks[t.tok].sent != toks[i].sent || t.tok < i-8 {
			break
		}
		tok = t.tok
		out = out[:len(out)-1]
	}
	if tok == i {
		// "سقوط خمسة قتلى ... فيما زعمت قيادة الحزب أن عنصرين فقط لقيا
		// حتفهما"، "لقي اثنان من خبراء الصواريخ، أحدهما إيراني ...،
		// مصرعهما": the sentence gave its figure already.
		for _, t := range out {
			if t.kind == killedKind && toks[t.tok].sent == toks[i].sent {
				return append(out, toll{kind: killedKind, n: 2, tok: i, part: true})
			}
		}
		// "لقي مراهقان فلسطينيان حتفهما": the verb read no figure.
		for j := i - 1; j >= 0 && j >= i-6 && toks[j].sent == toks[i].sent; j-- {
			if toks[j].has(killVerbs) {
				tok = j
				break
			}
		}
	}
	return append(out, toll{kind: killedKind, n: 2, tok: tok})
}

// accusativeOne reads an accusative singular person noun after a kill verb
// as one ("تقتل قيادياً كبيراً"، "قتلت شابا في"): the noun with its
// accusative alif, followed by the end of the clause, an adjective in the
// accusative or a preposition. "قتل ضابطا شرطة" is a dual in construct
// (two officers), so a noun after it is not taken.
func accusativeOne(toks []token, j int) bool {
	w := toks[j].w
	if len(w) < 6 || !strings.HasSuffix(w, "ا") {
		return false
	}
	if c, ok := personCounts[strings.TrimSuffix(w, "ا")]; !ok || c != 1 {
		return false
	}
	if j+1 >= len(toks) || toks[j+1].gap || toks[j+1].sent != toks[j].sent {
		return true
	}
	next := toks[j+1].w
	if strings.HasSuffix(next, "ا") && !strings.HasPrefix(next, "ال") && len(next) >= 6 {
		return true // an adjective: كبيرا، فلسطينيا
	}
	return afterOne[next]
}

// twoWords are the number two as it follows its noun as an adjective.
var twoWords = wordSet("اثنان اثنين اثنتان اثنتين")

// twoAfter reports the number two as the next word of token j's sentence,
// the adjective of a dual noun at j: "فلسطينيين اثنين".
func twoAfter(toks []token, j int) bool {
	k := j + 1
	return k < len(toks) && !toks[k].gap && toks[k].sent == toks[j].sent && toks[k].has(twoWords)
}

// twoNamed reads a dual noun after a kill word that اثنان follows as its
// adjective as two ("مقتل فلسطينيين اثنين"، "قتل مدنيان اثنان"، "مقتل
// طيارين اثنين"): Arabic puts two after the counted noun, so the noun is
// not a figure and the figure word is not next to the kill word. Not
// "قتل خان اثنين من الظباء": a partitive من makes اثنين the object and
// the word before it the doer (من جراء tells a cause, and is no partitive).
func twoNamed(toks []token, j int) bool {
	k := j + 1
	if !twoAfter(toks, j) {
		// "أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين" (round 51,
		// m51kill): a relative adjective of the dual between the noun and
		// its two, in the title or the lead only: further down the shape
		// names the dead of an event a reaction story recalls ("واعلنت
		// مصادر رسمية مقتل عسكريين تركيين اثنين" under the White House's
		// backing of Turkey's raids, coded with no toll).
		if !dualAdjective(toks, j, k) || !twoAfter(toks, k) || !inTitleOrLead(toks, j) {
			return false
		}
		k++
	}
	if w := toks[j].w; !strings.HasSuffix(w, "ين") && !strings.HasSuffix(w, "ان") || utf8.RuneCountInString(w) < 5 {
		// "قتلوا وفقد اثنان آخران": a verb, not the counted noun;
		// "أصيبوا وإن اثنين منهم": a particle.
		return false
	}
	if k+2 < len(toks) && toks[k+1].w == "من" && !toks[k+2].has(causeWords) {
		return false
	}
	return true
}

// dualAdjective reports token k, the word after a dual noun at j in its
// sentence, as a relative adjective that agrees with it: the nisba's
// ـيين or ـيان of the same case ending ("عسكريين تركيين"، "مدنيان
// سوريان"). A verb or a particle there ("موظفين تابعين"، "قتلوا") has no
// such ending, or not the noun's.
func dualAdjective(toks []token, j, k int) bool {
	if k >= len(toks) || toks[k].gap || toks[k].sent != toks[j].sent {
		return false
	}
	w, a := toks[j].w, toks[k].w
	if utf8.RuneCountInString(a) < 5 || strings.HasPrefix(a, "ال") {
		return false
	}
	return strings.HasSuffix(w, "ين") && strings.HasSuffix(a, "يين") || strings.HasSuffix(w, "ان") && strings.HasSuffix(a, "يان")
}

// causeWords follow من when it tells the cause of deaths, not the group
// a figure counts: "مقتل فلسطينيين اثنين من جراء إصابتهما".
var causeWords = wordSet("جراء جرا")

// nisbaDual reads a relative adjective's nominative dual right after a kill
// or injury word as two: "قتل فلسطينيان وأصيب آخر"، "قتل مدنيان"، "أصيب
// فلسطينيان". Its ـيان cannot be a plural, as ـيين can ("مقتل فلسطينيين"
// is two or many); notDuals are the nouns that end so without being duals.
// A definite dual names two told before: "أُصيب الشرطيان بطلقات نارية" of
// two policemen found dead.
func nisbaDual(toks []token, j int) bool {
	w := toks[j].w
	return strings.HasSuffix(w, "يان") && !strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 6 && !notDuals[w]
}

// notDuals end in ـيان without being duals.
var notDuals = plainWords("بيان كيان سريان طغيان عصيان بنيان نسيان جريان اتيان غليان هذيان صبيان عميان")

// afterOne are words that may follow a victim without being governed by it.
var afterOne = plainWords("في علي على من خلال قرب اثر جراء بعد امس اليوم برصاص بنيران بقصف بغاره بهجوم بانفجار داخل امام عند")

// periodMarks and periodNouns: a toll "خلال أبريل"، "منذ بداية الحرب"،
// "طوال العام" is a period's total, not the main event's.
var (
	periodMarks  = wordSet("خلال منذ طوال هذا غضون")
	periodStarts = wordSet("بدايه بدء اندلاع مطلع اواخر اوائل انطلاق انقلاب الانقلاب")
	periodNouns  = wordSet("شهر الشهر اشهر الاشهر شهرين الشهرين عام العام اعوام الاعوام سنه السنه سنوات السنوات الاسبوع اسبوع اسابيع الاسابيع الحرب النزاع الصراع بدايه بدء اندلاع مطلع الثوره الازمه")
)

// sinceStartRise reports a total that rises "منذ بدء/اندلاع/انطلاق ..."
// to the figure after إلى: "يرتفع عدد القتلى الفلسطينيين الذين سقطوا
// برصاص الجيش الإسرائيلي منذ بدء الاحتجاجات ... إلى 162 شخصا"، "مما يرفع
// إجمالي القتلى المدنيين منذ بدء عمليات التحالف إلى 855 قتيلا". The start
// stands between the rising word and the figure, further than periodTold's
// eight words after a running toll's word, or before a figure read by its
// noun; the count is a campaign's or a war's since it began, no toll
// (rul46c-4). i is a running toll's word or a figure; the span is read
// within its sentence, at most twenty words.
func sinceStartRise(toks []token, i int) bool {
	s := toks[i].sent
	since := func(j int) bool {
		if stripWa(toks[j].w) != "منذ" {
			return false
		}
		for k := j + 1; k < len(toks) && k <= j+2 && toks[k].sent == s; k++ {
			if toks[k].has(periodStarts) {
				return true
			}
		}
		return false
	}
	if runningWord(&toks[i]) {
		for j := i + 1; j < len(toks) && j <= i+20 && toks[j].sent == s && toks[j].w != "الي"; j++ {
			if since(j) {
				return true
			}
		}
		return false
	}
	j := i - 1
	for j > 0 && i-j <= 4 && toks[j].is(numberFillers) {
		j--
	}
	if j <= 0 || toks[j].w != "الي" || toks[j].sent != s {
		return false
	}
	// The span must open on a rising word: "أشار إلى سقوط أكثر من 250
	// قتيلا" after "منذ انطلاق المعارك" is the day's own toll, and "أدى
	// إلى مقتل 22" after "منذ مطلع العام" an attack's.
	started := false
	for k := j - 1; k >= 0 && k >= j-20 && toks[k].sent == s; k-- {
		if since(k) {
			started = true
			continue
		}
		if started && (toks[k].has(runningToll) || raisesWord(toks[k].w)) {
			return true
		}
	}
	return false
}

// raisesWord reports the transitive "يرفع" that tells a figure adding to
// a total ("مما يرفع إجمالي القتلى ... إلى 855"), with ل or و before it.
func raisesWord(w string) bool {
	switch stripWa(w) {
	case "يرفع", "ليرفع", "ترفع", "لترفع":
		return true
	}
	return false
}

// sinceStartLateReach is how far after the figure sinceStartLate looks.
const sinceStartLateReach = 25

// sinceStartLate reports a toll whose clause closes, past periodTold's
// eight words, on the start of a month, a year or a war: "قتل 25 جندياً
// بالقوات الخاصة الليبية «الصاعقة» وأصيب 35 آخرون، جراء الاشتباكات
// بمناطق متفرقة مع قوات مجلس شورى ثوار بنغازي منذ بداية الشهر الجاري"
// is a month's count (rul46c-4), as "مقتل 365 طفلا في اليمن وجرح أكثر من
// 480 منذ اندلاع الحرب" is a war's. The start must name the period by its
// noun ("منذ بداية التصعيد الأحد الماضي" dates an escalation whose toll
// the golds keep), and a superlative before منذ measures the news against
// the period ("في أعنف هجمات تشهدها كابل منذ بداية العام"): the event's
// own toll.
func sinceStartLate(toks []token, i int) bool {
	s := toks[i].sent
	for j := i + 9; j < len(toks) && j <= i+sinceStartLateReach && toks[j].sent == s; j++ {
		if stripWa(toks[j].w) != "منذ" || j+2 >= len(toks) || toks[j+2].sent != s {
			continue
		}
		// A week's start is no period of rul46c-4's (more than two
		// weeks): "لقي ثلاثة أشخاص مصرعهم ... جراء انخفاض درجات الحرارة
		// منذ مطلع الأسبوع الجاري" is a cold wave's toll.
		if n := toks[j+2].w; !toks[j+1].has(periodStarts) || !toks[j+2].has(periodNouns) || toks[j+2].has(periodStarts) || n == "الاسبوع" || n == "اسبوع" {
			continue
		}
		if nearBefore(toks, j, 5, spanSuperlatives) {
			return false
		}
		return true
	}
	return false
}

// rateWords make a figure a rate: "سنويا"، "يوميا".
var rateWords = wordSet("سنويا يوميا شهريا اسبوعيا")

// periodTold reports a toll whose figure is followed, within eight words of
// its clause, by a period: "مقتل 45 فلسطينيا في سوريا خلال أبريل"، "نحو 511
// ألف شخص قتلوا منذ اندلاع الحرب"، "أكثر من 2000 مهاجر لقوا مصرعهم في
// المتوسط هذا العام".
func periodTold(toks []token, i int) bool {
	s := toks[i].sent
	if spanBefore(toks, i) || sinceStartRise(toks, i) || sinceStartLate(toks, i) {
		return true
	}
	for j := i + 1; j < len(toks) && j <= i+8 && toks[j].sent == s; j++ {
		if toks[j].has(rateWords) {
			return true // "يقتل ما لا يقل عن 22 ألف شخص سنويا"
		}
		if !toks[j].has(periodMarks) || j+1 >= len(toks) {
			continue
		}
		if weekOfDays(toks, j+1) {
			return true // "قتل أكثر من 500 مدني خلال سبعة أيام من القصف"
		}
		since := toks[j].w == "منذ"
		for k := j + 1; k < len(toks) && k <= j+2 && toks[k].sent == s; k++ {
			w := toks[k].w
			if d, ok := digits(w); ok && isYear(d) {
				return true
			}
			if since {
				// "منذ عام" is a year ago, "منذ أواخر مارس" a start, and
				// so is a date: "حوالي 1600 شخص قتلوا منذ 18 فبراير".
				if toks[k].has(periodStarts) || months[w] > 0 {
					return true
				}
				continue
			}
			if toks[k].has(periodNouns) || months[w] > 0 || w == "كانون" || w == "تشرين" {
				return true
			}
		}
	}
	return false
}

// minQualified is the least figure qualifiedFigures matches: a small one
// ("مقتل 3") may be told again of another event by chance.
const minQualified = 10

// qualifiedFigures are the killed figures the text itself tells, in some
// sentence, as a period's total (periodTold) or as the dead and the wounded
// together (deadAndWounded). The same figure told bare elsewhere is that
// count again, not a toll of the main event: "أعمال العنف التي أسفرت عن
// سقوط 170 قتيلا" in the lead is "170 قتيلا على الأقل خلال شهرين" further
// down, and the title's "ارتفاع حصيلة تفجير بغداد الجديدة إلى 66 شخصا" is
// the lead's "66 قتيلاً وجريحاً". period[k] is periodTold of ts[k].
func qualifiedFigures(toks []token, ts []toll, period []bool) map[int]bool {
	// casualties asks told only of killed figures told exactly, and told
	// holds none under minQualified: with no such toll, the scan of the
	// article's tokens below would decide nothing.
	if !slices.ContainsFunc(ts, func(t toll) bool { return t.kind == killedKind && !t.vague && t.n >= minQualified }) {
		return nil
	}
	var told map[int]bool
	add := func(n int) {
		if told == nil {
			told = map[int]bool{}
		}
		told[n] = true
	}
	for k, t := range ts {
		if t.kind == killedKind && !t.vague && t.n >= minQualified && period[k] && !weekSpan(toks, t.tok) {
			add(t.n)
		}
	}
	for k := 0; k < len(toks); k++ {
		if _, ok := digits(toks[k].w); !ok {
			continue
		}
		if n, used := readNumber(toks, k); used > 0 && n >= minQualified && !isYear(n) && deadAndWounded(toks, k+used) {
			add(n)
		}
	}
	return told
}

// weekSpan reports a week or days within ten words after token i of its
// sentence: "لقي 22 شخصًا مصرعهم خلال أسبوع جراء فيضانات"، "مقتل 14 شخصا
// ... خلال أول 3 أيام من الأسبوع". A flood's or a heat wave's week is
// its own length, so the same figure told bare is still its toll.
func weekSpan(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+10 && toks[j].sent == toks[i].sent; j++ {
		if toks[j].has(weekNouns) {
			return true
		}
	}
	return false
}

var weekNouns = wordSet("اسبوع الاسبوع اسبوعين ايام الايام")

// weekOfDays reports a count of seven days or more at token k, then أيام:
// "خلال سبعة أيام" is a week's total as "خلال الأسبوع" is; "خلال يومين"،
// "خلال ثلاثة أيام من المعارك" stay the main event's own length.
func weekOfDays(toks []token, k int) bool {
	n, used := readNumber(toks, k)
	return used > 0 && n >= 7 && k+used < len(toks) && toks[k+used].w == "ايام"
}

// spanBefore reports a figure at token i told right after a counted span
// (the fillers of a figure between): "والقتال المستمر منذ أربعة أشهر أكثر
// من 3500 قتيل"، "منذ شهرين إلى أكثر من 178 قتيلا". The span's words
// reach the figure: a verb between ("في أعنف هجوم منذ أشهر أسفر عن مقتل
// 30") makes the span another clause's.
func spanBefore(toks []token, i int) bool {
	j := i - 1
	for j > 0 && i-j <= 4 && !toks[j+1].gap && (toks[j].is(numberFillers) || toks[j].w == "الي") {
		j--
	}
	if j <= 0 || toks[j+1].gap || toks[j].sent != toks[i].sent || !toks[j].has(periodNouns) && !toks[j].has(spanAfterNoun) {
		return false
	}
	// back from the span's last word to its mark, over the span's words
	for k := j - 1; k >= 0 && j-k <= 3 && toks[k].sent == toks[i].sent && !toks[k+1].gap; k-- {
		if toks[k].has(periodMarks) && toks[k].w != "هذا" {
			return true
		}
		if _, used := readNumber(toks, k); used == 0 && !toks[k].has(periodNouns) {
			return false
		}
	}
	return false
}

// spanAfterNoun are the words that may close a counted span after its
// noun: "خلال الأشهر الستة الماضية"، "منذ الأسابيع الأخيرة".
var spanAfterNoun = wordSet("الماضي الماضيه الاخير الاخيره الفائت الفائته المنصرم")

// numberAfter returns the end of the number that follows token i after
// fillers ("وإصابة أكثر من 70"), or 0.
func numberAfter(toks []token, i int) int {
	if j := pastFillers(toks, i); j > 0 {
		if n, used := readNumber(toks, j); used > 0 && n > 0 {
			return j + used
		}
	}
	return 0
}

// pastFillers returns the first token after i, within four, that is no
// filler of a figure (numberFillers: "أكثر من"، "نحو"), with no
// punctuation before it or the fillers: where a count after i stands
// (numberAfter, crowdProtested). 0 if none. No filler reads as a number.
func pastFillers(toks []token, i int) int {
	for j := i + 1; j < len(toks) && j <= i+4 && !toks[j].gap; j++ {
		if !toks[j].is(numberFillers) {
			return j
		}
	}
	return 0
}

// inTitleOrLead reports whether token i is in the title or the lead
// (leadPara): where a story tells its own news rather than its background.
func inTitleOrLead(toks []token, i int) bool {
	return toks[i].title || toks[i].para <= leadPara(toks)
}

// toldAside reports a word of time or doubt within six words before token i
// (namedBefore: "بعد أن لقي عامل مصرعه" dates another story) or an
// anniversary (memorialBefore): a death told so is not the news's toll.
func toldAside(toks []token, i int) bool {
	return nearBefore(toks, i, 6, namedBefore) || memorialBefore(toks, i)
}

// leadPara is the paragraph of the lead: the first, or the second after a
// dateline line ("طارق قمقوم – عرعر"). The toll rules ask it at each
// figure (inTitleOrLead), and it reads the title and first paragraph:
// the article's own tokens keep the answer (articleInfo.leadPara).
func leadPara(toks []token) int {
	a := articleOf(toks)
	if a == nil {
		return findLeadPara(toks)
	}
	if a.leadPara == 0 {
		a.leadPara = findLeadPara(toks)
	}
	return a.leadPara
}

// findLeadPara is leadPara, read from the tokens.
func findLeadPara(toks []token) int {
	n := 0
	for _, t := range toks {
		switch {
		case t.para == 1:
			n++
		case t.para > 1:
			if n <= 6 {
				return 2
			}
			return 1
		}
	}
	return 1
}

// killNounsVerbal are the kill words that name the deaths ("مقتل وإصابة").
var killNounsVerbal = wordSet("مقتل استشهاد مصرع وفاه")

// bothBefore reports a kill word right before the injury word at i that has
// no subject of its own: a verbal noun (مقتل وإصابة)، or a verb opening its
// clause (قُتل وأصيب 55 عنصرا), not "أن مستوطنا قتل وأصيب".
func bothBefore(toks []token, i int) bool {
	k := toks[i-1]
	if k.has(killNounsVerbal) {
		return true
	}
	if !k.has(killVerbs) || k.has(diedVerbs) || k.has(deadNouns) {
		return false
	}
	if i-1 == 0 || k.gap || toks[i-2].sent != k.sent || toks[i-2].title != k.title || toks[i-2].para != k.para {
		return true
	}
	switch toks[i-2].w {
	case "ان", "انه", "فقد", "وقد", "قد":
		return true
	}
	return false
}

var (
	// mortalNouns name those whose وفاة is as often of illness or age as
	// a killing: leaders, students abroad (in the Saudi papers), singers,
	// young women.
	mortalNouns = plainWords("رئيس زعيم مسؤول مبتعث قائد مغنيه شابه عالم امير")
	// threats before a kill word: "يهددون بقتل الرئيس الإسرائيلي"، "ينفي
	// أنه أمر بقتل".
	threats      = wordSet("يهدد تهدد يهددون هدد هددت هددوا تهديد تهديدات يتوعد تتوعد توعد ينفي تنفي نفي نفى نفت سيقتلون سيقتل")
	naturalDeath = wordSet("وفاه وفيات")
	// memorials before a kill word make it an anniversary.
	memorials = wordSet("ذكري ذكرى الذكري الذكرى")
	// attempts before a kill verb: the victim lived.
	attempts = wordSet("محاوله محاولات المحاوله لمحاوله نجا نجت ينجو")
)

// tookLives are the verbs of "أودى بحياة": the figure after بحياة counts
// the dead.
var tookLives = plainWords("اودي اودت يودي تودي")

// tookLivesReach is how far before بحياة its verb may come: "أودت موجة
// حر قاتلة بحياة"، "أودى الثلاثاء بحياة".
const tookLivesReach = 5

// tookLivesBefore reports a tookLives verb within tookLivesReach words
// before token i, opening its sentence or in the title: "أودت موجة حر
// قاتلة بحياة 65 شخصا" tells the news. Inside a sentence the verb is
// mostly a relative clause's about an earlier event, which the coders give
// no toll: "بعد نحو عشرة أيام من القصف العنيف الذي أودى بحياة أكثر من 560
// مدنياً"، "الحادث الأليم الذي وقع على طريق خريص وأودى بحياة 9 عمانيين"،
// "حرب حدودية أودت بحياة عشرات الآلاف" (five pool articles coded null).
// After مما or ما the verb tells its sentence's own dead ("غرق قبالة شمال
// قبرص، ما أودى بحياة 16 شخصاً"; tolls_tooklives.go).
func tookLivesBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-tookLivesReach && toks[j].sent == toks[i].sent; j-- {
		if !tookLives[stripWa(toks[j].w)] {
			continue
		}
		return newsClause(toks, j) || tookLivesConsequence(toks, j)
	}
	return false
}

// newsClause reports token k in the title or opening its sentence, where a
// phrase of deaths (أودى بحياة، راح ضحيتها) tells the news; inside a
// sentence it is mostly a relative clause's about an earlier event
// (tookLivesBefore, victimsClauseBefore).
func newsClause(toks []token, k int) bool {
	return toks[k].title || k == 0 || toks[k-1].sent != toks[k].sent
}

// victimsClauseBefore reports "راح ضحيته/ضحيتها/ضحيتهم" within
// tookLivesReach words before token i, inside a sentence rather than
// opening it or in the title. Like tookLivesBefore's أودى بحياة, the phrase
// inside a sentence is a clause about an event the story only names: "عقبة
// نكبة الكرة المصرية التى راح ضحيتها 72 شهيدا" in a column on the fans'
// return, "التفجير الإرهابي ... والذي راح ضحيته 15 شهيداً" in a
// condemnation. Not "وراح ضحيتها": joined to و it is the sentence's own
// verb ("شهدت غزة الاثنين ... مجزرة ارتكبتها إسرائيل، وراح ضحيتها 55
// قتيلاً"). findTolls asks it only when the title names no killing or dead
// (killVerbs, martyrsNouns): under "عسير تودع شهداء مسجد الطوارئ" the
// clause's "قرابة الـ 15 شهيدا" is the dead the story is about.
func victimsClauseBefore(toks []token, i int) bool {
	for j := i - 1; j > 0 && j >= i-tookLivesReach && toks[j].sent == toks[i].sent; j-- {
		if !strings.HasPrefix(toks[j].w, "ضحيت") || toks[j-1].w != "راح" {
			continue
		}
		return !newsClause(toks, j-1)
	}
	return false
}

// martyrsNouns name the dead as martyrs, as a title does: "عسير تودع شهداء
// مسجد الطوارئ". لشهداء is in it as شهداء (cliticForms).
var martyrsNouns = wordSet("شهداء الشهداء شهيد الشهيد")

// turnedStory reports a first figure past the lead whose sentence or
// paragraph opens by turning to another story ("من جهة أخرى"، "من جانب
// آخر"، "على صعيد آخر"، "في غضون ذلك"): under "سقوط قتلى من ميليشيا
// الحوثي في جبهة البقع", "من جهة أخرى قتل 3 مدنيون … بمدينة مأرب" is
// another event's toll, and the main event's is unknown. Narrower than
// opensOtherStory: "وفي …" and "أما …" go on with the lead's event as often.
func turnedStory(toks []token, i int) bool {
	if toks[i].title || toks[i].para <= leadPara(toks) {
		return false
	}
	for _, j := range []int{sentStart(toks, i), paraStart(toks, i)} {
		if j+1 >= len(toks) {
			continue
		}
		w, next := stripWa(toks[j].w), toks[j+1].w
		switch {
		case w == "من" && turnSides[next]:
			return true
		case w == "علي" && next == "صعيد", w == "في" && next == "غضون":
			return true
		}
	}
	return false
}

// turnSides follow من in a turn to another story: "من جهة أخرى"، "من جانب
// آخر"، "من ناحية ثانية".
var turnSides = plainWords("جهه جانب ناحيه")

// forecastRise reports a rising toll word in the imperfect after أن or قد:
// "يتوقع أن ترتفع حصيلة القتلى"، "رجح أن ترتفع"، "قد يرتفع عدد الضحايا إلى".
// The figure it rises to is expected, not counted (a Karachi heat wave
// "أودت … بحياة 65 شخصا" and local media "توقعت … أن ترتفع حصيلة الضحايا
// إلى أكثر من 100").
func forecastRise(toks []token, i int) bool {
	if i == 0 || toks[i-1].sent != toks[i].sent {
		return false
	}
	switch stripWa(toks[i].w) {
	case "يرتفع", "ترتفع":
	default:
		return false
	}
	return toks[i-1].is(forecastCues)
}

// forecastCues open an expected or feared rise: "أن ترتفع"، "قد يرتفع".
var forecastCues = wordSet("ان قد")

// mournedOnes follow "وفاة أحد" when the one who died is someone's
// relative or one of the best known of a trade: "عقب تلقي اللاعب نبأ وفاة
// أحد أقاربه" (six sports articles on one player's leave), "وفاة أحد أشهر
// موسيقيي الدي جي"، "شهد فجر الأربعاء وفاة أحد أبرز علماء الفيزياء" — a
// bereavement or an obituary, no killing.
var mournedOnes = wordSet("اقاربه اقاربها اقارب اقربائه اقربائها اشهر ابرز")

// mournedOne reports أحد or إحدى at token j followed by a mournedOnes word.
func mournedOne(toks []token, j int) bool {
	if w := toks[j].w; w != "احد" && w != "احدي" {
		return false
	}
	return j+1 < len(toks) && !toks[j+1].gap && toks[j+1].has(mournedOnes)
}

// threatBefore reports a threat or denial among the four words before a
// kill word, in its sentence.
func threatBefore(toks []token, i int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-4 && toks[j].sent == s; j-- {
		if toks[j].has(threats) {
			return true
		}
	}
	return false
}

func stripAl(w string) string { return strings.TrimPrefix(w, "ال") }

// oneOfGroup reports a oneOfThem word at token j right after the kill
// word at i, in the title or the first maxTollPara paragraphs, that ends
// its clause: "استهدف المهاجم خمسة أشخاص قتل أحدهم في حين أصيب أربعة"،
// "أسفر عن مقتل أحدهما وإصابة الآخر": one of a group told before is the
// dead ("قتل أحدهم أباه" has an object: he killed). Further down it is as
// often the lead's death told again ("أدى إلى مقتله" in the lead, "أسفر عن
// مقتل أحدهم" in the fourth paragraph).
func oneOfGroup(toks []token, i, j int) bool {
	if j != i+1 || toks[i].para > maxTollPara || !toks[j].has(oneOfThem) {
		return false
	}
	k := j + 1
	return k == len(toks) || toks[k].gap || toks[k].sent != toks[j].sent || stripWa(toks[k].w) != toks[k].w || toks[k].w == "في"
}

// oneOfThem words after a count name one of its dead: "مقتل اثنين من
// إرهابيي القاعدة أحدهما موسى أبو داود".
var oneOfThem = wordSet("احدهما احدهم احداهما احداهن")

// countOfOne returns the first precise count of kind, larger than one,
// after toll first and within the paragraph after the lead, whose next
// few words say that one of them (أحدهما، أحدهم) is the victim told
// alone; 0 if none.
func countOfOne(toks []token, ts []toll, first int, kind killKind) int {
	for _, t := range ts[first+1:] {
		if t.kind != kind || t.vague || t.part || t.n < 2 {
			continue
		}
		if toks[t.tok].para > leadPara(toks)+1 {
			return 0
		}
		if t.others {
			// "قتل قائد ميداني حوثي" in the lead, then "أن قائد كتيبة
			// الإسناد ... قتل مع سبعة آخرين": the victim and his companions.
			return t.n
		}
		s := toks[t.tok].sent
		for j := t.tok + 1; j < len(toks) && j <= t.tok+7 && toks[j].sent == s; j++ {
			if toks[j].has(oneOfThem) {
				return t.n
			}
		}
		return 0
	}
	return 0
}

// killActs name a deliberate killing that the toll words lack: an
// assassination or an execution ("اغتيال مسؤول أمني في صنعاء"، "كيم يعدم
// ضابطا"، "طريقة جديدة لإعدام أسير"). Indefinite forms only: the definite
// noun is the penalty or the act in general ("حكما بالإعدام على شاب"،
// "تنفيذ حكم الإعدام بحق").
var killActs = wordSet("اغتيال اغتال اغتالت اغتالوا اعدام اعدم اعدمت اعدموا يعدم تعدم")

// penaltyManners name how a death sentence punishes, said after القتل (or
// القصاص itself after "حكم", penaltyTold) in
// the Saudi interior ministry's executions ("تنفيذ حكم القتل قصاصاً في أحد
// الجناة"، "القتل تعزيراً في مهرب"): retaliation for a murder, or
// discretion for a trafficker's crime. القتل with its manner is an
// execution (killActs), its one victim named after في or بحق.
var penaltyManners = wordSet("قصاصا تعزيرا القصاص")

// carryOut are the words before "حكم القتل" that tell the sentence was
// carried out: "تنفيذ حكم القتل"، "نفذت وزارة الداخلية حكم القتل".
var carryOut = wordSet("تنفيذ نفذت نفذ تنفذ ينفذ")

// penaltyVictim reads the one victim of the execution told by the manner
// word at token i, after في or بحق: "أحد" of a plural ("قصاصاً في أحد
// الجناة") or a singular one as actVictim reads it ("بحق مواطن"، "في قاتل").
func penaltyVictim(toks []token, i int) (int, bool) {
	j := i + 1
	if j+1 >= len(toks) || toks[j].sent != toks[i].sent || toks[j].w != "في" && toks[j].w != "بحق" {
		return 0, false
	}
	if toks[j+1].w == "احد" && toks[j+1].sent == toks[i].sent {
		return 1, true
	}
	return actVictim(toks, j)
}

// penaltyTold reports the manner word at token i as an execution of the
// news: right after a bare القتل (not "الحكم عليه بالقتل قصاصاً"، a
// verdict) in the title or the lead, and after "حكم" only when a word of
// carrying out precedes it ("صدر حكم القتل قصاصاً" is a sentence still to
// be carried out).
func penaltyTold(toks []token, i int) bool {
	if i >= 1 && toks[i].w == "القصاص" {
		// "نفذت وزارة الداخلية أمس حكم القصاص في المدعو شارع": the
		// sentence's own name, carried out.
		return toks[i-1].w == "حكم" && carriedOutBefore(toks, i-1) && inTitleOrLead(toks, i)
	}
	if i < 1 || toks[i-1].w != "القتل" || !inTitleOrLead(toks, i) {
		return false
	}
	return i < 2 || toks[i-2].w != "حكم" || carriedOutBefore(toks, i-2)
}

// carriedOutBefore reports a word of carrying out (carryOut) before "حكم"
// at token k, right before it or before the one to three words that name
// who carried it out: "تنفيذ حكم القتل"، "نفذت وزارة الداخلية حكم القتل".
func carriedOutBefore(toks []token, k int) bool {
	return clauseBefore(toks, k, 4, carryOut)
}

// clauseBefore reports a word of set within n tokens before token i in its
// clause: its sentence, with no punctuation (gap) between. nearBefore reads
// past commas; a verb's object or a sentence's doer does not
// (carriedOutBefore, bodiesFound).
func clauseBefore(toks []token, i, n int, set *words) bool {
	for j := i - 1; j >= 0 && j >= i-n && toks[j].sent == toks[i].sent && !toks[j+1].gap; j-- {
		if toks[j].has(set) {
			return true
		}
	}
	return false
}

// actOnes are the victims an execution or an assassination takes that
// personCounts lacks: captives, the murderer an execution punishes
// ("قصاصاً في قاتل"، "بحق الجاني"), and officers by their rank ("اغتيال
// جنرال كبير في بوروندي"، "اغتيال العقيد"), and the one an execution names
// "the so-called" before his name ("حكم القتل قصاصا في المدعو صالح بن
// شعيل", the Saudi interior ministry's wording). The ranks only here: after مقتل or
// قتل in a title they are as often the dean of a family or of diplomacy
// (عميد) or a killing days before that the news follows (a protest, an
// arrest); an assassination is the news's own death. The last line
// (kil43): a scholar and a dissident by their standing alone ("اغتيال عالم
// دين بارز في حضرموت"، "اغتيال عالم فلسطيني في ماليزيا"، "اغتيال معارض
// بارز لبوتن"). The smuggler a Saudi execution punishes ("تنفيذ حكم القتل
// تعزيراً في مهرب مخدرات", f48c: rul48c-1).
var actOnes = wordSet("مهرب مهربا عالم عالما معارض معارضا المدعو المدعوه اسير اسيرا رهينه سجين سجينا معتقل معتقلا جاني الجاني قاتل القاتل جنرال الجنرال جنرالا عقيد العقيد عقيدا عميد العميد عميدا نقيب النقيب نقيبا ملازم الملازم ملازما عريف العريف عريفا")

// actAside are words before a killing act that make it no toll of the
// news: a sentence or a case before a court ("تحكم بالإعدام"، "قضية اغتيال
// قاض"، "ترجئ إعدام امرأة")، a plan or a possibility ("كان بمقدور حماس
// اغتيال")، a staged one ("مسرحية اغتيال الصحفي"), or a training for it
// ("ميزانية خاصة لتدريب فرقة متخصصة على اغتيال زعيم كوريا الشمالية، في
// حال اندلاع حرب": c54act2, read once Al Arabiya's "#زعيم_كوريا" no longer
// set a gap after the act).
var actAside = wordSet("تدريب لتدريب بتدريب تدرب يتدرب تتدرب امر امرا اوامر فكر يفكر حرض يحرض تحريض التحريض ترجي يرجي قضت قضي يقضي تقضي حكم حكما بحكم الحكم احكام قضيه القضيه عقوبه ترجئ يرجئ ارجات ارجا تاجيل مسرحيه بمقدور بامكان امكانيه يعتزم تعتزم ينوي تنوي خطط يخطط تخطط مخطط بتهمه تهمه متهم المتهم طالب يطالب تطالب")

// killActTold reports the killing act at token i as the news's toll word:
// in the title or the lead (further down it is as often the history of a
// leader's killing), not after a word of time or doubt (namedBefore), of a
// court, plan or staging (actAside) or a year earlier in its sentence.
// Round 19 read every اغتيال of the titles and leads: about a third were
// the news's, the rest history, hypotheses and trials; those are the
// guards.
func killActTold(toks []token, i int) bool {
	if !inTitleOrLead(toks, i) {
		return false
	}
	if strings.HasPrefix(stripWa(toks[i].w), "ب") {
		// "قضت المحكمة بإعدام"، "أمر باغتيال"، "متهم باغتيال": with ب the
		// act is what a ruling, an order or a charge names.
		return false
	}
	for k := i - 1; k >= 0 && k >= i-actAsideReach && toks[k].sent == toks[i].sent; k-- {
		if toks[k].has(namedBefore) || toks[k].has(actAside) {
			return false
		}
		if n, used := readNumber(toks, k); used == 1 && isYear(n) {
			// "1991 - اغتيال رئيس الوزراء الإيراني": a year's history.
			return false
		}
	}
	return true
}

// actAsideReach is how far before a killing act its sentence may set it
// aside: a court's verb opens its sentence ("قضت محكمة سودانية بإعدام
// امرأة"، "أرجأت المحكمة العليا الباكستانية اليوم الأربعاء إعدام").
const actAsideReach = 15

// actVictim reads the one victim named right after the act at token i: a
// singular person noun ("اغتيال مسؤول"، "اغتالت الصحفية"), an accusative
// one ("يعدم ضابطا") or a captive ("لإعدام أسير").
func actVictim(toks []token, i int) (int, bool) {
	j := i + 1
	if j >= len(toks) || toks[j].gap || toks[j].sent != toks[i].sent {
		return 0, false
	}
	if c, ok := personCounts[toks[j].w]; ok && c == 1 || toks[j].is(actOnes) || accusativeOne(toks, j) {
		return 1, true
	}
	if toks[j].w == "احد" && j+1 < len(toks) && !toks[j+1].gap && toks[j+1].sent == toks[i].sent && toks[i].has(actVerbs) {
		// "تنظيم الدولة الإسلامية يعدم أحد الرهائن المخطوفين": one of a
		// plural, as penaltyVictim reads "قصاصاً في أحد الجناة" (rul48c-1).
		return 1, true
	}
	return 0, false
}

// deathNouns are the kill words a victim's bare name may follow: "خلف مقتل
// خاشقجي"، "لمقتل صالح علي الصماد". Not the verbs ("قتلت إسرائيل" names the
// killer), nor وفاة (a death of age as often).
var deathNouns = wordSet("مقتل مصرع استشهاد")

// namedBefore are words before a named victim's death noun that make it no
// toll of the news: a time it serves to date ("عقب مقتل صالح" of months
// before), or a death in doubt ("احتمال مقتل"، "إذا ثبت مقتل"، "مزاعم
// تركية بشأن مقتل"، "اختلاق مقتل"، "اختلقت عملية قتل" of a staged one).
var namedBefore = wordSet("بعد عقب اعقاب اثر منذ قبل احتمال ثبت ثبوت مزاعم ادعاءات اختلاق اختلقت اختلق شائعات")

// notNames are words right after a death noun that are no name: "مصرع
// جميع ركابها"، "بمقتل وإصابة عدد".
var notNames = union(killNouns, hurtNouns, hurtVerbs, killVerbs, vagueTolls, groupNouns, numberFillers, wordList("جميع كافه كل احد"))

// namedOne reports the word at token j, right after the death noun at i in
// the title or the lead, as the name of one person: a word the article
// introduces as a person, by a singular person noun with its article before
// it ("للصحفي والكاتب السعودي جمال خاشقجي" … "مقتل خاشقجي") or in
// apposition after it ("لمقتل صالح علي الصماد القيادي السياسي"). The lists
// of victims can never hold the names, and the guide counts a named victim
// as one. Further down, or after a word of time or doubt, the named death is
// as often the background of other news (a successor's appointment, an
// arrest campaign) or a rumour.
func namedOne(toks []token, i, j int) bool {
	w := toks[j].w
	if toks[j].gap || len(w) < 6 || toks[i].para > leadPara(toks) || toks[j].has(notNames) {
		return false
	}
	for _, suf := range []string{"ين", "ون", "ات", "ها", "هم"} {
		if strings.HasSuffix(w, suf) {
			return false // a plural or a possessive: "مقتل ركابها"
		}
	}
	if _, used := readNumber(toks, j); used > 0 || len(toks[j].forms) > 1 && strings.HasPrefix(w, "و") {
		// a figure, or a second verbal noun: "مقتل وأسر عشرات الحوثيين".
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].sent == toks[i].sent; k-- {
		if toks[k].has(namedBefore) {
			return false
		}
	}
	s := toks[j].sent
	for k := j + 1; k < len(toks) && k <= j+3 && toks[k].sent == s; k++ {
		if definiteOne(toks[k]) {
			return true
		}
	}
	for k := range toks {
		if k == j || toks[k].w != w {
			continue
		}
		for m := k - 1; m >= 0 && m >= k-4 && toks[m].sent == toks[k].sent; m-- {
			if definiteOne(toks[m]) {
				return true
			}
		}
	}
	return false
}

// definiteOne reports a singular person noun with its article: الصحفي،
// القيادي، للرئيس.
func definiteOne(t token) bool {
	for _, f := range t.forms {
		if strings.HasPrefix(f, "ال") && personCounts[f] == 1 {
			return true
		}
	}
	return false
}

// spanWords are spans of three days or more: "بعد أيام من مقتل 40"، "بعد
// مرور نحو عامين على هجوم". Not يوم or يومين: "بعد يومين من المداهمات
// … أسفرت عن مقتل 4" counts the main event's own two days.
var spanWords = wordSet("ايام اسبوع اسبوعين اسابيع شهر شهرين اشهر شهور عام عامين اعوام سنه سنتين سنوات")

// spanFillers may stand between "بعد" and its span: "بعد مرور نحو عامين".
var spanFillers = plainWords("مرور نحو حوالي قرابه")

// spanEvents are the events a span after "بعد" may date: a killing, an
// attack, a disaster, an incident, each once ("بعد أسبوع على قصف مطار
// التيفور"). Not a fight's or a campaign's name (المعارك، الاشتباكات،
// القصف، الحرب): "بعد أيام من الاشتباكات" is as often the main event's
// own length; nor a silence or an act ("بعد نحو أسبوع من الصمت، أعلنت
// موسكو مقتل خمسة").
var spanEvents = wordSet("هجوم الهجوم هجمات الهجمات اعتداء الاعتداء تفجير التفجير انفجار الانفجار غاره الغاره قصف زلزال الزلزال اعصار الاعصار حادث الحادث حادثه الحادثه اقتحام مجزره المجزره حريق الحريق التظاهرات الاحتجاجات مظاهرات احتجاجات اغتيال")

// spanAfter reports a toll told after an event that "بعد" or "عقب" and a
// span of days or more place before the news, up to fifteen words back in
// its sentence: "وذلك بعد أيام من مقتل 40 من الطوارق"، "بعد مرور نحو عامين
// على هجوم … وأسفر عن مقتل 67"، "بعد أسبوع على زلزال أول أوقع 17 قتيلا".
// The killing it counts came days or years before: an earlier event's
// toll (a reopening's, a new quake's, a warning's).
func spanAfter(toks []token, i int) bool {
	return spanOpens(toks, i, func(ev int) bool {
		return ev == i || toks[ev].has(spanEvents) || toks[ev].has(killVerbs)
	})
}

// spanOpens reports a span clause before token i, up to fifteen words
// back in its sentence, whose event word accept takes: "بعد" or "عقب", a
// span of days or more, من or على and the word that names the event ("بعد
// أيام من [قصف] الحرس الثوري").
func spanOpens(toks []token, i int, accept func(ev int) bool) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-15 && toks[j].sent == s; j-- {
		if w := stripWa(toks[j].w); w != "بعد" && w != "عقب" {
			continue
		}
		k := j + 1
		for k < i && k <= j+4 && !toks[k].has(spanWords) {
			v := toks[k].w
			if _, ok := numberWords[v]; !ok && !spanFillers[v] {
				if _, ok := digits(v); !ok {
					break
				}
			}
			k++
		}
		if k >= i || !toks[k].has(spanWords) {
			continue
		}
		k++
		if k < i && (toks[k].w == "قليله" || toks[k].w == "فقط") {
			k++
		}
		if k+1 <= i && (toks[k].w == "من" || toks[k].w == "علي") && accept(k+1) {
			return true
		}
	}
	return false
}

// leadOnes are singular person nouns read as one victim only right after a
// kill or injury word of the title or the lead: the word a paper uses for a
// journalist beside صحفي (الصحافي، صحافية), a teenage girl, and a
// nationality (بريطاني، إيطالية). Not the masculine teenager unless in the
// accusative ("يقتل مراهقاً"): "لقي مراهقان فلسطينيان حتفهما، إذ قُتل
// المراهق بلال" names one of two under a title's "مقتل مراهق". Further
// down, these nouns are as often a person of another story; a nationality
// is as often a thing's adjective after سقوط (a fall in a doping test) or
// a figure's noun ("إيرانيا واحدا" in an analysis). Not سورية (Syria).
// The second line: a victim's trade or role ("مقتل ممرضة فلسطينية وإصابة
// 100"، "قتل مزارع فلسطيني في قصف"، "مقتل مستوطن وشاب فلسطيني"، "وفاة
// مهاجر مغربي"); further down, "مقتل مزارع" in a protest's sixth paragraph
// is one death beside the lead's seven. Not طبيب ("قتل طبيب الأسنان ...
// الأسد" is the killer), مدرب or مصور (a coach's or an artist's natural
// death, no toll), nor صبي ("عقوبة على جندي قتل صبيا": a court's case).
// The third line (kil43): a scholar, a dissident or an emir named by his
// rank alone ("اغتيال عالم دين بارز في حضرموت"، "اغتيال معارض بارز لبوتن"،
// "مقتل أمير تنظيم بيت المقدس"); their وفاة is a natural death as often
// (mortalNouns: "وفاة عالم الفيزياء البريطاني").
var leadOnes = wordSet(`صحافي صحافيه الصحافي الصحافيه مراهقه
	ممرض ممرضه موظف مزارع مستوطن مستوطنه عسكري صياد مهاجر دبلوماسي
	عالم معارض امير
	بريطاني بريطانيه امريكي امريكيه اميركي اميركيه فرنسي فرنسيه الماني المانيه ايطالي ايطاليه اسباني اسبانيه
	روسي روسيه تركي تركيه ايراني ايرانيه عراقي عراقيه سوري لبناني لبنانيه اردني اردنيه مصري مصريه سعودي سعوديه
	يمني يمنيه ليبي ليبيه تونسي تونسيه جزائري جزائريه مغربي مغربيه سوداني سودانيه كويتي كويتيه اماراتي اماراتيه
	قطري قطريه بحريني بحرينيه عماني عمانيه باكستاني باكستانيه افغاني افغانيه هندي هنديه صيني صينيه ياباني يابانيه
	كوري كوريه استرالي استراليه كندي كنديه اسرائيلي اسرائيليه هولندي هولنديه بلجيكي بلجيكيه سويدي سويديه
	نرويجي نرويجيه سويسري سويسريه نمساوي نمساويه يوناني يونانيه اوكراني اوكرانيه بولندي بولنديه برازيلي برازيليه
	مكسيكي مكسيكيه نيجيري نيجيريه صومالي صوماليه اثيوبي اثيوبيه كيني كينيه ايرلندي ايرلنديه فلبيني فلبينيه
	اندونيسي اندونيسيه ماليزي ماليزيه بنغلاديشي تايلاندي اسكتلندي`)

// leadAccusatives are the accusative singulars of leadOnes (صحافيا،
// مراهقا، بريطانيا …) but the countries spelled alike: بريطانيا، روسيا،
// تركيا، سوريا and the like are places, not victims.
var leadAccusatives = func() *words {
	countries := wordSet("بريطانيا روسيا تركيا المانيا ايطاليا اسبانيا استراليا كوريا ماليزيا اندونيسيا اثيوبيا نيجيريا كينيا سوريا ليبيا اوكرانيا")
	var ws []string
	for w := range leadOnes.m {
		if !strings.HasPrefix(w, "ال") && !strings.HasSuffix(w, "ه") && !countries.contains(w+"ا") {
			ws = append(ws, w+"ا")
		}
	}
	return wordSet("مراهقا " + strings.Join(ws, " "))
}()

// fallWords are kill words that are as often a thing's fall: "سقوط رياضي".
var fallWords = wordSet("سقوط سقط")

// fallenRulers are the person nouns (personCounts) a fall word takes as a
// ruler's fall from power: "سقوط الرئيس"، "سقوط الزعيم".
var fallenRulers = plainWords("رئيس زعيم")

// leadOne reports a noun of leadOnes or leadAccusatives at token j right
// after the kill or injury word at i in the title or the lead as one
// victim: "مقتل الصحافي المعارض لبوتين"، "مقتل إيطالية من أصل مصري"،
// "قتل بريطاني بعد أن صعق البرق"، "مسلح حوثي يقتل مراهقاً رفض أن يقله".
// The accusative is the kill verb's object, whatever follows it. Not after
// سقوط, not before واحد ("تقتل إيرانيا واحدا"), and not within six words
// after a word of time or doubt (namedBefore: "احتمال مقتل"، "اختلقت عملية
// قتل"، "بعد أن أعلنت السلطات الأوكرانية الثلاثاء مقتل الصحافي" of a
// staged death the news then tells).
func leadOne(toks []token, i, j int) bool {
	if j != i+1 || toks[j].gap || !(toks[j].is(leadOnes) || toks[j].is(leadAccusatives)) {
		return false
	}
	if toks[i].para > leadPara(toks) || fallWords.contains(stripWa(toks[i].w)) {
		return false
	}
	if j+1 < len(toks) && toks[j+1].sent == toks[j].sent && strings.HasPrefix(toks[j+1].w, "واحد") {
		return false
	}
	if toks[j].w == "امير" && j+1 < len(toks) && !toks[j+1].gap && strings.HasPrefix(toks[j+1].w, "ال") {
		// "قتل أمير المؤمنين عمر بن الخطاب"، "اغتيال أمير الكويت": a
		// ruler's title, as often history; an emir of a group is told
		// "أمير تنظيم".
		return false
	}
	return !nearBefore(toks, i, 6, namedBefore)
}

// sinceKilling reports "منذ" right before the kill word at i: "منذ مقتل
// الزعيم معمر القذافي"، "الأفدح منذ مقتل 100 شخص في هجوم ... في يناير"،
// "منذ وفاة 200 شخص عام 2006". The killing is the time a period is counted
// from, never the news's own event (sinceNews: "منذ أمس" is a time word,
// not a kill word).
func sinceKilling(toks []token, i int) bool {
	return i > 0 && !toks[i].gap && stripWa(toks[i-1].w) == "منذ"
}

// memorialWindow is how far before a kill word an anniversary may name
// it: "في الذكرى الأولى لأحداث شارلوتسفيل التي أسفرت عن مقتل".
const memorialWindow = 8

// memorialBefore reports an anniversary word (memorials) up to
// memorialWindow words before the kill word at i, in its sentence and
// with no punctuation between: the killing it counts is the one
// remembered. Not across a comma: "التي صاحبت إحياء ذكرى "يوم الأرض"،
// قتل 17 فلسطينيا" remembers a day, and the 17 died at it.
func memorialBefore(toks []token, i int) bool {
	s := toks[i].sent
	for k := i - 1; k >= 0 && k >= i-memorialWindow && toks[k].sent == s && !toks[k+1].gap; k-- {
		if toks[k].has(memorials) {
			return true
		}
	}
	return false
}

// activeKills are the kill verbs that may take their killer before the
// figure of the dead: "قتل تنظيم داعش المتشدد 9 رجال من الشرطة"، "قتلت
// الشرطة الإندونيسية بالرصاص أربعة رجال"، "وقتل انتحاري 29 شخصا".
var activeKills = wordSet("قتل قتلت يقتل تقتل")

// presentKills are the present of activeKills: a title's news ("لغم حوثي
// يقتل أماً"), but in a report's lead a scene it paints ("يقتل انتحاري
// ثلاثة جنود ليبيين عند نقطة تفتيش" opens an analysis of the war).
var presentKills = wordSet("يقتل تقتل")

// doerOpeners open a killer told without the article: "قتل تنظيم داعش"،
// "وقتل انتحاري"، "قتل مسلحون".
var doerOpeners = wordSet("تنظيم حركه جماعه ميليشيا مليشيا ميليشيات مليشيات قوات انتحاري انتحاريون مسلح مسلحون مجهولون متشددون مهاجم مهاجمون مجموعه")

// doerBreaks end a killer's name: a relative clause's own event ("قتل
// فيها 27 شخصا" counts the event before it) or a period ("قتلوا منذ
// اندلاع الاحتجاجات").
var doerBreaks = wordSet("في فيه فيها فيهما خلال خلاله خلالها به بها منذ و")

// leadOpening reports token i in the lead's first sentence.
func leadOpening(toks []token, i int) bool {
	first := leadStart(toks)
	return first >= 0 && toks[i].sent == toks[first].sent
}

// leadStart returns the first token of the lead's paragraph (leadPara),
// whose sentence opens the lead; -1 if the text has none.
func leadStart(toks []token) int {
	lead := leadPara(toks)
	return slices.IndexFunc(toks, func(t token) bool { return t.para == lead })
}

// olderAfter reports an older time told after token i in its sentence: a
// span since then ("قتلت قوات الأمن 817 متظاهرا ... منذ حوالى خمسة
// أعوام")، a year, or a past week, month or year (الماضي، الماضية). The
// lead's own times (sinceNews, "الساعات الماضية") are the news's.
func olderAfter(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && toks[j].sent == toks[i].sent; j++ {
		switch w := stripWa(toks[j].w); {
		case w == "منذ":
			if !sinceNews(toks, j) {
				return true
			}
		case w == "الماضي" || w == "الماضيه":
			if !hoursNear(toks, j) {
				return true
			}
		case opensWithDigit(w):
			if n, used := readNumber(toks, j); used > 0 && isYear(n) {
				return true
			}
		}
	}
	return false
}

// doerThenFigure returns the token of the figure an active kill verb at i
// takes after its killer, in the title or (past verbs only) the lead's
// first sentence: the killer opens right after the verb, with the
// article or a doerOpeners word, and runs unbroken (no punctuation, no
// doerBreaks) for at most three words to a figure of people (personAfter).
// 0 if none, or if the sentence tells an older time after it (olderAfter).
// A figure joined by و counts another group ("قتل القائد و3 من مرافقيه" is
// nextGroup's).
func doerThenFigure(toks []token, i int) int {
	if !toks[i].has(activeKills) || i+2 >= len(toks) {
		return 0
	}
	if first := toks[i+1]; first.gap || !strings.HasPrefix(first.w, "ال") && !first.has(doerOpeners) {
		return 0
	}
	if !toks[i].title && (!leadOpening(toks, i) && !nextLeadOpening(toks, i) || toks[i].has(presentKills)) || olderAfter(toks, i) {
		return 0
	}
	// The killer's first word is no figure: the verb has no object yet.
	_, at, _ := figureAfterDoer(toks, i, i+2)
	return at
}

// loneKillerFigure returns the figure an active kill verb at i takes after
// an indefinite singular at j = i+1 that is its subject: "قتل شخص 5 نساء،
// الأحد، في إطلاق نار" (a gunman's five victims, not one dead). The
// figure follows the singular at once and counts people (figureAfterDoer);
// the verb opens the title or the lead as doerThenFigure's do. at is 0 if
// there is none.
func loneKillerFigure(toks []token, i, j int) (n, at, used int) {
	if j != i+1 || j+1 >= len(toks) || toks[j+1].gap || !toks[i].has(activeKills) || strings.HasPrefix(toks[j].w, "ال") {
		return 0, 0, 0
	}
	if !toks[i].title && (!leadOpening(toks, i) && !nextLeadOpening(toks, i) || toks[i].has(presentKills)) || olderAfter(toks, i) {
		return 0, 0, 0
	}
	n, at, used = figureAfterDoer(toks, i, j+1)
	if at != j+1 {
		return 0, 0, 0
	}
	return n, at, used
}

// loneKillerLater reports loneKillerFigure's construction where that
// reader does not take the figure — past the title and the lead, with a
// present verb, or under an older time: the indefinite singular right
// after the active kill verb, a figure of people right after it ("وقتل
// مسلح 38 سائحا أغلبهم بريطانيون", a recalled attack, 2015-08-06-2710).
// The singular is the verb's doer there, so it is no toll of one; the
// figure is left unread, as loneKillerFigure leaves it outside the lead.
func loneKillerLater(toks []token, i, j int) bool {
	if j != i+1 || j+1 >= len(toks) || toks[j+1].gap || !toks[i].has(activeKills) || strings.HasPrefix(toks[j].w, "ال") {
		return false
	}
	_, at, _ := figureAfterDoer(toks, i, j+1)
	return at == j+1
}

// figureAfterDoer reads the figure a verb at token i counts after its doer,
// as actFigure and doerThenFigure both take it: the first number from
// token from on, within four words of the verb and unbroken by punctuation
// (so in its sentence), by doerBreaks, another kill verb or a vague toll.
// The number counts people (personAfter) and is not a year, nor joined by
// و (another group). It returns the figure, its token and the tokens it
// takes; at is 0 if there is none.
func figureAfterDoer(toks []token, i, from int) (n, at, used int) {
	for k := i + 1; k <= i+4 && k < len(toks) && !toks[k].gap; k++ {
		if k >= from {
			if m, u := readNumber(toks, k); u > 0 {
				if m <= 0 || isYear(m) || stripWa(toks[k].w) != toks[k].w || !personAfter(toks, k+u) {
					return 0, 0, 0
				}
				return m, k, u
			}
		}
		if toks[k].has(doerBreaks) || toks[k].has(killVerbs) || toks[k].has(vagueTolls) {
			return 0, 0, 0
		}
	}
	return 0, 0, 0
}

// filmWords tell an execution shown in a group's film ("شاهد.. داعش يعدم 16
// عراقيا" over "نشر التنظيم فيديو جديدا"، "داعش يصور إعدامه لـ 5 سوريين"):
// the gold gives the release no toll, as it gives it no date.
var filmWords = wordSet("فيديو الفيديو بالفيديو شريط شاهد يصور تصور صور بالصور مصور مصورا")

// actVerbs are the killing acts (killActs) told by a verb: their figure is
// the news's dead ("العراق يعدم 12 مدانا بالإرهاب"، "جبهة النصرة تعدم 10
// أشخاص"). The nouns are left to actVictim: "أحكاما بإعدام 3" is a
// sentence as often as a death.
var actVerbs = wordSet("اغتال اغتالت اغتالوا اعدم اعدمت اعدموا يعدم تعدم")

// actFigure reads the figure an act verb at token i counts, right after it
// or after its doer (up to three words, none of doerBreaks): a figure of
// people (personAfter), not of animals ("تعدم عشرة آلاف دجاجة"), a year or
// an age ("تعدم اليوم مدانا عمره 83 عاما").
// It returns the figure and its token; 0 if none.
func actFigure(toks []token, i int) (n, at int) {
	if !toks[i].has(actVerbs) {
		return 0, 0
	}
	n, at, used := figureAfterDoer(toks, i, i+1)
	if at == 0 || toks[at+used].has(ageUnits) {
		return 0, 0
	}
	if inArticle(toks, filmWords) {
		for _, k := range setTokens(toks, filmWords) {
			if toks[k].title || toks[k].sent == toks[i].sent {
				return 0, 0
			}
		}
	}
	return n, at
}

// suicideNouns name a suicide, the one death of its story: "انتحار رئيس
// شركة صينية وسط تحقيق فساد".
var suicideNouns = wordSet("انتحار")

// suicideTold reports the suicide noun at token i as the news's death: the
// title's first word (or the first after its punctuation), right before a
// person noun that counts (personCounts: "انتحار طالب يثير مزيدا من
// الاحتجاجات"، "انتحار مقيم آسيوي ببريدة"), under a title with no other
// word of killing. Elsewhere the noun is as often a topic (a series, a
// game, a singer's apology: "يتحدث عن انتحار فتاة مراهقة") or one death
// of a larger event ("سقوط قتلى ومصابين إثر عملية دهس .. وانتحار
// السائق"), and a figure after it is a rate ("انتحار أكثر من 800 ألف").
func suicideTold(toks []token, i int) bool {
	if !toks[i].title || i > 0 && !toks[i].gap || i+1 >= len(toks) || toks[i+1].gap || !toks[i+1].title {
		return false
	}
	return personCounts[toks[i+1].w] > 0 && !titleHas(toks, killVerbs, killNouns)
}

// dayBetween reports token j as part of a weekday set off by commas
// (commaDay) right after the toll word at i, or as the token after it:
// "قتل، الأحد، 3 من المحتجين العراقيين". The news agencies' wording puts
// the day there; the figure after the second comma is the toll's.
func dayBetween(toks []token, i, j int) bool {
	d := i + 1
	if j != d && j != d+1 || d >= len(toks) || !weekdayAt(toks, d) {
		return false
	}
	return commaDay(toks, d)
}

// tollRiddance reports "القضاء على" at token i as a kill word: told done
// in the title or the lead (riddanceDone: "أنه جرى القضاء على إرهابي
// خطير"، "تمكنت ... من القضاء على إرهابي"), or opening a title's news ("مصر.. القضاء على
// 13 إرهابيا في اشتباكات بسيناء"). Its figure counts only people
// (personAfter), and no vague toll: the army statements' word for the
// fighters they killed.
func tollRiddance(toks []token, i int) bool {
	// The word first: findTolls asks at every token, and inTitleOrLead
	// walks the lead each time.
	if toks[i].w != "القضاء" || !inTitleOrLead(toks, i) {
		// Further down it is as often a campaign's tally ("خلال الفترة
		// من 21 حتى 24 أبريل تم القضاء على 26 إرهابيا" under a plot's
		// news).
		return false
	}
	if riddanceDone(toks, i) {
		return true
	}
	return toks[i].title && (i == 0 || toks[i].gap) && i+1 < len(toks) && toks[i+1].w == "علي"
}

// restatedGroups returns the sum of the groups of the first later sentence,
// within restateReach paragraphs of the toll first, whose first figure of
// kind is first's own figure told again (0 when none): a list that opens
// with the lead's count adds the other groups of the same event. A figure
// of one (أحدهم) restates nothing, and a sentence whose first figure is
// another is another count.
func restatedGroups(toks []token, ts []toll, first int, kind killKind) int {
	n, sent, para := ts[first].n, toks[ts[first].tok].sent, toks[ts[first].tok].para
	if n < 2 {
		return 0
	}
	seen := map[int]bool{sent: true}
	for k := first + 1; k < len(ts); k++ {
		t := ts[k]
		s := toks[t.tok].sent
		if t.kind != kind || toks[t.tok].title || seen[s] {
			continue
		}
		if toks[t.tok].para > para+restateReach {
			return 0
		}
		seen[s] = true
		if t.n != n || t.vague || t.part || t.running {
			continue
		}
		// Only the groups coordinated right after it ("، و57 عنصرا"):
		// a figure after another kill word of the sentence ("... التي
		// خلفت قتيلين" of Friday's protests) is another event's.
		m := n
		for _, u := range ts[k+1:] {
			if toks[u.tok].sent != s {
				break
			}
			if u.kind != kind || u.vague || u.part {
				continue
			}
			if !strings.HasPrefix(toks[u.tok].w, "و") && (u.tok == 0 || toks[u.tok-1].w != "و") && !againstBefore(toks, u.tok) {
				// "مقابل 26 من تنظيم داعش" is the other side's group
				// (tolls_against.go), as "و26" would be.
				return 0
			}
			m += u.n
		}
		return m
	}
	return 0
}

// restateReach is how many paragraphs after the lead's toll its figure may
// be told again as the first of a list of groups.
const restateReach = 3
