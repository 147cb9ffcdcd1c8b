package facets

import (
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rasid-project/rasid/analyzers"
)

// entryKind says what a lexicon entry names.
type entryKind uint8

const (
	kindNone  entryKind = iota // a phrase that names nothing (blocks its parts)
	kindTown                   // a community (or neighbourhood) name
	kindGov                    // an explicit governorate phrase (ريف X، محافظة X)
	kindActor                  // an actor alias
)

// entry is one name of the lexicon: a sequence of normalized words.
type entry struct {
	words []string
	kind  entryKind
	ids   []string   // actor id, or governorate pcode (also of a capital)
	towns []townCand // kindTown: the communities the name may denote
	// capital is set on the bare name of a governorate capital: the
	// context decides whether it means the city or the province.
	capital string
	common  uint8 // 1: also a common word, needs a cue; 2: needs a strong cue
	weak    bool  // actor alias that counts only in a sentence about fighting
	known   bool  // a well-known town: a one-word name needs no support
	// abroad: news that never mentions Syria uses the name too (another
	// place, a word, a person), so it names a town only in an article
	// about Syria, and never on its own say-so (see internal/gengaz).
	abroad bool
	// word: a famous town whose name is also an everyday word or a
	// better-known place abroad (see everydayNames); a town only in an
	// article about Syria.
	word  bool
	syria bool // generic actor word that counts only in an article about Syria
	// found: a phrase finder's civilians entry whose finder already asked
	// what a victim must be (a harm, no fighter, no background), so the
	// mention counts where it was found (actorCounts).
	found bool
	// spelled: a town name that is only gengaz's other spelling of a final
	// -a (جرمانة for جرمانا), which the stem analyzer need not keep whole:
	// its words stay out of the name words, so the index's terms do not
	// change with it.
	spelled bool
	// airForce: a state's air force ("سلاح الجو الروسي"), a mention only
	// where its sentence tells of strikes or fighting (airForceActs).
	airForce bool
	// office: a state's military office ("وزارة الدفاع التركية",
	// actors_office.go) or its fighter jet or air defences ("مقاتلة
	// سورية"، warCraftNouns of actors.go), a mention only where its
	// sentence is about fighting (militaryWords), as the state's name is.
	office bool
	// all are the word sets every word of a trigger is in, set once the
	// lexicon is built (nil: has asks each word): eventHits asks sets of
	// each trigger it finds.
	all *setBits
}

// lexicon holds every name the extractor knows, keyed by first word.
type lexicon struct {
	first      map[string][]*entry
	towns      map[string]*town
	townOrder  []string
	govs       map[string]*governorate
	govOrder   []string
	actors     map[string]*actor
	actorOrder []string
	events     map[string]*eventType
	triggers   map[string][]*entry // event trigger phrases by first word
	names      entryIndex          // first, for scan
	triggerIx  entryIndex          // triggers, for eventHits
	eventOrder []string
	eventModel *eventModel         // nil: the rules decide event types alone
	actorModel *actorModel         // nil: the rules decide actors alone
	latin      map[string][]Entity // Latin key → entities
	words      map[string]bool     // single words of town names and actor aliases
	noStrip    map[string]bool     // words whose first letters are not proclitics (لبنان)
	noStripIDs []bool              // noStrip's words in vocab, by id (see keepsWhole)
	labelKeys  map[string][]labelKey
	// adjectives: a nationality adjective, with and without ال → an
	// entry naming its actor, for adjectives joined to a force
	// ("الطائرات الروسية والسورية"); not a name word.
	adjectives map[string]*entry
}

var (
	lexOnce sync.Once
	theLex  *lexicon
)

// Load builds the gazetteers, actor names and event rules from the
// embedded data now rather than at the first extraction, label or entity
// lookup, which would otherwise pay for it (about 80 ms): a server warms
// it as it starts.
func Load() { lex() }

// lex returns the lexicon, built once from the embedded data.
func lex() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{
			first:    map[string][]*entry{},
			towns:    map[string]*town{},
			govs:     map[string]*governorate{},
			actors:   map[string]*actor{},
			events:   map[string]*eventType{},
			latin:    map[string][]Entity{},
			words:    map[string]bool{},
			noStrip:  map[string]bool{},
			triggers: map[string][]*entry{},

			adjectives: map[string]*entry{},
		}
		l.loadPlaces()
		l.loadActors()
		l.loadEvents()
		m, err := parseEventModel(eventModelTSV)
		if err != nil {
			panic(err) // the embedded weights are checked by TestEventModelParses
		}
		l.eventModel = m
		am, err := parseActorModel(actorModelTSV)
		if err != nil {
			panic(err) // the embedded weights are checked by TestActorModelParses
		}
		l.actorModel = am
		l.finish()
		l.buildLabelKeys()
		for _, es := range l.triggers {
			for _, e := range es {
				e.all = setsOfAll(e.words)
			}
		}
		l.indexNoStrip()
		indexVocab()
		theLex = l
	})
	return theLex
}

// indexNoStrip fills noStripIDs from noStrip, once vocab holds every word
// the lexicon adds to it.
func (l *lexicon) indexNoStrip() {
	l.noStripIDs = make([]bool, len(vocab)+1)
	for w := range l.noStrip {
		if v := vocab[w]; v != nil {
			l.noStripIDs[v.id] = true
		}
	}
}

// keepsWhole reports whether t's word is in noStrip: its first letters
// are no proclitics. The scans of names and of triggers ask it at every
// word that may open one, where the lookup of the word's string was a
// fiftieth of extraction; the word's vocab id (its first form's) indexes
// noStripIDs instead. A word with no id (in no set), or one that joined
// vocab after lex was built, is looked up by its string.
func (l *lexicon) keepsWhole(t *token) bool {
	if id := int(t.ids[0]); id != 0 && id < len(l.noStripIDs) {
		return l.noStripIDs[id]
	}
	return l.noStrip[t.w]
}

// setsOfAll returns the bits of the word sets that every word of ws is
// in: a word is in a set exactly when its vocab entry has the set's bit.
func setsOfAll(ws []string) *setBits {
	var b setBits
	for i := range b {
		b[i] = ^uint64(0)
	}
	for _, w := range ws {
		v := vocab[w]
		if v == nil {
			return &setBits{}
		}
		for i := range b {
			b[i] &= v.sets[i]
		}
	}
	return &b
}

func (l *lexicon) add(e *entry) {
	if len(e.words) == 0 {
		return
	}
	l.first[e.words[0]] = append(l.first[e.words[0]], e)
}

// finish sorts entries longest first and builds the word, Latin and entry
// indexes.
func (l *lexicon) finish() {
	for _, es := range l.first {
		sortLongestFirst(es)
		for _, e := range es {
			if (e.kind == kindTown || e.kind == kindActor || e.kind == kindGov) && !e.spelled {
				for _, w := range e.words {
					if hedgeWords[w] {
						continue // "يعتقد أنها": not a name word to keep whole
					}
					if loneLetter(w) {
						// An acronym spelt out ("ب ي د"): the stemmer
						// has nothing to cut from a lone letter, so the
						// analysis chain's list (and the index format)
						// need not change for it.
						continue
					}
					l.words[w] = true
					if strings.HasPrefix(w, "ال") && len(w) > len("ال")+2 {
						l.words[w[len("ال"):]] = true
					} else {
						l.words["ال"+w] = true
					}
				}
			}
		}
	}
	addLatin := func(key string, e Entity) {
		if len(key) < 3 {
			return
		}
		for _, x := range l.latin[key] {
			if x.Facet == e.Facet && x.ID == e.ID {
				return
			}
		}
		l.latin[key] = append(l.latin[key], e)
	}
	for _, id := range l.actorOrder {
		a := l.actors[id]
		for _, s := range append([]string{a.en}, a.latin...) {
			addLatin(latinKey(s), Entity{Facet: FacetActors, ID: id, Alias: s})
		}
	}
	for _, p := range l.govOrder {
		g := l.govs[p]
		for _, k := range append([]string{latinKey(g.en)}, g.latin...) {
			addLatin(k, Entity{Facet: FacetGovernorates, ID: p, Alias: g.en})
		}
	}
	for _, p := range l.townOrder {
		t := l.towns[p]
		keys := append([]string{latinKey(t.en)}, t.latin...)
		for _, k := range keys {
			addLatin(k, Entity{Facet: FacetTowns, ID: p, Alias: t.en})
			if strings.HasPrefix(k, "al") && len(k) > 5 {
				addLatin(k[2:], Entity{Facet: FacetTowns, ID: p, Alias: t.en})
			}
		}
	}
	l.names = newEntryIndex(l.first, nameStarts, nameSeconds)
	l.triggerIx = newEntryIndex(l.triggers, triggerStarts, triggerSeconds)
}

// nameStarts and triggerStarts are the first words of the lexicon's names
// and of its event triggers, filled by newEntryIndex: most tokens open
// neither, and their bit tells so before any lookup.
var nameStarts, triggerStarts = wordSet(""), wordSet("")

// nameSeconds and triggerSeconds are the second words of the names and
// triggers of two words or more, filled by newEntryIndex: most words follow
// no first word of a longer name, and their bit tells so before the pairs'
// lookup, which hashes two strings.
var nameSeconds, triggerSeconds = wordSet(""), wordSet("")

// sortLongestFirst orders entries longest first; at equal length a phrase
// that names nothing (kindNone) wins, so a listed region or foreign name
// blocks the community it shares a name with.
func sortLongestFirst(es []*entry) {
	sort.SliceStable(es, func(i, j int) bool {
		if len(es[i].words) != len(es[j].words) {
			return len(es[i].words) > len(es[j].words)
		}
		return es[i].kind == kindNone && es[j].kind != kindNone
	})
}

// token is one word of normalized text.
//
// Its fields are ordered to pack: an article has thousands of tokens.
type token struct {
	w     string
	forms []string // w and w without proclitics, see cliticForms
	sets  *setBits // the word sets its forms are in (see words); noSets: none
	sent  int      // sentence number
	para  int      // paragraph number; 0 is the title
	at    int32    // offset of w in its normalized field (for evidence)
	gap   bool     // punctuation between this token and the one before
	// bracket: that punctuation is only brackets, "استشهاد (15) خمسة عشر"
	// (bracketed figures of official statements).
	bracket bool
	title   bool
	holds   uint8 // which holdsWords the article's text holds anywhere (the same in every token)
	// art is what tokenize knows of the whole article (the same in every
	// token; nil only before tokenize fills it): the union of every
	// token's sets (see inArticle), and its lead's sentences.
	art *articleInfo
	// ids are the vocab ids of forms, in their order (vocabWord.id; 0: a
	// form in no set).
	ids [maxForms]int32
}

// Substrings that rules look for inside every word of an article (ghouta,
// syrianWord). Asked of each token in turn, an article that
// lacks them cost a strings.Contains per token, a twentieth of extraction;
// tokenize looks for them once in the normalized title and body, and every
// token carries the answer, so that such an article is not searched word
// by word. A word is a piece of that text, so one that holds the substring
// is only in an article that does.
const (
	holdsSyri   uint8 = 1 << iota // سوري
	holdsGhouta                   // غوطه
	// holdsAlways: the raw text writes دوما with its tanween (دوماً،
	// دومًا), "always", which Normalize strips (see alwaysWritten).
	holdsAlways
)

// alwaysWritten reports whether raw, not yet normalized, writes دوما with
// a tanween: "always" (دوماً، دومًا), never the town, whose name takes none.
func alwaysWritten(raw string) bool {
	// One pass for the tanween, found by its second byte, which no letter
	// has: strings.Index for دوم stopped at every letter written
	// with د's first byte (half the text) and soon compared دوم at every
	// byte, where the tanween stands every few hundred bytes.
	const fathatan = "\u064b" // ً
	for i := 0; ; {
		j := strings.IndexByte(raw[i:], fathatan[1])
		if j < 0 {
			return false
		}
		i += j + 1 // raw[:i] ends with the tanween
		if strings.HasSuffix(raw[:i], "دوما"+fathatan) || strings.HasSuffix(raw[:i], "دوم"+fathatan) && strings.HasPrefix(raw[i:], "ا") {
			return true
		}
	}
}

// holdsWords are the substrings, by the bit of holdsSyri, holdsGhouta.
var holdsWords = [...]string{"سوري", "غوطه"}

// textHolds returns the bits of the holdsWords that s holds.
func textHolds(s string) uint8 {
	var h uint8
	for k, sub := range holdsWords {
		if containsBySecond(s, sub) {
			h |= 1 << k
		}
	}
	return h
}

// containsBySecond is strings.Contains(s, sub) for a sub of two bytes or
// more: it looks for sub's second byte, the second byte of an Arabic letter
// (rarer than the first, which most letters share), and tries sub before it.
func containsBySecond(s, sub string) bool {
	return indexBy(s, sub, 1) >= 0
}

// indexBy is strings.Index(s, sub), found by sub's byte at k, which the
// caller chooses as rare: Arabic is written two bytes a letter, and most
// letters share one of two first bytes, so that strings.Index, which looks
// for sub's first byte, soon falls back to comparing sub at every byte of
// s; IndexByte skips to where sub[k] next stands, far apart for the second
// byte of a rare letter. Each place of sub[k] is tried in order, so the
// first sub found is the first in s.
func indexBy(s, sub string, k int) int {
	for i := k; i < len(s); i++ {
		j := strings.IndexByte(s[i:], sub[k])
		if j < 0 {
			return -1
		}
		i += j
		if strings.HasPrefix(s[i-k:], sub) {
			return i - k
		}
	}
	return -1
}

// mayHold reports whether the article of toks holds the holdsWords
// substring of bit anywhere: when it does not, no token's word does.
func mayHold(toks []token, bit uint8) bool {
	return len(toks) > 0 && toks[0].holds&bit != 0
}

// noSets are the bits of a word in no set. tokenize points such tokens at
// it rather than leaving sets nil: has is asked hundreds of times per
// article, and whether a token is in any set is a coin toss that the
// processor mispredicted where has branched on nil.
var noSets setBits

// has reports whether the token, with any proclitics taken off, is in set.
//
// Every token has sets (tokenize makes every token, and points those in no
// set at noSets), so has does not test for nil: with that test it cost
// the inliner 23, over the 20 it allows in its largest callers (eventHits,
// the actor and toll passes), where it stayed a call at each of the
// hundreds of times per article they ask it.
func (t *token) has(set *words) bool {
	return t.sets.holds(set)
}

// is reports whether the token's word as written, with no proclitic taken
// off, is in set: set.contains(t.w), asked of the token's bit first. Most
// tokens hold none of a set's words under any form, and a map lookup of
// each, in the toll and date rules that read the words around a figure,
// cost more than the bit; a word of one form needs no lookup at all.
func (t *token) is(set *words) bool {
	return t.has(set) && (len(t.forms) == 1 || set.contains(t.w))
}

// inArticle reports whether some token of toks's article is in set. A
// pass that only acts at a word of set (uncoveredMentions runs a dozen
// over every token) skips an article without one: most articles lack most
// sets.
func inArticle(toks []token, set *words) bool {
	return len(toks) > 0 && articleSets(toks).holds(set)
}

// articleSets returns the bits of the sets the words of toks's article
// are in (inArticle's union of every token's), or allSets for tokens
// tokenize did not make. A walk over every token that asks a rare set at
// each (findTolls) asks these first: they stay in cache, where a token's
// own are a load of its word's, and a set no word of the article holds
// answers false for every token, as the token's bits would.
func articleSets(toks []token) *setBits {
	if len(toks) == 0 || toks[0].art == nil {
		return &allSets
	}
	return &toks[0].art.sets
}

// allSets holds every set's bit: articleSets's answer when it knows no
// article, which leaves every test to the token. Never written.
var allSets = func() (b setBits) {
	for i := range b {
		b[i] = ^uint64(0)
	}
	return b
}()

// mayHoldWa reports whether w, or w without a leading و (stripWa), may be
// in set: false only when neither is. The set's bit tells so for every word
// but و and two letters, whose stripped form cliticForms leaves out.
func (t *token) mayHoldWa(set *words) bool {
	return t.has(set) || len(t.w) <= 6 && strings.HasPrefix(t.w, "و")
}

func isSep(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// isWordRune reports letters and digits, with ASCII and the Arabic block
// (nearly all of the text) answered without the Unicode tables.
func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z'
	case r >= 0x0621 && r <= 0x064A, r >= 0x0660 && r <= 0x0669:
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordRune2 is isWordRune of the runes of two bytes in UTF-8 (below
// U+0800), the Arabic letters among them: tokenize reads nearly every rune
// of the text from it with one load.
var wordRune2 = func() (t [0x800]bool) {
	for r := range t {
		t[r] = isWordRune(rune(r))
	}
	return t
}()

// wordRune2At reports whether s[j:], which holds two bytes or more, opens
// with a rune of two bytes in wordRune2, decoded as tokenize decodes it.
func wordRune2At(s string, j int) bool {
	c := s[j]
	return c >= 0xC2 && c < 0xE0 && s[j+1]&0xC0 == 0x80 && wordRune2[rune(c&0x1F)<<6|rune(s[j+1]&0x3F)]
}

// numberSeps are the runes that join the digits of one number: the
// decimal point and thousands separator, ASCII or Arabic (٫). tokenize
// keeps them inside a figure's token (numberSep); digits reads the
// thousands, tallyRead counts such a figure a tally.
const numberSeps = ".,٫"

// numberSep reports r as one of numberSeps.
func numberSep(r rune) bool { return strings.ContainsRune(numberSeps, r) }

// decimalCut reports a figure w read with a point in it (point) that is no
// thousands group: the words after a decimal ("3.5"، "1.8 مليون") start a
// sentence, as they did when the point cut the figure, because the lead's
// extent (leadSentences, two sentences) and the rules reading a sentence
// lean on that cut. Not cutting there moved 50 corpus articles, a third of
// them wrongly (round 51, m51num; the audit README). A figure in thousands
// ("10.000"، "2.500") ends no sentence.
func decimalCut(w string, point bool) bool {
	if !point {
		return false
	}
	_, grouped := groupedDigits(w)
	return !grouped
}

// isQuote reports runes that do not break a name: quotes around a name
// ("تنظيم “الدولة الإسلامية”") are common.
func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '«', '»', '‘', '’', '„', '`':
		return true
	}
	return false
}

// hashtagMark reports the marks of a hashtag: the "#" before it and the
// "_" that joins its words ("تنفيذ هجمات في #روسيا"، "#وزارة_الخزانة_الأميركية").
// Al Arabiya writes them inline, as a link's markup on words the sentence
// reads on through, so they part no words, as a quote does not: read as
// punctuation they broke every check of a word right before another ("في"
// before the place an attack struck, placeAfterIn; a force's name and its
// adjective). Round 54's corpus audit (c54act) found russia so coded from
// "هجمات في #روسيا".
func hashtagMark(r rune) bool { return r == '#' || r == '_' }

// tokenize splits title and body into tokens of normalized text, keeping
// punctuation, sentence and paragraph boundaries.
func tokenize(title, body string) []token { return new(tokenBuf).tokenize(title, body) }

// tokenBuf holds the arrays of an article's tokens and of their clitic
// forms, the largest of what extraction allocates: reading takes one from
// tokenBufs and release gives it back, so that a stream of articles does
// not allocate and collect them anew for each (a tenth of extraction's
// time went to that).
type tokenBuf struct {
	toks  []token
	forms []string
	ms    []mention   // the article's lexicon matches (reading)
	art   articleInfo // the tokens' art
	// unions holds the sets of the tokens with two or more forms in sets,
	// which no one vocab entry holds: one allocation each was an eighth
	// of the bytes extraction allocates on the seeds. A token points into
	// the array; one that append moves leaves the earlier tokens pointing
	// into the old one, which they only read.
	unions []setBits
	// seen remembers vocab's answers from one article to the next: only
	// the pooled buffers of a stream of articles have one (a one-off
	// tokenize, FindEntities' of a query, would only zero it).
	seen *vocabSeen
	// article numbers the articles read with the buffer, from 1, for
	// seen's slots (see vocabSeen.of).
	article uint64
	// pos holds, for each indexed set, the positions of the tokens in it
	// (art.pos, see setTokens), its arrays kept for the next article.
	pos [maxIndexed][]int
	// possessive holds the positions of the tokens not in triggerStarts
	// at which possessiveForms holds (art.possessive, see triggerWalk),
	// its array kept for the next article.
	possessive []int
}

var tokenBufs = sync.Pool{New: func() any {
	b := &tokenBuf{seen: new(vocabSeen)}
	b.carvePositions()
	return b
}}

// slicePool keeps an article's working arrays for the next article, where
// making them anew for each was a large share of what extraction
// allocates; an array past max elements (one huge article's) is let go.
type slicePool[T any] struct {
	pool sync.Pool
	max  int
}

// get returns an array of n zero values; give it back with put when no
// longer in use.
func (p *slicePool[T]) get(n int) *[]T {
	s, _ := p.pool.Get().(*[]T)
	if s == nil {
		s = new([]T)
	}
	if cap(*s) < n {
		*s = make([]T, n)
	} else {
		*s = (*s)[:n]
		clear(*s)
	}
	return s
}

// put gives s, from get, back for reuse unless it is one huge article's.
func (p *slicePool[T]) put(s *[]T) {
	if cap(*s) <= p.max {
		p.pool.Put(s)
	}
}

// tokenStrings holds arrays of one string per token: eventHits's actor id
// at each token was the largest of an article's allocations (two fifths of
// the bytes over corpus articles).
var tokenStrings = &slicePool[string]{max: maxPooledTokens}

// maxPooledTokens bounds the arrays a tokenBuf keeps: one huge article
// should not pin its arrays for every article after it.
const maxPooledTokens = 1 << 16

// tokenize is the package's tokenize into b's arrays, which it overwrites
// (earlier tokens from b must no longer be in use).
func (b *tokenBuf) tokenize(title, body string) []token {
	return b.tokenizeNormalized(title, body, "")
}

// tokenizeNormalized is tokenize given the body's normalized text, norm,
// where the caller has it ("" where not).
func (b *tokenBuf) tokenizeNormalized(title, body, norm string) []token {
	lex() // it adds the lexicon's sets to vocab
	toks := b.toks[:0]
	if n := (len(title) + len(body)) / 8; cap(toks) < n {
		toks = make([]token, 0, n)
	}
	sent, para := 0, 0
	var holds uint8
	// scan reads raw, whose normalized text is s ("": not yet made).
	scan := func(raw, s string, inTitle bool) {
		if alwaysWritten(raw) {
			holds |= holdsAlways
		}
		if s == "" {
			s = analyzers.Normalize(raw)
		}
		holds |= textHolds(s)
		gap := true
		brackets := false // the punctuation of gap is only brackets
		start := -1
		lastDigit := false
		pointCut := false // the word being read is a figure with a point
		for i, size := 0, 0; i < len(s); i += size {
			// What range would read, with a two-byte rune (the Arabic
			// letters, nearly all of the text) decoded here rather than by
			// a call per rune.
			r, c := rune(s[i]), s[i]
			switch size = 1; {
			case c < utf8.RuneSelf:
			case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
				r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
			default:
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if size == 2 && wordRune2[r] || size != 2 && isWordRune(r) {
				isDigit := r >= '0' && r <= '9'
				if start >= 0 && isDigit != lastDigit {
					// "عن55": a number glued to a word is a word of its own.
					toks = append(toks, token{w: s[start:i], at: int32(start), gap: gap, bracket: gap && brackets, sent: sent, para: para, title: inTitle})
					start = -1
					gap, brackets = false, true
					if decimalCut(toks[len(toks)-1].w, pointCut) { // "3.5مليون": as below
						sent++
					}
					pointCut = false
				}
				if start < 0 {
					start = i
				}
				lastDigit = isDigit
				if !isDigit {
					// The word's letters of two bytes that follow (most of
					// the text) would each take this branch and change
					// nothing: step over them here, without the decoding
					// and the tests above.
					for i+size+1 < len(s) && wordRune2At(s, i+size) {
						size += 2
					}
				}
				continue
			}
			if start >= 0 && lastDigit && numberSep(r) && i+size < len(s) && s[i+size] >= '0' && s[i+size] <= '9' {
				// "قتل 2.500 شخص"، "10,000 قتيل"، "3.5 مليون": a point or
				// comma between digits is inside one number (digits reads
				// its thousands, tallyRead its tally).
				pointCut = pointCut || r == '.'
				continue
			}
			if start >= 0 {
				toks = append(toks, token{w: s[start:i], at: int32(start), gap: gap, bracket: gap && brackets, sent: sent, para: para, title: inTitle})
				start = -1
				gap, brackets = false, true
				if decimalCut(toks[len(toks)-1].w, pointCut) {
					sent++
				}
				pointCut = false
			}
			switch {
			case r == '\n':
				if len(toks) > 0 && toks[len(toks)-1].para == para {
					para++
					sent++
				}
				gap, brackets = true, false
			case r == '.' || r == '!' || r == '?' || r == '؟' || r == ';' || r == '؛':
				sent++
				gap, brackets = true, false
			case unicode.IsSpace(r) || isQuote(r) || hashtagMark(r):
			case r == '(' || r == ')':
				gap = true
			default:
				gap, brackets = true, false
			}
		}
		if start >= 0 {
			toks = append(toks, token{w: s[start:], at: int32(start), gap: gap, bracket: gap && brackets, sent: sent, para: para, title: inTitle})
		}
	}
	scan(title, "", true)
	sent++
	para = 1
	scan(body, norm, false)
	// One backing array for every token's clitic forms.
	all := b.forms[:0]
	if cap(all) < len(toks)*2 {
		all = make([]string, 0, len(toks)*2)
	}
	var buf [maxForms]string
	b.art = articleInfo{pos: &b.pos, possessive: &b.possessive}
	for k := range b.pos {
		b.pos[k] = b.pos[k][:0]
	}
	b.possessive = b.possessive[:0]
	b.unions = b.unions[:0]
	b.article++
	for i := range toks {
		start := len(all)
		all = append(all, cliticForms(toks[i].w, buf[:0])...)
		toks[i].forms = all[start:len(all):len(all)]
		toks[i].holds = holds
		toks[i].art = &b.art
		var slots slotMask
		for k, f := range toks[i].forms {
			v, id, nz, first := b.seen.of(f, b.article)
			if v == nil {
				continue
			}
			toks[i].ids[k] = id
			slots.or(&v.slots)
			if first {
				// art is the union of the tokens' sets, which are the
				// union of their forms': a form's sets are added once
				// per article, not at each of its tokens.
				b.art.sets.orWords(&v.sets, nz)
			}
			if toks[i].sets == nil {
				toks[i].sets = &v.sets // shared: never written through
			} else {
				b.unions = append(b.unions, *toks[i].sets)
				u := &b.unions[len(b.unions)-1]
				u.orWords(&v.sets, nz)
				toks[i].sets = u
			}
		}
		if toks[i].sets == nil {
			toks[i].sets = &noSets
		}
		if slots != (slotMask{}) {
			b.indexTokens(i, &slots)
		}
		// The possessives the trigger walk meets besides triggerStarts'
		// tokens, which it meets anyway: asked of those too, and without
		// possessiveEnd inlined first, the test cost as much as it saved.
		if k := triggerStarts.slot - 1; slots[k/64]&(1<<(k%64)) == 0 && possessiveEnd(toks[i].w) && possessiveForms(&toks[i]) {
			b.possessive = append(b.possessive, i)
		}
	}
	b.toks, b.forms = toks, all
	if len(toks) > 0 {
		b.art.first, b.art.n = &toks[0], len(toks)
	}
	return toks
}

// articleInfo is what tokenize knows of a whole article, which every token
// points at (token.art).
type articleInfo struct {
	sets setBits // the union of every token's sets
	// first and n are the article's tokens, the first and how many: a
	// token slice asked of (leadSentences) is the article's own only when
	// they match, and not a part of it.
	first *token
	n     int
	// lead is leadSentences of the article's tokens, made at the first
	// ask (nil: not yet).
	lead map[int]bool
	// leadPara is leadPara of the article's tokens, found at the first
	// ask (0: not yet).
	leadPara int
	// pos are the positions of the tokens of each indexed set, ascending
	// (see setTokens): for each slot k, exactly the i whose toks[i] has
	// indexedSets[k].
	pos *[maxIndexed][]int
	// possessive are the positions of the tokens not in triggerStarts at
	// which possessiveForms holds, ascending (see triggerWalk).
	possessive *[]int
}

// articleOf returns what tokenize knows of the article whose tokens toks
// are, all of them; nil for a part of an article or tokens made
// elsewhere, whose answers it may not keep.
func articleOf(toks []token) *articleInfo {
	if len(toks) == 0 || toks[0].art == nil || toks[0].art.first != &toks[0] || toks[0].art.n != len(toks) {
		return nil
	}
	return toks[0].art
}

// maxForms bounds the forms cliticForms returns: w, w without و or ف, and
// each of those two without ب or ل.
const maxForms = 4

// cliticForms returns w and what remains of it after the proclitics و ف
// and ب ل are taken off, in that order (ك "like" almost never precedes a
// name, and stripping it turns كميل into the village ميل); "لل" before a definite name
// becomes "ال" (للرقة → الرقة). Callers only accept a form that is a known
// name, so stripping never invents words.
func cliticForms(w string, buf []string) []string {
	buf = append(buf[:0], w)
	// An array, not a slice grown by append: that allocated for every
	// word opening with و or ف.
	base, nbase := [2]string{w}, 1
	if (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && len(w) > 6 {
		base[1], nbase = w[2:], 2
		buf = append(buf, w[2:])
	}
	for _, b := range base[:nbase] {
		if len(b) <= 6 {
			continue
		}
		switch {
		case strings.HasPrefix(b, "لل"):
			buf = append(buf, "ا"+b[2:])
		case strings.HasPrefix(b, "ب"), strings.HasPrefix(b, "ل"):
			buf = append(buf, b[2:])
		}
	}
	return buf
}

// mention is one lexicon match in the text.
type mention struct {
	e          *entry
	start, end int // token range
}

// scan finds the longest lexicon match at every token, left to right.
func (l *lexicon) scan(toks []token) []mention {
	// Room for a mention every eighth token (the seeds hold one every
	// six or eight, the first 500 ant-all articles one every 35), grown
	// once at most on most articles: growing it from nothing was a
	// fiftieth of extraction. Nothing appends to the result.
	return l.scanTo(make([]mention, 0, len(toks)/8), toks)
}

// scanTo is scan appending to out, which reading takes from its token
// buffer: the mentions, made and grown anew for each article, were an
// eighth of the bytes extraction allocates on the seeds.
func (l *lexicon) scanTo(out []mention, toks []token) []mention {
	for i := 0; i < len(toks); {
		var best *entry
		if toks[i].has(l.names.starts) {
			own := len(toks[i].forms)
			if own > 1 && l.keepsWhole(&toks[i]) { // a word of one form has nothing to strip
				own = 1
			}
			best = l.names.longestAt(toks, i, own, nil)
		}
		if e := l.shortCliticName(toks, i); e != nil && (best == nil || len(e.words) > len(best.words)) {
			best = e
		}
		if best == nil {
			i++
			continue
		}
		out = append(out, mention{e: best, start: i, end: i + len(best.words)})
		i += len(best.words)
	}
	return out
}

// entryIndex finds the longest entry that matches at a token. A common
// first word (تل، دير، عين، الشيخ) opens hundreds of town names, and comparing
// each of them with the words that follow was most of the scan: entries of
// two or more words are therefore found by their first two words.
type entryIndex struct {
	// firsts holds the entries by their first word: one lookup of a form
	// tells that no entry opens with it, where a lookup of the pair and
	// one of the single word asked it twice (a twentieth of extraction).
	firsts map[string]*firstEntries
	// byID holds firsts by the vocab id of their word (nil: no entry
	// opens with it), for the forms of a token (token.ids): indexing by
	// the id tokenize found was cheaper than the lookup of the form's
	// string at every word that may open a name (scan).
	byID   []*firstEntries
	starts *words // the first word of every entry
	second *words // the second word of every entry in pairs
}

// firstEntries are the entries that open with one word.
type firstEntries struct {
	single *entry // the first one-word entry
	// pairs holds the longer entries by the vocab id of their second word
	// (every second word is in vocab, in the index's second), which the
	// next token has at hand (token.ids), where a lookup of its string
	// hashed and compared it.
	pairs map[int32]pairEntries
}

// pairEntries are the entries of two or more words that open with one
// pair of words, longest first.
type pairEntries struct {
	es []*entry
	// thirds narrows a long list by the word after the pair (nil: a
	// short list, tried whole): the air strike phrases ("القصف الجوي",
	// "طائرات حربية") open 300-odd ascribed-strike names each, and trying
	// every one at each strike word was a twentieth of extraction.
	thirds *pairThirds
}

// pairThirds is a long pair list cut by its third word. Each list keeps
// the pair list's order and drops only entries that cannot match there,
// so its first match is the pair list's first match.
type pairThirds struct {
	// two holds the entries of two words: all that can match where no
	// word follows the pair, or punctuation does, or a word that is no
	// entry's third.
	two []*entry
	// by holds, for each third word, the entries of two words and those
	// of more whose third word it is.
	by map[string][]*entry
}

// longPairList is the length from which a pair list is narrowed by its
// third word: shorter ones are tried whole, as cheaply.
const longPairList = 16

// newPairThirds cuts es, a pair list, by its entries' third words.
func newPairThirds(es []*entry) *pairThirds {
	pt := &pairThirds{by: map[string][]*entry{}}
	for _, e := range es {
		if len(e.words) > 2 {
			pt.by[e.words[2]] = nil
		}
	}
	for _, e := range es {
		if len(e.words) > 2 {
			pt.by[e.words[2]] = append(pt.by[e.words[2]], e)
			continue
		}
		pt.two = append(pt.two, e)
		for w := range pt.by {
			pt.by[w] = append(pt.by[w], e)
		}
	}
	return pt
}

// at returns the entries of the list that may match at token i, whose
// next token opens the pair's second word.
func (pt *pairThirds) at(toks []token, i int) []*entry {
	if i+2 < len(toks) && !toks[i+2].gap {
		if es, ok := pt.by[toks[i+2].w]; ok {
			return es
		}
	}
	return pt.two
}

// newEntryIndex indexes byFirst, whose lists are sorted longest first; an
// entry keeps its place in its list, so ties resolve as they did there.
func newEntryIndex(byFirst map[string][]*entry, starts, second *words) entryIndex {
	ix := entryIndex{firsts: map[string]*firstEntries{}, starts: starts, second: second}
	for w, es := range byFirst {
		starts.add(w)
		fe := ix.firsts[w]
		if fe == nil {
			fe = &firstEntries{}
			ix.firsts[w] = fe
		}
		for _, e := range es {
			if len(e.words) == 1 {
				if fe.single == nil {
					fe.single = e
				}
				continue
			}
			if fe.pairs == nil {
				fe.pairs = map[int32]pairEntries{}
			}
			second.add(e.words[1])
			id := vocab[e.words[1]].id
			pe := fe.pairs[id]
			pe.es = append(pe.es, e)
			fe.pairs[id] = pe
		}
		for w2, pe := range fe.pairs {
			if len(pe.es) >= longPairList {
				pe.thirds = newPairThirds(pe.es)
				fe.pairs[w2] = pe
			}
		}
	}
	// Every first word is in vocab now (starts), and a word that joins it
	// later has a larger id, which opens no entry.
	ix.byID = make([]*firstEntries, len(vocab)+1)
	for w, fe := range ix.firsts {
		ix.byID[vocab[w].id] = fe
	}
	return ix
}

// firstOf returns the entries that open with the word of vocab id id
// (nil: none, or id 0, a word in no set).
func (ix *entryIndex) firstOf(id int32) *firstEntries {
	if int(id) < len(ix.byID) {
		return ix.byID[id]
	}
	return nil
}

// longestAt returns the longest entry that matches at token i under one of
// its first own forms (found by their ids) or of extra, forms the token's
// do not hold (withoutSuffix's); of two as long, the one the earlier form
// finds, the token's own before extra.
func (ix *entryIndex) longestAt(toks []token, i, own int, extra []string) *entry {
	var best *entry
	for k := range own + len(extra) {
		var fe *firstEntries
		if k < own {
			fe = ix.firstOf(toks[i].ids[k])
		} else {
			fe = ix.firsts[extra[k-own]]
		}
		if fe == nil {
			continue // no entry opens with f
		}
		e := fe.longerAt(toks, i, ix.second, nil)
		if e == nil {
			e = fe.single
		}
		if e != nil && (best == nil || len(e.words) > len(best.words)) {
			best = e
		}
	}
	return best
}

// longerAt returns the longest entry of two or more words that opens with
// f at token i and that keep (nil: any) accepts.
func (ix *entryIndex) longerAt(toks []token, i int, f string, keep func(*entry) bool) *entry {
	return ix.firsts[f].longerAt(toks, i, ix.second, keep)
}

// longerAt is entryIndex.longerAt for the entries that open with one
// word (fe nil: none); second is the index's second words.
func (fe *firstEntries) longerAt(toks []token, i int, second *words, keep func(*entry) bool) *entry {
	// The next word's own form is the key's second word, and its bits
	// hold its forms' sets.
	if fe == nil || fe.pairs == nil || i+1 == len(toks) || toks[i+1].gap || !toks[i+1].has(second) {
		return nil
	}
	pe := fe.pairs[toks[i+1].ids[0]] // the id of its own form, w
	es := pe.es
	if pe.thirds != nil {
		es = pe.thirds.at(toks, i)
	}
	for _, e := range es {
		if (keep == nil || keep(e)) && matchAt(toks, i, e.words) {
			return e
		}
	}
	return nil
}

// matchAt reports whether words (after the first, already matched) follow
// token i without punctuation in between.
func matchAt(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k := 1; k < len(words); k++ {
		t := toks[i+k]
		if t.gap || t.w != words[k] {
			return false
		}
	}
	return true
}

// extractor reads facets with the embedded lexicon.
type extractor struct {
	rulesOnly bool // the rules decide actors without the actor model (for its training)
}

var defaultExtractor = &extractor{}

// Extract reads the event facets of one article.
func (x *extractor) Extract(title, body string, published time.Time) Facets {
	f, r := x.read(title, body, published, nil)
	r.release()
	return f
}

// reading is what the facets of an article were read from: its tokens
// and lexicon matches, and the body text as tokenized (teasers cut,
// read-also lines blanked, the offsets of the body as given kept).
type reading struct {
	toks []token
	ms   []mention
	body string
	buf  *tokenBuf // toks's arrays, for release
}

// release gives the reading's arrays back for the next article; nothing
// may use its tokens after.
func (r reading) release() {
	if cap(r.buf.toks) <= maxPooledTokens {
		tokenBufs.Put(r.buf)
	}
}

// read is Extract that also returns what the facets were read from and,
// when n is not nil, has the rules note in n the mentions behind the values
// they weigh, for their evidence (evidence.go).
func (x *extractor) read(title, body string, published time.Time, n *notes) (Facets, reading) {
	l := lex()
	r := l.reading(title, body)
	toks, ms := r.toks, r.ms
	var f Facets
	f.Towns, f.Governorates = l.places(toks, ms, n)
	aboutSyria := len(f.Towns)+len(f.Governorates) > 0 || mentionsSyria(toks)
	f.Actors = l.findActors(toks, ms, aboutSyria, published, n)
	var headEvent int
	var told bool
	var news int
	f.EventTypes, headEvent, told, news = l.findEvents(toks, ms, published, n)
	var act, court bool
	f.Killed, f.Injured, act, court = casualties(toks, published, n)
	// An almanac tells history only: no event type, no toll, no party,
	// and no date below (dates_onthisday.go).
	almanac := almanacTitle(toks)
	if almanac {
		if f.Killed != nil || f.Injured != nil {
			n.tollMain("almanacTitle", killedKind, nil)
			n.tollMain("almanacTitle", injuredKind, nil)
		}
		f.EventTypes, f.Killed, f.Injured = nil, nil, nil
	}
	if len(f.EventTypes) == 0 && f.Killed == nil && !court {
		// No event told: a party-militia named once is politics
		// (actors_politics.go).
		f.Actors = l.politicalMilitias(toks, ms, f.Actors)
		f.Actors = l.labelledGroups(toks, ms, f.Actors)
		// The regime only as another's beneficiary, ally or past
		// recapturer (actors_regimebackdrop.go).
		f.Actors = l.regimeBackdrop(toks, ms, f.Actors, aboutSyria, published)
		// ISIS, the Iraqi forces and the PMF only in the finished war's
		// background of an Iraqi story (actors_iraqbackdrop.go); not in a
		// story of captives freed, whose captors they are (freedCaptivesIn).
		if !freedCaptivesIn(toks) {
			f.Actors = l.iraqWarBackdrop(toks, ms, f.Actors, aboutSyria, published, false)
		}
	} else if len(f.EventTypes) == 1 && f.EventTypes[0] == "government-regains-territory" && f.Killed == nil && !court {
		// The one event a recapture dated to a year gone
		// (actors_iraqbackdrop.go).
		f.Actors = l.iraqWarBackdrop(toks, ms, f.Actors, aboutSyria, published, true)
	}
	if l.actorModel != nil && !x.rulesOnly {
		f.Actors = l.actorModel.adjust(l, r, f, published)
	}
	if almanac {
		f.Actors = f.Actors[:0]
	}
	// One event type with a toll is news of the day as well: "استشهاد
	// عشرة من منسوبي قوات الطوارئ ... في تفجير" (tune +1 date, no loss on
	// the articles the gold data leaves undated). Not an act's one victim
	// (an assassination, an execution): court papers on Colvin's 2012
	// killing are no news of their day. Nor is a title quoting a source
	// ("مسؤولون: …", sourceTitle) over a lead that names no day.
	// A verdict over an older killing keeps its day though its toll is
	// dropped (court, tolls_background.go's courtStepStory).
	if news < newsTypes && (f.Killed == nil && !court || act || news == 0) && !told || sourceTitle(title) {
		headEvent = -1
	}
	if !almanac {
		f.EventDate = eventDate(toks, published, headEvent, n)
	}
	return f, r
}

// reading cuts what is not the article's own text from body, tokenizes it
// with the title and finds the lexicon's mentions: what every rule reads.
func (l *lexicon) reading(title, body string) reading {
	body, norm := cleanBodyNormalized(title, body)
	buf := tokenBufs.Get().(*tokenBuf)
	toks := buf.tokenizeNormalized(title, body, norm)
	buf.ms = l.scanTo(buf.ms[:0], toks)
	return reading{toks: toks, ms: buf.ms, body: body, buf: buf}
}

// cleanBody cuts from body what is not the article's own text: CNN's
// trailing teasers, "read also" links and stray headlines of other
// stories, and reads dashes written as a lone tatweel as dashes. What it
// keeps stays at its offsets.
func cleanBody(title, body string) string {
	return dropStrayHeadlines(title, dropReadAlso(stripTeasers(dropAuthorList(dropSiteChrome(dashTatweels(body))))))
}

// cleanBodyNormalized is cleanBody with the normalized text of the body
// it returns, where weighing stray headlines made it ("" where not), for
// tokenize to read rather than normalize the body a second time.
func cleanBodyNormalized(title, body string) (clean, norm string) {
	return dropStrayNormalized(title, dropReadAlso(stripTeasers(dropAuthorList(dropSiteChrome(dashTatweels(body))))), "")
}

// siteChrome are page widgets SaudiNewsNet's scrape leaves at the head of
// a body: عين اليوم's photo-slider buttons ("Next Previous", 270 corpus
// bodies, on a line of their own or before the dateline) and a share bar
// run into the lead ("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أكد
// نائب خادم الحرمين ...", 141 bodies). Left in, they are the lead's first
// words, and the date rules that read the lead's verb (leadVerb) or skip
// its dateline read the widget instead.
var siteChrome = []string{"Next Previous", "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"}

// dropSiteChrome blanks a siteChrome widget that opens body, keeping the
// offsets of what follows.
func dropSiteChrome(body string) string {
	i := len(body) - len(strings.TrimLeft(body, " \t\r\n\u00a0"))
	for _, c := range siteChrome {
		if strings.HasPrefix(body[i:], c) {
			return body[:i] + strings.Repeat(" ", len(c)) + body[i+len(c):]
		}
	}
	return body
}

// authorList heads the line SaudiNewsNet's op-eds end with: the titles of
// the columnist's other pieces, run together with no space between them
// ("مقالات أخرى للكاتبخاب وخسر من فجر نفسه ..."). In the corpus 389
// bodies end with it, always on their last line, and 22 of those lines
// name a bombing, a shelling or a battle that the column itself does not
// tell.
const authorList = "مقالات أخرى للكاتب"

// authorListKey is where in authorList dropAuthorList looks for it: the
// second byte of its خ, a rare letter (see indexBy).
var authorListKey = strings.Index(authorList, "خ") + 1

// dropAuthorList blanks out the author's list of other columns from its
// label to the end of its line. The body keeps its length.
func dropAuthorList(body string) string {
	i := indexBy(body, authorList, authorListKey)
	if i < 0 {
		return body
	}
	end := len(body)
	if nl := strings.IndexByte(body[i:], '\n'); nl >= 0 {
		end = i + nl
	}
	return body[:i] + strings.Repeat(" ", end-i) + body[end:]
}

// teaserCount is how many headlines of other stories CNN's Arabic site
// appends to a body ("related articles"), one paragraph each.
const teaserCount = 5

// stripTeasers drops the related-story teasers at the end of a CNN body:
// they name other places, actors and events. A body is taken to carry them
// when it opens with the (CNN) dateline and its last five paragraphs read as
// separate leads: full sentences (eight words or more) of which at most one
// opens with و or ف, the connectives that continue a story. Checked against
// the corpus, where teasers can be told by matching other articles'
// abstracts, the rule finds about nine in ten teaser blocks.
func stripTeasers(body string) string {
	first, _, _ := strings.Cut(strings.TrimLeft(body, " \t\r\n"), "\n")
	opEd := false
	if !hasCNNDateline(first) {
		if opEd = cnnOpEd(first); !opEd {
			return body
		}
	}
	end := len(body)
	connected := 0
	dated := false
	for k := 0; k < teaserCount; k++ {
		// Find the last non-empty paragraph before end.
		trimmed := strings.TrimRight(body[:end], " \t\r\n\u00a0")
		nl := strings.LastIndexByte(trimmed, '\n')
		if nl < 0 {
			return body // the teasers would be the whole body
		}
		p := strings.TrimSpace(trimmed[nl+1:])
		n := len(strings.Fields(p))
		if n < 8 || opEd && n > teaserMaxWords {
			return body
		}
		if opEd && !dated {
			dated = leadDated(p)
		}
		p = strings.TrimLeft(p, "\"“«'")
		if (strings.HasPrefix(p, "و") || strings.HasPrefix(p, "ف")) && !rootOpening(p) || continuationOpening(p) {
			if connected++; connected > 1 {
				return body
			}
		}
		end = nl
	}
	if strings.TrimSpace(body[:end]) == "" || opEd && !dated {
		return body
	}
	return body[:end]
}

// teaserMaxWords bounds a teaser's length: in the corpus 4,455 of 4,460
// CNN teasers that match another article's lead have at most 45 words,
// and half the paragraphs of CNN's op-eds have more.
const teaserMaxWords = 45

// leadDated reports whether a paragraph reads as a news lead told by its
// day: a weekday in its first twenty words ("قال ...، الثلاثاء، إن") or the
// "في 12 سبتمبر/أيلول" of CNN's almanac teasers. Two in five CNN teasers
// have one, and 8 of 372 op-ed paragraphs: an op-ed's last five
// paragraphs are taken for teasers only when one of them is dated.
func leadDated(p string) bool {
	if rest, ok := strings.CutPrefix(p, "في "); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		return true
	}
	k := 0
	for w := range strings.FieldsFuncSeq(p, isSep) {
		if _, ok := weekdays[analyzers.Normalize(w)]; ok {
			return true
		}
		if k++; k >= 20 {
			break
		}
	}
	return false
}

// readAlso are the (normalized) openings of "read also" lines, which
// carry another story's headline. Besides "اقرأ أيضا" and "قد يهمك", CNN
// writes "أيضاً..", "اقرأ..", "قد يعجبك", "شاهد.." (a video of another
// story) and a bare "قصص ذات صلة:" over a block of headlines; BBC writes
// "شاهد:" and "شاهد أيضا:". The punctuation after أيضا and شاهد is what
// tells a link from a sentence ("أيضا، يؤكد المنسق"، "شاهدت مرة"). (France
// 24's "للمزيد:" links stay: they point to earlier reports of the same
// story.)
var readAlso = []string{
	"اقرا ايضا", "اقرا:", "اقرا..", "اقرا|", "اقرا المزيد", "قد يهمك", "قد يعجبك",
	"ايضا..", "ايضا:", "ايضا|", "شاهد ايضا", "شاهد..", "شاهد ..", "شاهد:",
	"قصص ذات صله", "المزيد...", "المزيد:",
}

// relatedRun is how many headline paragraphs a bare "read also" label
// may head: BBC lists up to five under one "اقرأ أيضا:", CNN three under
// "قصص ذات صلة:".
const relatedRun = 5

// dropReadAlso blanks out "read also" paragraphs ("اقرأ أيضا: ..."), and
// the headlines under a bare label ("اقرأ أيضاً:" alone on its line): the
// first paragraph after it if it is short, and the headline-like ones
// (short, no full stop, not a و/ف continuation) that follow that one. The
// body keeps its length.
func dropReadAlso(body string) string {
	if !readAlsoLine(body) {
		return body
	}
	var b strings.Builder
	skip := 0 // headlines still to drop under a bare label
	first := false
	for p := range strings.SplitAfterSeq(body, "\n") {
		t := strings.TrimSpace(p)
		if t == "" {
			b.WriteString(p)
			continue
		}
		if skip > 0 {
			skip--
			if len(strings.Fields(t)) <= 15 && (first || headlineLike(t)) {
				first = false
				b.WriteString(blank(p))
				continue
			}
			skip = 0
		}
		head := t
		if len(head) > 60 {
			head = head[:60]
		}
		head = analyzers.Normalize(head)
		drop := false
		for _, r := range readAlso {
			if strings.HasPrefix(head, r) {
				drop = true
				if len(strings.Fields(t)) <= 3 {
					skip, first = relatedRun, true
				}
				break
			}
		}
		if drop {
			b.WriteString(blank(p))
			continue
		}
		b.WriteString(p)
	}
	return b.String()
}

// headlineLike reports whether a paragraph reads as a headline rather than
// the story going on: no closing full stop or colon, and no opening و or ف.
func headlineLike(t string) bool {
	t = strings.TrimRight(t, " \u00a0\u200f\u202c")
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") {
		return false
	}
	t = strings.TrimLeft(t, "\"“«'")
	return !strings.HasPrefix(t, "و") && !strings.HasPrefix(t, "ف")
}

// blank turns a paragraph into spaces ending in a newline, of its length,
// so that what follows keeps its offsets (evidence points into the body).
func blank(p string) string {
	return strings.Repeat(" ", max(len(p)-1, 0)) + "\n"
}

// readAlsoStarts are the raw first letters of readAlso lines, for a quick
// check before the body is split.
var readAlsoStarts = []string{"اقرأ", "إقرأ", "اقرا", "قد يهمك", "قد يعجبك", "المزيد", "شاهد", "أيضا", "ايضا", "قصص ذات"}

// readAlsoLine reports whether some line of body may open a readAlso line.
func readAlsoLine(body string) bool {
	// One pass over the line starts, not a search of the body per opening.
	for rest := body; ; {
		for _, m := range readAlsoStarts {
			if strings.HasPrefix(rest, m) {
				return true
			}
		}
		nl := strings.IndexByte(rest, '\n')
		if nl < 0 {
			return false
		}
		rest = rest[nl+1:]
	}
}

// rootOpenings are paragraph openings whose و or ف is the word's own first
// letter, not a connective: the "في 28 سبتمبر/أيلول من عام …" of CNN's
// almanac teasers, and verbs of such roots that open its teasers (وجه، وصف،
// وقعت، وافقت، وصل، فاز، فرضت، فاجأت، وبخت، ودع، فوجئ). Counted as
// connectives they kept 47 teaser blocks in ant-all's CNN bodies.
var rootOpenings = plainWords("في وسط وجه وجهت وصف وصفت وقع وقعت وافق وافقت وصل وصلت فاز فازت فرض فرضت " +
	"فاجأ فاجأت وبخ وبخت ودع ودعت فوجئ فوجئت")

// continuationOpenings open a paragraph that goes on with the story before
// it, as و and ف do: "كما قال الإعلامي"، "يذكر أن هذه المرة الأولى"، "أما
// الجيش"، "علماً أن CNN بالعربية"، "يشار إلى"، "يأتي هذا في وقت"، "هذا وقد
// أدانت" (هذا only with a و word after it). In ant-all's CNN bodies the
// teaser rule cut 29 paragraphs opening so, none of them another article's
// lead or title; counted as connectives they keep 13 bodies whole
// (CN-middleEast-512's Douma denial "بعد تحريرها من الإرهابيين" among them),
// each cut block body text (m60opp).
var continuationOpenings = plainWords("كما يذكر أما علما يشار يأتي")

// continuationOpening reports whether paragraph p opens with a
// continuationOpenings word, or with هذا followed by a word of و ("هذا وقد").
func continuationOpening(p string) bool {
	p = strings.TrimLeft(p, "\u200b")
	w, rest, _ := strings.Cut(p, " ")
	w = analyzers.Normalize(strings.TrimRight(w, "،,:"))
	if continuationOpenings[w] {
		return true
	}
	return w == analyzers.Normalize("هذا") && strings.HasPrefix(rest, "و")
}

// rootOpening reports whether paragraph p opens with a rootOpenings word.
func rootOpening(p string) bool {
	w, _, _ := strings.Cut(p, " ")
	return rootOpenings[analyzers.Normalize(strings.TrimRight(w, "،,:"))]
}

// hasCNNDateline reports whether a first paragraph holds the "(CNN)" of a
// CNN dateline, in any case and spacing, also as "(CNN Business)" and
// "(CNN--".
func hasCNNDateline(p string) bool {
	for i := strings.IndexByte(p, '('); i >= 0; {
		rest := strings.TrimLeft(p[i+1:], " ")
		if len(rest) >= 3 && strings.EqualFold(rest[:3], "cnn") && cnnClose(strings.TrimLeft(rest[3:], " ")) {
			return true
		}
		j := strings.IndexByte(p[i+1:], '(')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// cnnOpEd reports whether a first paragraph is the disclaimer that heads
// CNN's op-eds ("هذا المقال بقلم بشار جرار ... ولا تعكس بالضرورة رأي
// شبكة CNN."), which stands where a news story's dateline would: op-eds
// carry the same five teasers at their end.
func cnnOpEd(p string) bool {
	return strings.HasPrefix(p, "هذا المقال") && strings.Contains(p, "CNN")
}

// cnnClose reports whether what follows "(CNN" closes the dateline: ")",
// a dash ("(CNN--"), or a Latin word and ")" ("(CNN Business)").
func cnnClose(rest string) bool {
	if strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, "-") {
		return true
	}
	w := strings.TrimLeftFunc(rest, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) })
	return len(w) < len(rest) && strings.HasPrefix(w, ")")
}

// loneLetter reports a word of one Arabic letter.
func loneLetter(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.Is(unicode.Arabic, r)
}
