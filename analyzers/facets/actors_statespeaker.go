package facets

// A foreign state as the title's speaker on its own war in Syria (m55miss):
// "واشنطن: سنرد في سوريا بغض النظر عن موقف مجلس الأمن"، "أردوغان بعد الفوز
// بولاية جديدة: سنواصل التقدم في سوريا". The speaker's "we" is the state's
// forces: what the state will do or did with them in Syria is a military
// role, which the golds code (SK-middleEast-883, AL-internationalNews-1751,
// SK-internationalNews-2298: usa, turkey, turkey). The weak name or the leader alone, with no military word
// beside it, counts nowhere (a speech names no party); the first person's
// act is the word that makes it the state's war. Only the speaker who opens
// the title before its punctuation counts, as regimeSpokesmanMentions reads
// the regime's; and only where the title after it names Syria, so that
// "موسكو: عقوبات أميركا تستهدف شعبنا وسنرد بقوة" (sanctions) or "كيري: لا
// بديل عن الاتفاق النووي مع إيران وسنرد في حال خرقه" (the nuclear deal)
// stay the diplomacy they are.

var (
	// stateSpeakerActs are a speaker's first-person acts of war, done or to
	// come ("سنرد"، "سنواصل"، "استهدفنا"، "قواتنا"), and the state's own
	// future said of it by its speaker ("أردوغان: تركيا ستواصل التقدم في
	// سوريا"; the feminine is the state's, "ستواصل"، "ستبقى").
	stateSpeakerActs = wordSet("ستواصل ستبقى سنرد سنواصل سنضرب سنقصف سنستهدف سنهاجم سنبقى سنحارب سنقاتل استهدفنا ضربنا قصفنا دمرنا أسقطنا حررنا طوقنا هاجمنا قواتنا جنودنا صواريخنا طائراتنا")
	// stateSpeakerEntries are the strong entries the speaker stands for, one
	// per state: the act said is a military role, no weak name to weigh.
	stateSpeakerEntries = actorEntries("speaker", false, "russia", "turkey", "israel", "iran", "usa")
)

// stateSpeakerMentions returns a mention of the state that speaks in the
// title: its name (a lexicon mention of one of stateSpeakerEntries' states)
// or its leader (leaderNames) within the words before the title's first
// punctuation (titleSpeakerEnd), when the title after it holds a
// first-person act of war (stateSpeakerActs) and names Syria
// (syriaPlaceWords).
func stateSpeakerMentions(toks []token, ms []mention) []mention {
	if len(toks) == 0 || !toks[0].title || !inArticle(toks, stateSpeakerActs) {
		return nil
	}
	end := titleSpeakerEnd(toks)
	if end == 0 {
		return nil // no speaker before a punctuation
	}
	act, syria := false, false
	for j := end; j < len(toks) && toks[j].title; j++ {
		act = act || toks[j].has(stateSpeakerActs)
		syria = syria || toks[j].has(syriaPlaceWords)
	}
	if !act || !syria {
		return nil
	}
	id := ""
	for _, m := range ms {
		if m.start >= end {
			break
		}
		if m.e.kind == kindActor && stateSpeakerEntries[m.e.ids[0]] != nil {
			id = m.e.ids[0]
			break
		}
	}
	for i := 0; id == "" && i < end; i++ {
		id = leaderState(&toks[i])
	}
	if e := stateSpeakerEntries[id]; e != nil {
		return []mention{{e: e, start: 0, end: end}}
	}
	return nil
}
