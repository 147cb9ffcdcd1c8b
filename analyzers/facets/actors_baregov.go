package facets

import "strings"

// Syria's government by the bare word "الحكومة".
//
// The lexicon names the regime "الحكومة السورية"، "القوات الحكومية"،
// "قوات الحكومة السورية", never the bare noun, which is as often Iraq's,
// Yemen's, Afghanistan's or a host state's. Sky News and the BBC, writing
// of Syria's war, often leave the adjective out once the story is set:
// "بموجب اتفاق إجلاء يسلم البلدة إلى الحكومة" (Harasta's surrender, in
// three Sky News stories of 22–23 March 2018: round 47's blind sample and
// the round 37–46 blind codings both code the regime there, rasid missed
// it), "بعد 5 أسابيع على بدء هجوم لقوات الحكومة على الغوطة الشرقية"،
// "مصالحة بين المعارضة وقوات الحكومة" in Daraa, and the allies' April
// strikes "على مواقع للحكومة في سوريا". In each the regime acts or is hit
// in the war (round 45's rul45c: its forces acting, or a party to a deal
// on its fighters), so the bare noun names it when three things hold:
//   - the article is about Syria, and the sentence names Syria or a
//     Syrian place (a town or governorate the place rules read) and no
//     other state by its adjective;
//   - no qualifier follows the noun ("الحكومة العراقية"، "الحكومة
//     الشرعية"، "الحكومة المؤقتة"; "الحكومة السورية" is the lexicon's);
//   - the words before it make it a warring side: a force noun ("قوات
//     الحكومة"، "لقوات الحكومة"), a struck site in a sentence of strikes
//     ("غارات جوية على مواقع للحكومة في سوريا"), or the receiver of a
//     handed-over place ("يسلم البلدة إلى الحكومة"، "تسليم المنطقة
//     للحكومة").
// Not the holder of territory alone ("مناطق سيطرة قوات الحكومة"، "المناطق
// التي تسيطر عليها الحكومة"), which rul45c-3 leaves to the other sentences,
// nor the government of a law, a committee or a protest ("يسمح للحكومة"،
// "ممثلين للحكومة"، "الاحتجاجات المناهضة للحكومة").

var (
	// bareGovEntry is the regime named by the bare noun.
	bareGovEntry = &entry{words: []string{"الحكومة"}, kind: kindActor, ids: []string{"syrian-government"}}
	// bareGovWords are the noun, with or without the preposition ل.
	bareGovWords = wordSet("الحكومة")
	// govForceHeads before the noun name its forces: "قوات الحكومة".
	govForceHeads = wordSet("قوات")
	// govSiteHeads before "للحكومة" name its struck sites.
	govSiteHeads = wordSet("مواقع منشآت مقرات")
	// handoverWords hand a place over to the government within four
	// words before the noun: "يسلم البلدة إلى الحكومة".
	handoverWords = wordSet("يسلم تسليم تسلم سلمت يسلمها تسليمها ستسلم سيسلم")
)

// bareGovernmentMentions returns a mention of Syria's government for each
// bare "الحكومة" the readings above make a warring side, in an article
// about Syria.
func (l *lexicon) bareGovernmentMentions(toks []token, ms []mention, aboutSyria bool) []mention {
	if !aboutSyria || !inArticle(toks, bareGovWords) {
		return nil
	}
	var out []mention
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if !t.has(bareGovWords) || t.gap || toks[i-1].sent != t.sent {
			continue
		}
		s := t.sent
		if n := i + 1; n < len(toks) && !toks[n].gap && toks[n].sent == s && strings.HasPrefix(toks[n].w, "ال") {
			continue // "الحكومة العراقية"، "الحكومة الشرعية"
		}
		prev := &toks[i-1]
		ok := false
		switch {
		case prev.has(govForceHeads):
			ok = !(i >= 2 && toks[i-2].sent == s && toks[i-2].has(controlWords))
		case prev.has(govSiteHeads) && t.w != "الحكومه":
			ok = sentenceHas(toks, i, militaryWords)
		default:
			ok = nearBefore(toks, i, 4, handoverWords)
		}
		if !ok || !l.syrianSentence(toks, ms, i) {
			continue
		}
		out = append(out, mention{e: bareGovEntry, start: i, end: i + 1})
	}
	return out
}

// syrianSentence reports whether the sentence of token i names Syria (or
// its capital or president) or a Syrian place, and no other state by its
// nationality adjective.
func (l *lexicon) syrianSentence(toks []token, ms []mention, i int) bool {
	if l.otherNationInSentence(toks, i, "syrian-government") {
		return false
	}
	if sentenceHas(toks, i, syrianWords) {
		return true
	}
	for _, m := range ms {
		if (m.e.kind == kindTown || m.e.kind == kindGov) && toks[m.start].sent == toks[i].sent {
			return true
		}
	}
	return false
}
