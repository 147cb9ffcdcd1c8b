package facets

// vagueCountedLate reports a figure t past the first paragraphs that counts
// the vague toll v of the title or the lead ("قتل عشرات المسلحين ...
// بمواجهات مع قوات المقاومة" in the lead, "ولقي 34 مسلحا من الميليشيات
// المتمردة مصرعهم، في مواجهات مع قوات المقاومة" in the fourth paragraph):
// within maxLateTollPara, its sentence names fighting or an attack
// (leadFights) and neither opens another story nor ties it to another time.
// The rulings take the precise figure of the main event over vague words
// (round 48, rul48c); mainToll read a later figure for vague words only
// within the first paragraphs (maxTollPara) or by lateToll, whose links are
// definite (المواجهات، الهجوم) and miss "في مواجهات". The vague toll must
// open the lead's sentence on its kill word and count tens or more: the
// wider draft took "مما أسفر عن مقتل عشرات الأطفال" in a Security Council
// call for an inquiry (a reaction, rul46c-2) and "قتل عدد من عناصر" over
// "إلى ذلك ... بمقتل مدني" of another shelling.
func vagueCountedLate(toks []token, v, t toll) bool {
	if !v.vague || v.bare || !inTitleOrLead(toks, v.tok) || t.vague || t.part || toks[t.tok].para > maxLateTollPara {
		return false
	}
	if s := sentStart(toks, v.tok); v.tok > s+1 || v.tok+1 >= len(toks) || vagueAtLeast(toks[v.tok+1].w) < 10 && vagueAtLeast(toks[v.tok].w) < 10 {
		// The lead's own news opens on its kill word and counts tens or
		// more ("قتل عشرات المسلحين"); not a clause of a call for an
		// inquiry ("مما أسفر عن مقتل عشرات الأطفال"), nor "عدد من".
		return false
	}
	from := sentStart(toks, t.tok)
	if opensOtherStory(toks, from) || opensOtherStory(toks, paraStart(toks, t.tok)) || otherTimeOf(toks, t.tok, true) {
		return false
	}
	return sentenceHas(toks, t.tok, leadFights)
}
