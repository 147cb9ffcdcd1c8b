package facets

// Iran's police and security forces crushing a protest at home.
//
// The golds code Iran where its security forces fire on, beat, disperse or
// crush a protest in Iran: the dev gold's teachers "فرّقت قوات الأمن
// المظاهرة بالقوة" (2015-07-24-782), round 37's blind Ahvaz water protests
// "وتدخلت قوات من الأمن لقمع المتظاهرين" (SK-internationalNews-2391) and
// labour protests met by police batons, round 38's blind Ahvaz uprising
// "واجهها أمن النظام بالرصاص". The stories seldom say whose the force is —
// "قوات الأمن"، "الأمن"، "أمن النظام" — as the whole story is set in Iran;
// when they do ("قوات الأمن الإيرانية أطلقت الرصاص على متظاهرين") the
// organ is no alias, and the arrest rule (actors_statearrest.go) takes it
// only as the arrester of the war's fighters. An arrest alone (fresh-8's
// women jailed over the hijab), riot police deployed (holdout-16) or
// months of protests "حاول الأمن قمعها" told as the background of a
// currency story leave Iran out: so the force counts only in a sentence
// that tells a protest and a crushing, firing, beating or dispersal, with
// no period's tally (منذ) nor an earlier time ("وقتها"، "تلك الاحتجاجات":
// the winter's protests told in a Telegram story).

var (
	// iranPlaceWords in a title set the story in Iran: the country, its
	// capital, Ahvaz, or its cities ("مدن إيرانية"). Not the adjective
	// with the article, which names the rial, a consulate or a drone
	// abroad as often.
	iranPlaceWords = wordSet("إيران بإيران لإيران وإيران طهران بطهران الأحواز بالأحواز الأهواز إيرانية ايرانية")
	// iranForceEntry is the Iranian forces entry such a force stands for.
	iranForceEntry = &entry{words: []string{"iran-repress"}, kind: kindActor, ids: []string{"iran"}}
	// regimeSecurityWords are "أمن" of "أمن النظام", a force only
	// before النظام.
	regimeSecurityWords = wordSet("أمن وأمن")
	// repressionWords tell force met by a protest: protestKilling's
	// killing, fire and crushing, protestDispersal's dispersal and gas,
	// and the force stepping in ("وتدخلت قوات من الأمن"). Not arrests,
	// nor the present تفرق, as often the protesters going home ("وتفرق
	// المحتجون ... عندما بدأ عناصر الشرطة بالاقتراب منهم").
	repressionWords = union(protestKilling, protestDispersal, wordList("تدخلت وتدخلت هاجم هاجمت وهاجم وهاجمت واجهها")).without("تفرق", "يفرق")
	// forceActWords are the acts round 48's rul48a-1 adds to
	// repressionWords (a state's police or security forces acting against
	// a protest at home is the state's act): a clash with the protesters
	// ("دارت مواجهات محدودة بين متظاهرين شباب والشرطة"), a raid on the
	// strikers' homes ("اقتحمت قوات الأمن منازل ... عمال الصلب المضربين"),
	// and an arrest of many (forceArrest). Not in a negated sentence: "لكن
	// لم تسجل أي اشتباكات واسعة النطاق بين الطرفين".
	forceActWords = wordSet("مواجهات المواجهات اشتباكات الاشتباكات اشتبكت واشتبكت صدامات الصدامات اقتحمت واقتحمت")
	// forceArrestVerbs are the force's arrest, the verb: never the noun
	// "اعتقال" of a court's or a period's tally.
	forceArrestVerbs = wordSet("اعتقلت واعتقلت اعتقل واعتقل اعتقلوا")
	// crowdWords count the arrested as a crowd: "واعتقل الأمن، الاثنين،
	// العشرات"، "اعتقلت الشرطة 22 متظاهرا" (a figure, or protesters).
	crowdWords = union(protesters, strikers, wordList("العشرات عشرات المئات مئات الآلاف آلاف"))
	// anyActWords gate the walk: an article with none tells no act.
	anyActWords = union(repressionWords, forceActWords, forceArrestVerbs)
	// riotGearWords are the tear gas, water cannon and batons only police use
	// on a crowd: their sentence need not name the protest the article
	// tells ("كما أظهرت مقاطع فيديو قوات الأمن وهي تطلق الغاز المسيل
	// للدموع").
	riotGearWords = wordSet("المسيل المسيله خراطيم بالهراوات الهراوات")
	// strikers are a strike's: "عمال الصلب المضربين".
	strikers = wordList("المضربين المضربون مضربين مضربون")
	// repressEntries are the state forces such a force stands for where
	// its organ's adjective says whose it is ("فرقت الشرطة التركية ...
	// مئات المتظاهرين"); Iran's bare forces are iranForceEntry.
	repressEntries = map[string]*entry{
		"iran":         iranForceEntry,
		"turkey":       {words: []string{"turkey-repress"}, kind: kindActor, ids: []string{"turkey"}},
		"iraqi-forces": {words: []string{"iraq-repress"}, kind: kindActor, ids: []string{"iraqi-forces"}},
	}
	// thoseWords before a protest word make it an earlier one.
	thoseWords = wordSet("تلك لتلك بتلك وتلك")
	// protestAny are a protest's nouns and its protesters, with the
	// definite singular protestWords lacks: "قوات الأمن ... فرقت المظاهرة
	// بالقوة" (2015-07-23-682, Tehran's teachers, round 64's m64iran).
	protestAny = union(protestWords, protesters, strikers, wordList("المظاهرة التظاهرة"))
)

// iranRepressionMentions returns an Iran mention for each police or
// security force that crushes a protest in a sentence of a story set in
// Iran (iranSet), or that Iran's adjective names anywhere ("الشرطة
// الإيرانية"، organAt). Since round 48's rul48a-1 it also reads the clash,
// raid and crowd arrest (newAct) and tear gas in a sentence naming no
// protest (riotGearWords), and returns Turkey or Iraq for their organs
// (repressEntries) and Turkey for a bare police in a story set in Turkey
// (turkeySet).
func (l *lexicon) iranRepressionMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, anyActWords) || !inArticle(toks, protestAny) {
		return nil // most articles tell no protest crushed
	}
	var set, tset int8 // iranSet and turkeySet, asked once at the first bare force
	var out []mention
	for i := range toks {
		var organ mention
		ok := false
		if toks[i].has(organWords) {
			organ, ok = l.organAt(toks, i) // organAt trusts its caller that i opens an organ
		}
		end, bare := 0, false
		e := iranForceEntry
		switch {
		case ok:
			if re := repressEntries[organ.e.ids[0]]; re != nil && organ.e == stateArrestEntries[organ.e.ids[0]] && !actorOver(ms, organ) {
				end, e = organ.end, re
			}
		case toks[i].has(homeForceWords) && l.ownHomeForce(toks, i, "iran"):
			end, bare = i+1, true
		case toks[i].has(regimeSecurityWords) && i+1 < len(toks) && toks[i+1].sent == toks[i].sent && toks[i+1].w == "النظام":
			end, bare = i+2, true
		}
		if end == 0 || !sentenceHas(toks, i, protestAny) && !sentenceHas(toks, i, riotGearWords) || sentenceHas(toks, i, sinceWords) || earlierProtest(toks, i) {
			continue
		}
		// The crushing of repressionWords as before; round 48's acts
		// (newAct) not in a sentence dated by a year ("احتجاجات 2009").
		old := sentenceHas(toks, i, repressionWords)
		if !old && !(newAct(toks, i) && !sentenceHasYear(toks, i)) {
			continue
		}
		if bare {
			// A bare force: whose it is, the story's setting says.
			switch {
			case once(&set, func() bool { return iranSet(toks) }):
			case once(&tset, func() bool { return turkeySet(toks) }) && l.ownHomeForce(toks, i, "turkey") && !sentenceHasYear(toks, i):
				e = repressEntries["turkey"]
			default:
				continue
			}
		}
		out = append(out, mention{e: e, start: i, end: end})
	}
	return out
}

// iranSet reports a story whose title names Iran as a place and whose
// title and lead name neither Syria nor Iraq: "الأحواز تنتفض مجددا"، not
// "أهالي البصرة يصعّدون احتجاجاتهم.. ويتجهون لحدود إيران".
// Since round 64 (m64iran) a title naming the Iranian regime ("النظام
// الإيراني يلجأ إلى "المعممين" لمواجهة الاحتجاجات"، "العمال الغاضبون
// يحاصرون النظام الإيراني") sets the story in Iran as well: its bare
// police and security forces are Iran's.
func iranSet(toks []token) bool {
	return storySetIn(toks, iranPlaceWords) || iranRegimeTitle(toks) && farFromWar(toks)
}

// iranRegimeTitle reports the regime with Iran's adjective right after it
// ("النظام الإيراني") in the title; the adjective alone names a consulate,
// a drone or the rial abroad as often (iranPlaceWords).
func iranRegimeTitle(toks []token) bool {
	for k := 0; k+1 < len(toks) && toks[k+1].title; k++ {
		if (toks[k].w == "النظام" || toks[k].w == "نظام") && toks[k+1].w == "الايراني" {
			return true
		}
	}
	return false
}

// storySetIn reports a story whose title names a place of places and whose
// title and lead name neither Syria nor Iraq: a story set there, whose
// bare police are that state's (iranSet, turkeySet).
func storySetIn(toks []token, places *words) bool { return titleHas(toks, places) && farFromWar(toks) }

// farFromWar reports a title and lead that name neither Syria nor Iraq:
// storySetIn's guard, iranRegimeTitle's and turkeyPKKSet's.
func farFromWar(toks []token) bool {
	return !titleLeadHas(toks, leadSentences(toks), syrianWords, iraqWords)
}

// newAct reports in the sentence of token i a clash or raid
// (forceActWords) in a sentence with no negation, or an arrest verb with a
// crowd within arrestCrowdSpan words after it: "اعتقلت الشرطة الإيرانية 6
// أشخاص"، not "اعتقلت السلطات الإيرانية الأحد سعيد مرتضوي" (one man, tried
// for his part in 2009's crackdown) nor "أحد رموز ... التيار الشيرازي".
func newAct(toks []token, i int) bool {
	if sentenceHas(toks, i, forceActWords) && !sentenceHas(toks, i, negationWords) {
		return true
	}
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if !toks[j].has(forceArrestVerbs) {
			continue
		}
		for k := j + 1; k <= j+arrestCrowdSpan && k < len(toks) && toks[k].sent == s; k++ {
			if _, ok := digits(toks[k].w); ok || toks[k].has(crowdWords) {
				return true
			}
		}
	}
	return false
}

// arrestCrowdSpan is how far after the arrest verb its crowd may stand:
// the force and a day between ("واعتقل الأمن، الاثنين، العشرات").
const arrestCrowdSpan = 5

// turkeySet reports a story whose title names Turkey (turkeyPlaceWords,
// actors_pkkwar.go) and whose
// title and lead name neither Syria nor Iraq, as iranSet: "اعتقال العشرات
// في تركيا بسبب "دعاية"" tells its police's "كما فضت الشرطة تظاهرة غير
// مرخص بها" without saying whose (rul48a-1).
func turkeySet(toks []token) bool { return storySetIn(toks, turkeyPlaceWords) }

// earlierProtest reports a sentence, that of token i, dated to an earlier
// time (thenWords) or telling "those" protests: "وقامت شرطة مكافحة الشغب
// وقتها بإطلاق الغاز المسيل للدموع"، "وقتل في تلك الاحتجاجات ما لا يقل عن
// 21 شخصاً".
func earlierProtest(toks []token, i int) bool {
	if sentenceHas(toks, i, thenWords) {
		return true
	}
	if !sentenceHas(toks, i, thoseWords) {
		return false
	}
	s := toks[i].sent
	for j := sentStart(toks, i); j+1 < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(thoseWords) && toks[j+1].has(protestAny) {
			return true
		}
	}
	return false
}
