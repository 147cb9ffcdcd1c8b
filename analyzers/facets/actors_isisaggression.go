package facets

import "strings"

// ISIS joined by و to a state's aggression: "لـ"دعم الأهالي ضد داعش والعدوان
// التركي"" and "ستنخرط في مقاومة العدوان التركي وتنظيم داعش الإرهابي" (SANA
// on the pro-government forces sent to Afrin), "ضد هجمات إرهابيي داعش وعدوان
// النظام التركي", "التحديات المستمرة من جانب تنظيم داعش والعدوان الإيراني"
// (the Pentagon on Lebanon's army). The pair is a speaker's two named
// enemies, the stated aim of a deployment or aid, not an act of ISIS the
// article tells. Round 65's m65isis counted it over the 8,718 pool and blind
// gold articles: it stands in 3 (CN-middleEast-43 and
// AL-internationalNews-1124 in the pool, CN-middleEast-56 blind), none codes
// isis (CN-middleEast-43's gold: "ISIS only in SANA's stated aims
// (excluded)"; AL-internationalNews-1124's: "ISIS and Iran only as threats
// in a statement"), and main gave isis by it alone in all 3; a looser
// reach ("بمحاربة داعش ومواجهة عدوان إيران") adds one more uncoded. Over
// ant-all and SaudiNewsNet it stands in those 3 articles only. Other
// pairs of ISIS with a state's doing (its occupation, intervention,
// project or threat) stand in no gold article, so the reading keeps to
// the aggression noun.

var (
	// aggressorStates are the state adjectives that make the aggression a
	// state's; "النظام" may stand between ("عدوان النظام التركي").
	aggressorStates = plainWords("التركي الإيراني الإسرائيلي الأمريكي الأميركي السعودي الروسي")
	aggressorRegime = plainWords("النظام")
)

// aggressionAt reports an aggression noun (aggressionNouns, actors.go: the
// lexicon's "العدوان التركي"; a form without its و, "والعدوان") at toks[i]
// whose state adjective
// follows it, "النظام" allowed between, in the sentence and with no
// punctuation between; it returns the token after the adjective.
func aggressionAt(toks []token, i int) (int, bool) {
	if i < 0 || i >= len(toks) || !formIn(&toks[i], aggressionNouns) {
		return 0, false
	}
	k := i + 1
	if k < len(toks) && !toks[k].gap && toks[k].sent == toks[i].sent && aggressorRegime[toks[k].w] {
		k++
	}
	if k < len(toks) && !toks[k].gap && toks[k].sent == toks[i].sent && aggressorStates[toks[k].w] {
		return k + 1, true
	}
	return 0, false
}

// isisWithAggression reports an ISIS mention joined by و to a state's
// aggression: the aggression right after it with و ("داعش والعدوان التركي"),
// or right before it, the mention opening with و ("العدوان التركي وتنظيم
// داعش"). Asked only of isis mentions; each test is a word or two looked up
// whole (plainWords): no word set.
func isisWithAggression(toks []token, m mention) bool {
	if j := m.end; j < len(toks) && !toks[j].gap && toks[j].sent == toks[m.start].sent && strings.HasPrefix(toks[j].w, "و") {
		if _, ok := aggressionAt(toks, j); ok {
			return true
		}
	}
	if !strings.HasPrefix(toks[m.start].w, "و") || toks[m.start].gap {
		return false
	}
	for i := m.start - 2; i >= 0 && i >= m.start-3; i-- {
		if toks[i].sent != toks[m.start].sent {
			break
		}
		if end, ok := aggressionAt(toks, i); ok && end == m.start {
			return true
		}
	}
	return false
}
