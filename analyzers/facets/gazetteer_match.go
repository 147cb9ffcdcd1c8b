package facets

import (
	"maps"
	"math/bits"
	"slices"
	"strings"

	"github.com/rasid-project/rasid/analyzers"
)

// A words is a set of normalized words. Each set made while the package's
// variables are initialized gets a bit of its own, and tokenize points every
// token at the bits of the sets its forms are in: the extraction passes ask
// whether a token is in some set hundreds of times per article, and a map
// lookup for each of its clitic forms was a sixth of extraction's time.
type words struct {
	m   map[string]bool
	bit uint16
	// word and mask place bit in a setBits (bit/64 and 1<<(bit%64)), worked
	// out once here rather than at each of the hundreds of times per article
	// that has asks: word is taken modulo setBits' length, a power of two,
	// so that the compiler drops the bounds check of the index.
	word uint8
	mask uint64
	// slot is the set's place in indexedSets plus one (0: not indexed),
	// given while the package's variables are initialized (indexSets).
	slot uint8
}

// maxWordSets is the number of sets there can be; wordSet panics past it (at
// start-up, so any test catches it). Round 24's rules passed 512, round 28's
// 640, round 30's 704, round 31's 768, round 33's 832 and 896, round 34's
// 960, round 35's 1024, round 43's 1600, round 48's 1792, round 49's 1856
// and round 52's 1920; a set's bits are 32 words now (a power of two, see
// words.word), and a token's test is still one load and a mask.
const maxWordSets = 2048

// setBits is one bit per words set.
type setBits [maxWordSets / 64]uint64

// setWords is a mask of the words of a setBits, one bit per word.
type setWords uint32

// Every word of a setBits has a bit in a setWords.
var _ [32 - len(setBits{})]struct{} // maxWordSets / 64 <= 32

// holds reports whether b has set's bit.
func (b *setBits) holds(set *words) bool {
	return b[set.word%uint8(len(b))]&set.mask != 0
}

// nonzero returns the mask of b's words that hold a bit.
func (b *setBits) nonzero() setWords {
	var nz setWords
	for i, x := range b {
		if x != 0 {
			nz |= 1 << i
		}
	}
	return nz
}

// orWords is or for an o whose words outside nz are zero: most words are in
// a few sets, and their bits in one or two words of thirty, so that
// tokenize, which adds each form's sets to the article's, skips the rest.
func (b *setBits) orWords(o *setBits, nz setWords) {
	for ; nz != 0; nz &= nz - 1 {
		i := bits.TrailingZeros32(uint32(nz))
		b[i] |= o[i]
	}
}

// vocab gives every word of every set the bits of the sets it is in, and
// its id.
var vocab = map[string]*vocabWord{}

// vocabWord is a word's entry in vocab.
type vocabWord struct {
	sets setBits // the sets the word is in
	// id numbers the words of vocab from 1 in the order they joined it:
	// tokenize gives each form of a token its word's id (token.ids), which
	// it has from the lookup of its sets, so that a table of words (the
	// names by first word, entryIndex) is indexed by it rather than asked
	// by the form's string again for each token, a sixteenth of
	// extraction.
	id int32
	// slots are the indexed sets the word is in (see indexVocab): what its
	// sets say of indexedSets, so that tokenize indexes a token's sets
	// without asking each.
	slots slotMask
}

// vocabFilter is a Bloom filter of vocab's words, two bits set for each
// (by vocabNote, wherever a word joins vocab). Most word forms of an
// article are in no set (three in five over the corpus), and tokenize
// looks every form up: the filter, 16 KB, turns most of those away without
// a lookup in vocab's table of thousands of words.
var vocabFilter [vocabFilterBits / 64]uint64

const vocabFilterBits = 1 << 17

// vocabFilterAt returns the two bits of vocabFilter that stand for a word
// of hash h (wordHash).
func vocabFilterAt(h uint64) (uint32, uint32) {
	return uint32(h) % vocabFilterBits, uint32(h>>32) % vocabFilterBits
}

// vocabMayHold reports whether a word of hash h may be in vocab: both its
// bits are set (vocabNote).
func vocabMayHold(h uint64) bool {
	a, b := vocabFilterAt(h)
	return vocabFilter[a/64]&(1<<(a%64)) != 0 && vocabFilter[b/64]&(1<<(b%64)) != 0
}

// wordHash hashes a word form for vocabFilter and vocabSeen: eight bytes
// at a time, inline, where maphash.String's call was a twentieth of what
// tokenize cost. The filter only turns away forms in no set, so any hash
// gives the same answers, and the forms are words of a few letters.
func wordHash(w string) uint64 {
	const k0, k1 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F
	h := uint64(len(w)) * k1
	i := 0
	for ; i+8 <= len(w); i += 8 {
		h = (h ^ le64(w, i)) * k0
		h ^= h >> 31
	}
	if i < len(w) {
		var x uint64
		for j := len(w) - 1; j >= i; j-- {
			x = x<<8 | uint64(w[j])
		}
		h = (h ^ x) * k0
	}
	h ^= h >> 29
	h *= k1
	h ^= h >> 32
	return h
}

// le64 is the little-endian uint64 of w[i:i+8].
func le64(w string, i int) uint64 {
	w = w[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// vocabNote sets w's bits in vocabFilter.
func vocabNote(w string) {
	a, b := vocabFilterAt(wordHash(w))
	vocabFilter[a/64] |= 1 << (a % 64)
	vocabFilter[b/64] |= 1 << (b % 64)
}

// vocabSeenSize is the number of slots of a vocabSeen. 512 slots missed
// two forms in five that vocabFilter let through, over the first 500
// ant-all articles read in turn, and a quarter on the seeds; 2048 miss
// one in five and one in six, and their 64 KB stay in the cache.
const vocabSeenSize = 2048

// vocabSeen remembers the last vocab answer for each of vocabSeenSize slots
// of word forms, by their hash: an article repeats its words (في، من، the
// names it is about), and most forms that pass vocabFilter are in vocab,
// so that a repeat asked vocab's table of thousands of words again, the
// largest part of what tokenize cost. A tokenBuf holds one, so it lives
// only as long as the articles read with that buffer. vocab does not change
// once lex has built the lexicon (tokenize calls lex first), so an answer
// stays right from one article to the next.
type vocabSeen [vocabSeenSize]struct {
	w       string
	v       *vocabWord
	article uint64   // the last article whose forms asked for w
	nz      setWords // b's words that hold a bit
	// id is v's id (0 for a nil v), kept in the slot: tokenize reads
	// it at every form in a set, and v's id, past its sets, took a
	// line of memory of its own to read (a fiftieth of Extract).
	id int32
}

// of returns vocab[w] and its id, asking vocabFilter first (nil: in no
// set), and answered from the slots when w was asked last in its slot,
// with the mask of its words that hold a bit (see orWords); first reports
// that w is in a set and its slot did not answer for w in this article
// before (from a nil s, which asks vocab each time: whenever w is in a
// set), so that its sets are counted once per article where that does not
// repeat (tokenize's art).
func (s *vocabSeen) of(w string, article uint64) (v *vocabWord, id int32, nz setWords, first bool) {
	h := wordHash(w)
	if !vocabMayHold(h) {
		return nil, 0, 0, false
	}
	if s == nil {
		if v = vocab[w]; v == nil {
			return nil, 0, 0, false
		}
		return v, v.id, v.sets.nonzero(), true
	}
	e := &s[(h>>17)%vocabSeenSize]
	if e.w != w {
		e.w, e.v, e.article, e.nz, e.id = w, vocab[w], 0, 0, 0
		if e.v != nil {
			e.nz, e.id = e.v.sets.nonzero(), e.v.id
		}
	}
	first = e.article != article && e.v != nil
	e.article = article
	return e.v, e.id, e.nz, first
}

// wordSets counts the sets made so far: the next one's bit.
var wordSets int

// wordSet returns the set of the normalized words of s. It is only called
// while the package's variables are initialized.
func wordSet(s string) *words {
	n := wordSets
	if n == maxWordSets {
		panic("facets: more than maxWordSets word sets")
	}
	wordSets++
	set := &words{m: map[string]bool{}, bit: uint16(n), word: uint8(n / 64), mask: 1 << (n % 64)}
	for _, w := range splitFields(s) {
		set.add(analyzers.Normalize(w))
	}
	return set
}

// plainWords returns the normalized words of s as a plain map: a set read
// at one word only, or by a test of its own (MentionsSyriaAnywhere), which
// needs no set bit. Like wordSet, it is only called
// while the package's variables are initialized.
func plainWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range splitFields(s) {
		m[analyzers.Normalize(w)] = true
	}
	return m
}

// contains reports whether w, a normalized word, is in the set.
func (s *words) contains(w string) bool { return s.m[w] }

// union returns a new set of the words of parts: sets, and wordLists of
// words the union adds. It builds its set afresh (wordSet), with a bit of
// its own, so that no part's bit is read through it. Like wordSet, it is
// only called while the package's variables are initialized.
func union(parts ...unionPart) *words {
	var ws []string
	for _, p := range parts {
		ws = p.appendWords(ws)
	}
	return wordSet(strings.Join(ws, " "))
}

// A unionPart is an argument of union: a set, or a wordList.
type unionPart interface {
	appendWords(ws []string) []string
}

// appendWords appends the set's words to ws, for union.
func (s *words) appendWords(ws []string) []string {
	return slices.AppendSeq(ws, maps.Keys(s.m))
}

// A wordList is words that a union adds to its sets and that are never
// read alone (union(militaryWords, wordList("حملة الحملة"))): union
// builds its own set with a bit of its own, so the words need none, where
// a wordSet made only to be one of union's parts spent one of
// maxWordSets' bits for nothing (round 57's rev57 turned 116 such sets
// into wordLists). A list that is also read alone must be a wordSet.
type wordList string

// appendWords appends the list's words to ws, for union (which
// normalizes them, as wordSet does).
func (l wordList) appendWords(ws []string) []string {
	return append(ws, splitFields(string(l))...)
}

// plainUnion returns the words of ms as one plain map, as plainWords does:
// for a union read only by a lookup of a word as written (m[w]), never by
// a token's set bit, so that it spends none of maxWordSets. Like wordSet,
// it is only called while the package's variables are initialized.
func plainUnion(ms ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		maps.Copy(out, m)
	}
	return out
}

// add puts w, a normalized word, in the set, and the set's bit in w's
// vocab entry. Besides wordSet, only lex calls it, on sets made empty while
// the package's variables were initialized, as it builds the lexicon;
// tokenize calls lex before it reads vocab, so no token misses the bit.
func (s *words) add(w string) {
	s.m[w] = true
	v := vocab[w]
	if v == nil {
		v = &vocabWord{id: int32(len(vocab) + 1)}
		vocab[w] = v
		vocabNote(w)
	}
	v.sets[s.word] |= s.mask
}

// without returns a new set of the set's words but ws. Like wordSet, it is
// only called while the package's variables are initialized.
func (s *words) without(ws ...string) *words {
	m := maps.Clone(s.m)
	for _, w := range ws {
		delete(m, analyzers.Normalize(w))
	}
	return wordSet(strings.Join(slices.Collect(maps.Keys(m)), " "))
}

func splitFields(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if r == ' ' || r == '\n' || r == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

var (
	// placeCues before a name say it is a place. A facility named after
	// a place (مطار الشعيرات، قاعدة حميميم، سجن صيدنايا، مصفاة حمص، معبر نصيب) is a
	// mention of it (the gold guide), as is the countryside or edge of a town (ريف
	// القصير، مشارف دمشق).
	placeCues = wordSet("مدينة بلدة قرية حي أحياء مخيم ناحية بلدتي قريتي مدينتي بلدات قرى مدن منطقة مناطق مزرعة بلدتا قريتا مدينتا ضاحية تل حيي " +
		"مطار مطاري مطارات قاعدة قاعدتي سجن ميناء مرفأ ريف محيط أطراف ضواحي مشارف مستودعات مصفاة معبر معبري")
	// settlementCues name towns and villages, one or several.
	settlementCues = wordSet("مدينة بلدة قرية مدينتي بلدتي قريتي مدينتا بلدتا قريتا مدن بلدات قرى")
	// beforeCues before a name support it as a place: "جنوب البوكمال",
	// and the side, axis or front of a fight, "من جهة مسرابا"، "على محور
	// جوبر"، "على جبهة خلصة" (no orgWord: the fronts that are groups,
	// جبهة النصرة، جبهة فتح الشام, are named after no town).
	beforeCues = wordSet("شرق غرب شمال جنوب شرقي غربي شمالي جنوبي قرب بالقرب طريق أوتوستراد جهة محور محاور جبهة")
	// siteWords before a name support it in an article that names Syria:
	// "موقع شنشار لتخزين الأسلحة"، "موقع الكبر"، "موقع جمرايا". Elsewhere
	// the site is abroad as often (موقع برشين العسكري in Iran, Yemeni
	// outposts) or a website (موقع «جروف شارك»), and a website or the
	// scene (موقع الحدث) never makes a neighbourhood or a word a place, so
	// it is no place cue. Nor is a camp (معسكر تركيا: a team's training),
	// nor positions (مواقع كردية، مواقع الأسد: whose, not where).
	siteWords = wordSet("موقع")
	// sceneNames after موقع are the scene of an event, not the village.
	sceneNames = wordSet("الحدث")
	// hoodCues before a name make it a city's neighbourhood. The word of
	// three letters keeps its proclitic (cliticForms strips longer words
	// only): "قصف الطائرات لحي الكلاسة في حلب".
	hoodCues = wordSet("حي أحياء حيي لحي بحي وحي")
	// cityCues before a governorate capital's name say it means the city,
	// also with the ك of "like" ("كمدينة إدلب، مركز المحافظة"), a
	// proclitic cliticForms does not strip. A facility named after the
	// capital (مطار، معبر) is in the city.
	cityCues = wordSet("مدينة مدينتي مدينتا كمدينة كمدينتي أحياء حي حيي وسط داخل شوارع العاصمة عاصمة أسواق جامعة مطار معبر ضواحي أطراف مشارف أبواب مداخل مدخل")
	// orgWords before a place name make it part of an organisation's or
	// a unit's name (ولاية حمص، مجلس منبج العسكري), not a place mention.
	orgWords = wordSet("مجلس ولاية لواء كتيبة كتائب تجمع تنسيقية فرقة جيش حركة اتحاد نادي فريق جامعة مستشفى فرع")
	// hospitalWords are the orgWords of a hospital, which stands in a town
	// it is named after (kindTown in places).
	hospitalWords = wordSet("مستشفى")
	// afterCues after a name say it is a place: "X بريف حلب", "X شرق ...".
	afterCues = wordSet("ريف شرق غرب شمال جنوب شرقي غربي شمالي جنوبي قرب محافظة")
	// areaCues are the place cues that name an area, not a settlement.
	areaCues = wordSet("منطقة مناطق")
	// containerCues are the place cues for several settlements or areas:
	// the name after them contains those ("كبرى مدن المحافظة"، "قرى
	// الجولان"), so it is never a city's quarter.
	containerCues = wordSet("مدن قرى بلدات مناطق")
	// countrysideHers after a capital's name adds its countryside.
	countrysideHers = wordSet("وريفها")
	// regionAdjectives after a capital's name make it the province ("حلب الشمالي").
	regionAdjectives = wordSet("الشرقي الغربي الشمالي الجنوبي الشرقية الغربية الشمالية الجنوبية")
	// prepositions before a name put it where a place stands.
	// strikeWords, a few words before "على" or "في", make an everyday
	// name (everydayNames) a place: "قصف على دوما"، "غارات جوية على درعا"،
	// "اشتباكات في درعا". "Always" and "a shield" are not shelled.
	strikeWords = wordSet("قصف القصف غارة الغارة غارات الغارات هجوم الهجوم هجوما هجمات الهجمات استهداف الاستهداف " +
		"اشتباكات الاشتباكات معارك المعارك انفجار الانفجار تفجير التفجير")
	strikePreps  = wordSet("على في وعلى وفي")
	prepositions = wordSet("في من إلى الى على قرب حول نحو باتجاه عن بين داخل عند لدى تجاه صوب")
	// provinceLists open a list of governorates: a capital's name in it
	// is the province.
	provinceLists = wordSet("محافظات المحافظات محافظتي محافظتا المحافظتين محافظتين")
	// provinceFirst capitals whose bare name news uses for the province.
	// Quneitra's city has been a ruin since 1974: news of the south names
	// the governorate (إجلاء المئات من القنيطرة، غارات على القنيطرة), and
	// the town only by the crossing named after it (معبر القنيطرة, a
	// cityCue).
	provinceFirst = map[string]bool{"SY07": true, "SY05": true, "SY09": true, "SY14": true}
	// southFrontWords, a few words before "على" or "في", make a bare درعا the
	// front, the province a campaign or its air strikes fall on: "مئات
	// الضربات الجوية على درعا"، "منذ بدء العملية العسكرية في درعا".
	southFrontWords = wordSet("قصف القصف غارة الغارة غارات الغارات الضربات ضربات هجوم الهجوم هجوما هجمات الهجمات " +
		"اشتباكات الاشتباكات معارك المعارك المعركة معركة العملية عملية العمليات عمليات الحملة حملة حملته حملتها تصعيد التصعيد القتال")
)

// pending is a town mention waiting for the article's context, with the
// words beside it that vouch for it.
type pending struct {
	m                             mention
	cue, next, prep, hood, struck bool
	// area: the cue is only a word for an area (منطقة), not a
	// settlement's or a facility's.
	area bool
	// container: the cue names settlements or areas the name contains
	// (containerCues).
	container bool
	// crossing: the name stands beside its border crossing's twin
	// (crossingTwin), a cue and a Syrian place at once.
	crossing bool
}

// placeMarks is the number of mark() calls in places.
const placeMarks = 8

// sortedKeys returns the keys of m in order, nil for an empty m: what
// slices.Sorted(maps.Keys(m)) returns, in one allocation where Sorted grows
// its slice from nothing (a tenth of the objects extraction allocated on
// the seeds, over places', findActors' and findEvents' sets).
func sortedKeys[V any](m map[string]V) []string {
	if len(m) == 0 {
		return nil
	}
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// placeMarkBufs holds the arrays places cuts its marks from: made anew for
// each article they were an eighth of the bytes extraction allocates on
// the seeds.
var placeMarkBufs = &slicePool[bool]{max: placeMarks * maxPooledTokens}

// pendingBufs holds the arrays of places' to-do lists, one pending per
// mention; nothing keeps a pending past places, whose notes copy its
// mention.
var pendingBufs = &slicePool[pending]{max: maxPooledTokens}

// places resolves the place mentions to towns and governorates, noting in
// n (if any) every mention it weighs.
func (l *lexicon) places(toks []token, ms []mention, n *notes) (towns, govs []string) {
	townSet := map[string]bool{}
	govSet := map[string]bool{}
	// At most one place to weigh per mention, bar a few the list rules
	// add: sized once, where growing it from nothing was an eighth of
	// the bytes extraction allocated on the seeds; and taken from
	// pendingBufs, where one made anew for each article was still an
	// eighth of them.
	pooledTodo := pendingBufs.get(len(ms))
	defer pendingBufs.put(pooledTodo)
	todo := (*pooledTodo)[:0]
	// The marks by token position below (a mention's start or end, up to
	// len(toks)) are arrays, cut from one: as maps, filled for every
	// mention, they were a quarter of what places cost.
	// They are sized for the eight mark() calls below (placeMarks); a
	// ninth takes a fresh block rather than running past the end. Sized
	// for seven, the eighth allocated seven more, a sixth of the bytes
	// extraction allocates on the seeds.
	pooled := placeMarkBufs.get(placeMarks * (len(toks) + 1))
	defer placeMarkBufs.put(pooled)
	marks := *pooled
	mark := func() []bool {
		n := len(toks) + 1
		if len(marks) < n {
			marks = make([]bool, placeMarks*n)
		}
		a := marks[:n:n]
		marks = marks[n:]
		return a
	}
	// provEnds holds the end of every province mention (ريف حلب، محافظة
	// حماة, a capital read as its province): a capital listed right after
	// one is a province too.
	provEnds := mark()
	// provEnd marks the end of a province mention, and the end of the
	// aside on its direction that may follow it ("حمص (وسط) فدمشق، ثم
	// اللاذقية"): the list goes on after the aside.
	provEnd := func(end int) {
		provEnds[end] = true
		if k := asideEnd(toks, end); k > 0 {
			provEnds[k] = true
		}
	}
	// placeAt holds the end of every town or governorate mention: "حمص
	// ودمشق" lists places, "بين الأكراد ودمشق" names parties.
	placeAt := mark()
	// placeFrom holds the start of every such mention, for a list's
	// next item.
	placeFrom := mark()
	// provStarts holds the start of every province or capital mention,
	// for a count per province whose first item is a capital.
	provStarts := mark()
	// cityEnds holds the end of every capital read as its city: a
	// capital news names for its province, listed right after one, is a
	// city too ("الطرق المؤدية إلى حلب وحماة").
	cityEnds := mark()
	// quarterOf holds the city a quarter's name is placed in by the
	// capital named right after it (hoodCity); its other mentions in the
	// article are that quarter too ("قصف الطائرات النظامية لحي الكلاسة").
	var quarterOf map[*entry]string
	// capitalAt holds the governorate capital named at a start: its city
	// (capital) places a quarter, its governorate (ids[0]) a name.
	var capitalAt map[int]*entry
	for _, m := range ms {
		if m.e.kind == kindTown && m.e.capital != "" {
			if capitalAt == nil {
				capitalAt = map[int]*entry{}
			}
			capitalAt[m.start] = m.e
		}
	}
	for _, m := range ms {
		if m.e.kind == kindTown && m.e.capital == "" && m.start > 0 && !toks[m.start].gap && toks[m.start-1].has(hoodCues) {
			if city := hoodCity(toks, capitalAt, m); city != "" {
				if quarterOf == nil {
					quarterOf = map[*entry]string{}
				}
				quarterOf[m.e] = city
			}
		}
	}
	// govAt holds the governorate named (ريف X، محافظة X) at a start.
	govAt := map[int]string{}
	for _, m := range ms {
		if m.e.kind == kindGov {
			provEnd(m.end)
			govAt[m.start] = m.e.ids[0]
		}
		if m.e.kind == kindGov || m.e.kind == kindTown {
			placeAt[m.end] = true
			placeFrom[m.start] = true
		}
		if m.e.kind == kindGov || m.e.kind == kindTown && m.e.capital != "" {
			provStarts[m.start] = true
		}
	}
	// abroadAt holds the mentions placed abroad by the words beside them;
	// abroadNames the names that a settlement or place word placed abroad
	// ("قرية دوما جنوب مدينة نابلس"): their other mentions ("المنزل الذي
	// حرقه المستوطنون في قرية دوما") name the same place, not the Syrian
	// namesake, unless one puts the name in Syria. A bare name placed
	// abroad names only itself: "احتجاز «أنصار عفرين» في تركيا" is a
	// trial in Turkey, and "منطقة عفرين بشمال سوريا" follows.
	var abroadAt map[int]bool
	var abroadNames, syrianNames map[*entry]bool
	for _, m := range ms {
		if m.e.kind != kindTown {
			continue
		}
		if placedAbroad(toks, m) || listedAbroad(toks, m) {
			if abroadAt == nil {
				abroadAt, abroadNames, syrianNames = map[int]bool{}, map[*entry]bool{}, map[*entry]bool{}
			}
			abroadAt[m.start] = true
			if m.start > 0 && !toks[m.start].gap && toks[m.start-1].has(placeCues) {
				abroadNames[m.e] = true
			}
		}
	}
	for _, m := range ms {
		if abroadNames[m.e] && placedInSyria(toks, m) {
			syrianNames[m.e] = true
		}
	}
	isAbroad := func(m mention) bool {
		return abroadAt[m.start] || abroadNames[m.e] && !syrianNames[m.e]
	}
	prevWord := func(m mention) *token {
		if m.start == 0 {
			return nil
		}
		if toks[m.start].gap {
			return bracketedCue(toks, m)
		}
		return &toks[m.start-1]
	}
	// struck: an everyday name right after على/في with a strike word
	// shortly before them.
	struck := func(m mention) bool {
		prev := prevWord(m)
		return prev != nil && prev.has(strikePreps) && nearBefore(toks, m.start-1, 4, strikeWords)
	}
	// namesSyria: some word of the text contains سوري (سوريا، السوري،
	// بسورية); asked only of an everyday name (everydayNames), which
	// is a town after a place word or in such an article.
	namesSyria := lazyTest{test: func() bool { return syrianWord(toks) }}
	// damascus: some word of the text is دمشق (namesDamascus), asked
	// only of a bare دوما (dumaAlways).
	damascus := lazyTest{test: func() bool { return namesDamascus(toks) }}
	// capital weighs a bare governorate capital's name: city, province or
	// (as Damascus often is) the government.
	capital := func(m mention, prev *token, org bool) {
		e := m.e
		gov := e.ids[0]
		near := nearCapital(toks, m)
		place := !org && (e.capital != "C1001" || damascusPlace(toks, m, placeAt) || near)
		n.place(placeNote{town: e.capital, gov: gov, i: m.start, j: m.end, strict: place})
		if !place {
			if !org && e.capital == "C1001" && provinceNeighbour(toks, m, provEnds) {
				// "محافظة حماة، ثم حمص (وسط) فدمشق": a province in a
				// list of provinces, though فدمشق alone is the government.
				govSet[gov] = true
				n.place(placeNote{gov: gov, i: m.start, j: m.end, strict: true})
				provEnd(m.end)
			}
			return // ولاية حمص; "اتهمت دمشق": the government
		}
		govSet[gov] = true
		if gov == "SY01" && m.end < len(toks) && !toks[m.end].gap && toks[m.end].has(countrysideHers) {
			// "محافظات دمشق وريفها"، "في دمشق وريفها": Damascus's
			// countryside is a governorate of its own.
			govSet["SY03"] = true
		}
		cityCue := prev != nil && prev.has(cityCues) || near
		if !cityCue && m.end < len(toks) && !toks[m.end].gap && toks[m.end].has(regionAdjectives) && !cityPart(toks, m) {
			provEnd(m.end + 1)
			return // "حلب الشمالي", but "مدينة حمص الغربية" is the city
		}
		if nearBefore(toks, m.start, 6, provinceLists) {
			provEnd(m.end)
			return // "ثلاث محافظات هي إدلب، وحماه، واللاذقية"
		}
		if !cityCue && (provinceNeighbour(toks, m, provEnds) || regionIn(toks, m) || countListHead(toks, m, provStarts) ||
			gov != "SY01" && sideRegion(toks, m) ||
			gov != "SY01" && facilityIn(toks, m) || provinceNext(toks, m, capitalAt) && !cityList(toks, m, placeAt, placeFrom)) {
			provEnd(m.end)
			return // "ريفي حماة وحلب", "المناطق الشمالية في حلب"
		}
		if !cityCue && gov == "SY12" && daraaFront(toks, m) {
			provEnd(m.end)
			return // "مئات الضربات الجوية على درعا"، "درعا.. قتلى من النظام"
		}
		if cityCue || !provinceFirst[gov] || cityList(toks, m, placeAt, placeFrom) || cityNeighbour(toks, m, cityEnds) || l.ownTownListed(toks, ms, m) {
			townSet[e.capital] = true
			if !nearBefore(toks, m.start, 3, areaOrSide) {
				cityEnds[m.end] = true
			}
			return
		}
		// A capital news names for its province lists provinces: "في
		// درعا والقنيطرة"، "في دير الزور والحسكة والرقة".
		provEnd(m.end)
	}
	// Capitals that are also words (حماة "protectors", درعا "a shield")
	// wait, outside articles that name Syria, for another Syrian place.
	var wordCaps []mention
	for _, m := range ms {
		e := m.e
		switch e.kind {
		case kindGov:
			govSet[e.ids[0]] = true
			n.place(placeNote{gov: e.ids[0], i: m.start, j: m.end, strict: true})
		case kindActor:
			// An actor named after its base (قاعدة حميميم) still names
			// the place the base is in where it stands as a place ("في
			// قاعدة حميميم", "حول قاعدتي طرطوس وحميميم"), not where the
			// base speaks ("وزارة الدفاع الروسية وقاعدة حميميم أعلنتا").
			// Where it speaks, the base's name is still evidence of its
			// town if the town is named elsewhere. Written as the facility
			// itself (قاعدة حميميم، مطار حميميم), the base is a place
			// wherever no verb of saying stands beside it: the object
			// of an attack or a use ("طائرتين هاجمتا قاعدة حميميم"، "كانت
			// تستهدف قاعدة حميميم الجوية"، "وتستخدم روسيا قاعدة حميميم").
			asPlace := nearBefore(toks, m.start, 3, prepositions) || facilityBase(toks, m)
			if !asPlace && n == nil {
				continue
			}
			for j := m.start; j < m.end; j++ {
				for _, f := range toks[j].forms {
					if e2 := l.baseTown(toks, m, j, f); e2 != nil {
						n.place(placeNote{town: e2.towns[0].pcode, i: j, j: j + 1, strict: true})
						if asPlace {
							todo = append(todo, pending{m: mention{e: e2, start: j, end: j + 1}, cue: true})
						}
						break
					}
				}
			}
		case kindTown:
			prev := prevWord(m)
			// A hospital named after a town of its own name only (no
			// common word, no place abroad) stands in it: "نقلوا الى
			// مستشفى منبج"، "مستشفى اللطامنة".
			org := prev != nil && prev.has(orgWords) && !(prev.has(hospitalWords) && e.common == 0 && !e.abroad)
			if e.capital != "" {
				if capitalAsWord(toks, m) || personName(toks, m) || actionNoun(toks, m) {
					continue // "حماة الوطن", "درعا بشريا"
				}
				if isAbroad(m) || areaAbroad(toks, m) {
					// Morocco's Kenitra: "مدينة القنيطرة المغربية"،
					// "بفاس والدار البيضاء والقنيطرة".
					n.place(placeNote{town: e.capital, gov: e.ids[0], i: m.start, j: m.end})
					continue
				}
				if e.word && !(prev != nil && (prev.has(placeCues) || prev.has(cityCues))) && !struck(m) && !namesSyria.holds() {
					wordCaps = append(wordCaps, m)
					continue
				}
				capital(m, prev, capitalOrg(prev))
				continue
			}
			if personName(toks, m) || kunya(toks, m) || compoundName(toks, m, prev) || fieldsWord(toks, m) || casablanca(toks, m) || actionNoun(toks, m) {
				continue // "أبو عبيدة ابن الجراح", "فتح الله غولن", "الميادين القتالية", "الدار البيضاء"
			}
			abroad := isAbroad(m)
			n.place(placeNote{e: e, i: m.start, j: m.end, strict: !org && !abroad})
			if org || abroad {
				continue // مجلس منبج العسكري; "قرية دوما القريبة من نابلس"
			}
			// A place word governs the name itself, never a preposition
			// before it: "قاعدة بحرية" is a naval base, not a base in a
			// village حرية. A list's و is no preposition.
			w0 := toks[m.start].w
			bare := w0 == e.words[0] || strings.HasPrefix(w0, "و") && w0[len("و"):] == e.words[0]
			crossing := crossingTwin(toks, m)
			p := pending{m: m, cue: prev != nil && prev.has(placeCues) && bare || namedListItem(toks, m) || crossing, hood: prev != nil && prev.has(hoodCues), struck: e.word && struck(m), crossing: crossing}
			p.area = prev != nil && prev.has(areaCues) && !namedListItem(toks, m)
			p.container = prev != nil && prev.has(containerCues)
			// A proclitic is a preposition's place (بدوما، لتدمر), but و
			// alone joins a verb as well as a list item: "وتفجر مساجدهم
			// وتدمر ممتلكاتهم" ("and destroy"). An everyday name after
			// it must have a list neighbour or a town's position.
			p.prep = toks[m.start].w != e.words[0] && !(e.word && toks[m.start].w == "و"+e.words[0]) || (prev != nil && prev.has(prepositions))
			if m.end < len(toks) && toks[m.end].has(afterCues) || prev != nil && prev.has(beforeCues) {
				p.next = true
			}
			if prev != nil && prev.has(siteWords) && !toks[m.start].has(sceneNames) && toks[m.start].w == e.words[0] && namesSyria.holds() {
				p.next = true
			}
			todo = append(todo, p)
		}
	}
	if len(govSet) > 0 {
		for _, m := range wordCaps {
			prev := prevWord(m)
			capital(m, prev, capitalOrg(prev))
		}
	}
	todo = pairedDuals(toks, todo)
	listDrop, listPick := l.settlementLists(toks, todo)
	for i := range todo {
		if _, ok := listPick[todo[i].m.start]; ok {
			todo[i].cue = true
		}
	}
	ctx := map[string]bool{}
	for g := range govSet {
		ctx[g] = true
	}
	if ghouta(toks) {
		// The Ghouta is Rif Dimashq's: "منطقة الشيفونية في الغوطة".
		ctx["SY03"] = true
	}
	for _, p := range todo {
		e := p.m.e
		if e.word && !p.cue && !p.struck && !namesSyria.holds() {
			continue
		}
		if e.word && !p.cue && !p.struck && !p.prep && !p.next {
			continue // "كما اعتادت دوما": "always", which vouches for nothing
		}
		if e.common == 0 && !e.abroad && len(e.towns) == 1 && e.towns[0].kind != 'n' && (e.known || len(e.words) > 1 && !shortClitic(toks, p.m) || p.cue && !p.area) {
			ctx[l.towns[e.towns[0].pcode].gov] = true
		}
	}
	inCtx := func(e *entry) bool {
		for _, c := range e.towns {
			if ctx[l.towns[c.pcode].gov] {
				return true
			}
		}
		return false
	}
	// A name used abroad too counts only in an article about Syria: one
	// that names Syria in its title or lead (or twice), or a governorate,
	// or a place no other country has.
	aboutSyria := len(ctx) > 0 || mentionsSyria(toks)
	// Place mentions side by side ("بصر الحرير والحراك والصورة") support
	// each other.
	var placeEnds, placeStarts = mark(), mark()
	for _, m := range ms {
		// Only names that stand on their own vouch for a neighbour: "حياة
		// كريمة" is two words that are also village names, not two villages.
		// A name after a word for settlements stands too ("قرى شقرا
		// والحصان": the villages' list vouches for الحصان, also "the
		// horse"); not after a facility's (مطاري خلخلة وبلي) or an area's
		// (منطقة الصناعة ومسجد).
		cued := m.start > 0 && !toks[m.start].gap && toks[m.start-1].has(settlementCues)
		if m.e.kind == kindGov || m.e.kind == kindTown && m.e.common == 0 && (!m.e.abroad || aboutSyria) && (m.e.known || m.e.capital != "" || len(m.e.words) > 1 || cued) {
			placeEnds[m.end] = true
			placeStarts[m.start] = true
		}
	}
	// Side by side means in a list, after a comma or و, or placed in the
	// next ("جبا بالقنيطرة"); not two names running on ("في عفرين مزري":
	// "miserable", not the village).
	// listEnds holds the end of every name read for its list neighbour: a
	// list goes on, so it vouches for the next item ("مدن جرابلس، الباب،
	// الراعي": الباب, also "the door", for الراعي, also "the shepherd"), if
	// that is a whole item, not the first word of a name the gazetteer
	// lacks ("قرى الجنينة والجيعة وشمرة الحصان").
	listEnds := mark()
	// A list keeps to its sentence: a name that opens a sentence is no
	// item of a list the last one closed ("... مع حكومة دمشق". زيارة وفد
	// المجلس التي بدأت ...: "a visit", not the Aleppo village after
	// Damascus), nor one that closes a sentence of the next.
	adjacent := func(m mention) bool {
		joined := m.start > 0 && toks[m.start-1].sent == toks[m.start].sent &&
			(toks[m.start].gap || toks[m.start].w != m.e.words[0] && strings.HasPrefix(toks[m.start].w, "و"))
		after := m.end < len(toks) && (toks[m.end].gap || strings.HasPrefix(toks[m.end].w, "و") || strings.HasPrefix(toks[m.end].w, "ب"))
		next := after && toks[m.end].sent == toks[m.end-1].sent
		item := m.end == len(toks) || after || toks[m.end].has(prepositions) || toks[m.end].has(afterCues)
		return placeEnds[m.start] && joined || placeStarts[m.end] && next ||
			(m.start > 0 && toks[m.start-1].w == "و" && placeEnds[m.start-1]) ||
			listEnds[m.start] && joined && item
	}
	// placeStands reports whether a one-word name stands where a place
	// does: after a place word or a direction, in a list of places
	// (placed), or after a preposition or ب ل ف but not a bare و, which
	// joins verbs and nouns too ("وإعزاز المسلمين"); and with no place
	// abroad in its sentence ("الطريق المؤدية إلى مدينة أريحا" east of
	// Jerusalem).
	placeStands := func(m mention, placed bool) bool {
		prev := prevWord(m)
		w := toks[m.start].w
		prep := prev != nil && prev.has(prepositions) || w != m.e.words[0] && w != "و"+m.e.words[0]
		return (placed || prep) && !sentenceHas(toks, m.start, foreignPlaces)
	}
	// syrianContext reports whether the article names Syria (a word with
	// سوري), a governorate or its capital, the Ghouta, a party only Syria's
	// war has (syrianParties), or two well-known towns: anything but the one
	// name that would make it a story about Syria.
	syrianContext := lazyTest{test: func() bool {
		if namesSyria.holds() || len(govSet) > 0 || ghouta(toks) || syrianParty(ms) {
			return true
		}
		// Two well-known towns, each where a place stands ("في داريا
		// وحرستا"), not two words ("بالحكمة والبصيرة").
		var placedBuf [16]mention // on the stack: grown from nothing, an allocation of most articles
		placed := placedBuf[:0]
		for _, p := range todo {
			if p.m.e.known && placeStands(p.m, p.cue || p.next) {
				placed = append(placed, p.m)
			}
		}
		return knownTowns(placed) >= 2
	}}
	// An article that names neither Syria nor a governorate, and whose
	// title or lead is about a place abroad ("رئيس كردستان العراق يتوقع
	// تحرير سنجار"), names that place's villages: a Syrian namesake needs
	// to be well known.
	foreignStory := lazyTest{test: func() bool { return prominent(toks, leadSentences(toks), foreignPlaces) }}
	// loneTown reports whether a name stands as a Syrian town in an article
	// with no Syrian context: only a well-known town ("يسعى لاستثمار انتصار
	// عفرين" in a story on Turkey's elections), and where a place stands
	// (placeStands) if news outside Syria uses its name too (usedElsewhere).
	// Such a name in a story about a place abroad is that place's own: the
	// West Bank village دوما of the Dawabsheh arson ("حرق منزل عائلته في
	// قرية دوما" in a story on Nablus and the settlers).
	loneTown := func(m mention, placed bool) bool {
		e := m.e
		if !e.known {
			return false
		}
		if len(e.words) > 1 || !usedElsewhere[e.words[0]] {
			return true
		}
		return placeStands(m, placed) && !foreignStory.holds()
	}
	type laterName struct {
		e     *entry
		cands []townCand
		m     mention
	}
	// townAt and townFrom hold the community read for the name ending and
	// starting at each token, for the items beside it in a list.
	townAt, townFrom := map[int]string{}, map[int]string{}
	fromEnd := map[int]int{} // the end of the town read from each start
	var later []laterName
	var knownBuf [16]string // on the stack: grown from nothing, an allocation of most articles
	knownGovs := knownBuf[:0]
	// unsupported holds the one-word names left for want of a neighbour.
	var unsupportedBuf [8]mention // on the stack, as knownGovs
	unsupported := unsupportedBuf[:0]
	// An everyday name with a great power's adjective after it is the
	// word ("أطلقت السفيرة الأمريكية بالأمم المتحدة"): the article uses
	// the word, and its other bare mentions are the word too ("وفقاً لما
	// ذكرته السفيرة التي اتهمت"), as only a place word or a list of places
	// makes them the town.
	wordTitled := map[*entry]bool{}
	// candBuf holds each mention's candidate towns in turn: a slice made
	// for each was the most objects places allocated.
	var candBuf []townCand
	for _, p := range todo {
		if p.m.e.word && !p.cue && p.m.end < len(toks) && !toks[p.m.end].gap && toks[p.m.end].has(powersAdjectives) {
			wordTitled[p.m.e] = true
		}
	}
	for _, p := range todo {
		e := p.m.e
		if listDrop[p.m.start] {
			continue // "قرى شقرا والحصان والجيعة" in Deir ez-Zor: not Daraa's شقرا
		}
		if !syrianContext.holds() && !loneTown(p.m, p.cue || p.next || p.struck || adjacent(p.m)) {
			// "بمحرك هجين" ("hybrid")، "الروسية داريا كاساتكينا"، "معيد
			// القريتين": an article that names neither Syria, nor a
			// governorate, nor a Syrian party, nor two well-known towns,
			// is not about Syria, and a town's name in it is most often a
			// word, a person or a namesake abroad.
			continue
		}
		if !e.known && len(govSet) == 0 && !namesSyria.holds() && sentenceHas(toks, p.m.start, foreignPlaces) {
			// "كمذبحة دير ياسين، وبئر السبع، وصبرا وشاتيلا، وجنين وغزة":
			// in an article that names neither Syria nor a governorate,
			// a namesake with a place abroad in its own sentence is that
			// country's (a name of two words vouches for its own
			// governorate, so ctx cannot tell).
			continue
		}
		if !e.known && len(ctx) == 0 && !namesSyria.holds() {
			if foreignStory.holds() {
				continue
			}
		}
		support := p.cue || p.next || adjacent(p.m)
		if e.word && !p.cue && !p.struck && len(ctx) == 0 && !namesSyria.holds() {
			// Syria or a governorate named once anywhere is enough
			// for these: in such an article دوما is the town far more
			// often than "always".
			continue
		}
		if e.word && !p.cue && !p.next && !p.prep && !p.struck && mayHold(toks, holdsAlways) && e.words[0] == "دوما" {
			// An article that writes "always" with its tanween (دوماً)
			// uses the word: its bare دوما elsewhere ("قالت دوما وما
			// تزال"، "الكويت دوما كانت") is that word too, as only a
			// place word or a preposition makes it the town.
			continue
		}
		if dumaAlways(toks, e, p, &damascus) {
			// "شديدة اللهجة دوما على"، "كما هي دوما–" in a story that
			// names neither the Ghouta nor Damascus: "always".
			continue
		}
		if e.word && !support && !p.struck && twinMissing(toks, e) && !relativeNext(toks, p.m) {
			// نبل is "nobility" too ("بصدق وحب ونبل ووفاء"، "وبنبل
			// أهدافه"): with no place word or place beside it, nor a
			// relative of its own ("وتل رفعت. ونبل التي تحتلها"), it
			// is the town only in an article that names its twin
			// الزهراء, beside which news names it (نبل والزهراء).
			continue
		}
		if e.word && !support && !p.struck && wordTitled[e] {
			continue // "السفيرة الأمريكية ... ذكرته السفيرة التي اتهمت"
		}
		if e.word && !support && !p.prep && !p.struck && !townPosition(toks, p.m) {
			// Even there the word is read where a word stands: "كما
			// اعتادت دوما اعتبار" ("always")، "غارات جوية تدمر مستشفيات"
			// ("destroy")، "السفيرة الأمريكية" ("the ambassador").
			continue
		}
		if shortClitic(toks, p.m) && !e.known && !inCtx(e) {
			// "ومنطقة غرز وتل السمن" in Daraa: a hill that shares its name
			// with a Hasakah village; only a well-known one (وتل أبيض)
			// stands without its governorate named.
			continue
		}
		// A place word before the name and Syria right after it ("إلى
		// منطقة الباب في الشمال السوري") vouch for the Syrian town as its
		// governorate named would: the word is a place, the place Syria's.
		syrianPlace := p.cue && e.common > 0 && (placedInSyria(toks, p.m) || p.crossing)
		if e.abroad {
			switch {
			case !aboutSyria:
				continue
			case e.common > 0 && !inCtx(e) && !syrianPlace:
				// Also a word or a foreign city (مدينة الرياض): only
				// with its governorate named.
				continue
			case len(e.words) == 1 && !support && !p.prep:
				// Well known or not, it must stand where a place
				// stands (not "المدى القصير", "محمد جاسم").
				continue
			}
		}
		switch {
		case e.common == 2:
			// An area word is no strong cue: news calls places abroad
			// areas as much as Syria's ("جبال قنديل ومنطقة سنجار" in
			// Iraq, "منطقة الجزيرة" in Anbar), and "مناطق جديدة" are
			// "new areas".
			if !p.cue || p.area {
				continue
			}
		case e.common == 1:
			if !support {
				unsupported = append(unsupported, p.m)
				continue
			}
		case len(e.words) == 1 && !e.known && p.area && !p.next && !adjacent(p.m) && !inCtx(e) && !placedInSyria(toks, p.m):
			// "بمنطقة السالمية" in a Kuwaiti story: an area word is used
			// of places abroad as much as at home; without its
			// governorate named or Syria right after it ("في منطقة
			// الدشيشة بسوريا"), a village's name after it is not vouched for.
			continue
		case len(e.words) == 1 && !e.known && !support:
			// Only its governorate named: it must stand where a place
			// stands, after a preposition (not "موسى الحساني", a surname).
			if !p.prep || !inCtx(e) {
				unsupported = append(unsupported, p.m)
				continue
			}
		}
		cands := candBuf[:0]
		for _, c := range e.towns {
			// A neighbourhood name counts only with "حي" before it or its
			// city named in the article. Cities or villages "of" a name
			// are not a quarter's: "كبرى مدن المحافظة" is the province's
			// largest city, not Aleppo's quarter المحافظة.
			if c.kind == 'n' && (!p.cue || p.container || quarterOtherCue(p)) && !townSet[c.pcode] {
				continue
			}
			cands = append(cands, c)
		}
		candBuf = cands[:0]
		if city := quarterOf[e]; city != "" {
			cands = l.cityQuarters(cands, city)
			if len(cands) == 0 {
				continue // "حي المغاير الشعبي في حلب القديمة": the city's, read at its own name
			}
		}
		needCtx := e.common > 0 && !syrianPlace
		if c, ok := listPick[p.m.start]; ok {
			// The list's other items vouch for its governorate.
			cands, needCtx = []townCand{c}, false
		}
		// "مخيم اليرموك" names a camp, which the gazetteer lists as a
		// community (C1002), even where Daraa, which has a neighbourhood
		// of that name, is named too.
		camp := p.m.start > 0 && !toks[p.m.start].gap && toks[p.m.start-1].has(campWords)
		if camp && toks[p.m.start].has(campNames) {
			continue // the camp itself, read by campTowns below
		}
		if len(cands) > 1 && !camp {
			// "حي جوبر", "حي برزة", or the city named elsewhere in the
			// article: the city's neighbourhood, not the village of that
			// name in another district.
			var city []townCand
			for _, c := range cands {
				if c.kind != 'c' && (townSet[c.pcode] || p.hood && capitals[c.pcode] != "") {
					city = append(city, c)
				}
			}
			if len(city) > 0 {
				cands = city
			}
		}
		if adjacent(p.m) {
			listEnds[p.m.end] = true
		}
		if pc := l.resolve(e, cands, ctx, needCtx); pc != "" {
			townSet[pc] = true
			townAt[p.m.end], townFrom[p.m.start] = pc, pc
			fromEnd[p.m.start] = p.m.end
			if e.known {
				knownGovs = append(knownGovs, l.towns[pc].gov)
			}
		} else if len(cands) > 1 {
			// A copy: cands may be candBuf's, which the next mention reuses.
			later = append(later, laterName{e: e, cands: slices.Clone(cands), m: p.m})
		}
	}
	// A name several governorates have, met before the well-known town
	// that tells which ("قرية الشيخ حديد (غرب عفرين)": Afrin's, not
	// Hama's; عفرين is itself two communities' name), is read again with
	// the governorates of the well-known towns found. Not those of any
	// town: in a story from abroad a namesake village found would vouch
	// for the next (Alexandria's العامرية after an Egyptian القنطرة).
	if len(later) > 0 && len(knownGovs) > 0 {
		for _, g := range knownGovs {
			ctx[g] = true
		}
		for i, x := range later {
			if pc := l.resolve(x.e, x.cands, ctx, x.e.common > 0); pc != "" {
				townSet[pc] = true
				later[i].cands = nil
			}
		}
	}
	// A name communities of two governorates named share is the one in
	// the governorate its sentence places it in right after it: "بلدة
	// صيدا الواقعة شرق درعا" is Daraa's, not Quneitra's, in a story that
	// names both.
	for i, x := range later {
		if x.cands == nil {
			continue
		}
		if g := placedBy(toks, x.m, capitalAt, govAt); g != "" {
			var in []string
			for _, c := range x.cands {
				if l.towns[c.pcode].gov == g {
					in = append(in, c.pcode)
				}
			}
			if len(in) == 1 {
				townSet[in[0]] = true
				later[i].cands = nil
			}
		}
	}
	// A name two communities of a governorate named share, listed right
	// beside a town, is the one in that town's district ("مدن جرابلس، الباب،
	// الراعي": al-Bab district's الراعي, not Afrin's الراعي_جوبانلي).
	for _, x := range later {
		if x.cands == nil || x.e.common > 1 {
			continue // "مناطق جديدة": "new" far more often than a village
		}
		near := map[string]bool{}
		if pc := townAt[x.m.start]; pc != "" && (toks[x.m.start].gap || toks[x.m.start].w != x.e.words[0] && strings.HasPrefix(toks[x.m.start].w, "و")) {
			near[l.towns[pc].districtAR] = true
		}
		if pc := townFrom[x.m.end]; pc != "" && listJoined(toks, x.m.end) {
			near[l.towns[pc].districtAR] = true
		}
		var in []string
		for _, c := range x.cands {
			if near[l.towns[c.pcode].districtAR] && ctx[l.towns[c.pcode].gov] {
				in = append(in, c.pcode)
			}
		}
		if len(in) == 1 {
			townSet[in[0]] = true
		}
	}
	// A name no context told (no governorate named, no neighbour in a
	// list) is its subdistrict's centre where a subdistrict is called by
	// it and no district is (resolve's district centres): news calls the
	// centre by the bare name ("قاعدة عسكرية في الكسوة": the Kisweh of
	// ناحية الكسوة south of Damascus, not the Hasakeh village; "بلدة
	// شران"، "بين شرق بلدة الراعي وغرب جرابلس"). Not in a sentence that
	// names a place abroad and nothing Syrian: "المحكمة المركزية في مدينة
	// الناصرة" after إسرائيل is Nazareth, not the Homs town (a Syrian
	// governorate or capital named in it keeps it Syrian: "مقاتلات تركية
	// ... في كل من صوران بالقرب من مدينة أعزاز" after "ريف حلب").
	for _, x := range later {
		if x.cands == nil {
			continue
		}
		pc := l.subdistrictCentre(x.e, x.cands)
		if pc == "" || slices.ContainsFunc(x.cands, func(c townCand) bool { return townSet[c.pcode] }) {
			continue
		}
		if abroadBeside(toks, x.m.start, x.m.end) && !sentenceSyrian(toks, x.m.start, govAt, capitalAt) {
			continue
		}
		townSet[pc] = true
	}
	// A list is read from its end too: an item left unread stands before
	// a town read and joined to it by و, and opens its list (after a
	// comma, و or هي), so it is a town of that town's governorate ("بلدات
	// ومدنا في الغوطة هي مسرابا وجسرين وكفربطنا": كفربطنا vouches for
	// جسرين, also "two bridges", and جسرين for مسرابا). Read from the
	// last item back.
	for i := len(unsupported) - 1; i >= 0; i-- {
		m := unsupported[i]
		pc := townFrom[m.end]
		if pc == "" || m.end >= len(toks) || toks[m.end].gap || !strings.HasPrefix(toks[m.end].w, "و") {
			continue
		}
		// Two items read after it, each joined by و and of one
		// governorate, make it a list's first item whatever stands before
		// it: the words that open a list are too many to name ("وقبلها
		// يلدا وببيلا وبيت سحم"، "محاور الزريقية والشيفونية وحزرما"،
		// "بينها أوتايا والنشابية"), and three names of one governorate
		// in a row are a list.
		k := fromEnd[m.end]
		twoAfter := k > 0 && k < len(toks) && townFrom[k] != "" && strings.HasPrefix(toks[k].w, "و") && l.towns[townFrom[k]].gov == l.towns[pc].gov
		if !(m.start > 0 && (toks[m.start].gap || toks[m.start].w != m.e.words[0] && strings.HasPrefix(toks[m.start].w, "و") || toks[m.start-1].has(listOpeners))) && !twoAfter {
			continue
		}
		var in []string
		for _, c := range m.e.towns {
			if c.kind != 'n' && l.towns[c.pcode].gov == l.towns[pc].gov {
				in = append(in, c.pcode)
			}
		}
		if len(in) == 1 {
			townSet[in[0]] = true
			townFrom[m.start] = in[0]
			fromEnd[m.start] = m.end
		}
	}
	for pc, i := range campTowns(toks) {
		townSet[pc] = true
		n.place(placeNote{town: pc, gov: l.towns[pc].gov, i: i, j: i + 1, strict: true})
	}
	for pc := range townSet {
		govSet[l.towns[pc].gov] = true
	}
	return sortedKeys(townSet), sortedKeys(govSet)
}

// facilityBase reports an actor named after its base that the text
// writes as the facility (قاعدة حميميم) with no verb of
// saying or announcing within two words before it or three after it, in
// its sentence: the base is then the place struck, used or flown from
// ("طائرتين بدون طيار هاجمتا قاعدة حميميم"، "قد تستهدف ضربة أكثر قوة
// قاعدة حميميم الجوية"), and the gold guide codes the community a facility
// is named after (round 48, m48town). Where it speaks ("وزارة الدفاع
// الروسية وقاعدة حميميم أعلنتا"، "أعلنت قاعدة حميميم") it is no place.
func facilityBase(toks []token, m mention) bool {
	if m.end-m.start < 2 || !toks[m.start].has(facilityWords) {
		return false
	}
	for _, set := range []*words{speakerVerbs, announceWords, baseSpeakVerbs} {
		if nearBefore(toks, m.start, 2, set) || nearAfter(toks, m.end-1, 3, set) {
			return false
		}
	}
	return true
}

// baseSpeakVerbs are the duals and the denials a base speaks with beside
// its ministry ("وزارة الدفاع الروسية وقاعدة حميميم أعلنتا"), which
// speakerVerbs and announceWords lack.
var baseSpeakVerbs = wordSet("أعلنتا أعلنا قالتا ذكرتا أكدتا نفت نفى تنفي ينفي نشرت نشر بيان بيانا")

// baseTown returns the town entry of form w of token j of the actor
// mention m when the actor is named after a base in that town: the word
// after a facility word (قاعدة حميميم) or the whole alias (حميميم), naming
// a single community and nothing else (not a word, a neighbourhood, a
// place abroad: "الوجود العسكري الإيراني" names no Hasakah quarter).
func (l *lexicon) baseTown(toks []token, m mention, j int, w string) *entry {
	if !(j > m.start && toks[j-1].has(placeCues)) && m.end-m.start != 1 {
		return nil
	}
	for _, e := range l.first[w] {
		if e.kind == kindTown && len(e.words) == 1 && e.common == 0 && !e.abroad && e.capital == "" &&
			len(e.towns) == 1 && e.towns[0].kind == 'c' {
			return e
		}
	}
	return nil
}

// resolve picks the community an ambiguous name denotes: the one in a
// governorate the article names, else the district or sub-district centre
// of that name; "" when the context cannot tell.
func (l *lexicon) resolve(e *entry, cands []townCand, ctx map[string]bool, needCtx bool) string {
	if len(cands) == 0 {
		return ""
	}
	var inCtx []townCand
	for _, c := range cands {
		if ctx[l.towns[c.pcode].gov] || ctx[twinGov[l.towns[c.pcode].gov]] {
			inCtx = append(inCtx, c)
		}
	}
	if len(cands) == 1 {
		if needCtx && len(ctx) > 0 && len(inCtx) == 0 {
			return ""
		}
		return cands[0].pcode
	}
	pick := cands
	if len(inCtx) > 0 {
		pick = inCtx
	}
	if len(pick) == 1 {
		return pick[0].pcode
	}
	name := joinWords(e.words)
	// A district centre that news calls by its common name (الطبقة for
	// OCHA's الثورة, centre of the الثورة district) is the city a bare
	// "مدينة الطبقة" means, before a village spelt like the common name.
	var aliasCentre []string
	for _, c := range pick {
		t := l.towns[c.pcode]
		if c.kind == 'a' && normName(t.districtAR) == normName(t.ar) {
			aliasCentre = append(aliasCentre, c.pcode)
		}
	}
	if len(aliasCentre) == 1 {
		return aliasCentre[0]
	}
	var centre []string
	for _, c := range pick {
		if normName(l.towns[c.pcode].districtAR) == name || (c.kind == 'c' && hasKindC(pick) == 1) {
			centre = append(centre, c.pcode)
		}
	}
	if len(centre) > 1 {
		// Two communities of the district share the name (منبج and
		// "جب الخفي_منبج"): the centre is the one called just that.
		var exact []string
		for _, pc := range centre {
			if normName(l.towns[pc].ar) == name {
				exact = append(exact, pc)
			}
		}
		centre = exact
	}
	if len(centre) == 1 {
		return centre[0]
	}
	return ""
}

// subdistrictCentre returns the one community of cands that is called as
// its OCHA subdistrict is, if no candidate's district is called by the
// name (those resolve reads), or "".
func (l *lexicon) subdistrictCentre(e *entry, cands []townCand) string {
	name := joinWords(e.words)
	pc := ""
	for _, c := range cands {
		t := l.towns[c.pcode]
		if normName(t.districtAR) == name {
			return ""
		}
		if c.kind == 'c' && t.subdistrictAR == name {
			if pc != "" {
				return ""
			}
			pc = c.pcode
		}
	}
	return pc
}

// sentenceSyrian reports a word with سوري, a governorate (ريف حلب) or a
// governorate capital's name in the sentence of token i.
func sentenceSyrian(toks []token, i int, govAt map[int]string, capitalAt map[int]*entry) bool {
	s := toks[i].sent
	for k := sentStart(toks, i); k < len(toks) && toks[k].sent == s; k++ {
		if syriaForm(toks[k].w) || govAt[k] != "" || capitalAt[k] != nil {
			return true
		}
	}
	return false
}

// twinGov pairs Damascus with the countryside around it: a story about
// the Ghouta lists Damascus quarters beside its towns ("عربين وزملكا وعين
// ترما وجوبر": Jobar is Damascus's, not the Homs village).
var twinGov = map[string]string{"SY01": "SY03", "SY03": "SY01"}

func hasKindC(cs []townCand) int {
	n := 0
	for _, c := range cs {
		if c.kind == 'c' {
			n++
		}
	}
	return n
}

func joinWords(ws []string) string {
	n := 0
	for _, w := range ws {
		n += len(w) + 1
	}
	b := make([]byte, 0, n)
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return string(b)
}

var (
	// damascusPlaceBefore before "دمشق" make it the city: news names
	// Damascus far more often for the government (اتهمت دمشق، إن دمشق،
	// حلفاء دمشق، موالية لدمشق، موسكو ودمشق) than as a place, so only a
	// word that puts it where a place stands makes it one. A place
	// witnesses events, a government does not: "شهدت دمشق وحمص موجات من
	// الصواريخ"; nor has a government parts ("قوات كبيرة في أنحاء دمشق"),
	// nor is it shelled as the noun قصف already tells ("سيقصفون دمشق
	// بالمدفعية").
	damascusPlaceBefore = wordSet("في إلى الى نحو قرب حول داخل خارج عند باتجاه على من محيط وسط أحياء حي شوارع مطار جامعة " +
		"ضواحي أطراف مشارف جنوب شمال شرق غرب جنوبي شمالي شرقي غربي بالقرب العاصمة للعاصمة السورية بوابات برج طريق أهالي سكان " +
		"قصف استهداف باستهداف مدينة مدينتي أسواق مداخل مدخل أبواب سماء أجواء شهدت تشهد أنحاء " +
		"قصفت قصفوا يقصف تقصف يقصفون سيقصف ستقصف سيقصفون")
	// capitalWords before it, even across a comma, make it the city.
	capitalWords = wordSet("العاصمة للعاصمة السورية")
	// damascusPlaceAfter after it make it the city: "دمشق وريفها".
	damascusPlaceAfter = wordSet("وريفها القديمة الدولي العاصمة")
	// foreignCapitals beside "دمشق" make it the government: "موسكو ودمشق".
	foreignCapitals = wordSet("موسكو طهران واشنطن انقرة أنقرة بيروت عمان الرياض القاهرة بغداد باريس لندن برلين تل")
	// governmentOnWords a word or two before "على دمشق" make it the
	// government that pressure, blame, a response, sanctions or anger fall
	// on ("تمارس ضغوطا على دمشق"، "لإلقاء اللوم على دمشق"، "توعد بالرد على
	// دمشق"، "وسط غضب أميركي على دمشق"), which the guide says is no town;
	// shells, strikes and control fall on the city ("سقوط قذائف على دمشق"،
	// "من يسيطر على دمشق").
	governmentOnWords = wordSet("الضغط ضغط ضغوط ضغوطا الضغوط اللوم الرد رد ردا عقوبات العقوبات عقوباتها غضب الغضب يسهل سيسهل")
	// governmentWithWords right before "بدمشق" make it the government one
	// is ruled by, deals with or is backed by: "اتفاقا مع نظام الحكم
	// بدمشق" (coded no town in the golds), "ليس لها أي اتصال بدمشق"،
	// "موسكو تعارض القرار مدعومة بدمشق وطهران".
	governmentWithWords = wordSet("الحكم اتصال اتصالات اتصالا علاقة علاقات مدعومة مدعوما مدعوم")
	// governmentInNouns right before "في دمشق" make it the seat of the
	// government they name: "وكانت الحكومة في دمشق قد أعلنت"، "هل النظام
	// في دمشق مستعد"، "حليفي النظام في دمشق" (coded no town in the golds,
	// as the guide codes "ردت دمشق"); not after an area word, "مناطق النظام
	// في دمشق" is the city's part the regime holds (areaCues).
	governmentInNouns = wordSet("الحكومة النظام السلطات حكومة نظام السلطة الحاكم")
	// governmentFromWords a word or two before "من دمشق" make it the
	// government asked for or giving leave or an invitation: "طلبت من دمشق
	// القيام بالإجراءات"، "تلقت دعوة رسمية من دمشق"، "بناء على موافقة من
	// دمشق". Shells and people come from the city ("نازحون من دمشق").
	governmentFromWords = wordSet("طلب طلبت يطلب تطلب نطلب بطلب طالبت دعوة موافقة بموافقة إذن")
)

// damascusPlace reports whether a mention of "دمشق" names the city: a
// place word before it (في دمشق، جنوب دمشق، العاصمة السورية دمشق),
// "بدمشق", or "دمشق وريفها". "لدمشق" (موالية لدمشق) and "ودمشق" beside a
// foreign capital are the government; "ودمشق" right after the name of
// another Syrian place (placeAt: mention ends) is a place, after any other
// word a party ("اتفاق بين الأكراد ودمشق": الأكراد is also a word of
// جبل الأكراد, so a word of some place name is not enough). So is "بدمشق"
// after a word of rule, contact or backing (governmentWithWords), and "على
// دمشق" after one of pressure or blame (governmentOnWords).
func damascusPlace(toks []token, m mention, placeAt []bool) bool {
	if m.end < len(toks) && !toks[m.end].gap && toks[m.end].has(damascusPlaceAfter) {
		return true
	}
	if arabCityList(toks, m) {
		return true
	}
	w := toks[m.start].w
	switch {
	case strings.HasPrefix(w, "بدمشق"), strings.HasPrefix(w, "وبدمشق"):
		return m.start == 0 || toks[m.start].gap || !toks[m.start-1].has(governmentWithWords)
	case w != "دمشق" && w != "ودمشق":
		return false // لدمشق، فدمشق
	}
	if m.start == 0 {
		return false
	}
	prev := &toks[m.start-1]
	if toks[m.start].gap {
		// "غرب العاصمة، دمشق": the capital in apposition.
		return prev.has(capitalWords)
	}
	if w == "ودمشق" {
		return !prev.has(foreignCapitals) && placeAt[m.start]
	}
	if prev.w == "علي" && nearBefore(toks, m.start-1, 2, governmentOnWords) {
		return false
	}
	// cliticForms leaves the و on a word of two letters, so "وفي دمشق،
	// التقى نائب وزير الخارجية" and "ومن دمشق" are read here as "في دمشق"
	// and "من دمشق" are (the golds code the city under "وفي دمشق" as under
	// "في دمشق").
	pw := prev.w
	if bare := stripWa(pw); bare == "في" || bare == "من" {
		pw = bare
	}
	if pw == "في" && governmentIn(toks, m.start-1) {
		return false
	}
	if pw == "من" && nearBefore(toks, m.start-1, 2, governmentFromWords) {
		return false
	}
	return pw != prev.w || prev.has(damascusPlaceBefore)
}

// arabCities are Arab cities a writer lists Damascus among as a city of
// the Arab world (arabCityList). Looked up whole, at one token's forms.
var arabCities = plainWords("بغداد بيروت القاهرة عمان الرياض صنعاء الدوحة المنامة مسقط أبوظبي دبي القدس الخرطوم الرباط " +
	"تونس الجزائر طرابلس غرناطة قرطبة حلب الموصل")

// arabCityList reports Damascus at m as an item of a list of three or
// more cities whose other items are Arab cities (arabCities), joined by و,
// أو or commas: "في بغداد أو دمشق أو بيروت"، "مراكز الحضارة العربية في
// بغداد ودمشق والقاهرة وغرناطة"، "أكثر من عاصمة عربية "دمشق، بغداد،
// وبيروت""، "زار ... كلا من دمشق وعمان وبيروت". A pair of capitals names two
// governments as often as two cities ("موسكو ودمشق"، "بين بيروت ودمشق"),
// and foreignCapitals keeps "ودمشق" after one the government; a list of
// three Arab cities names the Arab world's cities, and the golds code
// Damascus the city in every gold article that holds one (4 of 4: pool
// AL-internationalNews-82, 2015-07-27-331, FR-middleEast-882; blind
// 2015-07-22-215), none of them a government's words.
func arabCityList(toks []token, m mention) bool {
	city := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		for _, f := range toks[k].forms {
			if arabCities[f] {
				return true
			}
		}
		return false
	}
	or := func(k int) bool {
		// "أو" normalized: a token's word has no hamza.
		return k >= 0 && k < len(toks) && toks[k].w == "او" && !toks[k].gap
	}
	n := 0
	// Leftwards: the item before is joined by a comma, و on the item
	// after it, or an أو between.
	for j := m.start; n < 2; {
		k := j - 1
		if or(k) {
			k--
		} else if !listJoined(toks, j) {
			break
		}
		if k < 0 || toks[k].sent != toks[j].sent || !city(k) {
			break
		}
		n++
		j = k
	}
	for j := m.end; n < 2 && j < len(toks); {
		k := j
		if or(k) {
			k++
		} else if !listJoined(toks, k) {
			break
		}
		if k >= len(toks) || toks[k].sent != toks[m.start].sent || !city(k) {
			break
		}
		n++
		j = k + 1
	}
	return n >= 2
}

var (
	// nearWords before a capital (or before the من after them) place
	// something near it: "قرب دير الزور"، "بالقرب من القنيطرة"، "على مقربة
	// من إدلب".
	nearWords = wordSet("قرب بقرب بالقرب مقربة بمقربة")
	// distanceWords a few words before "عن" (or after the capital) measure
	// a distance from it: "غير البعيدة عن دير الزور"، "يبعد نحو 10
	// كيلومترات عن دمشق"، "تبعد عن دمشق مسافة 40 كيلومترا".
	distanceWords = wordSet("يبعد تبعد يبعدان تبعدان البعيدة البعيد بعيدة بعيد بعيدا كيلومترات كيلومترا كيلومتر كلم كم مسافة ميلا أميال")
)

// nearCapital reports a capital's name at m placed by nearness or a
// distance: "قرب دير الزور"، "بالقرب من القنيطرة"، "وغير البعيدة عن دير
// الزور"، "يبعد نحو 10 كيلومترات عن دمشق". A place is near the city, not
// the province it lies in, and the golds code the city wherever a capital
// follows قرب (114 of 116 lines over the pool and blind codings, the two
// others a Ghouta "قرب دمشق") or a distance (4 of 4), Idlib, Hama, Deir
// ez-Zor and Quneitra (provinceFirst) as well; nor is a government near
// anything, so a Damascus measured from is the city too.
func nearCapital(toks []token, m mention) bool {
	if m.start == 0 || toks[m.start].gap {
		return false
	}
	prev := &toks[m.start-1]
	switch {
	case prev.has(nearWords):
		return true
	case prev.w == "من":
		return m.start >= 2 && !toks[m.start-1].gap && toks[m.start-2].has(nearWords)
	case prev.w == "عن":
		return nearBefore(toks, m.start-1, 4, distanceWords) || nearAfter(toks, m.end-1, 3, distanceWords)
	}
	return false
}

// governmentRuleWords right after a government noun say which rule it is,
// so that "في دمشق" after both is still the seat of the government: "نظام
// الحكم في دمشق"، "الحكومة المركزية في دمشق"، "النظام القائم في دمشق" (the
// pool and blind golds code no town for the capital under these in 4
// articles of 4: SK-middleEast-649, SK-middleEast-621, FR-internationalNews-280,
// 2015-08-04-23). Not a word of nationality or of crime: "أهداف للنظام
// السوري في دمشق وحمص" are targets in the city, and the golds code it.
var governmentRuleWords = wordSet("الحكم المركزية المركزي القائم")

// governmentIn reports a government noun (governmentInNouns) right before
// the "في" at token i, in its sentence, and no area word before that noun:
// "الحكومة في دمشق" is the government, "مناطق النظام في دمشق" a place. A
// word of its rule (governmentRuleWords) may stand between the noun and
// "في": "نظام الحكم في دمشق".
func governmentIn(toks []token, i int) bool {
	j := i - 1
	if j < 0 || toks[j].sent != toks[i].sent || toks[i].gap {
		return false
	}
	if toks[j].has(governmentRuleWords) && j > 0 && !toks[j].gap && toks[j-1].sent == toks[j].sent && toks[j-1].has(governmentInNouns) {
		j--
	}
	if !toks[j].has(governmentInNouns) {
		return false
	}
	return j == 0 || toks[j].gap || toks[j-1].sent != toks[j].sent || !toks[j-1].has(areaCues)
}

var (
	// cityListWords before a list of capitals make its items cities:
	// "في مدن حلب وحماة وطرطوس"، "المدن الرئيسية ... دمشق وحلب وحماة"،
	// "بين مدينتي حمص وحماة".
	cityListWords = wordSet("مدن المدن مدينتي مدينتا")
	// theirCountryside after a list of capitals adds the countryside of
	// each, so the items are the cities: "في حماة وحمص وريفيهما".
	theirCountryside = wordSet("وريفيهما ريفيهما وأريافها أريافها وريفها")
)

// cityList reports a capital's name at m as an item of a list of cities:
// joined to another place (placeAt: mention ends, placeFrom: starts) by
// a comma or و, with a word for cities a few words before it or their
// countryside named after it. Alone after such a word the name is the
// province the cities are in ("مدن إدلب وبلداتها الرئيسية"). News names
// Idlib, Hama, Deir ez-Zor and Quneitra for their provinces, and lists
// provinces with them, but not in a list of cities.
func cityList(toks []token, m mention, placeAt, placeFrom []bool) bool {
	listed := placeAt[m.start] && listJoined(toks, m.start) || m.end < len(toks) && placeFrom[m.end] && listJoined(toks, m.end)
	return listed && (nearBefore(toks, m.start, 8, cityListWords) || nearWord(toks, m.end, m.end, 6, theirCountryside))
}

// listJoined reports token i joined as a list's next item to the word
// before it: by a comma (any punctuation before it) or by its و ("حلب،
// حماة"، "حلب وحماة"). cityList, cityNeighbour, provinceNeighbour,
// arabCityList, listedAbroad and the district of a town listed beside
// another read their lists by it; ownTownListed asks و alone.
func listJoined(toks []token, i int) bool {
	return toks[i].gap || strings.HasPrefix(toks[i].w, "و")
}

// ownTownListed reports a capital's name at m listed by و beside a town
// of its own governorate: "بعد السيطرة على إدلب وجسر الشغور وأريحا"،
// "سيطرت على جسر الشغور وإدلب". A province is not listed beside a town
// it holds, so the capital is the city. The town is any community the
// name may denote in the capital's governorate (a shared name as well:
// the capital places it); a capital (another governorate's) is no such
// town. Asked only of a bare provinceFirst capital, so the look through
// ms is rare.
func (l *lexicon) ownTownListed(toks []token, ms []mention, m mention) bool {
	gov := m.e.ids[0]
	joined := func(i int) bool { return i < len(toks) && !toks[i].gap && strings.HasPrefix(toks[i].w, "و") }
	for _, o := range ms {
		if o.e.kind != kindTown || o.e.capital != "" || !(o.start == m.end && joined(o.start) || o.end == m.start && joined(m.start)) {
			continue
		}
		for _, c := range o.e.towns {
			if l.towns[c.pcode].gov == gov {
				return true
			}
		}
	}
	return false
}

// cityPart reports a capital's name before a feminine direction adjective
// that can only describe the city itself: after a preposition, a definite
// word or nothing ("استعادة قوات الحكومة السورية حلب الشرقية": eastern
// Aleppo, the city's east), since neither can govern the name. After an
// indefinite noun the adjective is that noun's ("غوطة دمشق الشرقية"،
// "ضواحي السويداء الشرقية"), and a masculine one is the countryside's
// ("حلب الشمالي").
func cityPart(toks []token, m mention) bool {
	if !toks[m.end].has(regionAdjectivesF) {
		return false
	}
	if m.start == 0 || toks[m.start].gap || toks[m.start].w != m.e.words[0] {
		return true // "وحلب الشرقية"، "بحلب الشرقية"
	}
	prev := &toks[m.start-1]
	return prev.has(prepositions) || strings.HasPrefix(prev.w, "ال")
}

// capitalAsWord reports a capital's name at mention m read as the word
// it also is: bare حماة before the noun it governs ("حماة الوطن"، "حماة
// لوطن"، "حماه الله": protectors, protected him), not before an adjective
// of the city (الشمالي، العسكري، السورية) or a relative (التي); and درعا
// before the adjective of a shield ("درعا بشريا"، "درعا واقيا"); and
// الرقة "tenderness" joined to another quality (qualityWords): "من الرقة
// والجمال"، "الرقة واللطف"، "بالرحمة والرقة والعاطفة"، "تميز بالذكاء
// والرقة". Over the corpus that pairing stood in seven articles, essays,
// a watch and a film review, none of them about the city, and rasid gave
// every one Raqqa; a list of places never pairs it with such a noun.
// And حلب "milking" right before what is milked (milkedWords): "حلب
// الإبل"، "بحلب الشياه"، "لحلب لبنها"، "حظيرة حلب الالبان" (milkingPair).
// And حمص the food or the proverb's chickpeas (chickpeaWord): "وجبة فلافل
// وحمص"، "خرج من المولد بلا حمص".
func capitalAsWord(toks []token, m mention) bool {
	switch m.e.capital {
	case "C5710":
		return qualityPair(toks, m)
	case "C2528":
		return chickpeaWord(toks, m)
	}
	if m.end >= len(toks) || toks[m.end].gap {
		return false
	}
	w, next := toks[m.start].w, toks[m.end].w
	switch m.e.capital {
	case "C1007":
		return milkingPair(w, next)
	case "C5993":
		return (w == "درعا" || w == "ودرعا") && shieldWords[next]
	case "C2987":
		if w != "حماه" || !(strings.HasPrefix(next, "ال") || strings.HasPrefix(next, "ل")) {
			return false
		}
		return !strings.HasSuffix(next, "ي") && !strings.HasSuffix(next, "يه") && !cityFollowers[next]
	}
	return false
}

// qualityPair reports the name at m joined to a quality noun
// (qualityWords) by و or ب in one clause: the quality right after it
// ("الرقة والجمال"، "والرقة بالخشونة") or right before "والرقة"
// ("بالرحمة والرقة").
func qualityPair(toks []token, m mention) bool {
	if m.end < len(toks) && !toks[m.end].gap && toks[m.end].has(qualityWords) &&
		(strings.HasPrefix(toks[m.end].w, "و") || strings.HasPrefix(toks[m.end].w, "ب")) {
		return true
	}
	return m.start > 0 && !toks[m.start].gap && strings.HasPrefix(toks[m.start].w, "و") && toks[m.start-1].has(qualityWords)
}

// milkingPair reports حلب, bare or after a proclitic (بحلب، لحلب، وحلب),
// as the verbal noun "milking": right before a dairy animal or its milk
// (milkedWords), with no punctuation between (the caller's gap test).
// Over ANT and SaudiNewsNet the pairing stood in five articles, none
// about Syria (camel markets and MERS, a village memoir, an African
// farmer, a Qatari dairy, a New Zealand farm), and rasid gave each one
// Aleppo; no pool or blind gold article holds it, and no word of
// milkedWords follows the city's name anywhere in the corpus.
func milkingPair(w, next string) bool {
	return (w == "حلب" || w == "بحلب" || w == "لحلب" || w == "وحلب") && milkedWords[next]
}

var (
	// milkedWords are what حلب "milking" takes as its object: dairy
	// animals and their milk (milkingPair).
	milkedWords = plainWords("الإبل النوق الناقة الأبقار البقر البقرة الماعز الأغنام الغنم الشاة الشياه " +
		"النعاج الجاموس الماشية المواشي الحليب اللبن الألبان لبنها حليبها لبنه حليبه")
	// qualityWords are qualities of a person or a work that الرقة
	// "tenderness" is listed with (capitalAsWord).
	qualityWords = wordSet("الجمال اللطف اللطافه العاطفه الحنان الرحمه الذكاء النعومه الخشونه الاناقه العذوبه الشفافيه " +
		"الحساسيه الهدوء الانوثه اللمعان البساطه الدفء الرومانسيه الوداعه الرشاقه الخفه الاحساس المرونه السلاسه الشاعريه البراءه")
	shieldWords = plainWords("بشريا واقيا حصينا حاميا منيعا")
	// cityFollowers after حماة keep it the city: "حماة التي", "حماة المحاصرة".
	cityFollowers = plainWords("التي الذي الواقعه المجاوره المحاصره وريفها الجديده القديمه")
)

// provinceNeighbour reports whether the capital's name at m is listed
// right after a province (provEnds): joined by و or ف ("ريفي حماة وحلب"،
// "ريف إدلب الجنوبي وحماة"), or after a comma, with or without ثم
// ("محافظة حماة، ثم حمص"): a list that starts with a province lists
// provinces.
func provinceNeighbour(toks []token, m mention, provEnds []bool) bool {
	j := m.start
	if j == 0 {
		return false
	}
	// "91 في ريف دمشق، 32 في حماة، 17 في اللاذقية، و4 في الحسكة": a
	// count per province.
	// Counted in words too: "و8 آخرين في ريف دمشق، ولاجئ في حلب، وشخص في
	// درعا".
	if j >= 2 && !toks[j].gap && !toks[j-1].gap && toks[j-1].w == "في" && (isCount(toks[j-2].w) || personJoined(toks[j-2].w)) {
		j -= 2
		if j > 0 && !toks[j].gap && toks[j-1].w == "و" {
			j-- // "و 4" written apart
		}
		return provEnds[j] && listJoined(toks, j)
	}
	if !toks[j].gap && (toks[j-1].w == "ثم" || toks[j-1].w == "وثم") {
		j--
		if j == 0 || !toks[j].gap {
			return false
		}
	}
	if !provEnds[j] {
		return false
	}
	w := toks[m.start].w
	return toks[j].gap || j == m.start && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف"))
}

// cityNeighbour reports whether the capital's name at m is listed right
// after a capital read as its city (cityEnds), joined by و or after a
// comma: "وحمص وحماة"، "في حلب وحماه"، "معاقله في حلب والرقة ودير
// الزور". A list that starts with a city lists cities, as one that
// starts with a province lists provinces (provinceNeighbour), so a
// capital news names for its province (provinceFirst) is the city there.
// A capital read as its city after an area word or a side of it (areaOrSide:
// "في مناطق متفرقة في اللاذقية وإدلب وحماة"، "في منطقتي الرقة ودير الزور"،
// "إلى إدلب وشمال حلب وحماه") starts no such list: the region is the
// provinces'.
// Not القنيطرة, a ruined city news names only by its crossing: "مثلث جنوب
// دمشق - القنيطرة - درعا" is the southern provinces'.
func cityNeighbour(toks []token, m mention, cityEnds []bool) bool {
	j := m.start
	if j == 0 || !cityEnds[j] || m.e.ids[0] == "SY14" {
		return false
	}
	return listJoined(toks, j)
}

// areaOrSide, a few words before a capital read as its city, keep it from
// making the capitals listed after it cities (cityNeighbour): an area's
// words and the sides of a place.
var areaOrSide = wordSet("منطقة مناطق منطقتي منطقتا المناطق شرق غرب شمال جنوب شرقي غربي شمالي جنوبي")

var (
	// regionAdjectivesF describe a region put "in" a province: "المناطق
	// الشمالية في حلب"، "والساحلية في اللاذقية"، "الغوطة الشرقية في دمشق".
	regionAdjectivesF = wordSet("الشمالية الجنوبية الشرقية الغربية الساحلية الوسطى")
	// quarterWords before such an adjective make it a city's part:
	// "الأحياء الشرقية في حلب".
	quarterWords = wordSet("حي أحياء الأحياء حيي المدينة")
	inWords      = wordSet("في وفي")
	// settlementsIn are the words for settlements, none named, that a
	// province holds: "ثماني بلدات في درعا"، "نحو قرى وبلدات في درعا"،
	// "هجوم دام شنه على بلدة في السويداء".
	settlementsIn = wordSet("بلدة قرية بلدات قرى مدن البلدات القرى المدن")
)

// regionIn reports a capital's name after "في" that follows a region
// adjective (regionAdjectivesF), or unnamed settlements (settlementsIn,
// also a pair joined by و: "ثلاثين بلدة وقرية في درعا"): the region or
// the settlements are in the province.
func regionIn(toks []token, m mention) bool {
	p := m.start - 1
	if p < 1 || toks[m.start].gap || toks[p].gap || !toks[p].has(inWords) {
		return false
	}
	if toks[p-1].has(settlementsIn) {
		return true
	}
	if !toks[p-1].has(regionAdjectivesF) {
		return false
	}
	return p < 2 || toks[p-1].gap || !toks[p-2].has(quarterWords)
}

var (
	// compassSides name the side of a place a region lies on: "في شمال
	// حلب"، "من جنوب غرب درعا" (sideRegion). Not شرق: "شرق حلب" is also
	// the city's own east, the besieged half news named so in 2016 ("عرض
	// دي ميستورا الذهاب إلى شرق حلب ... خارج المدينة المحاصرة"), as cityPart
	// reads "حلب الشرقية".
	compassSides = plainWords("شمال جنوب غرب")
	// compassSecond ends a compound side: "جنوب غرب"، "شمال شرق".
	compassSecond = plainWords("شرق غرب")
)

// sideRegion reports a bare capital's name right after a side of it
// (compassSides, or a compound one) that a preposition governs: "تسيطر
// عليها قوات النظام السوري في شمال حلب"، "حتى ننتقل من شمال حلب إلى
// غربها"، "معبر العيس في جنوب حلب"، "نقل مقاتلي التنظيم ... من جنوب غرب
// درعا". The preposition's place is the region on that side, the
// province's part, not the city: over the pool and blind golds every such
// capital that was the article's only bare mention of it was coded the
// province alone (5 of 5: pool FR-internationalNews-494, SK-middleEast-387,
// SK-middleEast-1746, FR-middleEast-893; blind FR-internationalNews-2381).
// A side named without a preposition locates another place ("منطقة عفرين
// شمال حلب"، "60 كلم شرق حلب") and the golds split on it; Damascus's south
// holds the city's own quarters (مخيم اليرموك، الحجر الأسود) and is asked
// by damascusPlace, not here.
func sideRegion(toks []token, m mention) bool {
	i := m.start - 1
	// The side word right before the name, bare, compound or with ب, holds
	// a direction in one of its forms (directionWords' bit): most place
	// mentions have none, and are let go with no map lookup.
	if i < 1 || toks[m.start].gap || !toks[i].has(directionWords) || toks[m.start].w != m.e.words[0] {
		return false
	}
	if compassSecond[toks[i].w] && !toks[i].gap && (compassSides[toks[i-1].w] || sideWithB(toks[i-1].w)) {
		i--
	}
	w := toks[i].w
	if compassSides[w] {
		return i > 0 && !toks[i].gap && (toks[i-1].has(prepositions) || toks[i-1].has(inWords) || stripWa(toks[i-1].w) == "من")
	}
	return sideWithB(w)
}

// sideWithB reports a side of compassSides written with its preposition
// ب, bare or after و: "بشمال حلب"، "وبجنوب"; in a compound side it is the
// first word ("بجنوب غرب درعا"), where the ب governs the whole side as a
// preposition before "جنوب غرب" would.
func sideWithB(w string) bool {
	w = stripWa(w)
	return strings.HasPrefix(w, "ب") && compassSides[w[len("ب"):]]
}

// placedBy returns the governorate that the words right after the name
// at m place it in, within four words of its sentence: a governorate
// after في or بـ ("بلدة الحارة في ريف درعا الشمالي"، "معسكر الكرين قرب
// مدينة الطبقة بريف الرقة"), or a capital after a direction or الواقعة
// ("بلدة صيدا الواقعة شرق درعا"). A capital right after في is the city
// a quarter's name is in ("وباب الحديد في حلب": Aleppo's quarter, not
// the Ain al-Arab village), so it does not place the name.
func placedBy(toks []token, m mention, capitalAt map[int]*entry, govAt map[int]string) string {
	s := toks[m.start].sent
	for k := m.end; k < len(toks) && k < m.end+4 && toks[k].sent == s; k++ {
		if k > m.end && toks[k].gap && !toks[k].bracket {
			return ""
		}
		linked := k > m.end && (toks[k-1].has(placedLinks) || toks[k-1].has(beforeCues))
		if g := govAt[k]; g != "" && (linked || strings.HasPrefix(toks[k].w, "ب")) {
			return g
		}
		if c := capitalAt[k]; c != nil && k > m.end && toks[k-1].has(placedLinks) && !toks[k-1].has(inWords) {
			return c.ids[0]
		}
	}
	return ""
}

// placedLinks place a name in the place named after them.
var placedLinks = wordSet("في الواقعة الواقع قرب شرق غرب شمال جنوب شرقي غربي شمالي جنوبي")

// facilityWords name a facility a town's name often follows: "مطار
// الشعيرات"، "قاعدة حميميم".
var facilityWords = wordSet("مطار مطاري قاعدة قاعدتي")

// facilityIn reports a capital's name after في or بـ that places a facility
// named a few words before it, in its sentence: "مطار التيفور العسكري، في
// حمص"، "قاعدة حميميم الروسية في اللاذقية"، "قاعدة "تيفور" الجوية بحمص".
// The air bases stand in the province, away from the city, and the gold
// guide codes the facility's own community, and the capital only as the
// province.
func facilityIn(toks []token, m mention) bool {
	if m.start == 0 || toks[m.start].gap {
		return false
	}
	i := m.start
	if toks[i-1].has(inWords) {
		i--
	} else if w := toks[i].w; w != "ب"+m.e.words[0] && w != "وب"+m.e.words[0] {
		return false
	}
	// The airport told before, with ال and no name, right before the
	// preposition in its sentence: "صواريخ انطلقت ... باتجاه المطار في
	// حمص" (a comma between as the facility's words below allow, not the
	// end of a sentence: "في المطار. في حمص قتل").
	if i >= 1 && toks[i-1].sent == toks[i].sent && theAirport[stripWa(toks[i-1].w)] {
		return true
	}
	// The facility's word, then its name (not the capital itself: "مطار
	// حلب الدولي") and up to two adjectives.
	return i >= 2 && nearBefore(toks, i-1, 4, facilityWords) && !toks[i-1].has(facilityWords)
}

// theAirport is the airport with ال (and ل or ب before it), the base a
// story has already named: facilityIn reads "المطار في حمص" as the airport
// in the province. Not القاعدة: right before في or ب and a capital the
// corpus has it as al-Qaeda alone ("مقاتلون موالون للقاعدة في درعا"،
// "الجماعات المرتبطة بالقاعدة في إدلب"), and the base that is one stands
// with an adjective between ("القاعدة البحرية بطرطوس", Russia's naval base
// inside the city).
var theAirport = plainWords("المطار للمطار بالمطار")

// provinceNext reports a capital's name joined by و to القنيطرة, with
// nothing between: "القتال في درعا والقنيطرة"، "المهجرين من درعا
// والقنيطرة". Quneitra's city is a ruin (provinceFirst), so the pair
// names the two provinces of the south, as a list does when a province
// comes first (provinceNeighbour). Other capitals news names for their
// provinces have cities too: "الطرق المؤدية إلى حلب وحماة" are the
// cities'. Not inside a longer list ("منها العاصمة دمشق وضواحيها،
// وحمص"): the name itself starts no list item with و; nor in a list of
// cities (cityList: "وتضم مدن درعا والقنيطرة والسويداء").
func provinceNext(toks []token, m mention, capitalAt map[int]*entry) bool {
	if strings.HasPrefix(toks[m.start].w, "و") || m.end >= len(toks) || toks[m.end].gap || !strings.HasPrefix(toks[m.end].w, "و") {
		return false
	}
	c := capitalAt[m.end]
	return c != nil && c.ids[0] == "SY14"
}

var (
	// foreignAdjectives right after a name put the place in another
	// country: "ميناء العقبة الأردني"، "بلدة عرسال اللبنانية". Not the
	// powers whose bases and forces stand in Syria (قاعدة حميميم الروسية).
	// A region abroad has its adjective too: "بلدة كفريا البقاعية" is
	// Lebanon's Bekaa, not Idlib's Kafraya.
	foreignAdjectives = wordSet("العراقية العراقي اللبنانية اللبناني البقاعية البقاعي الأردنية الأردني الفلسطينية الفلسطيني المصرية المصري " +
		"السعودية السعودي اليمنية اليمني الليبية الليبي التونسية الجزائرية المغربية السودانية الكويتية الكويتي الإماراتية " +
		"القطرية البحرينية العمانية الإسرائيلية الإسرائيلي التركية التركي الأفغانية الباكستانية")
	// foreignPlaces are countries and cities abroad whose villages share
	// names with Syrian ones: "قرية دوما جنوب نابلس"، "الكرك جنوبي
	// العاصمة عمان"، "العقيبة شرق بيروت".
	foreignPlaces = wordSet("العراق لبنان الأردن فلسطين تركيا مصر السعودية اليمن ليبيا إسرائيل الكويت قطر الإمارات البحرين عمان إيران " +
		"غزة القدس نابلس الخليل رام جنين طولكرم قلقيلية بيروت صيدا البقاع بغداد الموصل أربيل كركوك الأنبار تكريت الفلوجة " +
		"القاهرة سيناء الرياض جدة صنعاء عدن تعز أنقرة إسطنبول المغرب الرباط")
	campWords = wordSet("مخيم مخيمي مخيمات")
	// campNames are the names of camps that are communities of their own
	// in the gazetteer: campPcodes' keys.
	campNames = wordSet(strings.Join(slices.Sorted(maps.Keys(campPcodes)), " "))
	// abroadLinks join a name to the place it lies in or near.
	abroadLinks = wordSet("في قرب بالقرب من القريبة الواقعة شمال جنوب شرق غرب شمالي جنوبي شرقي غربي الشمال الجنوب الشرق الغرب مدينة محافظة العاصمة وسط إقليم ولاية منطقة قضاء")
)

// townPosition reports whether an everyday name (everydayNames) with no
// place word, preposition or list beside it still stands where a town's
// name does rather than where the word does: at the start of a clause
// ("واشنطن: دوما تعرضت")، before punctuation or the end ("استهدف دوما،
// آخر معقل"، "كيماوي دوما")، before a list's و ("استهدفت دوما وزملكا")، or
// before an adjective or relative of its own ("هجوم دوما الكيماوي"، "تحرير
// تدمر التي"). "Always" and "destroys" run on into the verb or object
// they go with ("كما اعتادت دوما اعتبار"، "الحرب التي تدمر البلاد").
func townPosition(toks []token, m mention) bool {
	if m.end < len(toks) && !toks[m.end].gap && (toks[m.end].has(foreignAdjectives) || toks[m.end].has(powersAdjectives)) {
		return false // "نيكي هايلي، السفيرة الأمريكية"
	}
	if m.start == 0 || toks[m.start].gap || m.end == len(toks) || toks[m.end].gap {
		return true
	}
	next := toks[m.end].w
	switch {
	case strings.HasPrefix(next, "و") && len(next) > len("و")*2:
		return true
	case next == "التي" || next == "الذي":
		return true
	case toks[m.end].has(directionAdverbs) || strings.Contains(next, "غوطه"):
		return true // "ثلاثة جيوب، هي دوما شمالا"، "زار دوما بالغوطة الشرقية"
	}
	return strings.HasPrefix(next, "ال") && (strings.HasSuffix(next, "ي") || strings.HasSuffix(next, "يه"))
}

// hoodCity returns the governorate capital named right after a quarter's
// name (حي X), in its clause and within six words: "حي المغاير الشعبي في
// حلب القديمة"، "لحي الكلاسة في حلب"، "حي المغاير الخاضع لسيطرة المعارضة
// جنوب مدينة حلب". The quarter is that city's, not a village of its name
// elsewhere in the governorate (Jarablus's المغاير) nor another city's
// quarter (Hasakah's الكلاسة).
func hoodCity(toks []token, capitalAt map[int]*entry, m mention) string {
	if capitalAt == nil {
		return ""
	}
	s := toks[m.start].sent
	for j := m.end; j < len(toks) && j < m.end+6 && toks[j].sent == s && !toks[j].gap; j++ {
		if c := capitalAt[j]; c != nil {
			return c.capital
		}
	}
	return ""
}

// cityQuarters keeps the candidates of a quarter's name that lie in the
// city's own district (Rif Dimashq's too for Damascus, whose southern
// quarters the gazetteer lists there: الحجر الأسود، السيدة زينب).
func (l *lexicon) cityQuarters(cands []townCand, city string) []townCand {
	ct := l.towns[city]
	var in []townCand
	for _, c := range cands {
		t := l.towns[c.pcode]
		if c.pcode == city || t.gov == ct.gov && t.districtAR == ct.districtAR || city == "C1001" && t.gov == "SY03" {
			in = append(in, c)
		}
	}
	return in
}

// capitalOrg reports whether the word before a governorate capital's name
// makes it part of an organisation's or a unit's name (ولاية حمص، مجلس
// حلب، لواء إدلب) rather than the city. A university or a hospital named
// after a capital stands in the city, as the golds code it: "بجامعة دمشق"
// (a law-faculty exam, a presidential speech "في مدرج جامعة دمشق"),
// "انفجار استهدف مستشفى إدلب" (round 55, m55town).
func capitalOrg(prev *token) bool {
	return prev != nil && prev.has(orgWords) && !prev.has(cityCues) && !prev.has(hospitalWords)
}

// directionAdverbs after a name place it: "هي دوما شمالا، وحرستا غربا".
var directionAdverbs = wordSet("شمالا جنوبا شرقا غربا")

// powersAdjectives after an everyday name make it the word: "السفيرة
// الأمريكية" (the ambassador), not a Syrian village.
var powersAdjectives = wordSet("الأمريكية الأميركية الأمريكي الأميركي البريطانية البريطاني الفرنسية الفرنسي الروسية الروسي " +
	"الأسترالية الألمانية الصينية الإيرانية الإيراني الهندية الباكستانية الكندية الإيطالية الإسبانية اليابانية الأوروبية الأممية")

// ghouta reports whether the text names the Ghouta (الغوطة، بالغوطة، غوطة
// دمشق), which lies in Rif Dimashq.
func ghouta(toks []token) bool {
	if !mayHold(toks, holdsGhouta) {
		return false
	}
	for i := range toks {
		if strings.Contains(toks[i].w, "غوطه") {
			return true
		}
	}
	return false
}

// twinNames pairs an everyday name (everydayNames) with the town news
// names beside it: نبل and الزهراء, the two Shia towns north of Aleppo.
var twinNames = map[string]*words{"نبل": wordSet("الزهراء")}

// twinMissing reports an everyday name with a twin (twinNames) in an
// article that does not name the twin: the article's vocabulary tells it
// (inArticleAny), where a scan of every token was made per mention.
func twinMissing(toks []token, e *entry) bool {
	twin := twinNames[e.words[0]]
	return twin != nil && len(e.words) == 1 && !inArticleAny(toks, twin)
}

// dualNames are town names that are also the dual of a word for a
// settlement: القريتين is Homs's Qaryatain and "the two villages".
var dualNames = map[string]bool{"القريتين": true}

// pairWords name a pair of settlements: "قريتي الفوعة وكفريا"، "إخلاء
// قريتين"، "بلدتي مضايا والزبداني".
var pairWords = wordSet("قريتين قريتي قريتا بلدتين بلدتي بلدتا البلدتين")

// pairedDuals drops the mentions of a dual name (dualNames) that take up a
// pair of settlements named before them, in an article that never puts a
// place word before the name: "إجلاء آلاف الأشخاص من سكان تلك القريتين"
// after "قريتي الفوعة وكفريا"، "أسفرت عن سيطرة قوات الأسد على القريتين"
// after "في قريتي تل أعور والفريكة"، "وتم إجلاء نحو 500 شخص من
// القريتين" after Greece's "إخلاء قريتين". News of the Homs town names it
// a town at least once ("مدينة القريتين"، "بلدة القريتين"), and then
// its bare mentions stay the town, a pair of other villages named before
// them or not ("كانوا يقطنون في القريتين" after "بلدتي مهين وحوارين").
// The scan for the pair runs only in an article with such a name.
func pairedDuals(toks []token, todo []pending) []pending {
	first := -1
	for i, p := range todo {
		e := p.m.e
		if len(e.words) != 1 || !dualNames[e.words[0]] {
			continue
		}
		if p.cue {
			return todo // "مدينة القريتين": the article's town
		}
		if first < 0 {
			first = i
		}
	}
	if first < 0 || !inArticle(toks, pairWords) {
		return todo
	}
	at := setTokens(toks, pairWords)
	if len(at) == 0 {
		return todo
	}
	pair := at[0] // the first token naming a pair of settlements
	kept := todo[:first:first]
	for _, p := range todo[first:] {
		e := p.m.e
		if len(e.words) == 1 && dualNames[e.words[0]] && p.m.start > pair {
			continue
		}
		kept = append(kept, p)
	}
	return kept
}

// bracketedCue returns the settlement word standing alone in brackets
// right before the name at m, the writer's gloss of what the name is:
// "بعد تحرير حلب وبعدها (مدينة) دير الزور"، "في (مدينة) كسب". The word
// governs the name as it would unbracketed (the city, not the province;
// a place, not the word), so it is the name's word before it. Nil for
// any other punctuation between them, or a word not so set off.
func bracketedCue(toks []token, m mention) *token {
	i := m.start - 1
	if i < 1 || !toks[m.start].bracket || !toks[i].bracket || toks[i].sent != toks[m.start].sent || !toks[i].has(settlementCues) {
		return nil
	}
	return &toks[i]
}

// relativeNext reports a relative pronoun right after the name at m: "ونبل
// التي تحتلها «داعش»" describes a place.
func relativeNext(toks []token, m mention) bool {
	return m.end < len(toks) && !toks[m.end].gap && (toks[m.end].w == "التي" || toks[m.end].w == "الذي")
}

// areaAbroad reports a governorate capital's name after an area word
// (منطقة) in a sentence that has put its subject in a country abroad
// before it (في الكويت، بالكويت) and names nothing Syrian: "يقيم في
// الكويت بطريقة غير قانونية وكان مختبئا في منزل بمنطقة الرقة" is
// Kuwait's district of that name, not the Syrian city.
func areaAbroad(toks []token, m mention) bool {
	if m.start < 2 || toks[m.start].gap || !toks[m.start-1].has(areaCues) {
		return false
	}
	s := toks[m.start].sent
	abroad := false
	for j := m.start - 2; j >= 0 && toks[j].sent == s; j-- {
		w := toks[j].w
		if syriaForm(w) {
			return false
		}
		if toks[j].has(foreignPlaces) && (viaBa(w, foreignPlaces) || j > 0 && toks[j-1].w == "في") {
			abroad = true
		}
	}
	for j := m.end; abroad && j < len(toks) && toks[j].sent == s; j++ {
		if syriaForm(toks[j].w) {
			return false
		}
	}
	return abroad
}

// placedInSyria reports whether the words right after the name at m put it
// in Syria: "الدشيشة بسوريا"، "في شمال سوريا"، "السورية".
func placedInSyria(toks []token, m mention) bool {
	s := toks[m.start].sent
	for j := m.end; j < len(toks) && j < m.end+3 && toks[j].sent == s && !toks[j].gap; j++ {
		if syriaForm(toks[j].w) {
			return true
		}
		if !toks[j].has(abroadLinks) {
			return false
		}
	}
	return false
}

// crossingTwins pairs a Syrian border town that is also a word (نصيب "a
// share") with the town across the border that names its crossing's other
// side: the Jordanian جابر of "معبر جابر-نصيب"، "معبر (جابر- نصيب)"،
// "معبر نصيب-جابر". News of the crossing's reopening names the pair with
// neither Syria right after it nor Daraa named (round 43: four of the
// blind codings' Nasibs, fifteen corpus articles).
var crossingTwins = map[string]string{"نصيب": "جابر"}

// crossingWords name a border crossing.
var crossingWords = wordSet("معبر معبري")

// crossingTwin reports whether the name at m stands beside its crossing's
// twin (crossingTwins) right after a crossing word: "معبر جابر نصيب"،
// "معبر نصيب-جابر". Without the crossing word the pair may be a person's
// names (جابر نصيب, "Jaber son of Nasib").
func crossingTwin(toks []token, m mention) bool {
	if m.end-m.start != 1 {
		return false
	}
	twin := crossingTwins[toks[m.start].w]
	if twin == "" {
		return false
	}
	if m.start >= 2 && toks[m.start-1].w == twin && toks[m.start-2].has(crossingWords) && toks[m.start-2].sent == toks[m.start].sent {
		return true // "معبر جابر نصيب"، "معبر (جابر- نصيب)": the brackets open before جابر
	}
	return m.start >= 1 && m.end < len(toks) && toks[m.end].w == twin && toks[m.start-1].has(crossingWords) && !toks[m.start].gap
}

// placedAbroad reports whether the town name at m is placed in another
// country by the words right after it: a foreign adjective, or after links
// (قرب، جنوب، بمدينة …), within four words, a foreign country or city or
// the West Bank. "البوكمال قرب الحدود العراقية" stays Syrian (الحدود is
// no link), and so does a list of villages ("والنعيمة وصيدا": صيدا is a
// Daraa village too). An aside on the direction set off right after the
// name places it too: "مدينة القنيطرة (شمال الرباط)"، "والمنية -
// بحنين( شمال لبنان)".
func placedAbroad(toks []token, m mention) bool {
	s := toks[m.start].sent
	for j := m.end; j < len(toks) && j < m.end+4 && toks[j].sent == s && (!toks[j].gap || j == m.end && directionWords.contains(toks[j].w)); j++ {
		switch {
		case j == m.end && toks[j].has(foreignAdjectives):
			// "مخيم اليرموك الفلسطيني" is a camp of Palestinians in Syria.
			return m.start == 0 || !toks[m.start-1].has(campWords)
		case j > m.end && !strings.HasPrefix(toks[j].w, "و") && toks[j].has(foreignPlaces):
			return true
		case j == m.end && viaBa(toks[j].w, foreignPlaces):
			// "قرية دوما بنابلس": placed in a city abroad as "جبا
			// بالقنيطرة" is in Quneitra (not "طريق دمشق بيروت", where
			// ب is the city's own letter).
			return true
		case (toks[j].w == "الضفه" && j > m.end || toks[j].w == "بالضفه") && j+1 < len(toks) && toks[j+1].w == "الغربيه":
			// "قرية دوما بالضفة الغربية"
			return true
		case !toks[j].has(abroadLinks):
			return false
		}
	}
	return false
}

// personJoined reports one person named as a count and joined by و
// ("ولاجئ"، "وشخص") in a list of counts per province.
func personJoined(w string) bool {
	p := stripWa(w)
	return p != w && (personCounts[p] == 1 || p == "لاجي")
}

// isCount reports a number written in digits, or و and digits ("و4").
func isCount(w string) bool {
	_, ok := digits(strings.TrimPrefix(w, "و"))
	return ok
}

var (
	// maghrebCities are cities of Morocco, which has a Kenitra (القنيطرة)
	// of its own; a list that holds one is a list of Moroccan places.
	maghrebCities = wordSet("فاس الرباط طنجة مراكش مكناس سلا وجدة أكادير تطوان الناظور")
	// personLinks after a name make it a person's: "أبو عبيدة ابن الجراح".
	personLinks = wordSet("ابن بن")
	// personTitles a word or two before "أبو X" make it a person's kunya
	// ("القائد العسكري أبو طلحة"، "الملقب بأبو عبيدة"، "الشيخ أبو عاصي"),
	// not the village of that name.
	personTitles = wordSet("القيادي قيادي القائد قائد الشيخ الملقب المدعو يدعى المكنى الدكتور الأمير أمير المسؤول الناطق المتحدث زعيم الزعيم")
)

// listedAbroad reports whether the name at m is one Morocco has too
// (maghrebNamesakes) listed, joined by و or a comma, right beside a city of
// Morocco (maghrebCities, or الدار البيضاء): "ينشطون بفاس والدار البيضاء
// والقنيطرة وميدار"، "بين مدينتي القنيطرة وسلا". Other Syrian names in
// such a list stay Syrian ("مؤتمرات باندونغ وبريوني والدار البيضاء
// واللاذقية").
func listedAbroad(toks []token, m mention) bool {
	if m.end-m.start != 1 || !toks[m.start].has(maghrebNamesakes) {
		return false
	}
	s := toks[m.start].sent
	if p := m.start - 1; p >= 0 && toks[p].sent == s && listJoined(toks, m.start) {
		if toks[p].has(maghrebCities) || toks[p].w == "البيضاء" && p > 0 && !toks[p].gap && toks[p-1].has(darWords) {
			return true
		}
	}
	if j := m.end; j+1 < len(toks) && toks[j].sent == s && listJoined(toks, j) {
		if toks[j].has(maghrebCities) || toks[j].has(darWords) && !toks[j+1].gap && toks[j+1].w == "البيضاء" {
			return true
		}
	}
	return false
}

// qamaWords are forms of قام ("he carried out"), whose object after ب is
// the action's verbal noun: "تقوم بتلبيسه الخلية الفكرية الثوب" ("dresses
// him"), not Talbiseh.
var qamaWords = wordSet("قام قامت قاموا يقوم تقوم نقوم أقوم يقومون تقومون يقومان تقومان سيقوم ستقوم سيقومون وقام وقامت ويقوم وتقوم")

// actionNoun reports a name written with ب right after a form of قام: the
// verbal noun of what was done.
func actionNoun(toks []token, m mention) bool {
	if m.start == 0 || toks[m.start].gap || !strings.HasPrefix(toks[m.start].w, "ب") || toks[m.start].w == m.e.words[0] {
		return false
	}
	return toks[m.start-1].has(qamaWords)
}

// listOpeners before a name open the list it heads: "هي مسرابا وجسرين".
var listOpeners = wordSet("هي وهي")

var (
	darWords = wordSet("الدار")
	// maghrebNamesakes are Syrian names of Moroccan cities too: Kenitra.
	maghrebNamesakes = wordSet("القنيطرة")
)

// casablanca reports the البيضاء of "الدار البيضاء" (Casablanca), which
// is no Syrian village of that name.
func casablanca(toks []token, m mention) bool {
	return m.end-m.start == 1 && m.start > 0 && !toks[m.start].gap && toks[m.start].has(baidaWords) && toks[m.start-1].has(darWords)
}

var baidaWords = wordSet("البيضاء")

// personName reports a town name followed by ابن or بن: a person's name
// ("مجموعة اسمها أبو عبيدة ابن الجراح"), not the Hasakah village.
func personName(toks []token, m mention) bool {
	return m.end < len(toks) && !toks[m.end].gap && toks[m.end].sent == toks[m.start].sent && toks[m.end].has(personLinks)
}

// compoundEnds end a man's compound first name: فتح الله، شمس الدين.
var compoundEnds = wordSet("الله الدين")

// compoundName reports a village named like a man (فتح الله، شمس الدين، عز
// الدين, or a kunya أبو and a given name: أبو عبيدة، أبو حسن) with his
// surname or nisba right after it, in the same clause: "رجل الدين فتح الله
// غولن"، "ومنهم شمس الدين السمرقندي"، "وأبو عبيدة التونسي"، "أبو حسن
// الأنصاري، قوله". A village's name is followed
// by its place, a preposition, ب ("أبو قير بالإسكندرية"), a list's و or
// punctuation ("قرية عز الدين والقرى المحيطة بها"), and one after a place word stays a place whatever
// follows. prev is the word before the name (places' prevWord).
func compoundName(toks []token, m mention, prev *token) bool {
	given := len(m.e.words) == 2 && m.e.words[0] == "ابو" && !strings.HasPrefix(m.e.words[1], "ال")
	if m.end-m.start < 2 || !toks[m.end-1].has(compoundEnds) && !given || m.end >= len(toks) || toks[m.end].gap || toks[m.end].sent != toks[m.start].sent {
		return false
	}
	if prev != nil && (prev.has(placeCues) || prev.has(cityCues) || prev.has(siteWords)) {
		return false
	}
	next := &toks[m.end]
	if strings.HasPrefix(next.w, "و") || strings.HasPrefix(next.w, "ب") || next.w == "التي" || next.w == "الذي" || next.w == "الواقعه" {
		return false
	}
	return !next.has(prepositions) && !next.has(afterCues) && !next.has(beforeCues) && !next.has(regionAdjectives) && !next.has(directionAdverbs)
}

// kunya reports a name "أبو X" with a person's title (personTitles) one or
// two words before it, in the same phrase: a nom de guerre or a kunya.
func kunya(toks []token, m mention) bool {
	if !strings.HasPrefix(m.e.words[0], "ابو") { // ابو طلحه، ابوطلحه
		return false
	}
	for j := m.start - 1; j >= 0 && j >= m.start-2 && !toks[j+1].gap; j-- {
		if toks[j].has(personTitles) {
			return true
		}
	}
	return false
}

// fieldsWord reports الميادين read as the plural noun it also is, "fields,
// squares": before a definite adjective in -ية that agrees with it ("في
// الميادين القتالية"، "الميادين الرئيسية"، "قناة الميادين اللبنانية", the
// channel). Every such phrase in ant-all and SaudiNewsNet (19) is the word;
// the town is followed by its place ("الميادين بريف دير الزور"، "الميادين
// الواقعة").
func fieldsWord(toks []token, m mention) bool {
	if len(m.e.words) != 1 || m.e.words[0] != "الميادين" || m.end >= len(toks) || toks[m.end].gap {
		return false
	}
	next := toks[m.end].w
	return strings.HasPrefix(next, "ال") && strings.HasSuffix(next, "يه") && !toks[m.end].has(regionAdjectivesF)
}

// directionWords are the words of an aside that places a province in the
// country: "(وسط)"، "(شمال شرق)".
var directionWords = wordSet("وسط شمال جنوب شرق غرب الشمال الجنوب الشرق الغرب الوسط")

// asideEnd returns the index after an aside of one or two direction words
// set off by punctuation right at end ("حمص (وسط) فدمشق"), or 0.
func asideEnd(toks []token, end int) int {
	if end >= len(toks) || !toks[end].gap || !toks[end].has(directionWords) {
		return 0
	}
	k := end + 1
	if k < len(toks) && !toks[k].gap && toks[k].has(directionWords) {
		k++
	}
	if k >= len(toks) || !toks[k].gap || toks[k].sent != toks[end].sent {
		return 0
	}
	return k
}

// countListHead reports a capital that opens a count per province: "35
// شخصًا قضوا في دمشق، و8 آخرين في ريف دمشق": after في, and followed,
// across a comma, by a count and, within three words, في and a province
// or capital (provStarts).
func countListHead(toks []token, m mention, provStarts []bool) bool {
	if m.start == 0 || toks[m.start].gap || toks[m.start-1].w != "في" {
		return false
	}
	j := m.end
	if j+1 < len(toks) && toks[j].w == "و" && !toks[j+1].gap {
		j++ // "و8" tokenized apart: the comma is before و
		if !toks[j-1].gap {
			return false
		}
	} else if j >= len(toks) || !toks[j].gap {
		return false
	}
	if !(isCount(toks[j].w) || personJoined(toks[j].w)) {
		return false
	}
	for k := j + 1; k < j+4 && k+1 < len(toks) && !toks[k].gap; k++ {
		if toks[k].w == "في" {
			return !toks[k+1].gap && provStarts[k+1]
		}
	}
	return false
}

// listWords open a list of the settlements just counted: "تحرير أربع قرى
// شرق نهر الفرات هي (الجنينة ـ الجيعة ـ شمرة الحصان ـ حويقة المعيشية)".
// The same words as listOpeners: the set is shared
// (a set bit spared, see maxWordSets).
var listWords = listOpeners

// namedListItem reports a name that is a whole item of such a list: set
// off by punctuation on both sides (a dash, a comma, a bracket) and no more
// than that item, in a list of items of up to three words that opens, with
// punctuation, after هي and a settlement word (قرى، بلدات …) at most six
// words before it. A name that is part of an item ("شمرة الحصان": شمرة is
// a village elsewhere, الحصان "the horse") is not one.
func namedListItem(toks []token, m mention) bool {
	if !toks[m.start].gap || m.end < len(toks) && !toks[m.end].gap {
		return false
	}
	s := toks[m.start].sent
	item := 0 // words of the item being walked back over
	for j := m.start - 1; j >= 0 && j >= m.start-30 && toks[j].sent == s; j-- {
		if toks[j+1].gap {
			item = 0
		}
		if toks[j].has(listWords) && toks[j+1].gap {
			return nearBefore(toks, j, 6, settlementCues)
		}
		if item++; item > 3 {
			return false
		}
	}
	return false
}

// shortCliticForm returns the word of two letters left when the
// proclitics are taken off w, a word of three letters (وتل، بأم) or of
// four with two proclitics (وبتل), and "" for any other word. cliticForms
// keeps such words whole.
func shortCliticForm(w string) string {
	switch {
	case len(w) == 8 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")):
		if strings.HasPrefix(w[2:], "ب") || strings.HasPrefix(w[2:], "ل") {
			return w[4:]
		}
	case len(w) == 6 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") || strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل")):
		return w[2:]
	}
	return ""
}

// shortCliticName returns the longest place name of two words or more
// that opens at token i under its short clitic form (shortCliticForm):
// "وتل أبيض"، "بتل رفعت"، "وأم المياذن"، "وبتل أبيض". cliticForms keeps
// words of three letters whole, since most are words (وقد، ولد، بعد) that
// would read as names of one word (قد، لد); a name of two words does not
// run on from such a word by chance, so only such a name may open there.
// Actor names do not: "وتل أبيب" is for the actor rules to weigh.
func (l *lexicon) shortCliticName(toks []token, i int) *entry {
	f := shortCliticForm(toks[i].w)
	// No name's second word next (longerAt's own first test, asked before
	// the lookup in noStrip): so it is at nearly every short word.
	if f == "" || i+1 == len(toks) || toks[i+1].gap || !toks[i+1].has(l.names.second) || l.keepsWhole(&toks[i]) {
		return nil
	}
	return l.names.longerAt(toks, i, f, func(e *entry) bool { return e.kind == kindTown || e.kind == kindNone })
}

// shortClitic reports whether the scan read m's first word under its
// short clitic form (shortCliticName).
func shortClitic(toks []token, m mention) bool {
	return shortCliticForm(toks[m.start].w) == m.e.words[0]
}

// syrianParties are the actors only Syria's war has: a mention of one
// makes an article one about Syria for the town rules. Not the opposition,
// whose generic words (المسلحين) are everyone's gunmen.
var syrianParties = map[string]bool{"syrian-government": true, "ypg": true, "sdf": true, "hts": true, "fsa": true,
	"jaysh-al-islam": true, "ahrar-al-sham": true, "faylaq-al-rahman": true, "deir-ez-zor-military-council": true}

// syrianParty reports a mention of a party of syrianParties by a name of
// its own (not a weak alias such as النظام). Not the national army (sna),
// whose "الجيش الوطني" is Yemen's and Libya's too.
func syrianParty(ms []mention) bool {
	for _, m := range ms {
		if m.e.kind == kindActor && !m.e.weak && !m.e.syria && syrianParties[m.e.ids[0]] {
			return true
		}
	}
	return false
}

// knownTowns counts the distinct well-known town names among ms.
func knownTowns(ms []mention) int {
	seen := map[*entry]bool{}
	for _, m := range ms {
		if m.e.known {
			seen[m.e] = true
		}
	}
	return len(seen)
}

// viaBa reports whether w is ب and a word of set ("بنابلس"), not a word
// of set that starts with ب ("بيروت").
func viaBa(w string, set *words) bool {
	rest, ok := strings.CutPrefix(w, "ب")
	return ok && !set.contains(w) && set.contains(rest)
}

// listHeads open a list of several settlements: "بلدات المسيفرة والجيزة
// وكحيل والسهوة"، "بلدتي نبل والزهراء"، "قرى شقرا والحصان والجيعة". The
// definite plural opens one too, where a story goes back to settlements it
// has counted ("ومن أبرز تلك البلدات داعل وإبطع ... والكرك الشرقي"): its
// items are villages of one area as much, and without it الكرك went to the
// Daraa quarter of that name once مدينة درعا was named (holdout-18).
var listHeads = wordSet("مدينتي بلدتي قريتي مدينتا بلدتا قريتا مدن بلدات قرى المدن البلدات القرى")

// settlementLists reads the lists of settlements that a plural or dual
// settlement word opens as lists of one area: news lists the villages
// taken, shelled or besieged together, and they lie together. An item
// whose namesakes include one in the governorate its other items agree on
// (those with a single community) is that one (listPick: the one in their
// district if several are in it: "بلدتي نبل والزهراء" is Nabul's village,
// not an Aleppo quarter), a place even if its name is better known abroad
// (الجيزة, Giza); an item with no namesake there, where two other items
// agree, is a village the gazetteer lacks (listDrop: Deir ez-Zor's شقرا,
// not Daraa's). An item is a name right after the word, or joined to the item
// before it by و or a comma in the same sentence.
func (l *lexicon) settlementLists(toks []token, todo []pending) (drop map[int]bool, pick map[int]townCand) {
	var list []mention
	// A list no settlement word opens (headless: "خروج أربعة مشافي عن
	// الخدمة في صيدا والمسيفرة والجيزة"، "بلدات في محيط مدينة درعا، بينها
	// الطيبة والنعيمة وصيدا") is one of three names or more, since a pair
	// may lie apart ("من دمشق وحمص"). It only picks: places of
	// neighbouring areas run on in it ("ما حصل في القصير وقارة والجراجير":
	// Homs's Qusayr beside two Qalamoun villages), and so do places across
	// the country ("رفع الحصار عن الغوطة الشرقية واليرموك والفوعة وكفريا").
	// A list that holds a city's quarter is one of quarters ("أحياء طريق
	// الباب والصاخور وباب الحديد في حلب": no Kobani village), and one in a
	// sentence that names a place abroad is of places there ("طريق
	// التحرير يمر بالقدس والناصرة وحيفا وعكا").
	minItems, headless := 2, false
	flush := func() {
		if len(list) < minItems || headless && (abroadBeside(toks, list[0].start, list[len(list)-1].end) || slices.ContainsFunc(list, quarterOnly)) {
			list = list[:0]
			return
		}
		for i, m := range list {
			govs, dists := map[string]bool{}, map[string]bool{}
			n := 0
			for j, o := range list {
				if j == i || len(o.e.towns) != 1 {
					continue
				}
				t := l.towns[o.e.towns[0].pcode]
				govs[t.gov], dists[t.districtAR] = true, true
				n++
			}
			if n == 0 || len(govs) != 1 {
				continue
			}
			// Settlements, not a city's quarters: only a Damascus quarter
			// listed with the Ghouta's towns is one ("عين ترما وجوبر":
			// Jobar, whose twin governorate is theirs, twinGov).
			var inGov, inDist []townCand
			for _, c := range m.e.towns {
				t := l.towns[c.pcode]
				if c.kind == 'n' && !govs[twinGov[t.gov]] {
					continue
				}
				if govs[t.gov] || govs[twinGov[t.gov]] {
					inGov = append(inGov, c)
					if dists[t.districtAR] {
						inDist = append(inDist, c)
					}
				}
			}
			switch {
			case len(inGov) == 0 && n >= 2 && !headless:
				if drop == nil {
					drop = map[int]bool{}
				}
				drop[m.start] = true
			case len(inGov) == 1 || len(inDist) == 1:
				if pick == nil {
					pick = map[int]townCand{}
				}
				if len(inDist) == 1 {
					pick[m.start] = inDist[0]
				} else {
					pick[m.start] = inGov[0]
				}
			}
		}
		list = list[:0]
	}
	for _, p := range todo {
		m := p.m
		if m.e.capital != "" {
			continue
		}
		if len(list) > 0 && m.start == list[len(list)-1].end && toks[m.start].sent == toks[m.start-1].sent &&
			(toks[m.start].gap || toks[m.start].w != m.e.words[0] && strings.HasPrefix(toks[m.start].w, "و")) {
			list = append(list, m)
			continue
		}
		flush()
		switch {
		case m.start > 0 && !toks[m.start].gap && toks[m.start-1].has(listHeads):
			list, minItems, headless = append(list, m), 2, false
		default:
			list, minItems, headless = append(list, m), 3, true
		}
	}
	flush()
	return drop, pick
}

// abroadBeside reports whether the sentence of the list of names from
// token i to j names a place abroad (foreignPlaces) outside the list: "أن
// طريق تحرير فلسطين يمر بالقدس والناصرة وحيفا وعكا". An item may be such a
// name itself, one Syria has too (صيدا of Daraa).
func abroadBeside(toks []token, i, j int) bool {
	s := toks[i].sent
	for k := sentStart(toks, i); k < len(toks) && toks[k].sent == s; k++ {
		if (k < i || k >= j) && toks[k].has(foreignPlaces) {
			return true
		}
	}
	return false
}

// quarterOtherCue reports a name that only a city's quarter bears (no
// community), after a place word that is neither a quarter word (حي،
// أحياء) nor an area word (منطقة): a settlement word (مدينة العقبة، قرية
// النصر), a facility word (ميناء العقبة، قاعدة الجفرة) or a town's
// surroundings (أطراف المحافظة). Such a word makes the name a town, a
// facility's place or a town's outskirts, which a city's quarter is not:
// with that city not named in the article it is a place abroad (Aqaba,
// Libya's Jufra, an Iraqi village) or a word (al-Qaeda's "قاعدة الجهاد",
// "ريف المحافظة" of a Yemeni province), never the quarter (round 60,
// m60base: the corpus holds 74 such mentions, none a Syrian city's
// quarter; 8 pool and blind gold articles hold one, none codes its city).
// A quarter word or an area word still names the quarter ("حي الكلاسة"،
// "منطقة أبو رمانة"), and a name some community bears as well (مطار
// النيرب: Aleppo's airport or an Idlib village) is weighed as before.
func quarterOtherCue(p pending) bool {
	return !p.hood && !p.area && quarterOnly(p.m)
}

// quarterOnly reports a name that is only ever a city's quarter.
func quarterOnly(m mention) bool {
	for _, c := range m.e.towns {
		if c.kind != 'n' {
			return false
		}
	}
	return len(m.e.towns) > 0
}

// campPcodes are the camps the gazetteer lists as communities of their
// own, under a name that other places share or in a spelling news does
// not use: the Yarmouk camp of Damascus (C1002), whose name is also a
// Raqqa village (C5701) and a quarter of Raqqa and of Daraa, so that
// "مخيم اليرموك للاجئين الفلسطينيين" in a story that names Raqqa was read
// as Raqqa's village, and in one that names no governorate ("مخيم اليرموك
// بسوريا") as nothing; and the Rukban camp on the Jordanian border, which
// the gazetteer spells ركبان and news الركبان ("مخيم الركبان"), a name
// that is also a Saudi surname and a classical word ("سارت بها الركبان"),
// so it is read only after a camp word.
var campPcodes = map[string]string{"اليرموك": "C1002", "الركبان": "C6674"}

// campTowns returns the community of every camp named right after a camp
// word (campWords: مخيم، بمخيم، مخيمي) and listed in campPcodes, with the
// index of its name's first token.
func campTowns(toks []token) map[string]int {
	// A camp is a campNames word after a campWords word: an article
	// lacking either skips the walk over every token.
	if !inArticle(toks, campNames) || !inArticle(toks, campWords) {
		return nil
	}
	var out map[string]int
	for i := 1; i < len(toks); i++ {
		if toks[i].gap || !toks[i].has(campNames) || !toks[i-1].has(campWords) {
			continue
		}
		for _, f := range toks[i].forms {
			if pc, ok := campPcodes[f]; ok {
				if out == nil {
					out = map[string]int{}
				}
				if _, seen := out[pc]; !seen {
					out[pc] = i
				}
				break
			}
		}
	}
	return out
}

// daraaFront reports whether a bare درعا names the southern front, the
// province, not its city: after على or في that a campaign's or strike's
// word shortly before leads to ("تصعيد غير مسبوق.. مئات الضربات الجوية
// على درعا"، "منذ بدء العملية العسكرية في درعا"), or as the label that
// opens a headline ("درعا.. قتلى من النظام والمعارضة بهجوم"), which names
// the region the story is from. So is the matter of talks, after حول،
// بشأن or عن that a word of talks or a deal shortly before leads to
// ("استمرار المفاوضات حول درعا"، "اتفاق أولي حول درعا"، "ننتقل للحديث عن
// درعا"), as the 2018 settlement of the south was; and so is the campaign
// that names it right after its word ("معركة درعا"، "عملية درعا"). The
// city keeps its cues (مدينة درعا، درعا البلد) and the other bare mentions
// of the article ("سكان درعا").
func daraaFront(toks []token, m mention) bool {
	if m.start == 0 || toks[m.start].gap {
		// The headline's first word, with punctuation after it.
		return m.start == 0 && toks[0].title && m.end < len(toks) && toks[m.end].title && toks[m.end].gap
	}
	prev := &toks[m.start-1]
	if prev.has(daraaTalkPreps) {
		return nearBefore(toks, m.start-1, 3, daraaTalkWords)
	}
	if prev.has(southFrontWords) {
		// The campaign's word governs the name itself: "معركة درعا"،
		// "معارك درعا"، "دمشق تواصل عملية درعا" name the southern front
		// as "العملية العسكرية في درعا" does (pool and blind codings: the
		// province, no city, where no other mention names the city).
		return true
	}
	return prev.has(strikePreps) && nearBefore(toks, m.start-1, 4, southFrontWords)
}

var (
	// daraaTalkPreps right before a bare درعا open the matter of talks
	// (daraaFront).
	daraaTalkPreps = wordSet("حول بشأن عن")
	// daraaTalkWords a few words before daraaTalkPreps are talks, a deal or
	// a discussion.
	daraaTalkWords = wordSet("مفاوضات المفاوضات محادثات المحادثات مباحثات المباحثات اتفاق الاتفاق اتفاقا تسوية التسوية " +
		"الحديث للحديث حديث البحث نقاش النقاش")
)

// lazyTest is a text-wide test that only some mentions ask (whether the
// article names Syria, Damascus, a Syrian context, a story abroad): run at
// the first asking and remembered, as most articles never ask it.
type lazyTest struct {
	state uint8 // 0 not asked yet, 1 no, 2 yes
	test  func() bool
}

// holds runs the test once and returns its answer.
func (t *lazyTest) holds() bool {
	if t.state == 0 {
		t.state = 1
		if t.test() {
			t.state = 2
		}
	}
	return t.state == 2
}
