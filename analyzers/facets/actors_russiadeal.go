package facets

// Russia as the other maker of the Russian–Turkish deal on Syrian ground
// (round 67, m67russ; ruling rul67i-1). rul45b-2 codes turkey where the
// article reports the deal Turkey made with Russia (the Idlib zone, the
// Foua–Kafraya evacuation) as made, in force or carried out, and three
// finders read it: the deal's pair of adjectives ("بموجب الاتفاق الروسي
// التركي", turkeyDealMentions), Turkey's name among the deal's makers
// ("وينص اتفاق وقعته روسيا وتركيا"، "اتفاق أبرم بين روسيا وتركيا",
// dealPartyWith and dealMaker in turkeyAgentMentions), and the zone in the
// title or lead (idlibZoneMentions). rul67i-1 codes russia on the same
// grounds wherever the text names Russia as a maker or party of that
// deal: "its name, Moscow, its adjective in the deal's name, its
// president agreeing it". Russia's other finders read none of these
// sentences: main gave Turkey alone in six gold articles coded both.
//
// The rule gives Russia at a Russian word (its name, Moscow, Putin, the
// adjective) in the sentence of such a Turkey deal mention. Over the pool
// and blind gold articles the rule reads 17 (pool 8, blind 9), all coded
// russia, none not (rul67i-1 changed two of them: SK-middleEast-3783 and
// BB-middleEast-1100); main gave 11 and missed 6. The sentence test keeps
// out an article that names the zone or the deal with no Russian word
// beside it; Turkey's finders keep out summits, three-state deals,
// purchases and trailing teasers, as they do for Turkey.

var (
	// russiaDealNames name Russia as a party in the deal's sentence;
	// looked up whole against the token's forms (proclitics off).
	russiaDealNames = plainWords("روسيا موسكو بوتين بوتن الروسي الروسية")
	// russiaDealEntry is Russia as a maker of its deal with Turkey.
	russiaDealEntry = &entry{words: []string{"russia-turkey-deal"}, kind: kindActor, ids: []string{"russia"}}
)

// russiaDealMentions returns a Russia mention for the first Russian word
// in the sentence of each of Turkey's deal mentions among ms: the zone's
// (idlibZoneMentions), the adjectives' (turkeyDealMentions, Turkey's
// mention at its adjective), and Turkey's bare name (turkeyName) where it
// is a deal maker's (turkeyAgentMentions' dealParty, dealPartyWith and dealMaker
// forms; not its waging forms). One mention a sentence.
func russiaDealMentions(toks []token, ms []mention) []mention {
	var out []mention
	seen := -1
	for _, m := range ms {
		switch {
		case m.e == idlibZoneEntry:
		case m.e != turkeyAgentEntry:
			continue
		case toks[m.start].has(turkishAdjectives):
		case !turkeyName(&toks[m.start]) || !dealParty(toks, m) && !dealPartyWith(toks, m, signedDealWords) && !dealMaker(toks, m):
			continue
		}
		s := toks[m.start].sent
		if s == seen {
			continue
		}
		if j := sentenceWord(toks, m.start, russiaDealNames); j >= 0 {
			seen = s
			out = append(out, mention{e: russiaDealEntry, start: j, end: j + 1})
		}
	}
	return out
}
