package facets

import (
	"strings"

	"github.com/rasid-project/rasid/analyzers"
)

// Iraq's Hezbollah told by the bare name. The lexicon reads "حزب الله" as
// Lebanon's party and knows Iraq's only as "كتائب حزب الله" or "حزب الله
// العراقي". A story about Iraq's militia names it once in full and then
// bare: "المقر العام لميليشيات حزب الله في العراق ... أن القوة التابعة
// لميليشيات حزب الله أصابت اثنين" (SK-middleEast-2497, Baghdad), "عادت
// كتائب "حزب الله" في العراق ... ميليشيات "حزب الله" العراقية"
// (SK-middleEast-1307), "ومقتل 27 من «حزب الله»" over "قتل 27 من كتائب
// حزب الله في بيجي" (2015-07-24-1774). The golds code kataib-hezbollah in
// all of them and hezbollah in none. So:
//   - "حزب الله" followed at once by "في العراق" or "العراقي(ة)" is Iraq's;
//   - once the article names Iraq's Hezbollah (either way), every bare
//     "حزب الله" is Iraq's too, unless the article speaks of Lebanon
//     (لبنان، اللبناني، نصر الله، الضاحية): the Qatar ransom stories name
//     both parties ("وحزب الله اللبناني وكتائب حزب الله العراقي"), and
//     there the bare name stays Lebanon's.

var (
	// iraqHezbollahEntry is the Kataib Hezbollah entry a bare "حزب الله"
	// stands for in such a story.
	iraqHezbollahEntry = &entry{words: []string{"iraq-hezbollah"}, kind: kindActor, ids: []string{"kataib-hezbollah"}}
	// iraqiAdjectives right after "حزب الله" make it Iraq's (looked up
	// whole at one word).
	iraqiAdjectives = plainWords("العراقي العراقية")
	// inIraq and nasrAllah are "في العراق" and "نصر الله" as tokens hold
	// them, read whole by matchAt (extract.go).
	inIraq    = []string{analyzers.Normalize("في"), analyzers.Normalize("العراق")}
	nasrAllah = []string{analyzers.Normalize("نصر"), analyzers.Normalize("الله")}
	// lebanonHezbollahWords say the article speaks of Lebanon's Hezbollah;
	// "نصر" counts only before "الله" (lebanonSaid).
	lebanonHezbollahWords = wordSet("لبنان اللبناني اللبنانية نصرالله نصر الضاحية")
)

// iraqiHezbollahAfter reports "في العراق" or an Iraqi adjective right
// after the mention m (a closing quote may stand between:
// ميليشيات "حزب الله" العراقية).
func iraqiHezbollahAfter(toks []token, m mention) bool {
	j := m.end
	if j >= len(toks) || toks[j].sent != toks[m.start].sent {
		return false
	}
	if iraqiAdjectives[toks[j].w] {
		return true
	}
	return toks[j].w == inIraq[0] && matchAt(toks, j, inIraq)
}

// lebanonSaid reports a word of lebanonHezbollahWords in the article,
// "نصر" only as "نصر الله": its set bit holds the proclitic forms too
// ("ونصر المقاتلين", "and victory"), so each form ending in نصر asks for
// الله after it.
func lebanonSaid(toks []token) bool {
	if !inArticle(toks, lebanonHezbollahWords) {
		return false
	}
	for _, i := range setTokens(toks, lebanonHezbollahWords) {
		if !strings.HasSuffix(toks[i].w, nasrAllah[0]) || matchAt(toks, i, nasrAllah) {
			return true
		}
	}
	return false
}

// iraqHezbollahMentions rewrites the Hezbollah mentions of all that stand
// for Iraq's Kataib Hezbollah (see the file comment) in place.
func iraqHezbollahMentions(toks []token, all []mention) {
	named, bare := false, false
	for _, m := range all {
		if len(m.e.ids) == 0 {
			continue
		}
		switch m.e.ids[0] {
		case "kataib-hezbollah":
			named = true
		case "hezbollah":
			if iraqiHezbollahAfter(toks, m) {
				named = true
			} else {
				bare = true
			}
		}
	}
	if !named {
		return
	}
	everyBare := bare && !lebanonSaid(toks) // every bare name is Iraq's too
	for i, m := range all {
		if len(m.e.ids) > 0 && m.e.ids[0] == "hezbollah" && (everyBare || iraqiHezbollahAfter(toks, m)) {
			all[i].e = iraqHezbollahEntry
		}
	}
}
