package facets

// Syria's government named by its capital.
//
// The town rules read a bare "دمشق" as the city only where a place stands
// (في دمشق، جنوب دمشق، العاصمة السورية دمشق), and as the government
// elsewhere, as the gold guide says a capital standing for its government
// is no town mention. The lexicon held no actor for that reading, so
// "دعما لنظام دمشق" (fresh-2) and "روسيا: قد نزود دمشق بأنظمة صاروخية"
// (fresh-12) lost Syria's government. Two readings fill the gap:
//   - a government or force noun before the name names the regime, as
//     "نظام الأسد" does: "نظام دمشق"، "حكومة دمشق"، "قوات دمشق";
//   - a bare "دمشق" the town rules did not place is the regime's weak
//     alias, as "موسكو" is Russia's: it counts where its sentence is about
//     fighting (the checks of actorCounts for weak aliases).
// Left out, as the corpus reads showed them to be other things: the city
// after a place or a region ("الغوطة الشرقية لدمشق"، "يبعد 10 كيلومترات
// عن دمشق"، "بتوقيت دمشق"), a capital that speaks ("دمشق تدين ...
// وتطالب القوات الغازية بالانسحاب"، "وقالت دمشق"), and one named as what
// another backs or allies with ("قوات إيرانية تدعم دمشق"، "موسكو، حليفة
// دمشق"), which the gold codes as no party (round 17s).
//
// One speaking capital is a party: the accused that denies an attack
// ("ونفت دمشق الوقوف وراء هذا الهجوم"، "نفت دمشق أية مسؤولية عن
// الهجوم"). The golds code the regime wherever Damascus denies the
// chemical attack or the strike it is blamed for (fresh-6, fresh-10,
// holdout-14, -18, -19), as they code any accused; a foreign state that
// denies a strike keeps the denial veto of actorCounts, since the US or
// Israel denying a raid is no accused of the war's events.

var (
	// damascusRegimeEntry is the regime named by a noun and its capital;
	// the capital says which regime, in any article, as "النظام السوري" does.
	damascusRegimeEntry = &entry{words: []string{"نظام", "دمشق"}, kind: kindActor, ids: []string{"syrian-government"}}
	// damascusWeakEntry is the bare capital standing for its government.
	damascusWeakEntry = &entry{words: []string{"دمشق"}, kind: kindActor, ids: []string{"syrian-government"}, weak: true}
	// damascusAccusedEntry is the capital denying an attack: a party in
	// any article, as the accused is.
	damascusAccusedEntry = &entry{words: []string{"دمشق"}, kind: kindActor, ids: []string{"syrian-government"}}
	// deniedAttackWords in the sentence of a denying capital say it denies
	// an attack, not a report, a talk or a claim of another kind.
	deniedAttackWords = union(attackWords, chemicalWords, wordList("الهجوم هجوم الهجمات هجمات الضربة الضربات"))
	// regimeNouns before the capital name its regime or its forces.
	regimeNouns = wordSet("نظام حكومة قوات سلطات جيش")
	// damascusCityBefore before the capital leave it the city the town
	// rules did not cue: a distance from it, its clock, a region of it.
	damascusCityBefore = union(regionAdjectives, wordList("عن بتوقيت توقيت"))
	// capitalSpeechVerbs beside the capital make it a speaker, as
	// stateSpeechVerbs do a foreign state (actors_statediplomacy.go).
	capitalSpeechVerbs = union(stateSpeechVerbs, wordList("تدين أدانت دانت تشكك شككت تتحدث تحدثت"))
	// capitalBackedWords before the capital make it what another backs.
	capitalBackedWords = union(allyWords, wordList("تدعم يدعم دعم دعمها حلفاء حليفتي"))
)

// damascusGovernmentMentions returns a mention of Syria's government for
// each "دمشق" the town rules read as its government (placeAt, provEnds:
// as the town rules see the article), by the readings above.
func damascusGovernmentMentions(toks []token, ms []mention) []mention {
	var out []mention
	var placeAt []bool
	for _, m := range ms {
		if m.e.kind != kindTown || m.e.capital != "C1001" || m.end-m.start != 1 {
			continue
		}
		if placeAt == nil {
			placeAt = make([]bool, len(toks)+1)
			for _, o := range ms {
				if o.e.kind == kindGov || o.e.kind == kindTown {
					placeAt[o.end] = true
				}
			}
		}
		if damascusPlace(toks, m, placeAt) {
			continue
		}
		var prev *token
		if m.start > 0 && !toks[m.start].gap && toks[m.start-1].sent == toks[m.start].sent {
			prev = &toks[m.start-1]
		}
		if prev != nil && prev.has(regimeNouns) && toks[m.start].w == "دمشق" {
			out = append(out, mention{e: damascusRegimeEntry, start: m.start - 1, end: m.end})
			continue
		}
		if prev != nil && prev.has(denialWords) && sentenceHas(toks, m.start, deniedAttackWords) {
			out = append(out, mention{e: damascusAccusedEntry, start: m.start, end: m.end})
			continue
		}
		if prev != nil && (prev.has(orgWords) || prev.has(damascusCityBefore) || prev.has(capitalSpeechVerbs) || prev.has(capitalBackedWords) || placeAt[m.start]) {
			continue
		}
		if next := m.end; next < len(toks) && !toks[next].gap && toks[next].sent == toks[m.start].sent && toks[next].has(capitalSpeechVerbs) {
			continue
		}
		out = append(out, mention{e: damascusWeakEntry, start: m.start, end: m.end})
	}
	return out
}

// Syria's regime named as Assad's own.
//
// "الأسد" is a weak alias: it counts only where its sentence is about
// fighting, since a president who speaks, receives or is threatened is no
// party by his name alone. His regime named with a possessive pronoun after
// him is: "إسرائيل تحذر الأسد من أمر «لن يبقيه هو أو نظامه»" (holdout-19),
// "أعترف أنني انهزمت في سوريا ... وأن نظامي يعيش على الآخرين" in an essay on
// Assad's speech (round 38's blind codings), "حذرت تل أبيب الرئيس السوري
// بشار الأسد ونظامه". The golds code the regime in every article of theirs
// that so names it, as they do for "نظام الأسد"; the bare pronoun carries
// no country, so Assad must be named shortly before it in its sentence
// ("خامنئي ونظامه"، "صدام ونظامه" stay out, as does "نظامه الغذائي" of a
// story that names no Assad).

var (
	// assadRegimeEntry is the regime named as Assad's own.
	assadRegimeEntry = &entry{words: []string{"نظامه"}, kind: kindActor, ids: []string{"syrian-government"}}
	// ownRegimeWords are "his/your/my regime", with or without a clitic.
	ownRegimeWords = wordSet("نظامه نظامك نظامي")
	// assadNames name the president whose regime the pronoun means.
	assadNames = wordSet("الأسد الاسد للأسد للاسد بالأسد والأسد بشار")
)

// assadRegimeSpan is how many words before the pronoun Assad may be named:
// "ضرورة القبول ببقاء الأسد على رأس نظامه"، "بقاء الطاغية بشار الأسد بعد
// أن تلطخت يداه في دماء أشقائنا السوريين ... وأن وجوده ونظامه".
const assadRegimeSpan = 25

// assadRegimeMentions returns a mention of Syria's government for each
// "نظامه/نظامك/نظامي" with Assad named within assadRegimeSpan words before
// it in its sentence, or anywhere in a title that names Assad: "الأسد :
// جيشي ناقص" over "مؤكدا الدعم الإيراني لنظامه"، "اعترافات الأسد الفاشل"
// over the speech's "وأن نظامي يعيش على الآخرين". Two per-article checks
// come first: most articles name neither.
func assadRegimeMentions(toks []token) []mention {
	if !inArticle(toks, ownRegimeWords) || !inArticle(toks, assadNames) {
		return nil
	}
	titled := titleHas(toks, assadNames)
	var out []mention
	for _, i := range setTokens(toks, ownRegimeWords) {
		if titled {
			out = append(out, mention{e: assadRegimeEntry, start: i, end: i + 1})
			continue
		}
		for j := i - 1; j >= 0 && j >= i-assadRegimeSpan && toks[j].sent == toks[i].sent; j-- {
			if toks[j].has(assadNames) {
				out = append(out, mention{e: assadRegimeEntry, start: i, end: i + 1})
				break
			}
		}
	}
	return out
}
