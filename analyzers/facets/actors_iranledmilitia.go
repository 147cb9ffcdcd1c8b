package facets

// Iran's generic militias named with a sect word between the noun and the
// lexicon's "الموالية لإيران", or led by Iran: "نشر ميليشيات شيعية ...
// بقيادة إيرانية" (aud44g, FR-internationalNews-1636: Netanyahu accuses
// Tehran of deploying Shiite militias under Iranian command in Syria)،
// "أعضاء الميليشيات الشيعية الموالية لإيران"، "9 مسلحين تابعين لميلشيات
// شيعية موالية لإيران". The lexicon codes "الميليشيات الموالية لإيران" as
// Iran (iranOwnMilitiaEntry, as "إيران وميليشياتها"); the sect word only
// breaks the alias. A named militia ("ميليشيات الحوثي الموالية لإيران"،
// "ميليشيات الحشد الشعبي الموالية لطهران") is no generic one: its backer
// is an adjective the samples leave out (round 43: "'الإيرانية' describes
// the Houthis"), so only a sect word may stand between.

var (
	// iranLedMilitiaNouns are the generic militia nouns.
	iranLedMilitiaNouns = wordSet("الميليشيات المليشيات الميلشيات ميليشيات مليشيات ميلشيات لميليشيات لمليشيات لميلشيات للميليشيات للمليشيات للميلشيات والميليشيات والمليشيات والميلشيات")
	// iranLedSectWords may stand between the noun and the loyalty word.
	iranLedSectWords = wordSet("شيعية الشيعية")
	// iranLoyalWords make the militias Iran's: "الموالية لإيران"، "التابعة لإيران".
	iranLoyalWords = wordSet("الموالية موالية التابعة تابعة")
	// iranLoyalObjects are Iran after the loyalty word.
	iranLoyalObjects = wordSet("لإيران لايران لطهران")
	// iranLeadWords name who leads the militias: "بقيادة إيرانية"، "بإمرة إيران".
	iranLeadWords = wordSet("بقيادة بإمرة بامرة")
	// iranLeaderWords are Iran after the lead word.
	iranLeaderWords = wordSet("إيرانية ايرانية إيران ايران طهران")
)

// iranLedMilitiaMentions returns an Iranian forces mention for each
// generic militia noun that a sect word and "الموالية لإيران" follow, or
// that "بقيادة إيرانية" follows later in its sentence (within twelve words,
// the Netanyahu sentence's distance).
func iranLedMilitiaMentions(toks []token) []mention {
	if !inArticle(toks, iranLedMilitiaNouns) || (!inArticle(toks, iranLoyalObjects) && !inArticle(toks, iranLeadWords)) {
		return nil
	}
	var out []mention
	in := func(i, j int) bool { return j < len(toks) && toks[j].sent == toks[i].sent }
	for _, i := range setTokens(toks, iranLedMilitiaNouns) {
		// "ميليشيات شيعية موالية لإيران"، "الميليشيات الشيعية -الموالية لإيران-"
		if in(i, i+3) && toks[i+1].has(iranLedSectWords) && !toks[i+1].gap && toks[i+2].has(iranLoyalWords) && !toks[i+3].gap && toks[i+3].has(iranLoyalObjects) {
			out = append(out, mention{e: iranOwnMilitiaEntry, start: i, end: i + 4})
			continue
		}
		// "ميليشيات شيعية ... بقيادة إيرانية"
		if !in(i, i+1) || !toks[i+1].has(iranLedSectWords) {
			continue
		}
		for j := i + 2; j <= i+12 && in(i, j+1); j++ {
			if toks[j].has(iranLeadWords) && !toks[j+1].gap && toks[j+1].has(iranLeaderWords) {
				out = append(out, mention{e: iranOwnMilitiaEntry, start: i, end: j + 2})
				break
			}
		}
	}
	return out
}
