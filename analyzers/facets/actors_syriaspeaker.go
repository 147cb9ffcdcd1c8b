package facets

// Syria, the state, opening the title as its speaker on its war (rul45c-2,
// testdata/adjudication/README.md): "سوريا تدعو منظمة حظر الأسلحة
// الكيمياوية إلى إرسال فريق إلى دوما للتحقيق"، "سوريا توجه دعوة لفريق
// دولي لبحث «الاستخدام المزعوم للأسلحة الكيماوية في دوما»". The ruling
// codes the regime where the title has the government as speaker or doer
// and the subject is its war; regimeSpokesmanMentions reads the capital so
// ("دمشق تدين «احتلال» عفرين"), but not the country's own name, which the
// lexicon reads as the country, and its war words hold no chemical word, so
// a title on the chemical attack it is accused of gave no id (rul45c-4: the
// regime as the accused party of a named attack).
//
// Counted over the pool and blind golds: titles opened by "سوريا"/"سورية" or
// "دمشق" and a present-tense verb are 20 coded / 3 not; the 3 not
// (withdrawing the property law, recognising Abkhazia, a committee for
// refugees' return) are state business outside the war with no war word in
// the title, the test regimeSpokesmanMentions already makes. Of those with a
// speech or call verb and a war or chemical word after it, every one is
// coded (the two above were missed: BB-middleEast-325, CN-middleEast-557).
// "سوريا الديمقراطية" (the SDF) has no verb after the name. Where the
// capital speaks with a speech verb and a war word, regimeSpokesmanMentions
// has the mention already (capitalSpeaker), and this reader gives none: the
// actor model counts mentions.

var (
	// syriaSpeakerNames are the state's names that may open the title as
	// its speaker.
	syriaSpeakerNames = plainWords("سوريا سورية دمشق")
	// syriaCallVerbs are a state's calls and vows that capitalSpeechVerbs
	// lack: "تدعو"، "تتوعد", and "توجه" of "توجه دعوة", read alone (the
	// title's war or chemical word is what keeps "directs" to the war).
	syriaCallVerbs = plainWords("تدعو توجه تتوعد")
)

// syriaSpeakerMentions returns a mention of Syria's government over the
// state's name that opens the title, followed right after by a speech or
// call verb, when the rest of the title names the war (titleWarWord, the
// spokesman's test) or a chemical weapon (chemicalPhraseWords).
func syriaSpeakerMentions(toks []token) []mention {
	if len(toks) < 3 || !toks[0].title || !syriaSpeakerNames[toks[0].w] {
		return nil
	}
	v := &toks[1]
	if !v.title || v.gap || !v.has(capitalSpeechVerbs) && !syriaCallVerbs[v.w] {
		return nil
	}
	war, chemical := false, false
	for j := 2; j < len(toks) && toks[j].title; j++ {
		war = war || titleWarWord(&toks[j])
		chemical = chemical || toks[j].has(chemicalPhraseWords)
	}
	if capitalSpeaker(toks) && (war || titleWarWord(v)) {
		// "دمشق تدين «احتلال» عفرين": regimeSpokesmanMentions gives the
		// speaking capital's mention already; a second would count it
		// twice in the actor model (actorFeatures counts mentions).
		return nil
	}
	if !war && !chemical {
		return nil
	}
	return []mention{{e: regimeSpokesmanEntry, start: 0, end: 1}}
}
