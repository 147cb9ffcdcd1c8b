package facets

// A state's forces named generically ("القوات الأمنية"، "القوات النظامية")
// in a sentence set in Iraq are Iraq's: "طالب الحكومة العراقية والقوات
// الأمنية بضرورة الإسراع بإطلاق سراح المتظاهرين"، "الموصل، المدينة الرئيسية
// في شمال العراق التي استعادت القوات النظامية السيطرة عليها". Round 12
// stopped reading such a name as Syria's; this reads it as Iraq's.

var (
	// iraqForceEntry is the Iraqi forces entry such a name stands for.
	iraqForceEntry = &entry{words: []string{"iraq-force"}, kind: kindActor, ids: []string{"iraqi-forces"}}
	// genericForceHeads open a state's force named without its state.
	genericForceHeads = wordSet("القوات قوات")
	// genericForceTails end it: security or regular forces.
	genericForceTails = wordSet("الأمنية الامنية الأمن الامن النظامية")
	// kurdRegionWords name the Kurdistan Region, whose own forces guard
	// it: "وأخلت قوات الأمن الشوارع المحيطة بالمبنى ... من أربيل عاصمة
	// إقليم كردستان شبه المستقل" (round 34's corpus audit) are the
	// region's, not Baghdad's.
	kurdRegionWords = wordSet("كردستان كوردستان")
)

// iraqForceMentions returns an Iraqi forces mention for each generic force
// name in a sentence that names Iraq and not Syria, nor another nation or
// the Kurds: "ودأبت قوات الأمن والجيش التركيين على استهداف مواقع حزب
// العمال ... شمالي العراق" are Turkey's, "قوات الأمن الكردية" in Erbil, or
// any in a sentence naming the Kurdistan Region, the region's.
func (l *lexicon) iraqForceMentions(toks []token) []mention {
	if !inArticle(toks, genericForceHeads) || !inArticle(toks, genericForceTails) {
		return nil // every mention is a head and a tail
	}
	var out []mention
	var set int8 // iraqSet, asked once at the first force of a sentence without Iraq
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].has(genericForceHeads) || toks[i+1].gap || !toks[i+1].has(genericForceTails) {
			continue
		}
		if sentenceHas(toks, i, syrianWords) || sentenceHas(toks, i, kurdWords) || sentenceHas(toks, i, kurdRegionWords) || l.otherNationInSentence(toks, i, "iraqi-forces") {
			continue
		}
		if !sentenceHas(toks, i, iraqWords) {
			// The story's setting says whose the force is, where its
			// sentence tells it in a fight, a bombing or a protest.
			if !sentenceHas(toks, i, policeClashWords) && !sentenceHas(toks, i, repressionWords) || sentenceHas(toks, i, turkeyWords) || sentenceHas(toks, i, sinceWords) ||
				!once(&set, func() bool { return l.iraqSet(toks) }) {
				continue
			}
		}
		out = append(out, mention{e: iraqForceEntry, start: i, end: i + 2})
	}
	return out
}

// iraqSet reports a story whose title names Iraq or an Iraqi city and whose
// title and lead name neither Syria, the Kurds, the Kurdistan Region nor
// another nation: "تفجير انتحاري في حي الشعلة ... في بغداد" tells its
// security forces ("بعد محاصرته من قبل القوات الأمنية") without saying
// Iraq again, as "توسع رقعة المظاهرات بالعراق" its protests' "مواجهات بين
// قوات الأمن ومتظاهرين في المثنى" (round 37's blind sample and round
// 38's audit of it). Erbil's stories ("كردستان العراق: مسلحان يقتحمان مقر
// محافظة أربيل") are the region's forces', Erdogan's threats on the PKK
// in Iraq Turkey's.
func (l *lexicon) iraqSet(toks []token) bool {
	if !titleHas(toks, iraqWords) {
		return false
	}
	lead := leadSentences(toks)
	for i := range toks {
		if !toks[i].title && !lead[toks[i].sent] {
			break
		}
		t := &toks[i]
		if t.has(syrianWords) || t.has(kurdWords) || t.has(kurdRegionWords) || t.has(turkeyWords) || t.w == "اربيل" {
			return false
		}
		if id := l.nationalityOf(t); id != "" && id != "iraqi-forces" {
			return false
		}
	}
	return true
}

// otherNationInSentence reports a nationality adjective of a state other
// than own's (an actor id: "iraqi-forces" for Iraq) in the sentence of
// token i.
func (l *lexicon) otherNationInSentence(toks []token, i int, own string) bool {
	s := toks[i].sent
	for j := i; j >= 0 && toks[j].sent == s; j-- {
		if id := l.nationalityOf(&toks[j]); id != "" && id != own {
			return true
		}
	}
	for j := i + 1; j < len(toks) && toks[j].sent == s; j++ {
		if id := l.nationalityOf(&toks[j]); id != "" && id != own {
			return true
		}
	}
	return false
}

// Two of the PMF's factions go by names whose words are everyday ones
// ("منظمة بدر": organization; "عصائب أهل الحق": people, truth). As actor
// aliases those words would join the name words the search stemmer keeps
// whole (analyzers/data/name_words.txt), so they are read here as
// phrases: "أضرموا النار في ... مقر منظمة "عصائب أهل الحق" ومقر "منظمة
// بدر" في البصرة"، "إثر إصابته برصاص حراس مقر منظمة بدر". The lexicon
// holds the others ("فيلق بدر"، "ميليشيا بدر"، "كتائب سيد الشهداء").

var (
	// iraqFactionEntry is the PMF entry such a name stands for.
	iraqFactionEntry = &entry{words: []string{"iraq-faction"}, kind: kindActor, ids: []string{"pmf"}}
	// factionHeads open the two names: "منظمة" (before بدر) and "عصائب".
	factionHeads      = wordSet("منظمة عصائب")
	organizationWords = wordSet("منظمة")
)

// iraqFactionMentions returns a PMF mention for each "منظمة بدر" and
// "عصائب أهل الحق" that no actor mention covers ("بدر" is a place name
// too, which the lexicon may have read there).
func iraqFactionMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, factionHeads) {
		return nil // every mention opens with one
	}
	var out []mention
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].has(factionHeads) || toks[i+1].gap {
			continue
		}
		end := 0
		switch {
		case toks[i].has(organizationWords):
			if toks[i+1].w == "بدر" {
				end = i + 2
			}
		case i+2 < len(toks) && !toks[i+2].gap && toks[i+1].w == "اهل" && toks[i+2].w == "الحق":
			end = i + 3
		}
		if end > 0 && !actorCovers(ms, i, end) {
			out = append(out, mention{e: iraqFactionEntry, start: i, end: end})
		}
	}
	return out
}

// actorCovers reports an actor mention of ms that overlaps [i, end).
func actorCovers(ms []mention, i, end int) bool {
	for k := range ms {
		if ms[k].e.kind == kindActor && ms[k].start < end && ms[k].end > i {
			return true
		}
	}
	return false
}

// streetNouns before an Iraqi name make it a street's: "شارع بغداد" is a
// main street of Latakia and of Damascus.
var streetNouns = wordSet("شارع بشارع وشارع ساحة بساحة جادة")

// setInIraq reports a sentence, that of token i, that names Iraq (not as a
// street's name) and says nothing of Syria: a generic force or militia
// named there is Iraq's, or Iran's in Iraq, not Syria's. The walk below
// finds the sentence's Iraqi name itself, so only the article is asked
// for one first.
func setInIraq(toks []token, i int) bool {
	if !inArticle(toks, iraqWords) || sentenceHas(toks, i, syrianWords) {
		return false
	}
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(iraqWords) && (j == 0 || toks[j-1].sent != s || !toks[j-1].has(streetNouns)) {
			return true
		}
	}
	return false
}

var (
	// forceMemberNouns count a force's men before "من" and the force:
	// "قتل ثلاثة عناصر من الجيش والشرطة".
	forceMemberNouns = wordSet("عناصر عنصرا عنصرين أفراد منتسبي")
	// armyPoliceWords are the force such men are of, named without its
	// state.
	armyPoliceWords = wordSet("الجيش الشرطة")
)

// iraqServiceOpenings open iraqServicemenMentions' phrases.
// The pass walks its tokens (setTokens): a first test the pass adds
// must join it, or the walk never meets that test's words.
var iraqServiceOpenings = union(servicemanNouns, forceMemberNouns)

// iraqServicemenMentions returns an Iraqi forces mention for each policeman
// or soldier killed or hurt (policeVictim: a harm word within two words
// before him) in a story iraqSet says is set in Iraq, with no nationality
// after him and no other nation, Syria or the Kurds in his sentence:
// "ما أدى إلى إصابة تسعة شرطيين وستة عناصر من قوات مكافحة الإرهاب"
// (Kirkuk's ballot stores), "قتل ثلاثة عناصر من الجيش والشرطة وجرح تسعة،
// في تفجير سيارة مفخخة" (Tarmiyah). The golds code the state whose
// servicemen a bombing hit; soldierMentions reads only those a nationality
// names, and a story set in Iraq names none. "مقتل جنديين تركيين" in
// northern Iraq is Turkey's (the nationality), "إصابة شرطي" in Erbil the
// Kurdistan Region's (iraqSet).
func (l *lexicon) iraqServicemenMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, servicemanNouns) && !inArticle(toks, forceMemberNouns) || !inArticle(toks, iraqWords) {
		return nil // every mention opens with one; iraqSet asks Iraq in the title
	}
	var out []mention
	var set int8 // iraqSet, asked once at the first candidate
	for _, i := range setTokens(toks, iraqServiceOpenings) {
		if i+1 >= len(toks) {
			break // the last token opens none
		}
		end := 0
		switch {
		case toks[i].has(servicemanNouns):
			end = i + 1
		case toks[i].has(forceMemberNouns) && i+2 < len(toks) && !toks[i+1].gap && !toks[i+2].gap && toks[i+2].sent == toks[i].sent &&
			toks[i+1].w == "من" && toks[i+2].has(armyPoliceWords):
			end = i + 3
		}
		if end == 0 || !policeVictim(toks, i) || actorCovers(ms, i, end) {
			continue
		}
		if end < len(toks) && toks[end].sent == toks[i].sent && l.nationality(toks[end].w) != "" {
			continue // "جنديين تركيين": another state's, or Iraq's named
		}
		if sentenceHas(toks, i, syrianWords) || sentenceHas(toks, i, kurdWords) || sentenceHas(toks, i, kurdRegionWords) || l.otherNationInSentence(toks, i, "iraqi-forces") {
			continue
		}
		if !once(&set, func() bool { return l.iraqSet(toks) }) {
			return nil
		}
		out = append(out, mention{e: iraqForceEntry, start: i, end: end})
	}
	return out
}
