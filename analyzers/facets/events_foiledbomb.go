package facets

import "slices"

// foiledBombing reports a foiling word (evFoil: أحبطت، إحباط) whose object
// is an attempt or a plot of a bombing: "أحبطت قوات الجيش محاولة تفجير 4
// عبوات ناسفة في الشيخ زويد ورفح"، "أحبطت محاولات حوثية لتفجير منزلين".
// foilType types it disrupted weapons use already; a single word, it
// weighed 1 in a body and the type went unread where the body's line was
// the article's one telling of it (a Sinai statement's tally, a Taiz
// report). Told so specifically, it weighs as a phrase anywhere, as a
// counted interception does. The golds code it in every scored article
// that holds it (2 of 2, pool 2015-08-07-1424, blind SK-middleEast-1427);
// over the corpus it stands in 5. Not أفشل (thwartType reads it: as
// often a political speech), not a rumour of one ("بعد تداول شائعة عن
// إحباط محاولة تفجير مقر قوات الطوارئ", denied in its article); a plot
// foiled long ago, in a trial or a year past, is set aside before the
// weight is read (old, judged).
func foiledBombing(toks []token, e *entry, i, end int) bool {
	return slices.Contains(e.ids, evFoil) && foiledBombingAt(toks, i, end)
}

// foiledBombingAt reports the foiling word at [i, end) with an attempt or
// a plot (foiledTries) within foilReach words after it and a bombing
// (bombingWords) within two words after that, in its sentence, and no
// rumour before it. triggerType types it disrupted weapons use when an
// agent stands between ("أحبطت قوات الجيش محاولة تفجير"), beyond the
// two words foilType reads.
func foiledBombingAt(toks []token, i, end int) bool {
	if toks[i].has(thwarts) || end >= len(toks) {
		return false
	}
	s := toks[i].sent
	if nearBefore(toks, i, 4, rumourWords) {
		return false
	}
	for j := end; j < len(toks) && j < end+foilReach && toks[j].sent == s; j++ {
		if !toks[j].has(foiledTries) {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+2 && toks[k].sent == s; k++ {
			if toks[k].has(bombingWords) {
				return true
			}
		}
		return false
	}
	return false
}

// foiledBombObject reports a bomb at token i named right after a
// foiled attempt's bombing word ("أحبطت قوات الجيش محاولة تفجير 4 عبوات
// ناسفة", SK-middleEast-1427, whose gold codes no remote explosive): the
// bombs the attempt was to set off, which did not go off.
func foiledBombObject(toks []token, i int) bool {
	s := toks[i].sent
	for j := i - 1; j > 0 && j >= i-3 && toks[j].sent == s; j-- {
		if !toks[j].has(bombingWords) {
			continue
		}
		for k := j - 1; k > 0 && k >= j-2 && toks[k].sent == s; k-- {
			if !toks[k].has(foiledTries) {
				continue
			}
			for f := k - 1; f >= 0 && f >= k-foilReach && toks[f].sent == s; f-- {
				if toks[f].has(foilWords) && foiledBombingAt(toks, f, f+1) {
					return true
				}
			}
			return false
		}
		return false
	}
	return false
}

// foilReach is how far after a foiling word its object may stand: an
// agent may come between ("أحبطت قوات الجيش محاولة").
const foilReach = 4

var (
	// foiledTries are an attempt or a plot foiled.
	foiledTries = wordSet("محاولة محاولات المحاولة مخطط مخططا مخططات المخطط")
	// bombingWords name a bombing as an attempt's or a plot's object.
	bombingWords = wordSet("تفجير لتفجير تفجيرات لتفجيرات")
	// rumourWords before a foiling word make it a rumour's.
	rumourWords = wordSet("شائعة شائعات الشائعة الشائعات")
)
