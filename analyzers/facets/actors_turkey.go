package facets

import "strings"

// Turkey by its bare name, and the Syrian factions that fight beside it.
//
// The lexicon reads "تركيا" as a Raqqa village (C6870) loaded before the
// actors, so the weak alias never matches; round 9 let it through with a
// military word within six words and found it wrong more often than right
// (the lira, an F-35 delivery, Erdogan's speeches). The finders here read
// the name only where the sentence makes Turkey the author of a campaign:
// it wages one (تشن، تخوض، أطلقت), the campaign is named by it ("عملية
// تركيا"), or it acts with its own strikes or troops ("تركيا تبرر
// غاراتها").

var (
	// turkeyAgentEntry is the Turkey entry such a sentence stands for.
	turkeyAgentEntry = &entry{words: []string{"turkey-agent"}, kind: kindActor, ids: []string{"turkey"}}
	// opNouns name an armed campaign or strike on their own.
	opNouns = wordSet("هجوم الهجوم هجوما هجمات الهجمات غارات الغارات غارة ضربات الضربات ضربة قصف القصف توغل التوغل اجتياح")
	// campaignNouns name an operation or a campaign, which is a military
	// one only with an adjective that says so (عملية عسكرية) or with a
	// state's name right after it (عملية تركيا): "العملية السياسية"،
	// "حملة انتخابية" are not.
	campaignNouns = wordSet("عملية العملية عمليات العمليات حملة الحملة")
	// turkeyOpNouns name an armed operation before its author's name
	// ("عملية تركيا العابرة للحدود"); "حملة تركيا ضد أنصار غولن" is a
	// campaign of arrests.
	turkeyOpNouns = wordSet("عملية عمليات")
	// militaryAdjectives after a campaign noun make it an armed one.
	militaryAdjectives = wordSet("عسكرية العسكرية برية البرية جوية الجوية عسكريه")
	// wagingVerbs say who wages a campaign: "هجوم تشنه تركيا"، "وتخوض
	// تركيا منذ الشهر الماضي عملية عسكرية"، "شنت تركيا غارات".
	wagingVerbs = wordSet(conjForms("شن شنت تشن يشن تشنه تشنها شنته شنتها يشنها تخوض خاضت تخوضها يخوض يخوضها اطلقت تطلق اطلقتها تطلقها بدات تبدا نفذت تنفذ تنفذه تنفذها نفذته نفذتها قصفت تقصف استهدفت تستهدف هاجمت تهاجم"))
	// ownForceNouns after a state name its own campaign or troops:
	// "تركيا تبرر غاراتها الجوية"، "تركيا تواصل عمليتها العسكرية".
	ownForceNouns = wordSet("غاراتها ضرباتها قصفها هجومها هجماتها توغلها عمليتها عملياتها قواتها جيشها")
	// partakingVerbs make Turkey a party to a campaign it takes part in,
	// which turkeyWages reads as it reads a waging verb, with the armed
	// campaign after it: "من بعض المناطق السورية التي تشارك فيها تركيا
	// بعمليات عسكرية" (the potato imports of SK-internationalNews-2366,
	// whose gold codes Turkey by that clause, as round 45's rul45b counts
	// Turkey's operation in Syria stated in any sentence of an economy
	// story). Looked up whole at the verb, no word-set bit.
	partakingVerbs = plainWords("تشارك يشارك شاركت وتشارك ويشارك وشاركت تشاركت")
)

// turkeyName reports the bare name of Turkey, alone or after "و" (with
// "ل" or "ب" it is where something goes or happens, not who acts).
func turkeyName(t *token) bool {
	return t.w == "تركيا" || t.w == "وتركيا"
}

// armedCampaignAt reports an armed campaign named at token j: a strike
// noun, or an operation noun with a military adjective right after it.
func armedCampaignAt(toks []token, j int) bool {
	if toks[j].has(opNouns) {
		return true
	}
	return toks[j].has(campaignNouns) && j+1 < len(toks) && !toks[j+1].gap && toks[j+1].has(militaryAdjectives)
}

// turkeyAgentMentions returns a Turkey mention for each bare "تركيا" that
// its sentence makes the author of a campaign or the waging side of an armed
// war (warWager, actors_warwaged.go).
func turkeyAgentMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, turkeyStateNames) {
		return nil // no تركيا or وتركيا: both hold the set's تركيا
	}
	var out []mention
	for i := range toks {
		if !turkeyName(&toks[i]) {
			continue
		}
		m := mention{e: turkeyAgentEntry, start: i, end: i + 1}
		if turkeyWages(toks, i) || turkeyThreatens(toks, i) || dealParty(toks, m) || dealPartyWith(toks, m, signedDealWords) || dealMaker(toks, m) || warWager(toks, ms, m) {
			out = append(out, m)
		}
	}
	return out
}

// The Russian–Turkish deal by its adjectives (fol45b, ruling rul45b-2 of
// round 45): Turkey is coded where the article reports the deal it made
// with Russia on Syrian ground as made, in force or carried out — the
// September 2018 Idlib demilitarised zone ("سحبت الفصائل ... أسلحتها
// الثقيلة ... بموجب الاتفاق الروسي التركي"، "ويدعو الاتفاق التركي الروسي
// ... إلى خروج الفصائل") and the Foua–Kafraya evacuation. News names it
// most often by the pair of adjectives after the deal noun, in either
// order and with or without a hyphen, which no finder read: Turkey's
// adjective joins no force noun there. The bare-name forms are dealParty
// and dealMaker's ("اتفاق وقعته روسيا وتركيا"، "الاتفاق مع تركيا على
// إقامة منطقة منزوعة السلاح"), which turkeyAgentMentions asks.
//
// Not a three-state deal ("اتفاق تركي روسي إيراني ... لإقامة منطقة خفض
// تصعيد"، "الاتفاق الروسي التركي الإيراني في تقاسم مناطق النفوذ"), which
// is Astana's and the ruling leaves uncovered; not a purchase ("اتفاق
// تركي روسي على شراء صواريخ إس-400") nor a swap told as a "صفقة"; and only
// in an article about Syria.

var (
	// russianAdjectives and turkishAdjectives name the two makers.
	russianAdjectives = wordSet("الروسي روسي الروسية روسية")
	turkishAdjectives = wordSet("التركي تركي التركية تركية")
	// thirdPartyAdjectives after the pair make it a wider deal.
	thirdPartyAdjectives = wordSet("الإيراني إيراني الإيرانية إيرانية الأمريكي الأميركي أمريكي أميركي الإسرائيلي إسرائيلي")
)

// turkeyDealMentions returns a Turkey mention for each deal noun followed by
// the Russian and the Turkish adjective (either order, a hyphen or none
// between them) and no third state's, in a sentence that names no
// purchase and no nuclear deal, in an article about Syria.
func turkeyDealMentions(toks []token, aboutSyria bool) []mention {
	if !aboutSyria || !inArticle(toks, turkishAdjectives) || !inArticle(toks, russianAdjectives) {
		return nil
	}
	var out []mention
	for i := 0; i+2 < len(toks); i++ {
		if !toks[i].has(dealNouns) || toks[i+1].gap || toks[i+1].sent != toks[i].sent || toks[i+2].sent != toks[i].sent {
			continue
		}
		a, b := &toks[i+1], &toks[i+2]
		if !(a.has(russianAdjectives) && b.has(turkishAdjectives) || a.has(turkishAdjectives) && b.has(russianAdjectives)) {
			continue
		}
		if i+3 < len(toks) && toks[i+3].sent == toks[i].sent && toks[i+3].has(thirdPartyAdjectives) {
			continue
		}
		if sentenceHas(toks, i, tradeWords) || sentenceHas(toks, i, nuclearDealWords) {
			continue
		}
		t := i + 1
		if b.has(turkishAdjectives) {
			t = i + 2
		}
		out = append(out, mention{e: turkeyAgentEntry, start: t, end: t + 1})
	}
	return out
}

// turkeyWages reports whether the sentence of the name at i makes Turkey
// the author of a campaign.
func turkeyWages(toks []token, i int) bool {
	s := toks[i].sent
	in := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].sent == s }
	// "عملية تركيا العابرة للحدود"، "هجوم تركيا على عفرين": the
	// operation named by its author.
	if in(i-1) && !toks[i].gap && (toks[i-1].has(opNouns) || toks[i-1].has(turkeyOpNouns)) {
		return true
	}
	// "تركيا تبرر غاراتها الجوية": its own strikes or troops.
	for j := i + 1; j <= i+3 && in(j); j++ {
		if toks[j].has(ownForceNouns) {
			return true
		}
	}
	// A waging verb (or a partaking one, partakingVerbs) within two
	// words before the name ("التي تشن عليها تركيا حملة عسكرية"، "التي
	// تشارك فيها تركيا بعمليات عسكرية") or right after it ("تركيا
	// تشن")...
	for j := i - 2; j <= i+1; j++ {
		if j == i || !in(j) || !toks[j].has(wagingVerbs) && !partakingVerbs[toks[j].w] {
			continue
		}
		// ... with the campaign after it ("تخوض تركيا منذ الشهر
		// الماضي عملية عسكرية") or, where the verb holds it as a
		// pronoun, right before it ("لهجوم تشنه تركيا").
		for k := j + 1; k <= j+5 && in(k); k++ {
			if k != i && armedCampaignAt(toks, k) {
				return true
			}
		}
		if j == i-1 && in(j-1) && armedCampaignAt(toks, j-1) {
			return true
		}
		if j == i-1 && in(j-2) && toks[j-2].has(campaignNouns) && toks[j-1].has(militaryAdjectives) {
			return true
		}
	}
	// "العملية العسكرية التي تشنها تركيا"، "الهجوم الذي تشنه تركيا":
	// the campaign heads a relative clause whose subject is the name.
	return campaignClauseAuthor(toks, i, i+1)
}

var (
	// factionGroupNouns name a body of fighters that a state may have as
	// allies: "تركيا وجماعات المعارضة السورية المتحالفة معها"،
	// "القوات التركية والمقاتلين السوريين المتحالفين معها".
	factionGroupNouns = wordSet("فصائل الفصائل جماعات الجماعات مجموعات المجموعات مقاتلين المقاتلين مسلحين المسلحين")
	// factionQualifiers stand between such a noun and its alliance word.
	factionQualifiers = wordSet("المعارضة معارضة السورية السوري سورية السوريين سوريين المسلحة مسلحة")
	// factionAllyWords say the fighters are someone's allies, the
	// indefinite and "loyal" forms that alliedWords leaves out too.
	factionAllyWords = wordSet("المتحالفة المتحالفين متحالفة متحالفين الموالية الموالين موالية موالين الحليفة الداعمة المدعومة")
)

// turkeyFactionMentions returns an SNA mention for each body of Syrian
// fighters called the allies of "it", where Turkey was named last before
// them: "والفصائل السوري الموالية له" after "الجيش التركي". It reads the
// qualified and indefinite phrases alliedFactionMentions does not.
func turkeyFactionMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, factionGroupNouns) || !inArticle(toks, factionAllyWords) || !inArticle(toks, alliedPronouns) {
		return nil // every mention holds a word of each: skip the pass over the article
	}
	var out []mention
	for _, i := range setTokens(toks, factionGroupNouns) {
		j := i + 1
		for j < len(toks) && j <= i+2 && !toks[j].gap && toks[j].has(factionQualifiers) {
			j++
		}
		if j+1 >= len(toks) || toks[j].gap || toks[j+1].gap || !toks[j].has(factionAllyWords) || !toks[j+1].has(alliedPronouns) {
			continue
		}
		if lastNamedTurkey(toks, ms, i) {
			out = append(out, mention{e: alliedFactionEntry, start: i, end: j + 2})
		}
	}
	return out
}

var (
	// turkeyBackedWords say fighters are backed by, loyal to or allied with the
	// state named after them (with من، مع or ل, or none: "المدعومون
	// تركيا"). The lexicon holds a few fixed phrases of them ("الفصائل
	// الموالية لأنقرة"); wire copy builds many more round the opposition's
	// name: "مقاتلين من المعارضة السورية مدعومين من أنقرة"، "جماعات
	// المعارضة السورية المتحالفة مع تركيا"، "مقاتلي المعارضة المدعومين من
	// تركيا".
	turkeyBackedWords = wordSet("المدعومة المدعومين المدعومون مدعومة مدعومين مدعومون الموالية الموالين الموالون موالية موالين موالون " +
		"المتحالفة المتحالفين متحالفة متحالفين")
	// turkeyBackedLinks join a backed word to its state.
	turkeyBackedLinks = wordSet("من مع")
	// turkeyStateNames name Turkey as the state behind the fighters.
	turkeyStateNames = wordSet("تركيا أنقرة")
	// backedHeads open the fighters' phrase: the opposition itself, or a
	// noun of fighters or their units.
	backedHeads = wordSet("المعارضة معارضة فصائل الفصائل جماعات الجماعات مجموعات المجموعات مقاتلين المقاتلين مقاتلي مقاتلو مقاتلون المقاتلون " +
		"مسلحي مسلحو مسلحين المسلحين مسلحون المسلحون قوات القوات")
	// backedInner may stand between the head and the backed word:
	// "مقاتلين من المعارضة السورية"، "فصائل المعارضة السورية المسلحة".
	backedInner = wordSet("من المعارضة معارضة السورية السوري سورية السوريين سوريين المسلحة مسلحة")
	// oppositionWords are the opposition's own name inside such a phrase.
	oppositionWords = wordSet("المعارضة معارضة")
	// alliesNouns call fighters a state's allies: "الجيش التركي وحلفاء له
	// من المعارضة السورية".
	alliesNouns = wordSet("حلفاء حلفاؤها حلفائها حلفاؤه حلفائه")
	// backingClauseVerbs open a relative clause of backing whose
	// subject follows: "قوات تدعمها تركيا".
	backingClauseVerbs = wordSet("تدعمها تدعمهم يدعمها يدعمهم")
	// backedRelatives may stand between the fighters and that verb.
	backedRelatives = wordSet("التي الذين")
	// ownAlliesNouns are a state's allies or mercenaries by their
	// possessive: "تركيا وحلفاؤها"، "الجيش التركي ومرتزقته".
	ownAlliesNouns = wordSet("حلفاؤها حلفائها حلفاءها حلفاؤه حلفائه حلفاءه مرتزقتها مرتزقته")
	// westernWords after such allies make them Turkey's Western or NATO
	// partners; "في" opens the alliance they share ("وحلفاؤها في حلف
	// الناتو").
	westernWords = wordSet("الغربيون الغربيين الأوروبيون الأوروبيين الاوروبيين الدوليون الدوليين الأطلسي الناتو في")
	// turkeyBackedOppositionEntry is the opposition entry the name
	// "المعارضة" stands for inside a Turkey-backed phrase: the gold codes
	// the parent beside the SNA where the text calls the fighters the
	// opposition, a ground of its own.
	turkeyBackedOppositionEntry = &entry{words: []string{"turkey-backed"}, kind: kindActor, ids: []string{"opposition"}}
)

// turkeyBackedOpenings are the words of turkeyBackedMentions' cases.
// The pass walks its tokens (setTokens): a first test the pass adds
// must join it, or the walk never meets that test's words.
var turkeyBackedOpenings = union(turkeyBackedWords, backingClauseVerbs, ownAlliesNouns, alliesNouns)

// turkeyBackedMentions returns an SNA mention for each body of Syrian
// fighters the text says Turkey backs or leads, and an opposition mention
// where it calls them the opposition:
//   - a fighters' phrase, a backed word and Turkey's name after it
//     ("مقاتلين من المعارضة السورية مدعومين من أنقرة");
//   - "allies of it" from the opposition or the factions, where Turkey was
//     named last before them ("الجيش التركي وحلفاء له من المعارضة السورية");
//   - forces a relative clause of backing gives Turkey as subject ("سيطرت
//     قوات تدعمها تركيا على مركز مدينة عفرين");
//   - Turkey's own allies or mercenaries joined to its name by و ("سيطرت
//     عليها تركيا وحلفاؤها"، "الجيش التركي و"مرتزقته""), which fresh-12,
//     holdout-18 and the dev gold code as the SNA.
//
// Backed by another state ("المعارضة المدعومة من واشنطن"، "الفصائل الموالية
// لإيران") the phrase is no SNA; the lexicon's own "الموالية لتركيا" phrases
// match here too, harmlessly.
func turkeyBackedMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, turkeyBackedWords) && !inArticle(toks, backingClauseVerbs) && !inArticle(toks, ownAlliesNouns) && !inArticle(toks, alliesNouns) {
		return nil // every mention is at a word of one (the cases below): skip the pass
	}
	var out []mention
	in := func(i, j int) bool {
		return j >= 0 && j < len(toks) && toks[j].sent == toks[i].sent && (j <= i || !toks[j].gap)
	}
	add := func(start, end int) {
		out = append(out, mention{e: alliedFactionEntry, start: start, end: end})
		for k := start; k < end; k++ {
			if toks[k].has(oppositionWords) {
				out = append(out, mention{e: turkeyBackedOppositionEntry, start: k, end: k + 1})
				break
			}
		}
	}
	for _, i := range setTokens(toks, turkeyBackedOpenings) {
		switch {
		case toks[i].has(turkeyBackedWords):
			// The state after the backed word, with or without a link.
			j := i + 1
			if in(i, j) && toks[j].has(turkeyBackedLinks) {
				j++
			}
			if !in(i, j) || !toks[j].has(turkeyStateNames) {
				continue
			}
			// The fighters' phrase before it, over inner words.
			start := -1
			for k := i - 1; k >= i-4 && in(i, k) && !toks[k+1].gap; k-- {
				if toks[k].has(backedHeads) {
					start = k
				}
				if !toks[k].has(backedInner) && !toks[k].has(backedHeads) {
					break
				}
			}
			if start >= 0 {
				add(start, j+1)
			}
		case toks[i].has(backingClauseVerbs):
			// "سيطرت قوات تدعمها تركيا"، "فصائل المعارضة التي تدعمها
			// أنقرة": a relative clause of backing, Turkey its subject.
			if !in(i, i+1) || !toks[i+1].has(turkeyStateNames) {
				continue
			}
			k := i - 1
			if in(i, k) && !toks[k+1].gap && toks[k].has(backedRelatives) {
				k--
			}
			start := -1
			for ; k >= i-5 && in(i, k) && !toks[k+1].gap; k-- {
				if toks[k].has(backedHeads) {
					start = k
				}
				if !toks[k].has(backedInner) && !toks[k].has(backedHeads) {
					break
				}
			}
			if start >= 0 {
				add(start, i+2)
			}
		case toks[i].has(ownAlliesNouns) && turkeyJustBefore(toks, ms, i) && !(in(i, i+1) && toks[i+1].has(westernWords)) && !sentenceHas(toks, i, terrorLabelWords):
			// "سيطرت عليها تركيا وحلفاؤها"، "الجيش التركي و"مرتزقته"":
			// Turkey's own allies or mercenaries joined to its name are
			// its Syrian factions; "تركيا وحلفاؤها الغربيون" are not,
			// nor those who join it in a label ("تصف أنقرة وحلفاؤها حزب
			// العمال الكردستاني كـ"منظمة إرهابية"").
			add(i, i+1)
		case toks[i].has(alliesNouns):
			// "وحلفاء له من المعارضة"، "وحلفاؤها من الفصائل".
			j := i + 1
			if in(i, j) && toks[j].has(alliedPronouns) {
				j++
			}
			if in(i, j+1) && toks[j].w == "من" && (toks[j+1].has(oppositionWords) || toks[j+1].has(factionNouns)) && lastNamedTurkey(toks, ms, i) {
				add(i, j+2)
			}
		}
	}
	return out
}

// loyalToTurkey reports a mention followed, in its sentence, by Turkey's
// name joined by ل: "مسلحين موالين لتركيا"، "المقاتلون الموالون لأنقرة".
func loyalToTurkey(toks []token, m mention) bool {
	j := m.end
	return j < len(toks) && toks[j].sent == toks[m.start].sent && !toks[j].gap && strings.HasPrefix(toks[j].w, "ل") && toks[j].has(turkeyStateNames)
}

// turkeyJustBefore reports whether Turkey (its army, its capital or its
// name) is the mention that ends right before token i, joined to it by و.
func turkeyJustBefore(toks []token, ms []mention, i int) bool {
	end := i
	if i > 0 && toks[i-1].w == "و" {
		end = i - 1
	} else if !strings.HasPrefix(toks[i].w, "و") {
		return false
	}
	for k := range ms {
		o := &ms[k]
		if o.end != end || toks[o.start].sent != toks[i].sent {
			continue
		}
		if o.e.kind == kindActor && o.e.ids[0] == "turkey" || o.e.kind == kindTown && len(o.e.words) == 1 && o.e.words[0] == "تركيا" {
			return true
		}
	}
	return false
}

// Turkey's Afrin offensive named by its place. From January 2018 "the
// military operation in Afrin" is Turkey's, and news tells it so without
// naming Turkey beside it: "انتقد أبو الغيط ... العملية العسكرية في
// #عفرين"، "صرف النظر عن موضوع خارجي، مثل العملية العسكرية في مدينة
// عفرين السورية"، "تركيا تؤكد استمرار عملية عفرين". Every pooled gold
// article with such a phrase codes Turkey (15 of 15: holdout-11 to -28,
// fresh, fresh-2, -6, -12), the background operation too. An attack "in"
// Afrin ("هجوم في عفرين") is not the offensive unless its adjective names
// Turkey ("للهجوم التركي في عفرين", round 58's aud58a): after March it is
// as often a bomb in the occupied town. Nor is the verb "تدخل" (forces
// that "تدخل منطقة عفرين" are whoever enters it).
var (
	// afrinOpNouns name an operation, a battle or an intervention, which
	// "في" may join to the place.
	afrinOpNouns = wordSet("عملية العملية عمليات العمليات عمليتا حملة الحملة معركة المعركة التدخل")
	// afrinAssaultNouns name an offensive, which only "على" or "ضد" (or
	// none: "هجوم عفرين") joins to the place it falls on, or "في" after
	// an adjective that names Turkey ("الهجوم التركي في عفرين").
	afrinAssaultNouns = wordSet("هجوم الهجوم اجتياح الاجتياح توغل التوغل")
	// afrinOpAdjectives may stand between the noun and the place:
	// "العمليات العسكرية التركية في عفرين"، "الهجوم التركي على".
	afrinOpAdjectives = wordSet("عسكرية العسكرية برية البرية التركية التركي")
	// afrinRegionNouns may stand before the name: "في منطقة عفرين".
	afrinRegionNouns = wordSet("مدينة منطقة ريف")
	// afrinNames is the place itself, with a clitic ("بعفرين").
	afrinNames = wordSet("عفرين")
)

// afrinOperationMentions returns a Turkey mention for each operation,
// battle, intervention or offensive named by Afrin (see afrinOpNouns):
// the noun, up to two adjectives of its kind, a link word, maybe a region
// noun, and the name, with no punctuation between them but a quote or a
// tag before the name.
func afrinOperationMentions(toks []token) []mention {
	if !inArticle(toks, afrinNames) {
		return nil
	}
	var out []mention
	for i := range toks {
		op, assault := toks[i].has(afrinOpNouns), toks[i].has(afrinAssaultNouns)
		if !op && !assault {
			continue
		}
		j := i + 1
		next := func() bool { return j < len(toks) && !toks[j].gap }
		turkish := false
		for n := 0; n < 2 && next() && toks[j].has(afrinOpAdjectives); n++ {
			turkish = turkish || toks[j].has(turkishAdjectives)
			j++
		}
		// "في" joins an offensive to the place only when its adjective
		// names Turkey: "للتصدي للهجوم التركي في عفرين" (SK-middleEast-830),
		// "تنديدا بالهجوم التركي في عفرين"; a bare "هجوم في عفرين" may be
		// anyone's.
		if next() && (toks[j].w == "علي" || toks[j].w == "ضد" || (op || turkish) && toks[j].w == "في") {
			j++
		}
		linked := j > i+1 && !toks[j-1].has(afrinOpAdjectives)
		if next() && toks[j].has(afrinRegionNouns) {
			j++
		}
		// After a link word the name may be quoted or tagged: "في
		// #عفرين".
		if j < len(toks) && (!toks[j].gap || linked) && toks[j].has(afrinNames) {
			out = append(out, mention{e: turkeyAgentEntry, start: i, end: j + 1})
		}
	}
	return out
}
