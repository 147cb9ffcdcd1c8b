package facets

import "strings"

var (
	// phraseForceNouns are the one-word force nouns of forceNouns, with
	// their duals ("صاروخين إسرائيليين"، "طائرتين روسيتين"): the head of a
	// force phrase whose nationality comes after a modifier or in a list.
	// The singular and dual "طائرة"، "طائرتين" are left out: "اصطدام بين
	// طائرتين إسرائيلية وألمانية" are airliners. Air defences
	// ("المضادات الأرضية السورية")، a commando unit ("فرقة كوماندوز
	// أميركية") and an attack ("للهجوم العسكري التركي") head force phrases
	// too; an attack, like an operation, only with a military modifier
	// ("هجوم إسرائيلي على الأمير ويليام" is words). Two armies name two
	// states' forces by one dual noun: "وساعد الجيشان الروسي والإيراني
	// ... الأسد على سحق التهديد". A convoy does too (convoyWords).
	phraseForceNouns = func() *words {
		var one []string
		for _, n := range forceNouns {
			// One soldier is the soldier rule's (soldierMentions), which
			// asks for a harm or military word: "تركل جنديا إسرائيليا".
			if !strings.Contains(n, " ") && !strings.Contains(n, "جندي") {
				one = append(one, n)
			}
		}
		return wordSet(strings.Join(one, " ") + " العملية عملية التحرك الحملة الهجوم هجوم التدخل تدخل المضادات مضادات كوماندوز الكوماندوز صاروخين صاروخان مقاتلتين مقاتلتان غارتين غارتان ضربتين ضربتان مروحيتين مروحيتان " + convoyWords + " " + dualArmyWords)
	}()
	// forceModifiers stand between a force noun and its nationality:
	// "قوات عسكرية أمريكية"، "الضربات العسكرية الأميركية"، "وحدات خاصة
	// فرنسية وأميركية"، "مستشارين عسكريين إيرانيين". Not "الأمن": "قوات
	// الأمن التركية" arrest suspects and disperse protests at home, police
	// work that makes no party of a state's forces. Nor "المسلحة": "القوات
	// المسلحة الإيرانية" is the formal name of a state's military, met at
	// its ceremonies more than in its wars.
	forceModifiers = plainWords("عسكرية العسكرية عسكري العسكري عسكريين العسكريين الجوية جوية الجوي الحربية حربية الحربي الخاصة خاصة البحرية بحرية البرية برية النظامية المشتركة مشتركة الأرضية أرضية")
	// iranMenNouns head a force phrase of Iran's only: its "elements"
	// and the regime's militias it commands, "العناصر الإيرانية"،
	// "وميليشياتها الإيرانية" (the golds' iran, round 45 ruling rul45b-1(b)).
	iranMenNouns = wordSet("عناصر العناصر ميليشياتها ميليشياته مليشياتها مليشياته")
	// reconModifiers stand between an aircraft and its nationality as
	// forceModifiers do: "إسقاط طائرة تجسس روسية"، "سقطت طائرة استطلاع
	// إسرائيلية". They make no operation military ("عملية تجسس روسية" is
	// espionage), so they are a set of their own.
	reconModifiers = wordSet("تجسس التجسس استطلاع الاستطلاع")
	// reconAircraft are the aircraft such a modifier follows, the
	// singular among them (phraseForceNouns leave it out).
	reconAircraft = wordSet("طائرة الطائرة طائرات الطائرات")
	// otherNationalities are nationality adjectives of forces the taxonomy
	// has no id for; in a list ("الضربات العسكرية الفرنسية والأميركية") they
	// carry the phrase on to the next one.
	otherNationalities = func() *words {
		var forms []string
		for _, b := range strings.Fields("فرنسي بريطاني أفغاني أردني سعودي إماراتي مصري لبناني ألماني كندي أسترالي يمني ليبي قطري كويتي بحريني تونسي جزائري مغربي سوداني إيطالي إسباني هولندي بلجيكي دنماركي نرويجي باكستاني هندي صيني ياباني كوري أوكراني أطلسي غربي عربي كردي فلسطيني") {
			for _, f := range []string{b, b + "ة", b + "ين", b + "ون", b + "ان"} {
				forms = append(forms, f, "ال"+f)
			}
		}
		return wordSet(strings.Join(forms, " "))
	}()
	// countryNames end like an accusative adjective (روسيا، تركيا) but
	// name the country.
	countryNames = wordSet("روسيا تركيا سوريا")
	// airForceActs are the strikes and fights of the sentence a state's
	// air force (an entry's airForce) must stand in to be a party, since
	// an air force is as often news of its crashes, its planes' flights
	// and its procurement ("سلاح الجو الأميركي يوقف العمل بقاذفات بي-1"):
	// "شن سلاح الجو العراقي غارات"، "قصف سلاح الجو الإسرائيلي أهدافا".
	// Not its planes (طائرات) nor a lone "ضربة", which is as often a blow
	// ("وجهت ضربة إلى القسم النووي في سلاح الجو الأميركي").
	airForceActs = wordSet(conjForms("قصف قصفت يقصف تقصف استهدف استهدفت يستهدف تستهدف غارة غارات غاراتها ضربات ضرباتها شن شنت يشن تشن هاجم هاجمت هجوما هجمات اشتباكات معارك قتال القتال"))
	// forcePhraseEntries are the force entries such a phrase stands for,
	// one per actor with nationality adjectives.
	forcePhraseEntries = map[string]*entry{}
)

func init() {
	for _, id := range []string{"syrian-government", "russia", "iran", "iraqi-forces", "usa", "turkey", "israel"} {
		forcePhraseEntries[id] = &entry{words: []string{"force"}, kind: kindActor, ids: []string{id}}
	}
}

// nationalityWords are the words nationality reads as an adjective: every
// form of l.adjectives with and without the suffixes it takes off. lex
// fills it; most tokens are none, and their bit says so.
var nationalityWords = wordSet("")

// airForceNoun is the force noun of the airForce entries.
const airForceNoun = "سلاح الجو"

// nationalityOf returns the actor whose nationality adjective token t is,
// in any number or case and with a و before it, or "".
func (l *lexicon) nationalityOf(t *token) string {
	if !t.has(nationalityWords) {
		return ""
	}
	for _, f := range t.forms {
		if id := l.nationality(f); id != "" {
			return id
		}
	}
	return ""
}

// forcePhraseMentions returns a force mention for each nationality
// adjective of an actor that ends a force phrase the lexicon's aliases do
// not cover, and a broker mention for each that ends a broker phrase
// (brokerWords, then the list): a force noun (singular, plural or dual), up to two modifiers,
// then a list of nationalities joined by و — "قوات عسكرية أمريكية
// وبريطانية"، "الضربات العسكرية الأميركية والفرنسية"، "وحدات خاصة فرنسية
// وأميركية"، "صاروخين إسرائيليين". Word sets on the unstemmed tokens,
// not aliases, so the analysis chain's name words do not change. The
// mention spans the phrase from its noun, for the evidence.
func (l *lexicon) forcePhraseMentions(toks []token, ms []mention) []mention {
	var out []mention
	k := 0
	for i := range toks {
		for k < len(ms) && ms[k].end <= i {
			k++
		}
		if k < len(ms) && ms[k].start <= i {
			continue // an alias covers the adjective ("القوات الأمريكية")
		}
		if toks[i].has(countryNames) {
			continue // "قصف سوريا": the country shelled, not its force
		}
		id := l.nationalityOf(&toks[i])
		if id == "" {
			continue
		}
		if i+1 < len(toks) && !toks[i+1].gap && toks[i+1].w == "الحر" {
			// "الجيشين التركي والسوري الحر": the Free Syrian Army's name,
			// not the regime's army.
			continue
		}
		e := forcePhraseEntries[id]
		if e == nil {
			continue
		}
		s := toks[i].sent
		// Back over the list: each later member starts with و, or is
		// stacked on the one before it with none (stackedNationality).
		p := i
		for p > 0 && !toks[p].gap && toks[p-1].sent == s &&
			(toks[p-1].has(otherNationalities) || l.nationalityOf(&toks[p-1]) != "") &&
			(strings.HasPrefix(toks[p].w, "و") || stackedNationality(&toks[p-1], &toks[p])) {
			p--
		}
		if p > 0 && !toks[p].gap && toks[p-1].sent == s && (toks[p-1].has(brokerWords) || toks[p-1].has(supervisionWords)) {
			// "اتفاق بوساطة روسية"، "برعاية روسية وإيرانية وتركية": a
			// broker phrase, found in this pass rather than one of its own.
			if b := brokerEntries[id]; b != nil {
				out = append(out, mention{e: b, start: p - 1, end: i + 1})
			}
			continue
		}
		if d := droneHead(toks, p, i); d >= 0 {
			out = append(out, mention{e: e, start: d, end: i + 1}) // a state's drone (actors_drone.go)
			continue
		}
		// Back over at most two modifiers to the noun, written bare:
		// "طائرات للبحرية الأميركية" are the navy's, in a story of 1945.
		q := p - 1
		for n := 0; n < 2 && q >= 0 && !toks[q+1].gap && toks[q].sent == s && (forceModifiers[toks[q].w] || reconModifiers.contains(toks[q].w) || infraModifiers[toks[q].w]); n++ {
			q--
		}
		// A single aircraft heads a phrase when a recon modifier makes it
		// military: "طائرة تجسس روسية" is no airliner.
		recon := q >= 0 && q+1 < p && reconModifiers.contains(toks[q+1].w) && toks[q].has(reconAircraft)
		// Targets head a phrase only as a list of two states or more:
		// "غارات جوية على أهداف عسكرية سورية وإيرانية" are both states'
		// forces struck, where "ضرب أهداف أميركية" is as often North
		// Korea's threat.
		targets := q >= 0 && toks[q].has(targetNouns) && (p < i || listNext(l, toks, i))
		// Infrastructure heads a phrase with its "تحتية" after it: "البنية
		// التحتية الإيرانية في سوريا".
		infra := q >= 0 && q+1 < p && infraModifiers[toks[q+1].w] && toks[q].has(infraNouns)
		// A single site heads a phrase when a military modifier makes it
		// a force's: "موقع عسكري إسرائيلي" (a bare "موقع" is a website).
		site := q >= 0 && q+1 < p && siteMilitaryModifiers.contains(toks[q+1].w) && toks[q].has(singleSiteNouns)
		// Iran's men and militias head a phrase of Iran's alone: "حيث
		// أكبر القواعد التي تستخدمها العناصر الإيرانية"، "قوات النظام
		// وميليشياتها الإيرانية" (m47state); "عناصر تركية تابعة لجهاز
		// الاستخبارات" are spies.
		iranMen := q >= 0 && id == "iran" && toks[q].has(iranMenNouns)
		if q < 0 || toks[q+1].gap || toks[q].sent != s || !toks[q].has(phraseForceNouns) && !toks[q].has(baseNouns) && !recon && !targets && !infra && !site && !iranMen {
			continue
		}
		out = append(out, mention{e: e, start: q, end: i + 1})
	}
	return out
}

// ethnicNationalities are the adjectives of otherNationalities that name
// a people or a bloc, not a state: a state's adjective stacked after one
// is where that people is from ("القوات الكردية السورية"، "الميليشيات
// الكردية السورية" are Syria's Kurds, not the regime's forces).
var ethnicNationalities = nationalityForms("كردي عربي فلسطيني غربي أطلسي")

// peopleNationalities are the adjectives of ethnicNationalities that name
// a people, whose fighters are armed groups, not a state's forces or a
// bloc's: "القوات الكردية"، "الصواريخ الفلسطينية".
var peopleNationalities = nationalityForms("كردي عربي فلسطيني")

// nationalityForms returns the word set of the adjectives bases in every
// gender and number, with and without the article.
func nationalityForms(bases string) *words {
	var forms []string
	for _, b := range strings.Fields(bases) {
		for _, f := range []string{b, b + "ة", b + "ين", b + "ون", b + "ان"} {
			forms = append(forms, f, "ال"+f)
		}
	}
	return wordSet(strings.Join(forms, " "))
}

// stackedNationality reports whether the nationality adjective cur stands
// stacked on the adjective prev with no و, as a force shared by two or
// more states is written: "غارات جوية سورية روسية"، "عملية عراقية أميركية
// مشتركة"، "القصف السوري الروسي". Both must agree in the article, neither
// be a country's name ("قصف روسيا سوريا"), and prev be a state's, not a
// people's (ethnicNationalities).
func stackedNationality(prev, cur *token) bool {
	if strings.HasPrefix(cur.w, "و") || countryNames.contains(prev.w) || countryNames.contains(cur.w) || prev.has(ethnicNationalities) {
		return false
	}
	return strings.HasPrefix(prev.w, "ال") == strings.HasPrefix(cur.w, "ال")
}

// convoyWords are an army's convoy on the move, the head of a force
// phrase: "الرتل العسكري التركي، الذي دخل إلى الأراضي السورية"، "لحماية
// الأرتال التركية".
const convoyWords = "الرتل رتل الأرتال أرتال"

// dualArmyWords are the dual of "army", the head of a phrase naming two
// states' forces: "الجيشان الروسي والإيراني".
const dualArmyWords = "الجيشين الجيشان جيشين جيشان"

var dualArmies = wordSet(dualArmyWords)

// attackHeads are the attack among operationNouns: with a list of two
// states or more after it, military with no modifier.
var attackHeads = wordSet("الهجوم هجوم")

// operationNouns name an operation or a campaign by its nationality.
var operationNouns = wordSet("العملية عملية التحرك الحملة الهجوم هجوم التدخل تدخل")

// baseNouns are the singular "base": not a force noun of the lexicon's,
// since the bare word is al-Qaeda's name, but the head of a force phrase
// that a nationality ends ("القاعدة العسكرية الأمريكية").
var baseNouns = wordSet("القاعدة قاعدة")

// siteNouns name where a force sits, not the force in action; targetNouns
// what a strike aims at, counted as sites are.
var (
	siteNouns   = wordSet("المواقع مواقع القواعد قواعد")
	targetNouns = wordSet("أهداف الأهداف")
	// singleSiteNouns are one site, a force's only with a military
	// modifier after it (siteMilitaryModifiers): "أطلقت قوات إيرانية في
	// سوريا صواريخ بدائية باتجاه موقع عسكري إسرائيلي في الجولان" (round
	// 41's blind audit, Israel missed), "قصف موقعا عسكريا سوريا".
	singleSiteNouns = wordSet("موقع موقعا الموقع لموقع")
	// siteMilitaryModifiers are militaryPresence's words ("عسكري عسكريا
	// العسكري"), so the set is shared, sparing a set bit (maxWordSets).
	siteMilitaryModifiers = militaryPresence
)

// infraNouns and infraModifiers are a state's infrastructure, a site of
// its forces when a strike on it in Syria is told (forcePhraseCounts):
// "البنية التحتية الإيرانية"، "بنية تحتية عسكرية إيرانية".
var (
	infraNouns     = wordSet("البنية البنى بنية بنى")
	infraModifiers = plainWords("التحتية تحتية")
)

// listNext reports a nationality adjective at i that the next word, with
// و, follows with another state's: "سورية وإيرانية".
func listNext(l *lexicon, toks []token, i int) bool {
	j := i + 1
	return j < len(toks) && !toks[j].gap && toks[j].sent == toks[i].sent && strings.HasPrefix(toks[j].w, "و") && l.nationalityOf(&toks[j]) != ""
}

// forcePhraseCounts reports whether a force phrase mention m names a party.
// Sites and bases ("تفتيش المواقع العسكرية الإيرانية" under the nuclear
// deal, "قواعد بحرية صينية وأميركية" in Djibouti) count only in a sentence
// about fighting ("سقوط صواريخ على قواعد عسكرية إيرانية"); arms bought or
// sold ("صفقة المقاتلات الجوية الأمريكية") never.
func forcePhraseCounts(toks []token, m mention) bool {
	if nearBefore(toks, m.start, 8, tradeWords) {
		return false
	}
	if toks[m.start].has(operationNouns) {
		// "التحرك التركي العسكري"، "العملية العسكرية التركية": an
		// operation is military where the phrase says so; "التحرك
		// الأميركي" against North Korea's missiles was sanctions.
		// The modifier may follow the rest of a stacked list: "عملية
		// عراقية أميركية مشتركة" is military for the Iraqi side too.
		e := m.end
		for e < len(toks) && !toks[e].gap && toks[e].sent == toks[m.start].sent && (toks[e].has(nationalityWords) || toks[e].has(otherNationalities)) {
			e++
		}
		if e < len(toks) && !toks[e].gap && forceModifiers[toks[e].w] {
			return true
		}
		if toks[m.start].has(attackHeads) && e-m.start > 2 {
			// "وكان هجوم أميركي بريطاني فرنسي استهدف أهدافا سورية": an
			// attack two or more states make together is their strike;
			// one state's bare attack may be words ("هجوم إسرائيلي على
			// الأمير ويليام").
			return true
		}
		for j := m.start + 1; j < m.end; j++ {
			if forceModifiers[toks[j].w] {
				return true
			}
		}
		return false
	}
	if toks[m.start].has(dualArmies) && nearBefore(toks, m.start, 1, accuseWords) {
		// "واتهم الجيشان الروسي والسوري إسرائيل بالوقوف وراء هجوم":
		// two armies that accuse another of a strike speak of it.
		return false
	}
	if toks[m.start].has(baseNouns) {
		// "القاعدة العسكرية الأمريكية الجديدة في شمال مدينة منبج، شمال
		// سوريا": a state's base in Syria is its forces' presence in the
		// war, as the gold guide codes it; "القاعدة الأمريكية" in Qatar
		// or Djibouti is a site like any other.
		return sentenceHas(toks, m.start, syrianWords) || sentenceHas(toks, m.start, militaryWords) || sentenceHas(toks, m.start, strikeVerbs)
	}
	if toks[m.start].has(infraNouns) {
		// "الضربة استهدفت أغلب البنى التحتية الإيرانية في سوريا": a
		// state's military infrastructure struck in Syria is its forces
		// in the war, as a strike on its sites is; "شبكات البنية التحتية
		// الأمريكية" under cyberattack, or a fund for it, are no war.
		return sentenceHas(toks, m.start, syrianWords) && (sentenceHas(toks, m.start, militaryWords) || sentenceHas(toks, m.start, strikeVerbs))
	}
	if toks[m.start].has(siteNouns) || toks[m.start].has(targetNouns) || toks[m.start].has(singleSiteNouns) {
		return sentenceHas(toks, m.start, militaryWords) || sentenceHas(toks, m.start, strikeVerbs)
	}
	return true
}

var (
	// chemicalWords name chemical weapons and attacks.
	chemicalWords = wordSet("الكيماوي الكيميائي الكيماوية الكيميائية كيماوي كيميائي كيماوية كيميائية للكيماوي بالكيماوي")
	// accuseWords before a state make it the accused: "فرنسا تتهم روسيا".
	accuseWords = wordSet("تتهم يتهم اتهم اتهمت اتهام باتهام الاتهام محاسبة لمحاسبة بمحاسبة")
	// useWords right after it make it the user.
	useWords = wordSet("استخدام استخدامها استخدامه باستخدام باستخدامها استخدم استخدمت يستخدم تستخدم")
)

// chemicalAct reports a weak mention of a state accused of a chemical
// attack or of using chemical weapons, a military act the gold codes:
// an accusation word within three words before it or a use word right
// after it ("نظام الرئيس بشار الأسد باستخدام السلاح الكيماوي"), and a
// chemical word within six. A state that only speaks of such an attack
// ("زعمت روسيا أن التحضير لتصوير هجوم كيماوي مفبرك قد بدأ"، "روسيا تنفي
// استخدام سلاح كيماوي") is no party by it.
func chemicalAct(toks []token, m mention) bool {
	if !nearWord(toks, m.start, m.end, 6, chemicalWords) {
		return false
	}
	if nearBefore(toks, m.start, 3, accuseWords) {
		return true
	}
	// The use word right after the name: "تنفي استخدام"، "قلقة بشأن
	// استخدام" put a verb of the state's own between them.
	j := m.end
	return j < len(toks) && !toks[j].gap && toks[j].sent == toks[m.start].sent && toks[j].has(useWords)
}

var (
	// enemyWords before a nationality name a force the way Syrian and
	// Lebanese official media do: "اعتداءات نفذها العدو الإسرائيلي".
	enemyWords = wordSet("العدو للعدو بالعدو والعدو")
	// enemyEntries are the force entries such a phrase stands for; like
	// "العدوان التركي" they count only in an article about Syria, where
	// the phrase is the war's, not a speech's.
	enemyEntries = map[string]*entry{}
)

func init() {
	for id := range forcePhraseEntries {
		enemyEntries[id] = &entry{words: []string{"enemy"}, kind: kindActor, ids: []string{id}, syria: true}
	}
}

// enemyMentions returns a force mention for each "العدو" + nationality
// that no lexicon mention covers.
func (l *lexicon) enemyMentions(toks []token, ms []mention) []mention {
	return uncoveredMentions(toks, ms, enemyWords, func(i int) (*entry, int) {
		if i+1 >= len(toks) || !toks[i].has(enemyWords) || toks[i+1].gap || toks[i+1].sent != toks[i].sent {
			return nil, 0
		}
		if e := enemyEntries[l.nationalityOf(&toks[i+1])]; e != nil {
			return e, i + 2
		}
		return nil, 0
	})
}

var (
	// strikeClauseVerbs are "launched it" with the strike as object
	// pronoun: "الغارات التي شنتها إسرائيل".
	strikeClauseVerbs = wordSet("شنتها شنها يشنها تشنها")
	// strikeHeads are the strikes such a clause describes.
	strikeHeads = wordSet("الغارات الغارة الغاره غارات غارة الضربات الضربة الضربه ضربات ضربة الهجمات هجمات الهجوم القصف قصف")
	// relativeWords join a strike noun to its clause.
	// The same words as armsRelativeWords (actors_ascribed.go): the set is shared
	// (a set bit spared, see maxWordSets).
	relativeWords = armsRelativeWords
)

// strikeAuthor reports a weak mention that is the subject of a clause
// describing strikes: "بعد الغارات التي شنتها إسرائيل على أهداف إيرانية"،
// "الضربات الجوية التي شنتها الولايات المتحدة وفرنسا". The verb alone is
// as often a campaign of arrests or words ("حملة الاعتقالات التي شنتها
// أنقرة"، "حرب اقتصادية تشنها الولايات المتحدة"), so a strike noun must
// head the clause. campaignClauseAuthor reads the clauses of armed
// campaigns besides.
func strikeAuthor(toks []token, m mention) bool {
	s := toks[m.start].sent
	for j := m.start - 1; j >= 0 && j >= m.start-3 && toks[j].sent == s; j-- {
		if !toks[j].has(strikeClauseVerbs) {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-3 && toks[k].sent == s; k-- {
			if toks[k].has(strikeHeads) {
				return true
			}
			if !toks[k].has(relativeWords) && !toks[k].has(strikeAdjectives) {
				return false
			}
		}
		return false
	}
	return campaignClauseAuthor(toks, m.start, m.end)
}

var (
	// campaignClauseVerbs carry an armed campaign as their object pronoun
	// after a relative: "الضربات التي نفذتها الولايات المتحدة"، "الهجوم
	// الذي تشنه تركيا"، "العمليات التي تخوضها أنقرة" (strikeClauseVerbs
	// hold the feminine "شنتها" forms).
	campaignClauseVerbs = wordSet("شنته شنه تشنه يشنه نفذتها نفذها تنفذها ينفذها نفذته نفذه تنفذه ينفذه تخوضها يخوضها خاضتها خاضها")
	// doingVerbs with "بها" or "به" after them carry it the same way:
	// "العملية التي تقوم بها تركيا".
	doingVerbs   = wordSet("تقوم يقوم قامت قام")
	doingObjects = wordSet("بها به")
	// clausePersons open a leader's name or title: "الهجوم الذي شنه
	// الرئيس الأميركي، دونالد ترامب، في تغريدات" is one of words.
	clausePersons = union(leaderOpenings, attackedPersons, wordList("دونالد"))
	// clauseOperationNouns, unlike a campaign ("الحملة التي تشنها أنقرة ضد
	// أنصار غولن"), are armed with their enemy after "ضد": "العملية التي
	// تشنها تركيا ضد المسلحين الأكراد".
	clauseOperationNouns = wordSet("عملية العملية عمليات العمليات")
)

// campaignClauseAuthor reports a state's name (toks[start:end]) that is
// the subject of a relative clause headed by an armed campaign: "الضربات
// التي نفذتها إسرائيل"، "الهجوم الذي تشنه تركيا"، "العملية العسكرية التي
// تشنها أنقرة"، "العملية التي تقوم بها تركيا في سوريا". The campaign is a
// strike noun, an operation with a military adjective, or a bare operation
// whose clause names Syria or Iraq as its theatre right after the name or,
// for an operation, its enemy after "ضد"; a
// bare "الحملة التي تشنها تركيا ضد أنصار غولن" is a campaign of arrests,
// and a clause without a relative ("حرب اقتصادية تشنها") is left to
// strikeAuthor. A leader as the clause's subject wages as often a war of
// words.
func campaignClauseAuthor(toks []token, start, end int) bool {
	if toks[start].has(clausePersons) {
		return false
	}
	s := toks[start].sent
	in := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].sent == s }
	j := start - 1
	switch {
	case in(j) && (toks[j].has(strikeClauseVerbs) || toks[j].has(campaignClauseVerbs)):
	case in(j-1) && toks[j].has(doingObjects) && toks[j-1].has(doingVerbs):
		j--
	default:
		return false
	}
	if !in(j-1) || !toks[j-1].has(relativeWords) {
		return false
	}
	for k := j - 2; k >= j-4 && in(k); k-- {
		switch {
		case toks[k].has(strikeHeads) || toks[k].has(opNouns):
			return true
		case toks[k].has(campaignNouns):
			if k+1 < j-1 && toks[k+1].has(militaryAdjectives) {
				return true
			}
			if in(end) && toks[end].w == "ضد" && toks[k].has(clauseOperationNouns) {
				return true
			}
			return in(end+1) && toks[end].w == "في" && (toks[end+1].has(syriaWords) || toks[end+1].has(iraqWords))
		case !toks[k].has(strikeAdjectives) && !toks[k].has(militaryAdjectives):
			return false
		}
	}
	return false
}

// strikeAdjectives stand between a strike noun and its clause: "الضربات
// الجوية التي شنتها".
var strikeAdjectives = wordSet("الجوية الجويه العسكرية الصاروخية الأخيرة")
